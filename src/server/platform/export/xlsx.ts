/**
 * XLSX for exports (exceljs), with the same neutralisation of formula starts as the CSV: a cell that
 * starts with = + - @ is written as text with a leading apostrophe, never as a formula.
 */
import ExcelJS from 'exceljs';
import { csvCell } from './csv';

/** One sheet of rows as an XLSX workbook. */
export async function toXlsx<T>(sheetName: string, rows: readonly T[], columns: readonly { header: string; value: (row: T) => unknown }[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => csvCell(c.value(row))));
  }
  sheet.columns.forEach((column) => {
    column.width = Math.min(60, Math.max(10, ...(column.values ?? []).map((v) => String(v ?? '').length + 2)));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
