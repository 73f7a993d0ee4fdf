/**
 * CSV for every export (csv-stringify), with spreadsheet formula injection neutralised: a cell that
 * starts with = + - @ or a tab/carriage return is prefixed with an apostrophe, so a spreadsheet shows
 * it as text instead of running it (OWASP "CSV injection").
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** The byte-order mark that opens every CSV file, so spreadsheet programs read non-Latin scripts right. */
export const CSV_BOM = '\uFEFF';

/** One column of an export: its heading and how a row gives its value. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => unknown;
}

/** A cell value as exported: text with formula starts neutralised, numbers as they are. */
export function csvCell(value: unknown): string | number {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return value;
  }
  const text = value instanceof Date ? value.toISOString() : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** CSV records (CRLF-terminated) of `records` already reduced to cells. */
function csvRecords(records: readonly (readonly (string | number)[])[]): string {
  return records.length === 0 ? '' : stringify(records as (string | number)[][], { record_delimiter: '\r\n' });
}

/** The heading record of an export (no BOM). */
export function csvHeader<T>(columns: readonly ExportColumn<T>[]): string {
  return csvRecords([columns.map((c) => csvCell(c.header))]);
}

/** The records of a batch of rows (no heading, no BOM): the body of a streamed CSV. */
export function csvRows<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  return csvRecords(rows.map((row) => columns.map((c) => csvCell(c.value(row)))));
}

/** A CSV document (UTF-8 with BOM, so spreadsheet programs read the non-Latin scripts right). */
export function toCsv<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): string {
  return `${CSV_BOM}${csvHeader(columns)}${csvRows(rows, columns)}`;
}
