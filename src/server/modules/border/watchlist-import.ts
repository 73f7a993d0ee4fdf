/**
 * Importing a watchlist CSV as a new version of a source. A dry run reads the file and compares it with
 * the live list (nothing written). A real import is refused whole if any row has an error; otherwise a
 * job writes the entries in batches (its row shows the progress) and the version goes live in one last
 * transaction, so screening sees either the old list or the new one, never half of it.
 *
 * Modes: `replace` — the file is the whole list: entries it does not name are removed in the new version.
 * `append` — the file adds and updates entries; the others stay. In both, an entry is matched by its
 * external_ref: the same content is kept as it is (same row, same version), changed content removes the
 * old row and adds a new one. Removed rows stay in the table: old alerts keep their evidence.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, isUniqueViolation, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import type { ImportMode } from './reference';
import { contentHashOf, entryFromRow } from './watchlist-entries';
import { readWatchlistCsv, rowErrorsAsFields, type WatchlistRow } from './watchlist-csv';
import * as store from './watchlist-store';

const BATCH = 500;
const PREVIEW_ROWS = 10;
const ERRORS_SHOWN = 100;
/** An import still "running" after this long died with its process; the next import cleans it up. */
const ABANDONED_AFTER_MS = 3_600_000;

export interface ImportOptions {
  mode: ImportMode;
  fileName?: string | null;
  note?: string | null;
}

async function sourceOrNotFound(ctx: Ctx, sourceId: string) {
  const source = await store.selectSource(ctx.db, sourceId);
  if (!source) {
    throw notFound('Watchlist');
  }
  return source;
}

/** What importing the file would do, without writing anything: counts, first rows, row errors. */
export async function previewWatchlistImport(ctx: Ctx, sourceId: string, csv: string, options: ImportOptions) {
  requirePermission(ctx, 'border.watchlists.manage');
  const source = await sourceOrNotFound(ctx, sourceId);
  const { rows, errors } = readWatchlistCsv(csv, ctx.now());
  const live = new Map((await store.selectLiveRefs(ctx.db, sourceId, source.currentVersion)).map((e) => [e.externalRef, e.contentHash]));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  for (const row of rows) {
    const hash = live.get(row.externalRef);
    if (hash === undefined) {
      added += 1;
    } else if (hash === contentHashOf(row)) {
      unchanged += 1;
    } else {
      changed += 1;
    }
  }
  const named = new Set(rows.map((r) => r.externalRef));
  const removed = options.mode === 'replace' ? [...live.keys()].filter((ref) => !named.has(ref)).length : 0;
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, { action: 'border.watchlist.import.preview', entityType: 'watchlist-source', entityId: sourceId, detail: { rows: rows.length, errors: errors.length, mode: options.mode, fileName: options.fileName ?? null } }),
  );
  return {
    dryRun: true as const,
    mode: options.mode,
    currentVersion: source.currentVersion,
    wouldBecomeVersion: source.currentVersion + 1,
    rows: rows.length,
    changes: { added, changed, removed, unchanged },
    errorCount: errors.length,
    errors: errors.slice(0, ERRORS_SHOWN),
    firstRows: rows.slice(0, PREVIEW_ROWS),
  };
}

/** An import left "running" by a process that died: its entries were never live; undo them. */
async function clearAbandonedImport(ctx: Ctx, sourceId: string): Promise<void> {
  const running = await store.selectRunningImport(ctx.db, sourceId);
  if (!running) {
    return;
  }
  if (ctx.now().getTime() - running.startedAt.getTime() < ABANDONED_AFTER_MS) {
    throw conflict('An import of this list is already running; follow its progress and try again when it ends');
  }
  await inTransaction(ctx, async (tx) => {
    await store.discardVersion(tx, sourceId, running.version);
    await store.updateImport(tx, running.id, { status: 'failed', failure: 'abandoned (the server stopped while importing)', finishedAt: ctx.now() });
  });
}

/**
 * Starts importing the file as the next version. Returns the job, and `finish`, which writes it (the
 * caller runs it in the background and the job row shows its progress).
 */
