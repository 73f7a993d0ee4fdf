/**
 * CSV for every export (csv-stringify), with spreadsheet formula injection neutralised: a cell that
 * starts with = + - @ or a tab/carriage return is prefixed with an apostrophe, so a spreadsheet shows
 * it as text instead of running it (OWASP "CSV injection").
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

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

/** A CSV document (UTF-8 with BOM, so spreadsheet programs read the non-Latin scripts right). */
export function toCsv<T>(rows: readonly T[], columns: readonly { header: string; value: (row: T) => unknown }[]): string {
  const body = stringify([columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => csvCell(c.value(row))))], { record_delimiter: '\r\n' });
  return `\uFEFF${body}`;
}
