/** SQL of minors' files: the file, age assessments, family tracing, legal representatives and their assignments. */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { asylumAgeAssessments, asylumFamilyTracing, asylumMinorFiles, asylumRepresentativeAssignments, asylumRepresentatives } from './tables';

export type MinorFileRow = typeof asylumMinorFiles.$inferSelect;
export type RepresentativeRow = typeof asylumRepresentatives.$inferSelect;

/** Inserts a minor's file; undefined when the person already has one. */
export async function insertMinorFile(db: Executor, row: typeof asylumMinorFiles.$inferInsert): Promise<MinorFileRow | undefined> {
  const [created] = await db.insert(asylumMinorFiles).values(row).onConflictDoNothing({ target: asylumMinorFiles.personId }).returning();
  return created;
}

/** One file within `scope`. */
export async function selectMinorFile(db: Executor, personId: string, scope: SQL | undefined): Promise<MinorFileRow | undefined> {
  const [row] = await db.select().from(asylumMinorFiles).where(and(eq(asylumMinorFiles.personId, personId), scope));
  return row;
}

/** Files within `scope`, oldest opened first. */
export function selectMinorFiles(db: Executor, scope: SQL | undefined) {
  return db.select().from(asylumMinorFiles).where(scope).orderBy(asc(asylumMinorFiles.openedOn), asc(asylumMinorFiles.createdAt)).limit(5000);
}

/** Changes a file. */
export async function updateMinorFile(db: Executor, personId: string, patch: Partial<typeof asylumMinorFiles.$inferInsert>): Promise<MinorFileRow> {
  const [row] = await db
    .update(asylumMinorFiles)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(asylumMinorFiles.personId, personId))
    .returning();
  return row!;
}

/** Inserts an age assessment. */
export async function insertAssessment(db: Executor, row: typeof asylumAgeAssessments.$inferInsert): Promise<void> {
  await db.insert(asylumAgeAssessments).values(row);
}

/** Age assessments of these persons, latest assessed first. */
export function selectAssessments(db: Executor, personIds: string[]) {
  if (personIds.length === 0) {
    return Promise.resolve([] as (typeof asylumAgeAssessments.$inferSelect)[]);
  }
  return db
    .select()
    .from(asylumAgeAssessments)
    .where(inArray(asylumAgeAssessments.personId, personIds))
    .orderBy(desc(asylumAgeAssessments.assessedOn), desc(asylumAgeAssessments.createdAt));
}

/** Inserts a family-tracing record. */
export async function insertTracing(db: Executor, row: typeof asylumFamilyTracing.$inferInsert): Promise<void> {
  await db.insert(asylumFamilyTracing).values(row);
}

/** A minor's family-tracing records, newest first. */
export function selectTracing(db: Executor, personId: string) {
  return db.select().from(asylumFamilyTracing).where(eq(asylumFamilyTracing.personId, personId)).orderBy(desc(asylumFamilyTracing.openedOn), desc(asylumFamilyTracing.createdAt));
}

/** One family-tracing record. */
export async function selectTracingRecord(db: Executor, id: string) {
  const [row] = await db.select().from(asylumFamilyTracing).where(eq(asylumFamilyTracing.id, id));
  return row;
}

/** Changes a family-tracing record. */
export async function updateTracing(db: Executor, id: string, patch: Partial<typeof asylumFamilyTracing.$inferInsert>): Promise<void> {
  await db
    .update(asylumFamilyTracing)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(asylumFamilyTracing.id, id));
}

// Spelled out: inside a select list Drizzle writes a column without its table, which the subquery would take for its own.
const caseload = sql<number>`(select count(*)::int from asylum_representative_assignments a where a.representative_id = asylum_representatives.id and a.to_on is null)`;

/** The condition of the register's list: every representative, or the active ones. One place for the list, the count and the export. */
function representativeConditions(activeOnly: boolean): SQL | undefined {
  return activeOnly ? eq(asylumRepresentatives.active, true) : undefined;
}

/** Representatives with their caseload (minors currently assigned), by name. */
export function selectRepresentatives(db: Executor, activeOnly: boolean) {
  return db
    .select({ representative: asylumRepresentatives, caseload })
    .from(asylumRepresentatives)
    .where(representativeConditions(activeOnly))
    .orderBy(asc(asylumRepresentatives.name));
}

/** Representatives of the list after `after` (a keyset condition), by name then id, with their caseload: the export's batches. */
export function selectRepresentativesAfter(db: Executor, activeOnly: boolean, after: SQL | undefined, limit: number) {
  return db
    .select({ representative: asylumRepresentatives, caseload })
    .from(asylumRepresentatives)
    .where(and(representativeConditions(activeOnly), after))
    .orderBy(asc(asylumRepresentatives.name), asc(asylumRepresentatives.id))
    .limit(limit);
}

/** How many representatives the list holds. */
export async function countRepresentatives(db: Executor, activeOnly: boolean): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(asylumRepresentatives).where(representativeConditions(activeOnly));
  return row?.n ?? 0;
}

/** One representative with their caseload. */
export async function selectRepresentative(db: Executor, id: string) {
  const [row] = await db.select({ representative: asylumRepresentatives, caseload }).from(asylumRepresentatives).where(eq(asylumRepresentatives.id, id));
  return row;
}

/** Inserts a representative. */
export async function insertRepresentative(db: Executor, row: typeof asylumRepresentatives.$inferInsert): Promise<RepresentativeRow> {
  const [created] = await db.insert(asylumRepresentatives).values(row).returning();
  return created!;
}

/** Changes a representative. */
export async function updateRepresentative(db: Executor, id: string, patch: Partial<typeof asylumRepresentatives.$inferInsert>): Promise<void> {
  await db
    .update(asylumRepresentatives)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(asylumRepresentatives.id, id));
}

/** Current assignments of these minors, with the representative. */
export function selectCurrentAssignments(db: Executor, personIds: string[]) {
  if (personIds.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select({ assignment: asylumRepresentativeAssignments, representative: asylumRepresentatives })
    .from(asylumRepresentativeAssignments)
    .innerJoin(asylumRepresentatives, eq(asylumRepresentatives.id, asylumRepresentativeAssignments.representativeId))
    .where(and(inArray(asylumRepresentativeAssignments.personId, personIds), isNull(asylumRepresentativeAssignments.toOn)));
}

/** A minor's assignments, newest first. */
export function selectAssignmentHistory(db: Executor, personId: string) {
  return db
    .select({ assignment: asylumRepresentativeAssignments, representative: asylumRepresentatives })
    .from(asylumRepresentativeAssignments)
    .innerJoin(asylumRepresentatives, eq(asylumRepresentatives.id, asylumRepresentativeAssignments.representativeId))
    .where(eq(asylumRepresentativeAssignments.personId, personId))
    .orderBy(desc(asylumRepresentativeAssignments.fromOn), desc(asylumRepresentativeAssignments.createdAt));
}

/** Inserts an assignment. */
export async function insertAssignment(db: Executor, row: typeof asylumRepresentativeAssignments.$inferInsert): Promise<void> {
  await db.insert(asylumRepresentativeAssignments).values(row);
}

/** Ends the minor's current assignment; returns whether there was one. */
export async function endCurrentAssignment(db: Executor, personId: string, toOn: string, endedBy: string | null): Promise<boolean> {
  const rows = await db
    .update(asylumRepresentativeAssignments)
    .set({ toOn, endedBy })
    .where(and(eq(asylumRepresentativeAssignments.personId, personId), isNull(asylumRepresentativeAssignments.toOn)))
    .returning({ id: asylumRepresentativeAssignments.id });
  return rows.length > 0;
}
