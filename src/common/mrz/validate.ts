/**
 * Checks the fields of a read MRZ that decide whether its data means anything: state codes, the
 * name's characters, dates, sex. Check digits are not judged here: a wrong one is reported, and
 * the data is still shown, as it is often a misread an officer corrects by hand.
 */
import { classifyStateCode } from './countries';
import { readBirthDate, readExpiryDate } from './dates';
import type { MrzReading } from './read';
import type { MrzError, MrzFormat, MrzSex } from './types';

/** The values the checked fields turned into, or the errors that stop the reading. */
export type FieldValues =
  { ok: true; dateOfBirth: string; expiryDate: string; sex: MrzSex } | { ok: false; errors: MrzError[] };

/** Checks states, name, dates and sex of a reading; `today` is 'YYYY-MM-DD'. */
export function checkFields(
  format: MrzFormat,
  reading: MrzReading,
  today: string,
  acceptSpecimen: boolean,
): FieldValues {
  const errors: MrzError[] = [
    ...reading.errors,
    ...stateErrors('issuingState', 'Issuing state', reading.issuingState, acceptSpecimen),
    ...stateErrors('nationality', 'Nationality', reading.nationality, acceptSpecimen),
  ];
  const badName = /[^A-Z<]/.exec(reading.nameField);
  if (badName !== null && !errors.some((error) => error.code === 'INVALID_NAME')) {
    errors.push({
      code: 'INVALID_NAME',
      field: 'surname',
      message: `The name on line ${format === 'TD1' ? 3 : 1} contains "${badName[0]}"; names use only letters and < (is it an O read as 0?)`,
    });
  }
  const birth = readBirthDate(reading.birthDate, today);
  if (!birth.ok) {
    errors.push({ code: 'INVALID_DATE', field: 'dateOfBirth', message: birth.message });
  }
  const expiry = readExpiryDate(reading.expiryDate);
  if (!expiry.ok) {
    errors.push({ code: 'INVALID_DATE', field: 'expiryDate', message: expiry.message });
  }
  const sex = readSex(reading.sex);
  if (sex === null) {
    errors.push({
      code: 'INVALID_SEX',
      field: 'sex',
      message: `Sex "${reading.sex}" must be M, F or < (unspecified)`,
    });
  }
  if (errors.length > 0 || !birth.ok || !expiry.ok || sex === null) {
    return { ok: false, errors };
  }
  return { ok: true, dateOfBirth: birth.value, expiryDate: expiry.value, sex };
}

function readSex(raw: string): MrzSex | null {
  switch (raw) {
    case 'M':
    case 'F':
      return raw;
    // ICAO writes unspecified as `<`; some states print X in the MRZ too.
    case '<':
    case 'X':
      return 'X';
    default:
      return null;
  }
}

function stateErrors(
  field: 'issuingState' | 'nationality',
  label: string,
  code: string,
  acceptSpecimen: boolean,
): MrzError[] {
  switch (classifyStateCode(code, acceptSpecimen)) {
    case 'known':
      return [];
    case 'specimen':
      return [
        {
          code: 'SPECIMEN_COUNTRY',
          field,
          message: `${label} UTO is Utopia, ICAO's fictitious specimen state: this is a specimen, not a real document`,
        },
      ];
    case 'unknown':
      return [
        {
          code: 'UNKNOWN_COUNTRY',
          field,
          message:
            code === ''
              ? `${label} is empty`
              : `${label} "${code}" is not an ICAO 9303 state or organisation code`,
        },
      ];
  }
}
