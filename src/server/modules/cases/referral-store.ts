/** SQL of referrals, trafficking signals, reminders and the caseworker's home lists. */
import { and, asc, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { caseLabelCondition, fullAccessCondition, visibleCases, type CaseAccessPolicy } from './access';
import { caseReferrals, caseReminders, cases, caseSignals, caseTasks } from './tables';

export type ReferralRow = typeof caseReferrals.$inferSelect;
export type SignalRow = typeof caseSignals.$inferSelect;

const caseColumns = {
  caseReference: cases.reference,
  caseType: cases.type,
  caseOwnerOrganisationId: cases.ownerOrganisationId,
};

/** Inserts a referral. */
export async function insertReferral(
  tx: Executor,
  values: typeof caseReferrals.$inferInsert,
): Promise<ReferralRow> {
  const [row] = await tx.insert(caseReferrals).values(values).returning();
  return row!;
}

/**
 * One referral the caller's organisation sent or received, on a case whose labels and type the caller
 * may see (locked for update when `lock`).
 */
export async function selectReferral(db: Executor, id: string, policy: CaseAccessPolicy, lock = false) {
  const org = policy.organisationId;
  const mine = policy.everything
    ? sql`true`
    : org
      ? or(
          eq(caseReferrals.toOrganisationId, org),
          eq(caseReferrals.fromOrganisationId, org),
          fullAccessCondition(policy),
        )
      : sql`false`;
  const query = db
    .select({ referral: caseReferrals, ...caseColumns })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .where(
      and(
        eq(caseReferrals.id, id),
        policy.read || policy.everything ? caseLabelCondition(policy) : sql`false`,
        mine,
      ),
    );
  const [row] = lock ? await query.for('update', { of: caseReferrals }) : await query;
  return row;
}

export interface ReferralFilter {
  direction?: 'incoming' | 'outgoing';
  status?: string;
  caseId?: string;
}

/**
 * The condition of the referrals list: to (incoming) or from (outgoing) the caller's organisation (or all of
 * one case), on cases whose labels and type the caller may see. One place for the list, the count and the export.
 */
function referralConditions(policy: CaseAccessPolicy, filter: ReferralFilter): SQL | undefined {
  const org = policy.organisationId;
  const conditions: (SQL | undefined)[] = [policy.read ? caseLabelCondition(policy) : sql`false`];
  if (filter.caseId) {
    conditions.push(eq(caseReferrals.caseId, filter.caseId));
  } else if (!org) {
    conditions.push(sql`false`);
  } else if (filter.direction === 'incoming') {
    conditions.push(eq(caseReferrals.toOrganisationId, org));
  } else if (filter.direction === 'outgoing') {
    conditions.push(eq(caseReferrals.fromOrganisationId, org));
  } else {
    conditions.push(or(eq(caseReferrals.toOrganisationId, org), eq(caseReferrals.fromOrganisationId, org)));
  }
  if (filter.status) {
    conditions.push(eq(caseReferrals.status, filter.status));
  }
  return and(...conditions);
}

/** Referrals to (incoming) or from (outgoing) the caller's organisation on cases whose labels and type they may see. */
export async function selectReferrals(db: Executor, policy: CaseAccessPolicy, filter: ReferralFilter) {
  return db
    .select({ referral: caseReferrals, ...caseColumns })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .where(referralConditions(policy, filter))
    .orderBy(desc(caseReferrals.createdAt))
    .limit(500);
}

/** The referrals of the list's filter after `after` (a keyset condition), newest first then by id: the export's batches. */
export function selectReferralsAfter(db: Executor, policy: CaseAccessPolicy, filter: ReferralFilter, after: SQL | undefined, limit: number) {
  return db
    .select({ referral: caseReferrals, ...caseColumns })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .where(and(referralConditions(policy, filter), after))
    .orderBy(desc(caseReferrals.createdAt), desc(caseReferrals.id))
    .limit(limit);
}

/** How many referrals the list's filter selects. */
export async function countReferrals(db: Executor, policy: CaseAccessPolicy, filter: ReferralFilter): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .where(referralConditions(policy, filter));
  return row?.total ?? 0;
}

/** Changes a referral. */
export async function updateReferral(
  tx: Executor,
  id: string,
  patch: Partial<typeof caseReferrals.$inferInsert>,
): Promise<ReferralRow> {
  const [row] = await tx.update(caseReferrals).set(patch).where(eq(caseReferrals.id, id)).returning();
  return row!;
}

/** Inserts a signal. */
export async function insertSignal(
  tx: Executor,
  values: typeof caseSignals.$inferInsert,
): Promise<SignalRow> {
  const [row] = await tx.insert(caseSignals).values(values).returning();
  return row!;
}

/** The signals a user filed, newest first. */
export async function selectSignalsBy(db: Executor, userId: string): Promise<SignalRow[]> {
  return db
    .select()
    .from(caseSignals)
    .where(eq(caseSignals.signalledBy, userId))
    .orderBy(desc(caseSignals.createdAt))
    .limit(200);
}

