/**
 * Checking what the desk sends before anything is written: the travel document (read again from the MRZ
 * on the server, or typed), the times of the crossing and the decision. Pure: every problem becomes an
 * `invalid` error naming the field, never a half-recorded crossing.
 */
import { parsePartialDate } from '../../../common/dates/partial-date';
import { documentKindOf, parseMrz } from '../../../common/mrz';
import { isIsoDate } from '../../../common/stays';
import { invalid, type FieldError } from '../../platform/errors';
import type { DocumentKind } from '../people/reference';
import type { Decision, RefusalReason } from './reference';

export interface DocumentFields {
  mrz?: string | null;
  kind?: DocumentKind | null;
  number?: string | null;
  issuingState?: string | null;
  surname?: string | null;
  givenNames?: string | null;
  nationality?: string | null;
  dateOfBirth?: string | null;
  sex?: string | null;
  expiryDate?: string | null;
}

/** A travel document as the crossing records it. */
export interface TravelDocument {
  source: 'mrz' | 'typed';
  kind: DocumentKind;
  number: string;
  issuingState: string;
  surname: string;
  givenNames: string;
  nationality: string | null;
  /** Partial as known: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  dateOfBirth: string | null;
  sex: 'M' | 'F' | 'X' | 'U';
  expiryDate: string | null;
  /** The MRZ lines as read (one per line), for the person's document record. */
  mrz: string | null;
  flags: string[];
}

/** A document number as lists hold it: upper case, without spaces and dashes. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

const STATE_CODE = /^([A-Z]{3}|D)$/;
const DOCUMENT_NUMBER = /^[A-Z0-9<]{1,30}$/;

/** The MRZ writes unknown parts of a birth date as fillers: '1985-<<-<<' is 1985. */
function mrzBirthDate(value: string): string | null {
  const known = value.split('-').filter((part) => !part.includes('<'));
  return known.length === 0 ? null : known.join('-');
}

function fromMrz(mrz: string, today: Date): TravelDocument {
  const read = parseMrz(mrz, { today });
  if (!read.ok) {
    throw invalid(
      `The MRZ cannot be read: ${read.errors.map((e) => e.message).join('; ')}`,
      read.errors.map((e) => ({ field: 'document.mrz', message: e.message })),
    );
  }
  const failed = read.checks.filter((c) => !c.ok);
  if (failed.length > 0) {
    throw invalid(
      `The MRZ has a wrong check digit: ${failed.map((c) => c.message).join('; ')}. Scan it again or correct the misread character.`,
      failed.map((c) => ({ field: 'document.mrz', message: c.message })),
    );
  }
  const document = read.document;
  return {
    source: 'mrz',
    kind: documentKindOf(document.documentType),
    number: normaliseDocumentNumber(document.documentNumber),
    issuingState: document.issuingState,
    surname: document.surname,
    givenNames: document.givenNames,
    nationality: document.nationality,
    dateOfBirth: mrzBirthDate(document.dateOfBirth),
    sex: document.sex,
    expiryDate: document.expiryDate,
    mrz: document.lines.join('\n'),
    flags: read.flags.expired ? ['expired'] : [],
  };
}

