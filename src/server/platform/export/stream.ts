/**
 * Exports of lists, streamed: a list's rows are read in keyset-paged batches through the list's own
 * query (same filter, same scope) and written to the response as they come, in CSV or XLSX, so memory
 * stays flat whatever the size and a slow download slows the reading instead of filling memory.
 * Each export is audited once, before the first byte leaves, with the list, the filter and the rows
 * announced; an export the client abandons or that fails half-way adds a second entry saying so.
 */
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { recordAuditNow } from '../audit/audit';
import type { Ctx } from '../context';
import { ruleViolated } from '../errors';
import { CSV_BOM, csvHeader, csvRows, type ExportColumn } from './csv';
import { XLSX_MAX_ROWS, XlsxStreamWriter } from './xlsx';

export type { ExportColumn } from './csv';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Rows read per query: large enough to keep the database busy, small enough to keep memory flat. */
export const EXPORT_BATCH_SIZE = 1000;

/** One batch of a list: its rows, and the key to read the next batch after (null: this was the last). */
export interface ExportBatch<Row, Key> {
  rows: readonly Row[];
  next: Key | null;
}

/**
 * A list as an export: built by the owning module from the list's own query and scope condition, so the
 * export can never see more than the list.
 */
export interface ExportSource<Row, Key> {
  /** The list's name, e.g. `border.crossings`: the audit action is `<list>.export`, the file `<list>-<day>`. */
  list: string;
  entityType: string;
  /** The filter as the caller gave it (names and values that are not personal data), for the audit entry. */
  filter: Record<string, unknown>;
  columns: readonly ExportColumn<Row>[];
  /**
   * Rows the list's condition selects, sent before the rows (`X-Export-Rows`) for the progress bar. Where
   * the list also hides rows one by one (persons under a sensitivity label), an upper bound.
   */
  count(): Promise<number>;
  /** The rows after `after` (null: from the start), at most `limit` read; `next` null after the last. */
  batch(after: Key | null, limit: number): Promise<ExportBatch<Row, Key>>;
}

/** An export ready to send: what to announce in the headers and the body to stream. */
export interface OpenedExport {
  rows: number;
  filename: string;
  contentType: string;
  body: Readable;
}

/**
 * Every row of `source`, a batch at a time; the next batch is read while this one is written (one batch
 * ahead at most, so the database and the writing overlap and memory still holds about two batches).
 */
async function* rowBatches<Row, Key>(source: ExportSource<Row, Key>, batchSize: number): AsyncGenerator<readonly Row[]> {
  let pending = source.batch(null, batchSize);
  for (;;) {
    const { rows, next } = await pending;
    if (next !== null) {
      pending = source.batch(next, batchSize);
      // Awaited at the next turn; if the download ends first, its failure must not go unhandled.
      pending.catch(() => undefined);
    }
    if (rows.length > 0) {
      yield rows;
    }
    if (next === null) {
      return;
    }
  }
}

interface ExportRun {
  written: number;
  done: boolean;
  /** Records how an unfinished export ended (once). */
  settle(how: 'aborted' | 'failed'): Promise<void>;
}

function csvBody<Row, Key>(source: ExportSource<Row, Key>, batchSize: number, run: ExportRun): Readable {
  async function* chunks(): AsyncGenerator<string> {
    let failed = false;
    try {
      yield `${CSV_BOM}${csvHeader(source.columns)}`;
      for await (const rows of rowBatches(source, batchSize)) {
        yield csvRows(rows, source.columns);
        run.written += rows.length;
      }
      run.done = true;
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      if (!run.done) {
        await run.settle(failed ? 'failed' : 'aborted');
      }
    }
  }
  return Readable.from(chunks(), { objectMode: false, highWaterMark: 64 * 1024 });
}

/** Rejects as soon as `signal` aborts; never settles otherwise. */
function abortion(signal: AbortSignal): Promise<never> {
  return once(signal, 'abort').then(() => Promise.reject(new Error('export abandoned by the client')));
}

