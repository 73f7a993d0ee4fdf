/** SQL of the privacy module: retention rules with their lease, and purge runs. */
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { retentionRules, retentionRuns } from './tables';

export type RuleRow = typeof retentionRules.$inferSelect;
export type RunRow = typeof retentionRuns.$inferSelect;

/** Creates the rules of record types that have none yet (disabled, with the proposed period). */
export async function insertMissingRules(db: Executor, rows: Array<Pick<RuleRow, 'recordType' | 'keepMonths' | 'countedFrom'>>): Promise<void> {
  if (rows.length > 0) {
    await db.insert(retentionRules).values(rows).onConflictDoNothing({ target: retentionRules.recordType });
  }
}

/** Every rule. */
export function selectRules(db: Executor): Promise<RuleRow[]> {
  return db.select().from(retentionRules);
}

/** One rule. */
export async function selectRule(db: Executor, recordType: string): Promise<RuleRow | undefined> {
  const [row] = await db.select().from(retentionRules).where(eq(retentionRules.recordType, recordType));
  return row;
}

/** Changes a rule if its version is still `version`; undefined on a stale version. */
export async function updateRuleVersioned(db: Executor, recordType: string, version: number, patch: Partial<Pick<RuleRow, 'keepMonths' | 'enabled' | 'note' | 'updatedBy'>>, at: Date) {
  const [row] = await db
    .update(retentionRules)
    .set({ ...patch, version: version + 1, updatedAt: at })
    .where(and(eq(retentionRules.recordType, recordType), eq(retentionRules.version, version)))
    .returning();
  return row;
}

/**
 * Takes the rule's lease for `runId` until `until` when no live lease holds it (and, for the schedule,
 * when it has not run today, marking today): one atomic update, so two processes never both win.
 */
export async function claimRule(db: Executor, recordType: string, runId: string, now: Date, until: Date, scheduledOn?: string): Promise<RuleRow | undefined> {
  const [row] = await db
    .update(retentionRules)
    .set({ leaseRunId: runId, leaseUntil: until, ...(scheduledOn ? { scheduledOn } : {}) })
    .where(
      and(
        eq(retentionRules.recordType, recordType),
        eq(retentionRules.enabled, true),
        or(isNull(retentionRules.leaseUntil), lt(retentionRules.leaseUntil, now)),
        scheduledOn ? or(isNull(retentionRules.scheduledOn), lt(retentionRules.scheduledOn, scheduledOn)) : undefined,
      ),
    )
    .returning();
  return row;
}

/** Extends the lease of `runId`; false when the run lost it (expired and taken by another). */
export async function renewLease(db: Executor, recordType: string, runId: string, until: Date): Promise<boolean> {
  const rows = await db
    .update(retentionRules)
    .set({ leaseUntil: until })
    .where(and(eq(retentionRules.recordType, recordType), eq(retentionRules.leaseRunId, runId)))
    .returning({ recordType: retentionRules.recordType });
  return rows.length > 0;
}

/** Gives the lease of `runId` back. */
export async function releaseLease(db: Executor, recordType: string, runId: string): Promise<void> {
  await db
    .update(retentionRules)
    .set({ leaseRunId: null, leaseUntil: null })
    .where(and(eq(retentionRules.recordType, recordType), eq(retentionRules.leaseRunId, runId)));
}

/** Starts a run's row. */
export async function insertRun(db: Executor, row: typeof retentionRuns.$inferInsert): Promise<RunRow> {
  const [created] = await db.insert(retentionRuns).values(row).returning();
  return created!;
}

/** Runs of the type still marked running other than `runId`: their process died (the lease had expired). */
export async function markInterrupted(db: Executor, recordType: string, runId: string, at: Date): Promise<void> {
  await db
    .update(retentionRuns)
    .set({ status: 'interrupted', finishedAt: at })
    .where(and(eq(retentionRuns.recordType, recordType), eq(retentionRuns.status, 'running'), sql`${retentionRuns.id} <> ${runId}`));
}

/** Adds one batch's counts to a run. */
export async function addBatch(db: Executor, runId: string, removed: number, deleted: Record<string, number>): Promise<RunRow> {
  const [current] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, runId));
  const total = { ...current!.deleted };
  for (const [table, n] of Object.entries(deleted)) {
    total[table] = (total[table] ?? 0) + n;
  }
  const [row] = await db
    .update(retentionRuns)
    .set({ removed: current!.removed + removed, deleted: total, batches: current!.batches + 1 })
    .where(eq(retentionRuns.id, runId))
    .returning();
  return row!;
}

/** Ends a run. */
export async function finishRun(db: Executor, runId: string, status: 'finished' | 'failed' | 'interrupted', at: Date, error: string | null): Promise<RunRow> {
  const [row] = await db.update(retentionRuns).set({ status, finishedAt: at, error }).where(eq(retentionRuns.id, runId)).returning();
  return row!;
}

/** One run. */
export async function selectRun(db: Executor, id: string): Promise<RunRow | undefined> {
  const [row] = await db.select().from(retentionRuns).where(eq(retentionRuns.id, id));
  return row;
}

/** Runs newest first, of one type or all. */
export function selectRuns(db: Executor, recordType: string | undefined, limit: number): Promise<RunRow[]> {
  return db
    .select()
    .from(retentionRuns)
    .where(recordType ? eq(retentionRuns.recordType, recordType) : undefined)
    .orderBy(desc(retentionRuns.startedAt))
    .limit(limit);
}

/** Display names of users by id. */
export async function selectUserNames(db: Executor, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
