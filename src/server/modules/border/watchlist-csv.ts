/**
 * Reading a watchlist CSV: one row per listed person, with per-row errors that name the line and column,
 * so an administrator can fix the file. Pure: no database.
 */
import { parse } from 'csv-parse/sync';
import { parsePartialDate } from '../../../common/dates/partial-date';
import type { FieldError } from '../../platform/errors';
import { WATCHLIST_ACTIONS, WATCHLIST_CSV_COLUMNS, type WatchlistAction } from './reference';

export interface WatchlistRow {
  line: number;
  externalRef: string;
  name: string;
  aliases: string[];
  dateOfBirth: string | null;
  /** "about 1980": the range is widened and the matcher treats the date as approximate. */
  dateOfBirthEstimated: boolean;
  birthFrom: string | null;
  birthTo: string | null;
  nationalities: string[];
  documentNumbers: string[];
  action: WatchlistAction;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
}

export interface RowError {
  line: number;
  column?: string;
  message: string;
}

/** Row errors as the API's field errors (`line 12, action`), the first hundred. */
export function rowErrorsAsFields(errors: readonly RowError[]): FieldError[] {
  return errors.slice(0, 100).map((e) => ({ field: e.line > 0 ? `line ${e.line}${e.column ? `, ${e.column}` : ''}` : 'file', message: e.message }));
}

export interface WatchlistCsv {
  rows: WatchlistRow[];
  errors: RowError[];
}

const MAX_ROWS = 2_000_000;
/** Validity dates may lie in the future; only the calendar is checked. */
const NO_LATER_THAN = new Date('9999-12-31T00:00:00Z');

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

function isoDateOrError(value: string, line: number, column: string, errors: RowError[]): string | null {
  if (!value) {
    return null;
  }
  const parsed = parsePartialDate(value, { today: NO_LATER_THAN });
  if (!parsed.ok || parsed.date.value.length !== 10 || parsed.date.estimated) {
    errors.push({ line, column, message: parsed.ok ? 'Use a full date YYYY-MM-DD' : parsed.message });
    return null;
  }
  return parsed.date.value;
}

/** Parses and validates a watchlist CSV (UTF-8, header row with the columns of WATCHLIST_CSV_COLUMNS). */
export function readWatchlistCsv(text: string, today = new Date()): WatchlistCsv {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { rows: [], errors: [{ line: 0, message: `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const errors: RowError[] = [];
  if (records.length > MAX_ROWS) {
    return { rows: [], errors: [{ line: 0, message: `The file has ${records.length} rows; at most ${MAX_ROWS} can be imported at once` }] };
  }
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = ['name', 'action'].filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    return { rows: [], errors: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}. Expected: ${WATCHLIST_CSV_COLUMNS.join(', ')}` }] };
  }
  const rows: WatchlistRow[] = [];
  const refs = new Set<string>();
  records.forEach((record, index) => {
    const line = index + 2;
    const before = errors.length;
    const name = (record.name ?? '').trim();
    if (!name) {
      errors.push({ line, column: 'name', message: 'The name is empty' });
    } else if (name.length > 300) {
      errors.push({ line, column: 'name', message: 'The name is longer than 300 characters' });
    }
    const action = (record.action ?? '').trim().toLowerCase();
    if (!(WATCHLIST_ACTIONS as readonly string[]).includes(action)) {
      errors.push({ line, column: 'action', message: `Unknown action "${record.action ?? ''}"; use ${WATCHLIST_ACTIONS.join(', ')}` });
    }
    let birth: { value: string; estimated: boolean; from: string; to: string } | null = null;
    if (record.date_of_birth) {
      const parsed = parsePartialDate(record.date_of_birth, { today });
      if (parsed.ok) {
        birth = { value: parsed.date.value, estimated: parsed.date.estimated, from: parsed.range.from, to: parsed.range.to };
      } else {
        errors.push({ line, column: 'date_of_birth', message: parsed.message });
      }
    }
    const nationalities = list(record.nationalities).map((n) => n.toUpperCase());
    const badNationality = nationalities.find((n) => !/^[A-Z]{3}$/.test(n));
    if (badNationality) {
      errors.push({ line, column: 'nationalities', message: `"${badNationality}" is not a three-letter ICAO code` });
    }
    const documentNumbers = list(record.document_numbers).map((d) => d.toUpperCase().replace(/[\s-]/g, ''));
    const badDocument = documentNumbers.find((d) => !/^[A-Z0-9<]{1,30}$/.test(d));
    if (badDocument) {
      errors.push({ line, column: 'document_numbers', message: `"${badDocument}" is not a document number` });
    }
    const validFrom = isoDateOrError(record.valid_from ?? '', line, 'valid_from', errors);
    const validTo = isoDateOrError(record.valid_to ?? '', line, 'valid_to', errors);
    if (validFrom && validTo && validTo < validFrom) {
      errors.push({ line, column: 'valid_to', message: 'Ends before it starts' });
    }
    const externalRef = (record.external_ref ?? '').trim() || `line-${line}`;
    if (refs.has(externalRef)) {
      errors.push({ line, column: 'external_ref', message: `The reference "${externalRef}" appears twice in the file` });
    }
    refs.add(externalRef);
    if (errors.length === before) {
      rows.push({
        line,
        externalRef,
        name,
        aliases: list(record.aliases),
        dateOfBirth: birth?.value ?? null,
        dateOfBirthEstimated: birth?.estimated ?? false,
        birthFrom: birth?.from ?? null,
        birthTo: birth?.to ?? null,
        nationalities,
        documentNumbers,
        action: action as WatchlistAction,
        validFrom,
        validTo,
        note: record.note?.trim() || null,
      });
    }
  });
  return { rows, errors };
}
