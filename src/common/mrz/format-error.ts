/** The error `formatTd1` / `formatTd3` throw when the data cannot be written as an MRZ. */
import type { MrzField } from './types';

/** Data that cannot go into an MRZ; `field` names the input to correct. */
export class MrzFormatError extends Error {
  constructor(
    readonly field: MrzField,
    message: string,
  ) {
    super(message);
    this.name = 'MrzFormatError';
  }
}
