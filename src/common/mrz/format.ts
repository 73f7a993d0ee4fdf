/**
 * Writes MRZs for the documents our authority issues: TD1 (3×30, ICAO 9303 Part 5) for the
 * temporary identity card, TD3 (2×44, Part 4) for travel documents in passport-book form.
 * Throws MrzFormatError, naming the input field, when the data cannot be written.
 */
import { computeCheckDigit } from './check-digit';
import { classifyStateCode } from './countries';
import { writeBirthDate, writeExpiryDate } from './dates';
import { MrzFormatError } from './format-error';
import { buildNameField } from './names';
import type { MrzField, MrzSex } from './types';

/** The data a TD1 card carries in its MRZ. */
export interface Td1Data {
  /** 1–2 letters starting with A, C or I, e.g. 'ID', 'IR', 'I'. */
  documentCode: string;
  issuingState: string;
  /** Letters and digits; up to 22 characters (more than 9 continue in the optional data). */
  documentNumber: string;
  /** Latin script; diacritics are transliterated. */
  surname: string;
  givenNames: string;
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', or with << for unknown parts. */
  dateOfBirth: string;
  sex: MrzSex;
  /** 'YYYY-MM-DD' in 2000–2099. */
  expiryDate: string;
  nationality: string;
  /** Upper line optional data (15 characters, fewer after a long document number). */
  optionalData?: string;
  /** Middle line optional data (11 characters). */
  optionalData2?: string;
}

/** The data a TD3 document carries in its MRZ. */
export interface Td3Data {
  /** 'P' plus an optional letter; default 'P'. */
  documentCode?: string;
  issuingState: string;
  /** Letters and digits, at most 9. */
  documentNumber: string;
  surname: string;
  givenNames: string;
  dateOfBirth: string;
  sex: MrzSex;
  expiryDate: string;
  nationality: string;
  /** Up to 14 letters and digits. */
  personalNumber?: string;
}

/** Options of the formatters. */
export interface FormatMrzOptions {
  /** Allow ICAO's specimen state UTO (for specimens and tests only). */
  acceptSpecimenCountries?: boolean;
}

const TD1_MAX_NUMBER = 22;

/** Writes the three lines of a TD1 MRZ, check digits and name truncation included. */
export function formatTd1(data: Td1Data, options: FormatMrzOptions = {}): [string, string, string] {
  const code = documentCode(
    data.documentCode,
    /^[ACI][A-UW-Z<]?$/,
    'start with A, C or I (V may not follow)',
  );
  const state = stateCode(data.issuingState, 'issuingState', options);
  const number = documentNumber(data.documentNumber, TD1_MAX_NUMBER);
  const optional = mrzText(data.optionalData, 'optionalData', 'Optional data');
  let upperNumber: string;
  let upperOptional: string;
  if (number.length <= 9) {
    upperNumber = number.padEnd(9, '<') + String(computeCheckDigit(number));
    upperOptional = optional;
  } else {
    // ICAO 9303 Part 5: 9 characters, `<`, the rest in the optional data, its check digit, `<`.
    upperNumber = `${number.slice(0, 9)}<`;
    upperOptional = `${number.slice(9)}${computeCheckDigit(number)}<${optional}`;
  }
  if (upperOptional.length > 15) {
    const room = Math.max(0, 15 - (upperOptional.length - optional.length));
    throw new MrzFormatError(
      'optionalData',
      `Optional data "${optional}" is too long: ${room} characters fit on line 1`,
    );
  }
  const line1 = `${code}${state}${upperNumber}${upperOptional.padEnd(15, '<')}`;
  const middle =
    dateWithCheck(writeBirthDate(data.dateOfBirth)) +
    sexCode(data.sex) +
    dateWithCheck(writeExpiryDate(data.expiryDate)) +
    stateCode(data.nationality, 'nationality', options) +
    fixed(
      mrzText(data.optionalData2, 'optionalData', 'Optional data 2'),
      11,
      'optionalData',
      'Optional data 2',
    );
  const composite = computeCheckDigit(
    line1.slice(5, 30) + middle.slice(0, 7) + middle.slice(8, 15) + middle.slice(18, 29),
  );
  const line3 = buildNameField(data.surname, data.givenNames, 30).field;
  return [line1, `${middle}${composite}`, line3];
}

