/** The shapes `parseMrz` returns: a read document with its checks, or the errors that stop reading. */

/** The ICAO 9303 MRZ layouts read here: cards (TD1, TD2), passports (TD3) and visas (MRV-A, MRV-B). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3' | 'MRVA' | 'MRVB';

/** What the document is, from the first letter of its document code. */
export type MrzDocumentType = 'passport' | 'identity-card' | 'visa' | 'other-travel-document';

/** Sex as written on the document; the MRZ writes "unspecified" (X on the page) as `<`. */
export type MrzSex = 'M' | 'F' | 'X';

/** A field of the MRZ, named as in the read document. */
export type MrzField =
  | 'input'
  | 'documentCode'
  | 'issuingState'
  | 'documentNumber'
  | 'surname'
  | 'givenNames'
  | 'nationality'
  | 'dateOfBirth'
  | 'sex'
  | 'expiryDate'
  | 'optionalData'
  | 'personalNumber'
  | 'composite';

/** The fields protected by a check digit. */
export type MrzCheckedField =
  'documentNumber' | 'dateOfBirth' | 'expiryDate' | 'personalNumber' | 'composite';

/** Why an MRZ could not be read. */
export type MrzErrorCode =
  | 'EMPTY_INPUT'
  | 'INVALID_CHARACTER'
  | 'LINE_COUNT'
  | 'LINE_LENGTH'
  | 'UNSUPPORTED_FORMAT'
  | 'INVALID_DOCUMENT_CODE'
  | 'UNKNOWN_COUNTRY'
  | 'SPECIMEN_COUNTRY'
  | 'INVALID_DOCUMENT_NUMBER'
  | 'INVALID_NAME'
  | 'INVALID_DATE'
  | 'INVALID_SEX'
  | 'CHECK_DIGIT';

/** What a read MRZ should make the officer look at again. */
export type MrzWarningCode = 'CHECK_DIGIT' | 'EXPIRED' | 'EXPIRY_FAR_AHEAD';

/** One problem, with a message a border officer can act on. */
export interface MrzProblem<Code extends string> {
  code: Code;
  field?: MrzField;
  message: string;
}

/** An error that stops the MRZ from being read. */
export type MrzError = MrzProblem<MrzErrorCode>;

/** A warning on an MRZ that was read. */
export type MrzWarning = MrzProblem<MrzWarningCode>;

/** The outcome of one check digit. */
export interface MrzCheck {
  field: MrzCheckedField;
  ok: boolean;
  /** The digit the data calls for, and the one printed. */
  expected: string;
  found: string;
  message: string;
}

/** The data read from an MRZ. */
export interface MrzDocument {
  format: MrzFormat;
  documentType: MrzDocumentType;
  /** The document code without fillers, e.g. 'P', 'ID', 'IR', 'V'. */
  documentCode: string;
  issuingState: string;
  /** The full document number, including the part a long TD1 number continues in the optional data. */
  documentNumber: string;
  surname: string;
  /** Given names separated by single spaces; '' when the document has none. */
  givenNames: string;
  nationality: string;
  /** 'YYYY-MM-DD'; parts the document leaves unknown stay as fillers: '1985-<<-<<', '<<<<-<<-<<'. */
  dateOfBirth: string;
  sex: MrzSex;
  /** 'YYYY-MM-DD'. */
  expiryDate: string;
  /** Optional data (TD1: upper line, after a long document number; TD3: the personal-number field). */
  optionalData: string;
  /** TD1 only: optional data of the middle line. */
  optionalData2?: string;
  /** TD3 only: the personal number (same positions as `optionalData`). */
  personalNumber?: string;
  /** The MRZ lines as read, after clean-up. */
  lines: string[];
}

/** Flags a screen shows at a glance. */
export interface MrzFlags {
  expired: boolean;
  invalidCheckDigits: boolean;
}

/** An MRZ that could be read: the data, every check digit, warnings and flags. */
export interface MrzRead {
  ok: true;
  document: MrzDocument;
  checks: MrzCheck[];
  warnings: MrzWarning[];
  flags: MrzFlags;
}

/** An MRZ that could not be read, and why. */
export interface MrzRejected {
  ok: false;
  errors: MrzError[];
}

/** What `parseMrz` returns; it never throws. */
export type MrzParseResult = MrzRead | MrzRejected;

/** Options of `parseMrz`. */
export interface ParseMrzOptions {
  /** The day to judge expiry and the century of the birth year against (its UTC day); default now. */
  today?: Date;
  /** Accept ICAO's fictitious specimen state UTO (Utopia); only tests and training should. */
  acceptSpecimenCountries?: boolean;
}

/** The registry's document kind for an MRZ document type (the people module's DOCUMENT_KINDS). */
export type MrzDocumentKind = 'passport' | 'identity-card' | 'visa' | 'travel-document';