function typed(fields: DocumentFields, today: Date): TravelDocument {
  const errors: FieldError[] = [];
  const number = normaliseDocumentNumber(fields.number ?? '');
  if (!DOCUMENT_NUMBER.test(number)) {
    errors.push({ field: 'document.number', message: number ? 'Use letters and digits only (at most 30)' : 'Required without an MRZ' });
  }
  const issuingState = (fields.issuingState ?? '').trim().toUpperCase();
  if (!STATE_CODE.test(issuingState)) {
    errors.push({ field: 'document.issuingState', message: 'Use a three-letter ICAO code such as SYR' });
  }
  const nationality = fields.nationality?.trim().toUpperCase() || null;
  if (nationality && !STATE_CODE.test(nationality)) {
    errors.push({ field: 'document.nationality', message: 'Use a three-letter ICAO code such as SYR' });
  }
  const surname = fields.surname?.trim() ?? '';
  const givenNames = fields.givenNames?.trim() ?? '';
  if (!surname && !givenNames) {
    errors.push({ field: 'document.surname', message: 'Give the name as written in the document' });
  }
  let dateOfBirth: string | null = null;
  if (fields.dateOfBirth?.trim()) {
    const parsed = parsePartialDate(fields.dateOfBirth, { today });
    if (parsed.ok) {
      dateOfBirth = parsed.date.value;
    } else {
      errors.push({ field: 'document.dateOfBirth', message: parsed.message });
    }
  }
  const expiryDate = fields.expiryDate?.trim() || null;
  if (expiryDate && !isIsoDate(expiryDate)) {
    errors.push({ field: 'document.expiryDate', message: `"${expiryDate}" is not a calendar date written YYYY-MM-DD` });
  }
  const sex = (fields.sex ?? 'U').toUpperCase();
  if (!['M', 'F', 'X', 'U'].includes(sex)) {
    errors.push({ field: 'document.sex', message: 'Use M, F, X or U' });
  }
  if (errors.length > 0) {
    throw invalid(`The document is incomplete or wrong: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`, errors);
  }
  const expired = expiryDate !== null && expiryDate < today.toISOString().slice(0, 10);
  return {
    source: 'typed',
    kind: fields.kind ?? 'passport',
    number,
    issuingState,
    surname,
    givenNames,
    nationality,
    dateOfBirth,
    sex: sex as TravelDocument['sex'],
    expiryDate,
    mrz: null,
    flags: expired ? ['no-mrz', 'expired'] : ['no-mrz'],
  };
}

/**
 * The travel document of a crossing: read from the MRZ when one is given (refused with the reason when
 * it cannot be read or a check digit is wrong), else the typed fields, checked.
 */
export function readTravelDocument(fields: DocumentFields, today: Date): TravelDocument {
  return fields.mrz?.trim() ? fromMrz(fields.mrz, today) : typed(fields, today);
}

/** Clock drift a desk may have before a time "in the future" is refused. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** A first scan longer ago than this is a scan of another crossing, not the start of this one. */
const MAX_PROCESSING_MS = 24 * 3_600_000;

/**
 * When the decision was taken (`at`, default now) and how long it took from the first scan. A remote
 * post sends crossings later, so `at` may be in the past, but not in the future nor before the scan.
 * In a vehicle each occupant is decided in turn and the group recorded at the end (`at`): an occupant's
 * own `decidedAt` (not after `at`) then ends their processing time.
 */
export function crossingTimes(
  input: { at?: string | null; firstScanAt?: string | null; decidedAt?: string | null },
  now: Date,
): { at: Date; firstScanAt: Date | null; processingMs: number | null } {
  const at = input.at ? new Date(input.at) : now;
  if (Number.isNaN(at.getTime()) || at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw invalid('The time of the crossing is in the future', [{ field: 'at', message: `After ${now.toISOString()}` }]);
  }
  const decidedAt = input.decidedAt ? new Date(input.decidedAt) : at;
  if (Number.isNaN(decidedAt.getTime()) || decidedAt.getTime() > at.getTime()) {
    throw invalid('A traveller cannot be decided after the crossing is recorded', [{ field: 'decidedAt', message: `After the crossing time ${at.toISOString()}` }]);
  }
  if (!input.firstScanAt) {
    return { at, firstScanAt: null, processingMs: null };
  }
  const firstScanAt = new Date(input.firstScanAt);
  const processingMs = decidedAt.getTime() - firstScanAt.getTime();
  if (Number.isNaN(processingMs) || processingMs < 0) {
    throw invalid('The first scan cannot come after the decision', [{ field: 'firstScanAt', message: `After the decision time ${at.toISOString()}` }]);
  }
  if (processingMs > MAX_PROCESSING_MS) {
    throw invalid('The first scan is more than a day before the decision: it belongs to another crossing', [{ field: 'firstScanAt', message: 'More than 24 hours before the decision' }]);
  }
  return { at, firstScanAt, processingMs };
}

/** A refusal needs its ground (Annex V letter); other decisions must not carry one. */
export function checkDecision(decision: Decision, refusalReason: RefusalReason | null | undefined): RefusalReason | null {
  if (decision === 'refused' && !refusalReason) {
    throw invalid('A refusal needs its ground', [{ field: 'refusalReason', message: 'Required when the decision is "refused"' }]);
  }
  if (decision !== 'refused' && refusalReason) {
    throw invalid('Only a refusal has a ground of refusal', [{ field: 'refusalReason', message: `Not allowed when the decision is "${decision}"` }]);
  }
  return refusalReason ?? null;
}