/** The signals a user filed after `after` (a keyset condition), newest first then by id: the export's batches. */
export function selectSignalsByAfter(db: Executor, userId: string, after: SQL | undefined, limit: number): Promise<SignalRow[]> {
  return db
    .select()
    .from(caseSignals)
    .where(and(eq(caseSignals.signalledBy, userId), after))
    .orderBy(desc(caseSignals.createdAt), desc(caseSignals.id))
    .limit(limit);
}

/** How many signals a user filed. */
export async function countSignalsBy(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(caseSignals).where(eq(caseSignals.signalledBy, userId));
  return row?.total ?? 0;
}

/** The signal that opened a case. */
export async function selectSignalOfCase(db: Executor, caseId: string): Promise<SignalRow | undefined> {
  const [row] = await db.select().from(caseSignals).where(eq(caseSignals.caseId, caseId));
  return row;
}

/** Fires the reminders due at `now`: `due-soon` once a task's reminder time has passed, `overdue` once its due time has. */
export async function fireReminders(tx: Executor, now: Date): Promise<{ dueSoon: number; overdue: number }> {
  const dueSoon = await tx
    .update(caseTasks)
    .set({ remindedAt: now })
    .where(and(eq(caseTasks.status, 'open'), isNull(caseTasks.remindedAt), lte(caseTasks.remindAt, now)))
    .returning({ taskId: caseTasks.id, caseId: caseTasks.caseId });
  const overdue = await tx
    .update(caseTasks)
    .set({ overdueNotifiedAt: now })
    .where(and(eq(caseTasks.status, 'open'), isNull(caseTasks.overdueNotifiedAt), lte(caseTasks.dueAt, now)))
    .returning({ taskId: caseTasks.id, caseId: caseTasks.caseId });
  const rows = [
    ...dueSoon.map((t) => ({ ...t, kind: 'due-soon' })),
    ...overdue.map((t) => ({ ...t, kind: 'overdue' })),
  ];
  if (rows.length > 0) {
    await tx
      .insert(caseReminders)
      .values(rows.map((r) => ({ caseId: r.caseId, taskId: r.taskId, kind: r.kind, firedAt: now })))
      .onConflictDoNothing();
  }
  return { dueSoon: dueSoon.length, overdue: overdue.length };
}

/** Tasks and reminders are the caller's when assigned to them, or unassigned on a case they own or nobody owns. */
function myTaskCondition(policy: CaseAccessPolicy): SQL {
  const me = policy.userId;
  if (!me) {
    return sql`false`;
  }
  return sql`(${caseTasks.assigneeUserId} = ${me} or (${caseTasks.assigneeUserId} is null and (${cases.ownerUserId} = ${me} or ${cases.ownerUserId} is null)))`;
}

/** The caller's open tasks due before `before`, on cases they fully see. */
export async function selectMyOpenTasks(db: Executor, policy: CaseAccessPolicy, before: Date) {
  return db
    .select({ task: caseTasks, caseReference: cases.reference, caseType: cases.type, caseTitle: cases.title })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(
      and(
        visibleCases(policy),
        fullAccessCondition(policy),
        eq(caseTasks.status, 'open'),
        lte(caseTasks.dueAt, before),
        myTaskCondition(policy),
      ),
    )
    .orderBy(asc(caseTasks.dueAt))
    .limit(200);
}

/** The caller's unread reminders on cases they fully see. */
export async function selectMyReminders(db: Executor, policy: CaseAccessPolicy) {
  return db
    .select({
      reminder: caseReminders,
      task: caseTasks,
      caseReference: cases.reference,
      caseType: cases.type,
      caseTitle: cases.title,
    })
    .from(caseReminders)
    .innerJoin(caseTasks, eq(caseTasks.id, caseReminders.taskId))
    .innerJoin(cases, eq(cases.id, caseReminders.caseId))
    .where(
      and(
        visibleCases(policy),
        fullAccessCondition(policy),
        isNull(caseReminders.readAt),
        eq(caseTasks.status, 'open'),
        myTaskCondition(policy),
      ),
    )
    .orderBy(desc(caseReminders.firedAt))
    .limit(200);
}

/** Marks one of the caller's reminders read (false when it is not theirs to see). */
export async function markReminderRead(
  tx: Executor,
  policy: CaseAccessPolicy,
  id: string,
  at: Date,
): Promise<boolean> {
  const visible = await tx
    .select({ id: caseReminders.id })
    .from(caseReminders)
    .innerJoin(cases, eq(cases.id, caseReminders.caseId))
    .where(and(eq(caseReminders.id, id), visibleCases(policy), fullAccessCondition(policy)));
  if (visible.length === 0) {
    return false;
  }
  await tx.update(caseReminders).set({ readAt: at }).where(eq(caseReminders.id, id));
  return true;
}

/** Reminder rows of some tasks (for tests and the case page). */
export async function selectRemindersOfTasks(db: Executor, taskIds: readonly string[]) {
  return taskIds.length === 0
    ? []
    : db
        .select()
        .from(caseReminders)
        .where(inArray(caseReminders.taskId, [...taskIds]));
}
