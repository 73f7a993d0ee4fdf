/**
 * The edge's outbox: every crossing, person change and alert judgement made at the post is queued in the
 * transaction that made it, so a change is never recorded without being queued (nor queued without being
 * recorded). Writers take one transaction lock before queueing, so the sequence is the commit order.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, isNotNull, isNull, min, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { syncOutbox, syncPersonBases } from './tables';
import type { Change, ChangeKind, PersonChangePayload } from './changes';
import { personReplica } from '../people/replica';

/** Any number; all outbox writers of a database take this transaction lock. */
const OUTBOX_LOCK = 804_201;

const locked = new WeakSet<object>();
/** Person changes already queued in a transaction: a second change of the person updates that row. */
const queuedPersons = new WeakMap<object, Map<string, number>>();

async function lockOutbox(tx: Executor): Promise<void> {
  if (!locked.has(tx)) {
    await queryRows(tx, sql`select pg_advisory_xact_lock(${OUTBOX_LOCK})`);
    locked.add(tx);
  }
}

/** Queues a change in the caller's transaction; returns its change id. */
export async function enqueueChange(tx: Executor, kind: ChangeKind, entityId: string, payload: unknown): Promise<string> {
  await lockOutbox(tx);
  const changeId = randomUUID();
  const [row] = await tx.insert(syncOutbox).values({ changeId, kind, entityId, payload }).returning({ seq: syncOutbox.seq });
  if (kind === 'person') {
    let queued = queuedPersons.get(tx);
    if (!queued) {
      queued = new Map();
      queuedPersons.set(tx, queued);
    }
    queued.set(entityId, row!.seq);
  }
  return changeId;
}

/**
 * Queues the person as the post holds it now, with the values it last had in common with headquarters
 * (its base) and who changed it (`changedBy`, for a reviewer at headquarters should it conflict); the
 * values sent become the base of the next change. Two changes of one person in one transaction travel
 * as one.
 */
export async function enqueuePersonChange(tx: Executor, personId: string, changedBy: string | null = null): Promise<void> {
  const replica = await personReplica(tx, personId);
  if (!replica) {
    return;
  }
  const [base] = await tx.select().from(syncPersonBases).where(eq(syncPersonBases.personId, personId));
  const queuedSeq = queuedPersons.get(tx)?.get(personId);
  if (queuedSeq !== undefined) {
    const [queued] = await tx.select({ payload: syncOutbox.payload }).from(syncOutbox).where(eq(syncOutbox.seq, queuedSeq));
    const earlier = queued?.payload as PersonChangePayload | undefined;
    const payload: PersonChangePayload = { replica, base: earlier?.base ?? null, changedBy: changedBy ?? earlier?.changedBy ?? null };
    await tx.update(syncOutbox).set({ payload }).where(eq(syncOutbox.seq, queuedSeq));
  } else {
    const payload: PersonChangePayload = { replica, base: base ? { fields: base.fields, hqVersion: base.hqVersion } : null, changedBy };
    await enqueueChange(tx, 'person', personId, payload);
  }
  await tx
    .insert(syncPersonBases)
    .values({ personId, fields: replica.fields, hqVersion: base?.hqVersion ?? null })
    .onConflictDoUpdate({ target: syncPersonBases.personId, set: { fields: replica.fields, updatedAt: new Date() } });
}

/** The oldest changes not yet acknowledged, in order. */
export async function waitingChanges(db: Executor, limit: number): Promise<Change[]> {
  const rows = await db.select().from(syncOutbox).where(isNull(syncOutbox.ackedAt)).orderBy(asc(syncOutbox.seq)).limit(limit);
  return rows.map((r) => ({ changeId: r.changeId, seq: r.seq, kind: r.kind as ChangeKind, entityId: r.entityId, createdAt: r.createdAt.toISOString(), payload: r.payload }));
}

/** Counts the attempt to send these changes. */
export async function markAttempted(db: Executor, changeIds: string[], at: Date): Promise<void> {
  if (changeIds.length > 0) {
    await db.update(syncOutbox).set({ attempts: sql`${syncOutbox.attempts} + 1`, lastAttemptAt: at }).where(inArray(syncOutbox.changeId, changeIds));
  }
}

/** Records headquarters' acknowledgements: the change is done (applied, already applied, in conflict review, or refused for good). */
export async function markAcknowledged(db: Executor, acks: readonly { changeId: string; outcome: string; message?: string | null }[], at: Date): Promise<void> {
  // Most acknowledgements carry no message: one statement per outcome for those.
  const plain = new Map<string, string[]>();
  for (const ack of acks) {
    if (ack.message) {
      await db
        .update(syncOutbox)
        .set({ ackedAt: at, outcome: ack.outcome, message: ack.message })
        .where(and(eq(syncOutbox.changeId, ack.changeId), isNull(syncOutbox.ackedAt)));
    } else {
      plain.set(ack.outcome, [...(plain.get(ack.outcome) ?? []), ack.changeId]);
    }
  }
  for (const [outcome, ids] of plain) {
    await db
      .update(syncOutbox)
      .set({ ackedAt: at, outcome, message: null })
      .where(and(inArray(syncOutbox.changeId, ids), isNull(syncOutbox.ackedAt)));
  }
}

/** The queue as the status shows it. */
export async function outboxFigures(db: Executor) {
  const [waiting] = await db.select({ n: count(), oldest: min(syncOutbox.createdAt) }).from(syncOutbox).where(isNull(syncOutbox.ackedAt));
  const [rejected] = await db.select({ n: count() }).from(syncOutbox).where(eq(syncOutbox.outcome, 'rejected'));
  const [sent] = await db.select({ n: count() }).from(syncOutbox).where(isNotNull(syncOutbox.ackedAt));
  return { queueLength: waiting?.n ?? 0, oldestUnsentAt: waiting?.oldest ? new Date(waiting.oldest).toISOString() : null, rejected: rejected?.n ?? 0, sentTotal: sent?.n ?? 0 };
}
