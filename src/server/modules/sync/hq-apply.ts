/**
 * Headquarters applies a post's changes, in the order sent, each exactly once: the inbox row (keyed by the
 * change id) is inserted in the transaction that applies the change, so a change sent again — after a lost
 * answer, a retry, a duplicate — finds its row and is only acknowledged. A change refused for good (bad
 * data, another post's crossing) is recorded as rejected with the reason, acknowledged, and listed; an
 * unexpected failure stops the batch (the post sends the rest again later).
 */
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { applyAlertReplica, applyCrossingReplica } from '../border/sync-crossings';
import { alertChangeSchema, asPersonPayload, crossingChangeSchema, personChangeSchema, type Ack, type Change, type PostReport } from './changes';
import { applyPersonChange } from './hq-persons';
import { syncInbox, syncPosts } from './tables';

/** The post's context for applying: the system acting for the BCP, with the request's id and address. */
export function postContext(ctx: Ctx, site: { code: string }): Ctx {
  return { ...ctx, actor: { kind: 'system', label: `sync:${site.code}` } };
}

async function applyOne(ctx: Ctx, site: { id: string; code: string }, change: Change): Promise<{ outcome: 'applied' | 'conflict'; message?: string }> {
  switch (change.kind) {
    case 'person': {
      const payload = personChangeSchema.safeParse(change.payload);
      if (!payload.success) {
        throw new AppError('validation_failed', 400, `The person change is malformed: ${payload.error.issues[0]?.message ?? ''}`);
      }
      return applyPersonChange(ctx, site, change, asPersonPayload(payload.data));
    }
    case 'crossing': {
      const payload = crossingChangeSchema.safeParse(change.payload);
      if (!payload.success) {
        throw new AppError('validation_failed', 400, `The crossing change is malformed: ${payload.error.issues[0]?.message ?? ''}`);
      }
      await applyCrossingReplica(ctx, site.id, payload.data);
      return { outcome: 'applied' };
    }
    case 'alert': {
      const payload = alertChangeSchema.safeParse(change.payload);
      if (!payload.success) {
        throw new AppError('validation_failed', 400, `The alert change is malformed: ${payload.error.issues[0]?.message ?? ''}`);
      }
      await applyAlertReplica(ctx, site.id, payload.data);
      return { outcome: 'applied' };
    }
  }
}

function inboxRow(site: { id: string }, change: Change, outcome: string, message: string | null) {
  return { changeId: change.changeId, siteId: site.id, seq: change.seq, kind: change.kind, entityId: change.entityId, outcome, message, createdAt: new Date(change.createdAt) };
}

/** Claims the change in the inbox and applies it, inside the caller's transaction; `duplicate` when claimed before. */
async function claimAndApply(txCtx: Ctx, site: { id: string; code: string }, change: Change): Promise<Ack> {
  const [claimed] = await txCtx.db.insert(syncInbox).values(inboxRow(site, change, 'applied', null)).onConflictDoNothing().returning({ changeId: syncInbox.changeId });
  if (!claimed) {
    return { changeId: change.changeId, outcome: 'duplicate' };
  }
  const result = await applyOne(txCtx, site, change);
  if (result.outcome !== 'applied' || result.message) {
    await txCtx.db.update(syncInbox).set({ outcome: result.outcome, message: result.message ?? null }).where(eq(syncInbox.changeId, change.changeId));
  }
  return { changeId: change.changeId, outcome: result.outcome, message: result.message ?? null };
}

/** Applies one change exactly once in its own transaction; a change refused for good is recorded as rejected. */
async function applyExactlyOnce(ctx: Ctx, site: { id: string; code: string }, change: Change): Promise<Ack> {
  try {
    return await inTransaction(ctx, (_tx, txCtx) => claimAndApply(txCtx, site, change));
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) {
      throw error;
    }
    // Refused for good: remembered as rejected (sending it again changes nothing) and listed at HQ.
    const message = error.message.slice(0, 500);
    const [recorded] = await ctx.db.insert(syncInbox).values(inboxRow(site, change, 'rejected', message)).onConflictDoNothing().returning({ changeId: syncInbox.changeId });
    return { changeId: change.changeId, outcome: recorded ? 'rejected' : 'duplicate', message };
  }
}

/**
 * Applies a batch: all of it in one transaction (one commit, one audit append), and when any change is
 * refused, again one change per transaction so that only that one is rejected.
 */
async function applyBatch(ctx: Ctx, site: { id: string; code: string }, changes: readonly Change[]): Promise<Ack[]> {
  try {
    return await inTransaction(ctx, async (_tx, txCtx) => {
      const acks: Ack[] = [];
      for (const change of changes) {
        acks.push(await claimAndApply(txCtx, site, change));
      }
      return acks;
    });
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) {
      throw error;
    }
  }
  const acks: Ack[] = [];
  for (const change of changes) {
    acks.push(await applyExactlyOnce(ctx, site, change));
  }
  return acks;
}

/** Records the post's contact and what it reported of itself. */
export async function recordContact(ctx: Ctx, siteId: string, report: PostReport | null, applied = 0, lastSeq = 0): Promise<void> {
  const now = ctx.now();
  const reported = report ? { queueLength: report.queueLength, oldestUnsentAt: report.oldestUnsentAt ? new Date(report.oldestUnsentAt) : null, versions: report.versions } : {};
  await ctx.db
    .insert(syncPosts)
    .values({ siteId, lastContactAt: now, ...reported, changesApplied: applied, lastChangeAt: applied > 0 ? now : null, lastSeq })
    .onConflictDoUpdate({
      target: syncPosts.siteId,
      set: {
        lastContactAt: now,
        ...reported,
        changesApplied: sql`${syncPosts.changesApplied} + ${applied}`,
        ...(applied > 0 ? { lastChangeAt: now, lastSeq: sql`greatest(${syncPosts.lastSeq}, ${lastSeq})` } : {}),
      },
    });
}

/** Applies a batch from a post in its order; answers one acknowledgement per change applied or known. */
export async function applyChanges(ctx: Ctx, site: { id: string; code: string }, changes: readonly Change[], report: PostReport): Promise<Ack[]> {
  const applyCtx = postContext(ctx, site);
  let acks: Ack[] = [];
  try {
    acks = await applyBatch(applyCtx, site, [...changes].sort((a, b) => a.seq - b.seq));
  } finally {
    const applied = acks.filter((a) => a.outcome !== 'duplicate').length;
    // What the post reports was true before this batch: the batch's acknowledged changes leave its queue.
    const left = { ...report, queueLength: Math.max(0, report.queueLength - acks.length) };
    await recordContact(ctx, site.id, left, applied, changes.reduce((max, c) => Math.max(max, c.seq), 0));
  }
  return acks;
}
