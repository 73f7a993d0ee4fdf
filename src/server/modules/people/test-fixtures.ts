/** Fixtures for people tests. */
import { formatTd3 } from '../../../common/mrz';

/** A valid passport MRZ, optionally with one check digit broken. */
export function passportMrz(overrides: Partial<Parameters<typeof formatTd3>[0]> = {}): string {
  return formatTd3({
    issuingState: 'SYR',
    documentNumber: 'N01234567',
    surname: 'AL HASSAN',
    givenNames: 'MOHAMMED',
    dateOfBirth: '1988-03-14',
    sex: 'M',
    expiryDate: '2030-01-31',
    nationality: 'SYR',
    ...overrides,
  }).join('\n');
}

