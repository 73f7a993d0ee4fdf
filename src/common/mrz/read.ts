/**
 * Reads the raw fields and check digits of each MRZ layout. TD1, TD2 and TD3 go through the `mrz`
 * package, which knows their check digits (the long TD1 document number included). Visas share
 * their line lengths with TD3 (MRV-A) and TD2 (MRV-B) but have no composite check digit and no
 * personal number, and the package does not read them, so their few positions are read here.
 */
import { parse, type Details, type ParseResult } from 'mrz';
import { computeCheckDigit } from './check-digit';
import { formatLabel } from './input';
import type { MrzCheck, MrzCheckedField, MrzError, MrzFormat } from './types';

/** The fields of an MRZ as written (fillers kept in dates and sex), with its check digits. */
export interface MrzReading {
  documentCode: string;
  issuingState: string;
  nameField: string;
  documentNumber: string;
  nationality: string;
  birthDate: string;
  sex: string;
  expiryDate: string;
  optionalData: string;
  optionalData2?: string;
  personalNumber?: string;
  checks: MrzCheck[];
  errors: MrzError[];
}

interface Slice {
  line: number;
  start: number;
  end: number;
}

/** Where the fields sit in each layout (0-based line, start, end exclusive). */
const LAYOUTS: Record<MrzFormat, Record<'name' | 'nationality' | 'birth' | 'sex' | 'expiry', Slice>> = {
  TD1: {
    name: { line: 2, start: 0, end: 30 },
    nationality: { line: 1, start: 15, end: 18 },
    birth: { line: 1, start: 0, end: 6 },
    sex: { line: 1, start: 7, end: 8 },
    expiry: { line: 1, start: 8, end: 14 },
  },
  TD2: secondLineLayout(36),
  TD3: secondLineLayout(44),
  MRVA: secondLineLayout(44),
  MRVB: secondLineLayout(36),
};

const CHECK_LABELS: Record<MrzCheckedField, string> = {
  documentNumber: 'the document number',
  dateOfBirth: 'the date of birth',
  expiryDate: 'the expiry date',
  personalNumber: 'the personal number',
  composite: 'the whole MRZ (composite)',
};

const MRZ_CHECK_FIELDS: Partial<Record<string, MrzCheckedField>> = {
  documentNumberCheckDigit: 'documentNumber',
  birthDateCheckDigit: 'dateOfBirth',
  expirationDateCheckDigit: 'expiryDate',
  personalNumberCheckDigit: 'personalNumber',
  compositeCheckDigit: 'composite',
};

/** Reads the fields of an MRZ whose lines already have the right count, lengths and characters. */
export function readFields(format: MrzFormat, lines: readonly string[]): MrzReading {
  const layout = LAYOUTS[format];
  const text = (slice: Slice): string => lines[slice.line]!.slice(slice.start, slice.end);
  const reading: MrzReading = {
    documentCode: withoutFillers(lines[0]!.slice(0, 2)),
    issuingState: withoutFillers(lines[0]!.slice(2, 5)),
    nameField: text(layout.name),
    documentNumber: '',
    nationality: withoutFillers(text(layout.nationality)),
    birthDate: text(layout.birth),
    sex: text(layout.sex),
    expiryDate: text(layout.expiry),
    optionalData: '',
    checks: [],
    errors: documentCodeErrors(format, lines[0]!.slice(0, 2)),
  };
  switch (format) {
    case 'TD1':
    case 'TD2':
      return readOptionalData(format, lines, reading);
    case 'TD3':
      return readWithPackage(format, lines, reading);
    case 'MRVA':
    case 'MRVB':
      return readVisa(lines, reading);
  }
}

/** A field's text without its trailing fillers and with inner fillers as spaces. */
export function withoutFillers(value: string): string {
  return value.replace(/<+$/, '').replace(/<+/g, ' ');
}

/** Builds the outcome of one check digit with the message an officer reads. */
export function checkOutcome(field: MrzCheckedField, ok: boolean, expected: string, found: string): MrzCheck {
  const label = CHECK_LABELS[field];
  const message = ok
    ? `Check digit of ${label} is correct (${found})`
    : `Check digit of ${label} is wrong (expected ${expected}, found ${found})`;
  return { field, ok, expected, found, message };
}

/** Where TD1 and TD2 keep the document number's check digit and the optional data that may continue it. */
const LONG_NUMBER_PLACES = {
  TD1: { checkDigit: { line: 0, start: 14, end: 15 }, optional: { line: 0, start: 15, end: 30 } },
  TD2: { checkDigit: { line: 1, start: 9, end: 10 }, optional: { line: 1, start: 28, end: 35 } },
} as const;

/** TD1 and TD2: a document number longer than 9 characters, and where the optional data really starts. */
function readOptionalData(format: 'TD1' | 'TD2', lines: readonly string[], reading: MrzReading): MrzReading {
  const places = LONG_NUMBER_PLACES[format];
  const optional = lines[places.optional.line]!.slice(places.optional.start, places.optional.end);
  let optionalStart = 0;
  if (lines[places.checkDigit.line]![places.checkDigit.start] === '<') {
    // The number goes on in the optional data, followed by its check digit and `<` (ICAO 9303 Parts 5 and 6).
    const filler = optional.indexOf('<');
    if (
      filler < 2 ||
      !/^[A-Z0-9]+$/.test(optional.slice(0, filler - 1)) ||
      !/\d/.test(optional[filler - 1]!)
    ) {
      const line = places.checkDigit.line + 1;
      reading.errors.push({
        code: 'INVALID_DOCUMENT_NUMBER',
        field: 'documentNumber',
        message:
          `Line ${line} position ${places.checkDigit.start + 1} is <, so the document number should continue in ` +
          `positions ${places.optional.start + 1}–${places.optional.end} followed by its check digit and <, but it does not`,
      });
      return reading;
    }
    optionalStart = filler + 1;
  }
  reading.optionalData = withoutFillers(optional.slice(optionalStart));
  if (format === 'TD1') {
    reading.optionalData2 = withoutFillers(lines[1]!.slice(18, 29));
  }
  return readWithPackage(format, lines, reading);
}