function xlsxBody<Row, Key>(source: ExportSource<Row, Key>, batchSize: number, run: ExportRun): Readable {
  const output = new PassThrough({ highWaterMark: 64 * 1024 });
  const client = new AbortController();
  output.on('close', () => {
    if (!run.done) {
      client.abort();
    }
  });
  const writer = new XlsxStreamWriter(output, source.list, source.columns);
  void (async () => {
    try {
      for await (const rows of rowBatches(source, batchSize)) {
        client.signal.throwIfAborted();
        await writer.addRows(rows, client.signal);
        run.written += rows.length;
      }
      client.signal.throwIfAborted();
      await Promise.race([writer.finish(), abortion(client.signal)]);
      run.done = true;
    } catch (error) {
      await run.settle(client.signal.aborted ? 'aborted' : 'failed');
      output.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return output;
}

/** The file name of an export: the list and the day, e.g. `border-crossings-2026-11-30.csv`. */
export function exportFilename(list: string, format: ExportFormat, now: Date): string {
  return `${list.replace(/[^\w-]+/g, '-')}-${now.toISOString().slice(0, 10)}.${format}`;
}

/**
 * Counts the list, writes the audit entry and returns the body that streams the rows. Refuses (422) an
 * XLSX beyond a sheet's 1,048,575 rows: CSV has no such limit.
 */
export async function openExport<Row, Key>(ctx: Ctx, source: ExportSource<Row, Key>, format: ExportFormat, batchSize = EXPORT_BATCH_SIZE): Promise<OpenedExport> {
  const rows = await source.count();
  if (format === 'xlsx' && rows > XLSX_MAX_ROWS) {
    throw ruleViolated(`${rows} rows do not fit in one XLSX sheet (at most ${XLSX_MAX_ROWS}); export them as CSV or narrow the filter`, [{ field: 'format', message: 'Too many rows for XLSX' }]);
  }
  const detail = { list: source.list, format, filter: source.filter, rows };
  await recordAuditNow(ctx, { action: `${source.list}.export`, entityType: source.entityType, fields: source.columns.map((c) => c.header), detail });
  let settled = false;
  const run: ExportRun = {
    written: 0,
    done: false,
    async settle(how) {
      if (settled) {
        return;
      }
      settled = true;
      // The export's own entry is already written; this one says it did not finish. A failure to write it
      // must not take the process down with an unhandled rejection.
      await recordAuditNow(ctx, { action: `${source.list}.export`, entityType: source.entityType, outcome: 'failure', detail: { ...detail, [how]: true, rowsWritten: run.written } }).catch(
        (error: unknown) => process.emitWarning(`Could not audit the end of an export of ${source.list}: ${String(error)}`),
      );
    },
  };
  return {
    rows,
    filename: exportFilename(source.list, format, ctx.now()),
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: format === 'csv' ? csvBody(source, batchSize, run) : xlsxBody(source, batchSize, run),
  };
}

/** What a keyset-paged export needs from its module: the list's count, its query after a row, and the presentation of a batch. */
export interface KeysetListSpec<Raw extends { id: string }, Row> extends Omit<ExportSource<Row, string>, 'batch'> {
  /** The list's query (filter and scope) after row `lastId` in the list's order, `limit` rows at most. */
  read(lastId: string | null, limit: number): Promise<readonly Raw[]>;
  /** The batch as exported; rows the caller may not see one by one (e.g. persons under a label) are left out here. */
  present(rows: readonly Raw[]): Promise<readonly Row[]>;
}

/** An export read in keyset-paged batches, the key being the id of the last row read. */
export function keysetExport<Raw extends { id: string }, Row>(spec: KeysetListSpec<Raw, Row>): ExportSource<Row, string> {
  return {
    list: spec.list,
    entityType: spec.entityType,
    filter: spec.filter,
    columns: spec.columns,
    count: spec.count,
    async batch(after, limit) {
      const raws = await spec.read(after, limit);
      return { rows: await spec.present(raws), next: raws.length < limit ? null : raws.at(-1)!.id };
    },
  };
}

/**
 * An export of a list computed whole, bounded by design (a ranked search's candidates, a report): loaded
 * once through the list's own function, then sent in batches.
 */
export function computedExport<Row>(spec: Omit<ExportSource<Row, number>, 'batch' | 'count'> & { load(): Promise<readonly Row[]> }): ExportSource<Row, number> {
  let loaded: Promise<readonly Row[]> | undefined;
  const rows = () => (loaded ??= spec.load());
  return {
    list: spec.list,
    entityType: spec.entityType,
    filter: spec.filter,
    columns: spec.columns,
    count: async () => (await rows()).length,
    async batch(after, limit) {
      const all = await rows();
      const from = after ?? 0;
      return { rows: all.slice(from, from + limit), next: from + limit < all.length ? from + limit : null };
    },
  };
}
