/** SQL of vulnerability screening: questionnaire versions, screenings, flags and follow-ups. Scope conditions come from the services. */
import { and, asc, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { asylumFollowUps, asylumQuestionnaires, asylumScreenings, asylumVulnerabilityFlags } from './tables';

export type ScreeningRow = typeof asylumScreenings.$inferSelect;
export type FollowUpRow = typeof asylumFollowUps.$inferSelect;

/** Inserts a questionnaire version unless it exists; returns it, or undefined when it existed. */
export async function insertQuestionnaireIfMissing(db: Executor, row: typeof asylumQuestionnaires.$inferInsert) {
  const [created] = await db.insert(asylumQuestionnaires).values(row).onConflictDoNothing({ target: asylumQuestionnaires.version }).returning();
  return created;
}

/** The latest questionnaire version. */
export async function selectLatestQuestionnaire(db: Executor) {
  const [row] = await db.select().from(asylumQuestionnaires).orderBy(desc(asylumQuestionnaires.version)).limit(1);
  return row;
}

/** One questionnaire version. */
export async function selectQuestionnaire(db: Executor, version: number) {
  const [row] = await db.select().from(asylumQuestionnaires).where(eq(asylumQuestionnaires.version, version));
  return row;
}

/** Inserts a screening. */
export async function insertScreening(db: Executor, row: typeof asylumScreenings.$inferInsert): Promise<ScreeningRow> {
  const [created] = await db.insert(asylumScreenings).values(row).returning();
  return created!;
}

/** One screening within `scope`. */
export async function selectScreening(db: Executor, id: string, scope: SQL | undefined): Promise<ScreeningRow | undefined> {
  const [row] = await db.select().from(asylumScreenings).where(and(eq(asylumScreenings.id, id), scope));
  return row;
}

/** A person's screenings within `scope`, newest first. */
export function selectScreeningsOf(db: Executor, personId: string, scope: SQL | undefined) {
  return db.select().from(asylumScreenings).where(and(eq(asylumScreenings.personId, personId), scope)).orderBy(desc(asylumScreenings.screenedOn), desc(asylumScreenings.createdAt));
}

/** Inserts the flags of a screening. */
export async function insertFlags(db: Executor, rows: (typeof asylumVulnerabilityFlags.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) {
    await db.insert(asylumVulnerabilityFlags).values(rows);
  }
}

/** A person's flags within `scope`, newest first. */
export function selectFlagsOf(db: Executor, personId: string, scope: SQL | undefined) {
  return db
    .select()
    .from(asylumVulnerabilityFlags)
    .where(and(eq(asylumVulnerabilityFlags.personId, personId), scope))
    .orderBy(desc(asylumVulnerabilityFlags.screenedOn));
}

/** Inserts follow-up tasks. */
export async function insertFollowUps(db: Executor, rows: (typeof asylumFollowUps.$inferInsert)[]): Promise<FollowUpRow[]> {
  return rows.length > 0 ? db.insert(asylumFollowUps).values(rows).returning() : [];
}

/** Follow-ups within `scope` by status (and only those due before `overdueBefore` when given), earliest due first. */
export function selectFollowUps(db: Executor, filter: { status: string; overdueBefore?: string; personId?: string; screeningId?: string }, scope: SQL | undefined) {
  return db
    .select()
    .from(asylumFollowUps)
    .where(
      and(
        scope,
        filter.status ? eq(asylumFollowUps.status, filter.status) : undefined,
        filter.overdueBefore ? lt(asylumFollowUps.dueOn, filter.overdueBefore) : undefined,
        filter.personId ? eq(asylumFollowUps.personId, filter.personId) : undefined,
        filter.screeningId ? eq(asylumFollowUps.screeningId, filter.screeningId) : undefined,
      ),
    )
    .orderBy(asc(asylumFollowUps.dueOn), asc(asylumFollowUps.createdAt))
    .limit(1000);
}

/** One follow-up within `scope`. */
export async function selectFollowUp(db: Executor, id: string, scope: SQL | undefined): Promise<FollowUpRow | undefined> {
  const [row] = await db.select().from(asylumFollowUps).where(and(eq(asylumFollowUps.id, id), scope));
  return row;
}

/** Changes a follow-up. */
export async function updateFollowUp(db: Executor, id: string, patch: Partial<typeof asylumFollowUps.$inferInsert>): Promise<FollowUpRow> {
  const [row] = await db
    .update(asylumFollowUps)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(asylumFollowUps.id, id))
    .returning();
  return row!;
}
