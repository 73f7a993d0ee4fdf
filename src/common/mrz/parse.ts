/**
 * `parseMrz`: from pasted or scanned text to a read document with every check digit reported,
 * or to errors a border officer can act on. It never throws.
 *
 * A wrong check digit does not stop the reading: the officer sees the data and which digit is
 * wrong (often an OCR misread to correct by hand). What makes the data meaningless does stop it:
 * wrong line lengths or characters, an unknown layout or document code, unknown state codes,
 * impossible dates, an unreadable sex or name.
 */
import { isoDateOf } from '../stays/days';
import { readMrzInput } from './input';
import { splitNameField } from './names';
import { readFields, type MrzReading } from './read';
import type {
  MrzCheck,
  MrzDocument,
  MrzDocumentType,
  MrzFormat,
  MrzParseResult,
  MrzProblem,
  MrzWarning,
  ParseMrzOptions,
} from './types';
import { checkFields, type FieldValues } from './validate';

/** Expiry dates further ahead than this are more likely a 1900s date read as 2000s. */
const FAR_AHEAD_YEARS = 20;

/** Reads an MRZ (TD1, TD2, TD3, MRV-A, MRV-B) from pasted or scanned text; never throws. */
export function parseMrz(input: string, options: ParseMrzOptions = {}): MrzParseResult {
  try {
    return parseChecked(input, options);
  } catch (error) {
    // Every path returns errors as data; this is the last guard of the "never throws" promise.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        { code: 'UNSUPPORTED_FORMAT', field: 'input', message: `The MRZ could not be read: ${reason}` },
      ],
    };
  }
}

function parseChecked(input: string, options: ParseMrzOptions): MrzParseResult {
  const given = options.today;
  const today = isoDateOf(given !== undefined && !Number.isNaN(given.getTime()) ? given : new Date());
  const split = readMrzInput(input);
  if (!split.ok) {
    return split;
  }
  const reading = readFields(split.format, split.lines);
  const values = checkFields(split.format, reading, today, options.acceptSpecimenCountries === true);
  const failedChecks = reading.checks.filter((check) => !check.ok);
  if (!values.ok) {
    // Wrong check digits are listed too: with the data refused, they help find the misread.
    return { ok: false, errors: [...values.errors, ...failedChecks.map(checkProblem)] };
  }
  const document = toDocument(split.format, split.lines, reading, values);
  const expired = document.expiryDate < today;
  return {
    ok: true,
    document,
    checks: reading.checks,
    warnings: [...failedChecks.map(checkProblem), ...expiryWarnings(document.expiryDate, today)],
    flags: { expired, invalidCheckDigits: failedChecks.length > 0 },
  };
}

function checkProblem(check: MrzCheck): MrzProblem<'CHECK_DIGIT'> {
  return { code: 'CHECK_DIGIT', field: check.field, message: check.message };
}

function expiryWarnings(expiryDate: string, today: string): MrzWarning[] {
  const warnings: MrzWarning[] = [];
  if (expiryDate < today) {
    warnings.push({ code: 'EXPIRED', field: 'expiryDate', message: `The document expired on ${expiryDate}` });
  }
  if (Number(expiryDate.slice(0, 4)) > Number(today.slice(0, 4)) + FAR_AHEAD_YEARS) {
    warnings.push({
      code: 'EXPIRY_FAR_AHEAD',
      field: 'expiryDate',
      message: `Expiry ${expiryDate} is more than ${FAR_AHEAD_YEARS} years ahead; check the page (an expiry in the 1900s is written the same way)`,
    });
  }
  return warnings;
}

function toDocument(
  format: MrzFormat,
  lines: string[],
  reading: MrzReading,
  values: FieldValues & { ok: true },
): MrzDocument {
  const { surname, givenNames } = splitNameField(reading.nameField);
  const document: MrzDocument = {
    format,
    documentType: documentTypeOf(reading.documentCode),
    documentCode: reading.documentCode,
    issuingState: reading.issuingState,
    documentNumber: reading.documentNumber,
    surname,
    givenNames,
    nationality: reading.nationality,
    dateOfBirth: values.dateOfBirth,
    sex: values.sex,
    expiryDate: values.expiryDate,
    optionalData: reading.optionalData,
    lines,
  };
  if (reading.optionalData2 !== undefined) {
    document.optionalData2 = reading.optionalData2;
  }
  if (reading.personalNumber !== undefined) {
    document.personalNumber = reading.personalNumber;
  }
  return document;
}

function documentTypeOf(code: string): MrzDocumentType {
  switch (code[0]) {
    case 'P':
      return 'passport';
    case 'V':
      return 'visa';
    case 'I':
      return 'identity-card';
    default:
      return 'other-travel-document';
  }
}
