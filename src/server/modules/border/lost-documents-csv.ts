/**
 * Reading a lost/stolen documents CSV (columns number, issuing_state, reason, reported_at, source), with
 * per-row errors naming the line and column. Pure: no database.
 */
import { parse } from 'csv-parse/sync';
import { isIsoDate } from '../../../common/stays';
import { normaliseDocumentNumber } from './crossing-input';
import { LOST_DOCUMENT_REASONS, LOST_DOCUMENTS_CSV_COLUMNS, type LostDocumentReason } from './reference';
import type { RowError } from './watchlist-csv';

export interface LostDocumentRow {
  line: number;
  number: string;
  issuingState: string;
  reason: LostDocumentReason;
  reportedAt: string;
  source: string | null;
}

/** Parses and validates a lost/stolen documents CSV; `today` bounds the report dates. */
export function readLostDocumentsCsv(text: string, today: string): { rows: LostDocumentRow[]; errors: RowError[] } {
  let records: Record<string, string>[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { rows: [], errors: [{ line: 0, message: `The file is not valid CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const header = records.length > 0 ? Object.keys(records[0]!) : [];
  const missing = ['number', 'issuing_state', 'reason'].filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    return { rows: [], errors: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}. Expected: ${LOST_DOCUMENTS_CSV_COLUMNS.join(', ')}` }] };
  }
  const rows: LostDocumentRow[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const line = index + 2;
    const before = errors.length;
    const number = normaliseDocumentNumber(record.number ?? '');
    if (!/^[A-Z0-9<]{1,30}$/.test(number)) {
      errors.push({ line, column: 'number', message: number ? `"${record.number}" is not a document number` : 'The number is empty' });
    }
    const issuingState = (record.issuing_state ?? '').toUpperCase();
    if (!/^([A-Z]{3}|D)$/.test(issuingState)) {
      errors.push({ line, column: 'issuing_state', message: `"${record.issuing_state ?? ''}" is not a three-letter ICAO code` });
    }
    const reason = (record.reason ?? '').toLowerCase();
    if (!(LOST_DOCUMENT_REASONS as readonly string[]).includes(reason)) {
      errors.push({ line, column: 'reason', message: `Unknown reason "${record.reason ?? ''}"; use ${LOST_DOCUMENT_REASONS.join(', ')}` });
    }
    const reportedAt = record.reported_at || today;
    if (!isIsoDate(reportedAt)) {
      errors.push({ line, column: 'reported_at', message: `"${reportedAt}" is not a calendar date written YYYY-MM-DD` });
    } else if (reportedAt > today) {
      errors.push({ line, column: 'reported_at', message: `${reportedAt} is in the future` });
    }
    const key = `${number}|${issuingState}`;
    if (seen.has(key)) {
      errors.push({ line, column: 'number', message: `${number} (${issuingState}) appears twice in the file` });
    }
    seen.add(key);
    if (errors.length === before) {
      rows.push({ line, number, issuingState, reason: reason as LostDocumentReason, reportedAt, source: record.source?.trim() || null });
    }
  });
  return { rows, errors };
}
