/** Streamed exports: batches read as the consumer reads, formulas neutralised, one audit entry (and one more when abandoned). */
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { auditLog } from '../audit/tables';
import { systemContext, type Ctx } from '../context';
import type { Db } from '../db/client';
import { openExport, type ExportSource } from './stream';

interface Line {
  n: number;
  name: string;
}

/** A list of `size` synthetic rows that counts the batches read. */
function syntheticList(size: number, name = 'Row'): ExportSource<Line, number> & { batchesRead: number } {
  const source = {
    list: 'test.synthetic',
    entityType: 'test',
    filter: { size },
    batchesRead: 0,
    columns: [
      { header: 'n', value: (l: Line) => l.n },
      { header: 'name', value: (l: Line) => l.name },
    ],
    count: async () => size,
    async batch(after: number | null, limit: number) {
      source.batchesRead += 1;
      const from = after ?? 0;
      // Random letters, not 'xxx…': the XLSX is zipped, and text that compresses a thousand to one would
      // fit a whole list in the zip's buffers and hide whether the reading waits for the download.
      const rows = Array.from({ length: Math.max(0, Math.min(limit, size - from)) }, (_, i) => ({ n: from + i + 1, name: `${name} ${from + i + 1} ${randomBytes(40).toString('base64')}` }));
      return { rows, next: from + limit < size ? from + limit : null };
    },
  };
  return source;
}

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) {
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  }
  return Buffer.concat(chunks);
}

async function entriesOf(db: Db, requestId: string) {
  return db.select().from(auditLog).where(eq(auditLog.requestId, requestId));
}

function contextFor(db: Db): Ctx {
  return { ...systemContext(db, 'export-test'), requestId: `export-${randomUUID()}` };
}

describeOnEachEngine('streamed exports', (database) => {
  it('writes every row as CSV with the BOM and the heading, neutralising formula starts, in batches', async () => {
    const ctx = contextFor(database().db);
    const source = syntheticList(2_500, '=HYPERLINK("http://evil")');
    const opened = await openExport(ctx, source, 'csv', 1000);
    expect(opened.rows).toBe(2_500);
    expect(opened.filename).toMatch(/^test-synthetic-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readAll(opened.body)).toString('utf8');
    expect(text.startsWith('\uFEFFn,name\r\n')).toBe(true);
    const records = parse(text.slice(1), { columns: true }) as { n: string; name: string }[];
    expect(records).toHaveLength(2_500);
    expect(records[0]!.name.startsWith('\'=HYPERLINK')).toBe(true);
    expect(records.at(-1)!.n).toBe('2500');
    expect(source.batchesRead).toBe(3);
    const entries = await entriesOf(database().db, ctx.requestId);
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([['test.synthetic.export', 'success']]);
    expect(entries[0]!.detail).toMatchObject({ list: 'test.synthetic', format: 'csv', filter: { size: 2_500 }, rows: 2_500 });
  });

  it('writes an XLSX whose cells are text, never formulas', async () => {
    const ctx = contextFor(database().db);
    const opened = await openExport(ctx, syntheticList(1_200, '=1+1'), 'xlsx', 500);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readAll(opened.body)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(1_201);
    expect(sheet.getRow(1).values).toEqual([undefined, 'n', 'name']);
    const cell = sheet.getRow(2).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value).startsWith("'=1+1")).toBe(true);
    expect(sheet.getRow(1_201).getCell(1).value).toBe(1_200);
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`reads no further than the consumer takes (${format}): a stalled download stops the reading`, async () => {
      const ctx = contextFor(database().db);
      const source = syntheticList(200_000);
      const opened = await openExport(ctx, source, format, 500);
      const body = opened.body;
      await new Promise<void>((resolve) => body.once('readable', () => resolve()));
      body.read();
      // The buffers in between (the body's 64 KiB, the zip writer's, one batch read ahead) fill, then the
      // reading must stop: no batch more while the download stays stalled.
      let afterStall = -1;
      while (afterStall !== source.batchesRead) {
        afterStall = source.batchesRead;
        await sleep(300);
      }
      // 200,000 rows would be 400 batches; paced by the consumer, only what the buffers hold is read ahead
      // (measured: 5 batches for CSV, 17 for XLSX, whose zip has a few 64 KiB stages of its own).
      expect(afterStall).toBeLessThanOrEqual(30);
      body.destroy();
      await sleep(100);
      const entries = await entriesOf(database().db, ctx.requestId);
      expect(entries.map((e) => e.outcome)).toEqual(['success', 'failure']);
      expect(entries[1]!.detail).toMatchObject({ list: 'test.synthetic', format, aborted: true });
    });
  }

  it('refuses an XLSX beyond one sheet and audits nothing', async () => {
    const ctx = contextFor(database().db);
    await expect(openExport(ctx, syntheticList(1_048_576), 'xlsx')).rejects.toMatchObject({ status: 422 });
    expect(await entriesOf(database().db, ctx.requestId)).toHaveLength(0);
  });
});