/** Writes the two lines of a TD3 MRZ, check digits and name truncation included. */
export function formatTd3(data: Td3Data, options: FormatMrzOptions = {}): [string, string] {
  const code = documentCode(data.documentCode ?? 'P', /^P[A-Z<]?$/, 'start with P');
  const line1 = `${code}${stateCode(data.issuingState, 'issuingState', options)}${buildNameField(data.surname, data.givenNames, 39).field}`;
  const number = documentNumber(data.documentNumber, 9);
  const personal = fixed(
    mrzText(data.personalNumber, 'personalNumber', 'Personal number'),
    14,
    'personalNumber',
    'Personal number',
  );
  // An unused personal number has `<` as its check digit (ICAO 9303 Part 4).
  const personalCheck = /^<*$/.test(personal) ? '<' : String(computeCheckDigit(personal));
  const line2 =
    number.padEnd(9, '<') +
    String(computeCheckDigit(number)) +
    stateCode(data.nationality, 'nationality', options) +
    dateWithCheck(writeBirthDate(data.dateOfBirth)) +
    sexCode(data.sex) +
    dateWithCheck(writeExpiryDate(data.expiryDate)) +
    personal +
    personalCheck;
  const composite = computeCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43));
  return [line1, `${line2}${composite}`];
}

function documentCode(value: string, pattern: RegExp, rule: string): string {
  const code = value.trim().toUpperCase();
  if (!pattern.test(code)) {
    throw new MrzFormatError('documentCode', `Document code "${value}" must be 1–2 letters and ${rule}`);
  }
  return code.padEnd(2, '<');
}

function stateCode(value: string, field: 'issuingState' | 'nationality', options: FormatMrzOptions): string {
  const code = value.trim().toUpperCase();
  const label = field === 'issuingState' ? 'Issuing state' : 'Nationality';
  if (
    !/^[A-Z]{1,3}$/.test(code) ||
    classifyStateCode(code, options.acceptSpecimenCountries === true) !== 'known'
  ) {
    throw new MrzFormatError(field, `${label} "${value}" is not an ICAO 9303 state or organisation code`);
  }
  return code.padEnd(3, '<');
}

function documentNumber(value: string, maxLength: number): string {
  const number = value.trim().toUpperCase();
  if (!/^[A-Z0-9]+$/.test(number)) {
    throw new MrzFormatError(
      'documentNumber',
      `Document number "${value}" may hold only letters A–Z and digits`,
    );
  }
  if (number.length > maxLength) {
    throw new MrzFormatError(
      'documentNumber',
      `Document number "${value}" has ${number.length} characters; this MRZ holds at most ${maxLength}`,
    );
  }
  return number;
}

/** Free MRZ text (optional data, personal number): letters, digits; spaces become fillers. */
function mrzText(value: string | undefined, field: MrzField, label: string): string {
  const text = (value ?? '').trim().toUpperCase().replace(/\s+/g, '<');
  if (!/^[A-Z0-9<]*$/.test(text)) {
    throw new MrzFormatError(field, `${label} "${value}" may hold only letters A–Z, digits and <`);
  }
  return text.replace(/<+$/, '');
}

function fixed(text: string, width: number, field: MrzField, label: string): string {
  if (text.length > width) {
    throw new MrzFormatError(field, `${label} "${text}" is too long: ${width} characters fit`);
  }
  return text.padEnd(width, '<');
}

function dateWithCheck(yymmdd: string): string {
  return `${yymmdd}${computeCheckDigit(yymmdd)}`;
}

function sexCode(sex: MrzSex): string {
  if (sex === 'M' || sex === 'F') {
    return sex;
  }
  // X on the page is written `<` in the MRZ.
  if (sex === 'X') {
    return '<';
  }
  throw new MrzFormatError('sex', `Sex "${String(sex)}" must be M, F or X`);
}
