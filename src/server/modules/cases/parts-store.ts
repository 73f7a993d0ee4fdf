/** SQL of the parts of a case: tasks, notes, attachments, services, consents, assessments and checklist items. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import {
  caseAssessments,
  caseAttachments,
  caseChecklistItems,
  caseConsents,
  caseNotes,
  caseServices,
  caseTasks,
} from './tables';

export type TaskRow = typeof caseTasks.$inferSelect;
export type ConsentRow = typeof caseConsents.$inferSelect;

/** Inserts tasks. */
export async function insertTasks(
  tx: Executor,
  values: (typeof caseTasks.$inferInsert)[],
): Promise<TaskRow[]> {
  return values.length === 0 ? [] : tx.insert(caseTasks).values(values).returning();
}

/** The tasks of a case, by due date. */
export async function selectTasks(db: Executor, caseId: string): Promise<TaskRow[]> {
  return db.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(asc(caseTasks.dueAt));
}

/** One task. */
export async function selectTask(db: Executor, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(caseTasks).where(eq(caseTasks.id, id));
  return row;
}

/** Changes a task. */
export async function updateTask(
  tx: Executor,
  id: string,
  patch: Partial<typeof caseTasks.$inferInsert>,
): Promise<TaskRow> {
  const [row] = await tx.update(caseTasks).set(patch).where(eq(caseTasks.id, id)).returning();
  return row!;
}

/** Cancels the open tasks of a state the case leaves for good (closing). */
export async function cancelOpenTasks(tx: Executor, caseId: string): Promise<void> {
  await tx
    .update(caseTasks)
    .set({ status: 'cancelled' })
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.status, 'open')));
}

/** Inserts a note. */
export async function insertNote(tx: Executor, values: typeof caseNotes.$inferInsert) {
  const [row] = await tx.insert(caseNotes).values(values).returning();
  return row!;
}

/** The notes of a case, newest first. */
export async function selectNotes(db: Executor, caseId: string) {
  return db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.createdAt));
}

/** Inserts an attachment. */
export async function insertAttachment(tx: Executor, values: typeof caseAttachments.$inferInsert) {
  const [row] = await tx.insert(caseAttachments).values(values).returning({
    id: caseAttachments.id,
    name: caseAttachments.name,
    contentType: caseAttachments.contentType,
    size: caseAttachments.size,
    createdAt: caseAttachments.createdAt,
  });
  return row!;
}

/** The attachments of a case (without their bytes). */
export async function selectAttachments(db: Executor, caseId: string) {
  return db
    .select({
      id: caseAttachments.id,
      name: caseAttachments.name,
      contentType: caseAttachments.contentType,
      size: caseAttachments.size,
      createdAt: caseAttachments.createdAt,
    })
    .from(caseAttachments)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(desc(caseAttachments.createdAt));
}

/** One attachment with its bytes. */
export async function selectAttachment(db: Executor, id: string) {
  const [row] = await db.select().from(caseAttachments).where(eq(caseAttachments.id, id));
  return row;
}

/** Inserts a service delivered. */
export async function insertService(tx: Executor, values: typeof caseServices.$inferInsert) {
  const [row] = await tx.insert(caseServices).values(values).returning();
  return row!;
}

/** The services of a case, newest first. */
export async function selectServices(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseServices)
    .where(eq(caseServices.caseId, caseId))
    .orderBy(desc(caseServices.deliveredOn), desc(caseServices.createdAt));
}

/** Inserts a consent record. */
export async function insertConsent(
  tx: Executor,
  values: typeof caseConsents.$inferInsert,
): Promise<ConsentRow> {
  const [row] = await tx.insert(caseConsents).values(values).returning();
  return row!;
}

/** The consents of a case. */
export async function selectConsents(db: Executor, caseId: string): Promise<ConsentRow[]> {
  return db
    .select()
    .from(caseConsents)
    .where(eq(caseConsents.caseId, caseId))
    .orderBy(asc(caseConsents.createdAt));
}

/** One consent record. */
export async function selectConsent(db: Executor, id: string): Promise<ConsentRow | undefined> {
  const [row] = await db.select().from(caseConsents).where(eq(caseConsents.id, id));
  return row;
}

/** Marks a consent withdrawn. */
export async function withdrawConsent(tx: Executor, id: string, at: Date): Promise<ConsentRow> {
  const [row] = await tx
    .update(caseConsents)
    .set({ withdrawnAt: at })
    .where(eq(caseConsents.id, id))
    .returning();
  return row!;
}

/** Inserts an assessment. */
export async function insertAssessment(tx: Executor, values: typeof caseAssessments.$inferInsert) {
  const [row] = await tx.insert(caseAssessments).values(values).returning();
  return row!;
}

/** The assessments of a case, newest first. */
export async function selectAssessments(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseAssessments)
    .where(eq(caseAssessments.caseId, caseId))
    .orderBy(desc(caseAssessments.recordedAt));
}

/** How many assessments a case has. */
export async function countAssessments(db: Executor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(caseAssessments)
    .where(eq(caseAssessments.caseId, caseId));
  return row?.n ?? 0;
}

/** The checklist of a case. */
export async function selectChecklist(db: Executor, caseId: string) {
  return db
    .select()
    .from(caseChecklistItems)
    .where(eq(caseChecklistItems.caseId, caseId))
    .orderBy(asc(caseChecklistItems.item));
}

/** Creates the checklist items of a new case. */
export async function insertChecklist(tx: Executor, caseId: string, items: readonly string[]): Promise<void> {
  if (items.length > 0) {
    await tx
      .insert(caseChecklistItems)
      .values(items.map((item) => ({ caseId, item })))
      .onConflictDoNothing();
  }
}

/** Sets one checklist item's status. */
export async function updateChecklistItem(
  tx: Executor,
  caseId: string,
  item: string,
  values: { status: string; note: string | null; updatedBy: string | null; updatedAt: Date },
) {
  const [row] = await tx
    .update(caseChecklistItems)
    .set(values)
    .where(and(eq(caseChecklistItems.caseId, caseId), eq(caseChecklistItems.item, item)))
    .returning();
  return row;
}