export async function startWatchlistImport(ctx: Ctx, sourceId: string, csv: string, options: ImportOptions) {
  requirePermission(ctx, 'border.watchlists.manage');
  const source = await sourceOrNotFound(ctx, sourceId);
  const { rows, errors } = readWatchlistCsv(csv, ctx.now());
  if (errors.length > 0 || rows.length === 0) {
    const message = errors.length === 0 ? 'The file lists no entries' : `${errors.length} row(s) have errors; nothing was imported. Fix them (a dry run lists them all) and upload the file again.`;
    throw invalid(message, rowErrorsAsFields(errors));
  }
  await clearAbandonedImport(ctx, sourceId);
  let job;
  try {
    job = await inTransaction(ctx, async (tx) => {
      const created = await store.insertImport(tx, { sourceId, version: source.currentVersion + 1, mode: options.mode, fileName: options.fileName ?? null, note: options.note ?? null, totalRows: rows.length, startedBy: actorIds(ctx).userId });
      await recordAudit(tx, ctx, { action: 'border.watchlist.import.start', entityType: 'watchlist-source', entityId: sourceId, detail: { importId: created.id, rows: rows.length, mode: options.mode } });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('An import of this list is already running; follow its progress and try again when it ends');
    }
    throw error;
  }
  return { job, finish: () => runWatchlistImport(ctx, job.id, rows) };
}

/** Writes one batch: new and changed entries added in the version, changed ones' old rows removed in it. */
async function writeBatch(ctx: Ctx, sourceId: string, version: number, batch: WatchlistRow[]) {
  return inTransaction(ctx, async (tx) => {
    const prior = new Map((await store.selectEntriesByRef(tx, sourceId, batch.map((r) => r.externalRef), version)).map((e) => [e.externalRef, e]));
    const inserts = [];
    const removals: string[] = [];
    let unchanged = 0;
    for (const row of batch) {
      const before = prior.get(row.externalRef);
      if (before?.contentHash === contentHashOf(row)) {
        unchanged += 1;
        continue;
      }
      if (before) {
        removals.push(before.id);
      }
      inserts.push(entryFromRow(row, sourceId, version));
    }
    await store.insertEntries(tx, inserts);
    await store.markEntriesRemoved(tx, removals, version);
    return { added: inserts.length - removals.length, changed: removals.length, unchanged };
  });
}

/** Runs an import job to the end (or marks it failed and undoes what it wrote). */
export async function runWatchlistImport(ctx: Ctx, importId: string, rows: WatchlistRow[]) {
  const job = await store.selectImport(ctx.db, importId);
  if (!job) {
    throw notFound('Import');
  }
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  try {
    for (let start = 0; start < rows.length; start += BATCH) {
      const done = await writeBatch(ctx, job.sourceId, job.version, rows.slice(start, start + BATCH));
      counts.added += done.added;
      counts.changed += done.changed;
      counts.unchanged += done.unchanged;
      await store.updateImport(ctx.db, importId, { processedRows: Math.min(rows.length, start + BATCH), ...counts });
    }
    return await inTransaction(ctx, async (tx) => {
      counts.removed = job.mode === 'replace' ? await store.removeEntriesNotIn(tx, job.sourceId, rows.map((r) => r.externalRef), job.version) : 0;
      await store.updateSource(tx, job.sourceId, { currentVersion: job.version });
      await store.insertVersion(tx, { sourceId: job.sourceId, version: job.version, mode: job.mode, importId, note: job.note, ...counts, createdBy: job.startedBy });
      await store.updateImport(tx, importId, { status: 'done', processedRows: rows.length, ...counts, finishedAt: ctx.now() });
      await recordAudit(tx, ctx, { action: 'border.watchlist.import.finish', entityType: 'watchlist-source', entityId: job.sourceId, detail: { importId, version: job.version, ...counts } });
      return { version: job.version, ...counts };
    });
  } catch (error) {
    await inTransaction(ctx, async (tx) => {
      await store.discardVersion(tx, job.sourceId, job.version);
      await store.updateImport(tx, importId, { status: 'failed', failure: error instanceof Error ? error.message.slice(0, 500) : 'failed', finishedAt: ctx.now() });
    });
    throw error;
  }
}

/** An import's progress: rows written of rows in the file, and what it did so far. */
export async function watchlistImportStatus(ctx: Ctx, importId: string) {
  requirePermission(ctx, 'border.watchlists.manage');
  const job = await store.selectImport(ctx.db, importId);
  if (!job) {
    throw notFound('Import');
  }
  return { ...job, progress: job.totalRows === 0 ? 1 : job.processedRows / job.totalRows };
}
