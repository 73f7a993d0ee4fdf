/** Test support for the MRZ readers: the ICAO specimens and small helpers (used by tests only). */
import type { MrzParseResult, MrzRead, MrzRejected } from './types';

/** The specimens of ICAO Doc 9303 (Parts 4–7); all issued by Utopia. */
export const SPECIMEN = {
  TD1: ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'],
  TD1_LONG_NUMBER: [
    'I<UTOD23145890<7349<<<<<<<<<<<',
    '7408122F1204159UTO<<<<<<<<<<<6',
    'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
  ],
  TD2: ['I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'],
  TD3: ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
  MRVA: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
  MRVB: ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'],
};
/** Read specimens as of a day they were valid, accepting Utopia. */
export const SPECIMEN_OPTIONS = { today: new Date('2010-06-01'), acceptSpecimenCountries: true };

/** The read result, or a failure naming the errors. */
export function read(result: MrzParseResult): MrzRead {
  if (!result.ok) {
    throw new Error(`expected a read MRZ, got ${JSON.stringify(result.errors)}`);
  }
  return result;
}

/** The rejection, or a failure. */
export function rejected(result: MrzParseResult): MrzRejected {
  if (result.ok) {
    throw new Error('expected the MRZ to be rejected');
  }
  return result;
}

/** Replaces the character at a 0-based position of one line. */
export function withCharacter(
  lines: readonly string[],
  line: number,
  position: number,
  character: string,
): string {
  const changed = [...lines];
  changed[line] = changed[line]!.slice(0, position) + character + changed[line]!.slice(position + 1);
  return changed.join('\n');
}

/** Messages of the check digits that failed. */
export function failedChecks(result: MrzParseResult): string[] {
  return read(result)
    .checks.filter((check) => !check.ok)
    .map((check) => check.message);
}
