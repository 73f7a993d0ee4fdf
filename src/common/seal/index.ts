/**
 * The signed barcode of the documents we issue ("seal", in the spirit of ICAO's Visible Digital Seal):
 * a short text that a QR code carries, with the document's key data and an Ed25519 signature of the
 * issuing authority. Pure: signing and verifying are done by the caller (node:crypto on the server,
 * WebCrypto in the browser), so the same reader runs on both sides and offline.
 *
 * `CRS1|keyId|state|type|number|surname|given names|birth|sex|nationality|issued|expires|signature`
 * Names are in MRZ form with spaces between parts; dates are YYYYMMDD (birth may be YYYY or YYYYMM,
 * or empty when unknown); the signature (base64url, 64 bytes) covers the UTF-8 bytes of everything
 * before the last `|`.
 */

export const SEAL_VERSION = 'CRS1';
/** No genuine seal is longer; longer input is refused before it is split. */
export const SEAL_MAX_LENGTH = 512;

/** The data a seal carries. Dates are ISO (`YYYY-MM-DD`; birth may be `YYYY` or `YYYY-MM`, or '' when unknown). */
export interface SealData {
  keyId: string;
  issuingState: string;
  documentType: string;
  documentNumber: string;
  surname: string;
  givenNames: string;
  dateOfBirth: string;
  sex: 'M' | 'F' | 'X';
  nationality: string;
  issuedOn: string;
  expiresOn: string;
}

/** A seal read from its text: the data, the exact signed text and the signature bytes. */
export interface ReadSeal {
  keyId: string;
  signedText: string;
  signature: Uint8Array;
  data: SealData;
}

export type SealReading = { ok: true; seal: ReadSeal } | { ok: false; message: string };

const FIELD_COUNT = 13;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const STATE = /^[A-Z]{3}$/;
const TYPE = /^[A-Z0-9-]{1,16}$/;
const NUMBER = /^[A-Z0-9]{1,22}$/;
const NAME = /^[A-Z]+(?: [A-Z]+)*$|^$/;
const BIRTH = /^(?:\d{4}(?:\d{2}(?:\d{2})?)?)?$/;
const DAY = /^\d{8}$/;
const SEX = /^[MFX]$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;

/** Bytes as base64url without padding. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (with or without padding) as bytes; throws on characters outside the alphabet. */
export function base64urlToBytes(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) {
    throw new Error('Not base64url');
  }
  const bare = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(bare + '='.repeat((4 - (bare.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** 'YYYY-MM-DD' → 'YYYYMMDD'; partial birth dates keep their length ('1985-03' → '198503'). */
function compactDate(iso: string): string {
  return iso.replace(/-/g, '');
}

function isoDate(compact: string): string | null {
  if (compact.length === 8) {
    const [y, m, d] = [Number(compact.slice(0, 4)), Number(compact.slice(4, 6)), Number(compact.slice(6, 8))];
    return isCalendarDay(y, m, d) ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}` : null;
  }
  if (compact.length === 6) {
    const month = Number(compact.slice(4, 6));
    return month >= 1 && month <= 12 ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}` : null;
  }
  return compact;
}

/** Writes a name in seal form: MRZ letters, parts separated by one space (`ABD<AL<RAHMAN` → `ABD AL RAHMAN`). */
export function sealName(mrzName: string): string {
  return mrzName.replace(/<+/g, ' ').trim();
}

/** The text the authority signs (everything but the signature). Throws when a field cannot be written. */
export function sealText(data: SealData): string {
  const fields = [
    SEAL_VERSION,
    data.keyId,
    data.issuingState,
    data.documentType,
    data.documentNumber,
    data.surname,
    data.givenNames,
    compactDate(data.dateOfBirth),
    data.sex,
    data.nationality,
    compactDate(data.issuedOn),
    compactDate(data.expiresOn),
  ];
  const problem = checkFields(fields);
  if (problem) {
    throw new Error(problem);
  }
  return fields.join('|');
}

/** The whole seal: signed text, `|`, the signature. */
export function composeSeal(signedText: string, signature: Uint8Array): string {
  return `${signedText}|${bytesToBase64url(signature)}`;
}

function checkFields(fields: readonly string[]): string | null {
  const [version, keyId, state, type, number, surname, given, birth, sex, nationality, issued, expires] = fields as [string, ...string[]];
  const checks: [boolean, string][] = [
    [version === SEAL_VERSION, `It does not start with ${SEAL_VERSION}`],
    [KEY_ID.test(keyId!), 'The key id is not valid'],
    [STATE.test(state!), 'The issuing state is not a three-letter code'],
    [TYPE.test(type!), 'The document type is not valid'],
    [NUMBER.test(number!), 'The document number is not valid'],
    [NAME.test(surname!) && NAME.test(given!), 'A name holds characters a seal cannot carry'],
    [BIRTH.test(birth!) && isoDate(birth!) !== null, 'The date of birth is not a date'],
    [SEX.test(sex!), 'The sex is not M, F or X'],
    [STATE.test(nationality!), 'The nationality is not a three-letter code'],
    [DAY.test(issued!) && isoDate(issued!) !== null, 'The issue date is not a date'],
    [DAY.test(expires!) && isoDate(expires!) !== null, 'The expiry date is not a date'],
  ];
  return checks.find(([ok]) => !ok)?.[1] ?? null;
}

/** Reads a seal's text (as a scanner types it); never throws. The signature is not checked here. */
export function readSeal(payload: string): SealReading {
  const text = payload.trim();
  if (text.length === 0) {
    return { ok: false, message: 'The barcode text is empty' };
  }
  if (text.length > SEAL_MAX_LENGTH) {
    return { ok: false, message: `The barcode text is longer than ${SEAL_MAX_LENGTH} characters: not one of our seals` };
  }
  const fields = text.split('|');
  if (fields.length !== FIELD_COUNT) {
    return { ok: false, message: `The barcode text has ${fields.length} fields instead of ${FIELD_COUNT}: not one of our seals, or cut short` };
  }
  const problem = checkFields(fields);
  if (problem) {
    return { ok: false, message: problem };
  }
  const signatureText = fields[12]!;
  if (!SIGNATURE.test(signatureText)) {
    return { ok: false, message: 'The signature is not 64 bytes of base64url' };
  }
  const [, keyId, issuingState, documentType, documentNumber, surname, givenNames, birth, sex, nationality, issued, expires] = fields as string[];
  return {
    ok: true,
    seal: {
      keyId: keyId!,
      signedText: fields.slice(0, 12).join('|'),
      signature: base64urlToBytes(signatureText),
      data: {
        keyId: keyId!,
        issuingState: issuingState!,
        documentType: documentType!,
        documentNumber: documentNumber!,
        surname: surname!,
        givenNames: givenNames!,
        dateOfBirth: isoDate(birth!)!,
        sex: sex as SealData['sex'],
        nationality: nationality!,
        issuedOn: isoDate(issued!)!,
        expiresOn: isoDate(expires!)!,
      },
    },
  };
}
