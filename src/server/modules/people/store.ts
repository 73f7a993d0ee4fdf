/** SQL of the people registry. Scope conditions (sensitivity labels) come from the service. */
import { and, asc, desc, eq, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { publishPersonChanged } from './person-events';
import { familyLinks, identityDocuments, legalStatuses, personHistory, personNumberSeq, personPhotos, persons } from './tables';

// The hashed key columns exist for the database's indexes; reading them back would only cost parsing.
/** The columns a person is read with (everything but the hashed blocking keys). */
export const personColumns = Object.fromEntries(
  Object.entries(getTableColumns(persons)).filter(([name]) => name !== 'nameHashes' && name !== 'nameYearHashes'),
) as Omit<ReturnType<typeof getTableColumns<typeof persons>>, 'nameHashes' | 'nameYearHashes'>;
export type PersonRow = Omit<typeof persons.$inferSelect, 'nameHashes' | 'nameYearHashes'>;
export type PersonInsert = typeof persons.$inferInsert;
export type DocumentRow = typeof identityDocuments.$inferSelect;

/** The next registration number for `year`, e.g. P-2026-000123. */
export async function nextRegistrationNumber(db: Executor, year: number): Promise<string> {
  const [row] = await queryRows<{ number: string }>(db, sql`select ${registrationNumberSql(year)} as number`);
  return row!.number;
}

/**
 * The next registration number, `P-<year>-<number>` with the number zero-padded to six digits, as SQL: a
 * registration takes its number inside the insert, without a round trip of its own.
 */
function registrationNumberSql(year: number): SQL {
  return sql`(select 'P-' || ${String(year)}::text || '-' || lpad(n::text, greatest(6, length(n::text)), '0') from (select nextval(${personNumberSeq.seqName}) as n) as next)`;
}

/**
 * Registers a person under the year's next registration number together with their documents and history
 * rows, in one statement: those are data-modifying CTEs of the person's insert (the caller chooses the
 * person's and the documents' ids), and their foreign keys to the person are checked at the statement's
 * end. One round trip where a desk's registration with a passport took three.
 */
export async function insertPersonWithRecords(
  db: Executor,
  row: Omit<PersonInsert, 'registrationNumber'> & { id: string },
  registrationYear: number,
  records: { documents: (typeof identityDocuments.$inferInsert & { id: string })[]; history: (typeof personHistory.$inferInsert)[] },
): Promise<PersonRow> {
  const ctes = [
    ...(records.documents.length > 0 ? [db.$with('registered_documents').as(db.insert(identityDocuments).values(records.documents))] : []),
    ...(records.history.length > 0 ? [db.$with('registered_history').as(db.insert(personHistory).values(records.history))] : []),
  ];
  const [created] = await db
    .with(...ctes)
    .insert(persons)
    .values({ ...row, registrationNumber: registrationNumberSql(registrationYear) })
    .returning(personColumns);
  await publishHistory(db, records.history);
  return created!;
}

/** One person within `scope` (merged records included: callers follow `mergedInto`). */
export async function selectPerson(db: Executor, id: string, scope: SQL | undefined): Promise<PersonRow | undefined> {
  const [row] = await db.select(personColumns).from(persons).where(and(eq(persons.id, id), scope));
  return row;
}

/** Several persons within `scope`, not merged away. */
export function selectPersons(db: Executor, ids: string[], scope: SQL | undefined) {
  if (ids.length === 0) {
    return Promise.resolve([] as PersonRow[]);
  }
  return db.select(personColumns).from(persons).where(and(inArray(persons.id, ids), isNull(persons.mergedInto), scope));
}

/** Updates a person if its version is still `version`; returns the new row or undefined on a stale version. */
export async function updatePersonVersioned(db: Executor, id: string, version: number, patch: Partial<PersonInsert>) {
  const [row] = await db
    .update(persons)
    .set({ ...patch, version: version + 1, updatedAt: new Date() })
    .where(and(eq(persons.id, id), eq(persons.version, version)))
    .returning(personColumns);
  return row;
}

/** Appends to a person's own edit history. */
export async function insertHistory(db: Executor, ...rows: (typeof personHistory.$inferInsert)[]): Promise<void> {
  await db.insert(personHistory).values(rows);
  await publishHistory(db, rows);
}

/** Tells the listeners (the sync feed) of each history row written. */
async function publishHistory(db: Executor, rows: readonly (typeof personHistory.$inferInsert)[]): Promise<void> {
  for (const row of rows) {
    await publishPersonChanged(db, { personId: row.personId, action: row.action, actorLabel: row.actorLabel ?? null });
  }
}

/** A person's edit history, newest first. */
export function selectHistory(db: Executor, personId: string) {
  return db.select().from(personHistory).where(eq(personHistory.personId, personId)).orderBy(desc(personHistory.at), desc(personHistory.id));
}

/** A person's identity documents, newest first. */
export function selectDocuments(db: Executor, personIds: string[]) {
  return db.select().from(identityDocuments).where(inArray(identityDocuments.personId, personIds)).orderBy(desc(identityDocuments.createdAt));
}

/** Inserts an identity document. */
export async function insertDocuments(db: Executor, rows: (typeof identityDocuments.$inferInsert)[]): Promise<DocumentRow[]> {
  return rows.length === 0 ? [] : db.insert(identityDocuments).values(rows).returning();
}

/** Person ids holding a document with this number (optionally of this issuing state). */
export async function personIdsByDocument(db: Executor, number: string, issuingState?: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ personId: identityDocuments.personId })
    .from(identityDocuments)
    .where(and(eq(identityDocuments.number, number), issuingState ? eq(identityDocuments.issuingState, issuingState) : undefined))
    .limit(50);
  return rows.map((r) => r.personId);
}

