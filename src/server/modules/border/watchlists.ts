/** Watchlist sources: national alerts, sanctions lists and imported lists, each with its own threshold. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, isUniqueViolation, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import type { SourceKind } from './reference';
import * as store from './watchlist-store';

export interface SourceInput {
  code: string;
  name: string;
  kind: SourceKind;
  threshold?: number;
}

/** Creates a source; its first import makes version 1. */
export async function createSource(ctx: Ctx, input: SourceInput) {
  requirePermission(ctx, 'border.watchlists.manage');
  try {
    return await inTransaction(ctx, async (tx) => {
      const row = await store.insertSource(tx, { code: input.code, name: input.name, kind: input.kind, threshold: input.threshold, createdBy: actorIds(ctx).userId });
      await recordAudit(tx, ctx, { action: 'border.watchlist.create', entityType: 'watchlist-source', entityId: row.id, fields: Object.keys(input) });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`A list with the code "${input.code}" already exists`);
    }
    throw error;
  }
}

/** Every source with its current version and how many entries are live. */
export async function listSources(ctx: Ctx) {
  requirePermission(ctx, 'border.watchlists.manage');
  return store.selectSources(ctx.db);
}

/** Renames a source, changes its threshold, or switches it off (its entries stop matching) and on. */
export async function updateSource(ctx: Ctx, id: string, patch: { name?: string; threshold?: number; active?: boolean }) {
  requirePermission(ctx, 'border.watchlists.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateSource(tx, id, patch);
    if (!row) {
      throw notFound('Watchlist');
    }
    await recordAudit(tx, ctx, { action: 'border.watchlist.update', entityType: 'watchlist-source', entityId: id, fields: Object.keys(patch), detail: patch });
    return row;
  });
}

/** The imports of a source, newest first. */
export async function importsOf(ctx: Ctx, sourceId: string) {
  requirePermission(ctx, 'border.watchlists.manage');
  if (!(await store.selectSource(ctx.db, sourceId))) {
    throw notFound('Watchlist');
  }
  return store.selectImports(ctx.db, sourceId);
}
