/**
 * XLSX for exports (exceljs), with the same neutralisation of formula starts as the CSV: a cell that
 * starts with = + - @ is written as text with a leading apostrophe, never as a formula.
 */
import { EventEmitter, once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvCell, type ExportColumn } from './csv';

/** The most data rows a sheet holds (1,048,576 rows less the heading). */
export const XLSX_MAX_ROWS = 1_048_575;

/** One sheet of rows as an XLSX workbook. */
export async function toXlsx<T>(sheetName: string, rows: readonly T[], columns: readonly ExportColumn<T>[]): Promise<Buffer> {
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

/** What exceljs' streaming writer does with a part of the package (not in its type definitions). */
interface PackageParts {
  zip: { append(source: NodeJS.ReadableStream, options: { name: string }): void };
  _openStream(path: string): EventEmitter;
}

/** exceljs writes a part's XML as strings and as its own string buffers (reused between writes: copy at once). */
function partBytes(chunk: unknown): Buffer {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, 'utf8');
  }
  if (Buffer.isBuffer(chunk)) {
    return chunk;
  }
  if (chunk && typeof (chunk as { toBuffer?: unknown }).toBuffer === 'function') {
    return Buffer.from((chunk as { toBuffer(): Buffer }).toBuffer());
  }
  throw new TypeError('Unexpected XLSX part chunk');
}

/**
 * archiver's own buffer is 1 MB by default: compressed bytes it would keep taking from the sheet while the
 * download is stalled. Passed through exceljs to archiver, which reads options its types do not list.
 */
const ZIP_OPTIONS: Partial<ExcelJS.stream.xlsx.ArchiverZipOptions> & { highWaterMark: number } = { highWaterMark: 64 * 1024 };

/**
 * A workbook of one sheet written as it goes to `output` (exceljs' streaming writer), holding only what
 * the zip has not compressed yet. exceljs hands each part's XML to the zip through a buffer that never
 * says "wait"; here every part goes through a stream whose fill we can see, and `addRows` waits until
 * the sheet's part has been taken by the zip, which itself waits for `output` (the HTTP response).
 */
export class XlsxStreamWriter<T> {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly parts: PassThrough[] = [];

  constructor(
    output: Writable,
    sheetName: string,
    private readonly columns: readonly ExportColumn<T>[],
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
      zip: ZIP_OPTIONS,
    });
    const parts = this.workbook as unknown as PackageParts;
    parts._openStream = (path: string) => {
      const source = new PassThrough({ highWaterMark: 64 * 1024 });
      this.parts.push(source);
      parts.zip.append(source, { name: path });
      const part = new EventEmitter();
      const facade = Object.assign(part, {
        write: (chunk: unknown) => source.write(partBytes(chunk)),
        end: () => source.end(),
        pause: () => facade,
      });
      source.on('finish', () => part.emit('zipped'));
      return facade;
    };
    this.sheet = this.workbook.addWorksheet(sheetName.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Export', { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = columns.map((c) => ({ width: Math.min(40, Math.max(12, c.header.length + 2)) }));
    const heading = this.sheet.addRow(columns.map((c) => c.header));
    heading.font = { bold: true };
    heading.commit();
  }

  /** Writes rows, then waits until the zip has taken them (so memory holds about one batch); `stop` ends the wait with an AbortError. */
  async addRows(rows: readonly T[], stop?: AbortSignal): Promise<void> {
    for (const row of rows) {
      this.sheet.addRow(this.columns.map((c) => csvCell(c.value(row)))).commit();
    }
    for (const part of this.parts) {
      while (part.writableNeedDrain) {
        await once(part, 'drain', { signal: stop });
      }
    }
  }

  /** Bytes of XML written but not yet taken by the zip (what this writer holds in memory). */
  get pendingBytes(): number {
    return this.parts.reduce((sum, part) => sum + part.writableLength + part.readableLength, 0);
  }

  /** Ends the sheet and the package; resolves when the last byte is handed to `output`. */
  async finish(): Promise<void> {
    await this.workbook.commit();
  }
}