/** A person's legal-status history, oldest first. */
export function selectLegalStatuses(db: Executor, personId: string) {
  return db.select().from(legalStatuses).where(eq(legalStatuses.personId, personId)).orderBy(asc(legalStatuses.validFrom), asc(legalStatuses.recordedAt));
}

/** Records a legal status. */
export async function insertLegalStatus(db: Executor, row: typeof legalStatuses.$inferInsert) {
  const [created] = await db.insert(legalStatuses).values(row).returning();
  return created!;
}

/** Family links where the person is on either side. */
export function selectFamilyLinks(db: Executor, personId: string) {
  return db
    .select()
    .from(familyLinks)
    .where(or(eq(familyLinks.personId, personId), eq(familyLinks.relatedPersonId, personId)));
}

/** Family links where any of the persons is on either side. */
export function selectFamilyLinksOfMany(db: Executor, personIds: string[]) {
  if (personIds.length === 0) {
    return Promise.resolve([] as (typeof familyLinks.$inferSelect)[]);
  }
  return db
    .select()
    .from(familyLinks)
    .where(or(inArray(familyLinks.personId, personIds), inArray(familyLinks.relatedPersonId, personIds)));
}

/** Inserts a family link (one row; the other side's view is derived). */
export async function insertFamilyLink(db: Executor, row: typeof familyLinks.$inferInsert) {
  const [created] = await db.insert(familyLinks).values(row).returning();
  return created!;
}

/** Removes a family link by id. */
export async function deleteFamilyLink(db: Executor, id: string) {
  const rows = await db.delete(familyLinks).where(eq(familyLinks.id, id)).returning();
  return rows[0];
}

/** Stores (replaces) a person's photo. */
export async function upsertPhoto(db: Executor, row: typeof personPhotos.$inferInsert): Promise<void> {
  await db.insert(personPhotos).values(row).onConflictDoUpdate({ target: personPhotos.personId, set: row });
}

/** A person's photo, if any. */
export async function selectPhoto(db: Executor, personId: string) {
  const [row] = await db.select().from(personPhotos).where(eq(personPhotos.personId, personId));
  return row;
}
