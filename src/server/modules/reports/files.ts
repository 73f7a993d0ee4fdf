/**
 * An indicator's table as a file: a heading of the column keys, its rows, then the total row (`total` in
 * the first label column); a hidden small count reads `<threshold`, any other hidden cell (a larger count
 * or total hidden to protect a small one, a measure derived from a hidden count) reads `hidden`. Formula
 * starts are neutralised by the platform's CSV and XLSX writers.
 */
import { toCsv } from '../../platform/export/csv';
import { toXlsx } from '../../platform/export/xlsx';
import type { Column, Row } from './table';

interface TableLike {
  key: string;
  columns: Column[];
  rows: Row[];
  total: Row | null;
}

/** What a file writes for a hidden cell that is not a small count (it is not "< threshold"). */
export const HIDDEN_MARK = 'hidden';

function exportColumns(table: TableLike, threshold: number) {
  const firstLabel = table.columns.find((c) => c.kind === 'label')?.key;
  return table.columns.map((c) => ({
    header: c.key,
    value: (row: Row & { isTotal?: boolean }) => {
      if (row.suppressed[c.key]) {
        return row.suppressedAs[c.key] === 'small' ? `<${threshold}` : HIDDEN_MARK;
      }
      return row.isTotal && c.key === firstLabel ? 'total' : row.values[c.key];
    },
  }));
}

function lines(table: TableLike): (Row & { isTotal?: boolean })[] {
  return table.total ? [...table.rows, { ...table.total, isTotal: true }] : table.rows;
}

/** The table as CSV (UTF-8 with BOM). */
export function indicatorCsv(table: TableLike, threshold: number): string {
  return toCsv(lines(table), exportColumns(table, threshold));
}

/** The table as an XLSX workbook of one sheet named after the indicator. */
export function indicatorXlsx(table: TableLike, threshold: number): Promise<Buffer> {
  return toXlsx(table.key, lines(table), exportColumns(table, threshold));
}