function readWithPackage(
  format: 'TD1' | 'TD2' | 'TD3',
  lines: readonly string[],
  reading: MrzReading,
): MrzReading {
  let result: ParseResult;
  try {
    result = parse([...lines]);
  } catch (error) {
    reading.errors.push(unreadable(format, error));
    return reading;
  }
  if (result.format !== format) {
    // The package takes 2×36 lines with digits in line 1 positions 31–35, or starting IDFRA, for the
    // pre-2021 French identity card, which is not an ICAO layout.
    reading.errors.push(
      lines[0]!.startsWith('IDFRA')
        ? {
            code: 'UNSUPPORTED_FORMAT',
            field: 'input',
            message:
              'This is a pre-2021 French identity card, whose MRZ is not an ICAO layout: enter the data by hand',
          }
        : {
            code: 'INVALID_NAME',
            field: 'surname',
            message: 'Line 1 positions 31–35 are part of the name and cannot hold digits',
          },
    );
    return reading;
  }
  const numberField = format === 'TD1' ? lines[0]!.slice(5, 14) : lines[1]!.slice(0, 9);
  reading.documentNumber = result.documentNumber ?? withoutFillers(numberField);
  if (format === 'TD3') {
    reading.personalNumber = withoutFillers(lines[1]!.slice(28, 42));
    reading.optionalData = reading.personalNumber;
  }
  for (const detail of result.details) {
    const field = detail.field === null ? undefined : MRZ_CHECK_FIELDS[detail.field];
    if (field !== undefined) {
      reading.checks.push(checkFromDetail(field, detail, lines, reading.documentNumber, format));
    }
  }
  return reading;
}

function checkFromDetail(
  field: MrzCheckedField,
  detail: Details,
  lines: readonly string[],
  documentNumber: string,
  format: 'TD1' | 'TD2' | 'TD3',
): MrzCheck {
  const found = detail.value ?? lines[detail.line]![detail.start] ?? '';
  if (detail.valid) {
    return checkOutcome(field, true, found, found);
  }
  const source = detail.ranges
    .slice(1)
    .map((range) => lines[range.line]!.slice(range.start, range.end))
    .join('');
  let expected: string;
  if (field === 'documentNumber' && format !== 'TD3' && isLongNumber(format, lines)) {
    expected = String(computeCheckDigit(documentNumber));
  } else if (field === 'personalNumber' && /^<*$/.test(source)) {
    expected = '< or 0';
  } else {
    expected = String(computeCheckDigit(source));
  }
  return checkOutcome(field, false, expected, found);
}

function isLongNumber(format: 'TD1' | 'TD2', lines: readonly string[]): boolean {
  const { checkDigit } = LONG_NUMBER_PLACES[format];
  return lines[checkDigit.line]![checkDigit.start] === '<';
}

function readVisa(lines: readonly string[], reading: MrzReading): MrzReading {
  const lower = lines[1]!;
  reading.documentNumber = withoutFillers(lower.slice(0, 9));
  reading.optionalData = withoutFillers(lower.slice(28));
  const digit = (field: MrzCheckedField, at: number, source: string): MrzCheck => {
    const expected = String(computeCheckDigit(source));
    return checkOutcome(field, lower[at] === expected, expected, lower[at]!);
  };
  reading.checks.push(
    digit('documentNumber', 9, lower.slice(0, 9)),
    digit('dateOfBirth', 19, lower.slice(13, 19)),
    digit('expiryDate', 27, lower.slice(21, 27)),
  );
  return reading;
}

function documentCodeErrors(format: MrzFormat, code: string): MrzError[] {
  const rules: Record<MrzFormat, { pattern: RegExp; rule: string }> = {
    TD1: {
      pattern: /^[ACI][A-UW-Z<]$/,
      rule: 'identity cards and official travel documents start with A, C or I',
    },
    TD2: {
      pattern: /^[ACI][A-UW-Z<]$/,
      rule: 'identity cards and official travel documents start with A, C or I',
    },
    TD3: { pattern: /^P[A-Z<]$/, rule: 'passports start with P (visas with V)' },
    MRVA: { pattern: /^V[A-Z<]$/, rule: 'visas start with V' },
    MRVB: { pattern: /^V[A-Z<]$/, rule: 'visas start with V' },
  };
  const { pattern, rule } = rules[format];
  if (pattern.test(code)) {
    return [];
  }
  return [
    {
      code: 'INVALID_DOCUMENT_CODE',
      field: 'documentCode',
      message: `Document code "${code}" cannot start a ${formatLabel(format)} MRZ: ${rule}`,
    },
  ];
}

function unreadable(format: MrzFormat, error: unknown): MrzError {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'UNSUPPORTED_FORMAT',
    field: 'input',
    message: `The ${formatLabel(format)} MRZ could not be read: ${reason}`,
  };
}

function secondLineLayout(width: number): Record<'name' | 'nationality' | 'birth' | 'sex' | 'expiry', Slice> {
  return {
    name: { line: 0, start: 5, end: width },
    nationality: { line: 1, start: 10, end: 13 },
    birth: { line: 1, start: 13, end: 19 },
    sex: { line: 1, start: 20, end: 21 },
    expiry: { line: 1, start: 21, end: 27 },
  };
}
