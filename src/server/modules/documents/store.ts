/** SQL of issued documents, their types and events; sites and user names come from the platform tables. */
import { and, asc, desc, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { userDisplayNames } from '../../platform/auth/store';
import { sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { documentEvents, documentTypes, issuedDocuments } from './tables';

export type DocumentRow = typeof issuedDocuments.$inferSelect;
export type DocumentTypeRow = typeof documentTypes.$inferSelect;

// ---------- types ----------

/** Every document type, by code. */
export function selectTypes(db: Executor) {
  return db.select().from(documentTypes).orderBy(asc(documentTypes.code));
}

/** One document type. */
export async function selectType(db: Executor, code: string): Promise<DocumentTypeRow | undefined> {
  const [row] = await db.select().from(documentTypes).where(eq(documentTypes.code, code));
  return row;
}

/** Stores a new type (null when the code exists). */
export async function insertType(db: Executor, row: typeof documentTypes.$inferInsert) {
  const [created] = await db.insert(documentTypes).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** Changes a type. */
export async function updateType(db: Executor, code: string, patch: Partial<typeof documentTypes.$inferInsert>) {
  const [row] = await db
    .update(documentTypes)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(documentTypes.code, code))
    .returning();
  return row;
}

// ---------- offices (sites of type issuing-office) ----------

/** Issuing offices within `scope`. */
export function selectOffices(db: Executor, scope: SQL | undefined) {
  return db
    .select({ id: sites.id, code: sites.code, name: sites.name, organisationId: sites.organisationId, active: sites.active })
    .from(sites)
    .where(and(eq(sites.type, 'issuing-office'), scope))
    .orderBy(asc(sites.name));
}

/** One issuing office within `scope`. */
export async function selectOffice(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db
    .select({ id: sites.id, code: sites.code, name: sites.name, organisationId: sites.organisationId, active: sites.active })
    .from(sites)
    .where(and(eq(sites.id, id), eq(sites.type, 'issuing-office'), scope));
  return row;
}

/** Display names of users, by id. */
export const selectUserNames = userDisplayNames;

// ---------- documents ----------

/** Stores a new application. */
export async function insertDocument(db: Executor, row: typeof issuedDocuments.$inferInsert): Promise<DocumentRow> {
  const [created] = await db.insert(issuedDocuments).values(row).returning();
  return created!;
}

/** One document within `scope`; `forUpdate` locks it for the rest of the transaction. */
export async function selectDocument(db: Executor, id: string, scope: SQL | undefined, forUpdate = false): Promise<DocumentRow | undefined> {
  const query = db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.id, id), scope));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The document carrying `number` (any status). */
export async function selectDocumentByNumber(db: Executor, number: string): Promise<DocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.number, number));
  return row;
}

/** Changes a document the caller has locked; bumps its version. */
export async function updateDocument(db: Executor, id: string, patch: Partial<typeof issuedDocuments.$inferInsert>): Promise<DocumentRow> {
  const [row] = await db
    .update(issuedDocuments)
    .set({ ...patch, version: sql`${issuedDocuments.version} + 1`, updatedAt: new Date() })
    .where(eq(issuedDocuments.id, id))
    .returning();
  return row!;
}

/** Filters of the register. `status` 'expired' means in use but past its expiry date. */
export interface RegisterFilter {
  siteId?: string;
  typeCode?: string;
  status?: string;
  issuedFrom?: string;
  issuedTo?: string;
  numberPrefix?: string;
  personId?: string;
  /** Paging: rows requested before this (requestedAt, id). */
  before?: { at: Date; id: string };
  limit: number;
}

const IN_USE = ['approved', 'printed', 'handed-over'];

/** The SQL condition for a status as the register shows it (stored, or derived 'expired'). */
function statusCondition(status: string, today: string): SQL {
  if (status === 'expired') {
    return and(inArray(issuedDocuments.status, IN_USE), lt(issuedDocuments.expiresOn, today))!;
  }
  if (IN_USE.includes(status)) {
    return and(eq(issuedDocuments.status, status), sql`(${issuedDocuments.expiresOn} is null or ${issuedDocuments.expiresOn} >= ${today})`)!;
  }
  return eq(issuedDocuments.status, status);
}

/** The condition of the register's filter within `scope`: one place for the page, the count and the export. */
function registerConditions(filter: Omit<RegisterFilter, 'limit'>, scope: SQL | undefined, today: string) {
  return and(
    scope,
    filter.siteId ? eq(issuedDocuments.siteId, filter.siteId) : undefined,
    filter.typeCode ? eq(issuedDocuments.typeCode, filter.typeCode) : undefined,
    filter.status ? statusCondition(filter.status, today) : undefined,
    filter.issuedFrom ? gte(issuedDocuments.issuedOn, filter.issuedFrom) : undefined,
    filter.issuedTo ? lte(issuedDocuments.issuedOn, filter.issuedTo) : undefined,
    filter.numberPrefix ? sql`${issuedDocuments.number} like ${`${filter.numberPrefix.replace(/[\\%_]/g, '\\$&')}%`}` : undefined,
    filter.personId ? eq(issuedDocuments.personId, filter.personId) : undefined,
    filter.before ? sql`(${issuedDocuments.requestedAt}, ${issuedDocuments.id}) < (${filter.before.at.toISOString()}::timestamptz, ${filter.before.id}::uuid)` : undefined,
  );
}

/** A page of the register, newest application first. */
export function selectRegister(db: Executor, filter: RegisterFilter, scope: SQL | undefined, today: string) {
  return db
    .select()
    .from(issuedDocuments)
    .where(registerConditions(filter, scope, today))
    .orderBy(desc(issuedDocuments.requestedAt), desc(issuedDocuments.id))
    .limit(filter.limit);
}

/** How many documents the register's filter selects within `scope`. */
export async function countRegister(db: Executor, filter: Omit<RegisterFilter, 'limit'>, scope: SQL | undefined, today: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(issuedDocuments).where(registerConditions(filter, scope, today));
  return row?.n ?? 0;
}

/** Documents of a person (and of the records merged into them), newest first. */
export function selectPersonDocuments(db: Executor, personIds: readonly string[], scope: SQL | undefined) {
  return db
    .select()
    .from(issuedDocuments)
    .where(and(inArray(issuedDocuments.personId, [...personIds]), scope))
    .orderBy(desc(issuedDocuments.requestedAt));
}

/** Renewals behind a document chain, and whether one is already open for this document. */
export async function selectOpenSuccessor(db: Executor, documentId: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(issuedDocuments)
    .where(and(sql`(${issuedDocuments.renewsId} = ${documentId} or ${issuedDocuments.replacesId} = ${documentId})`, inArray(issuedDocuments.status, ['applied', 'approved', 'printed'])));
  return row;
}

/** Counts per office and type of documents issued in a period (by issue date). */
export function selectCounts(db: Executor, period: { from: string; to: string }, scope: SQL | undefined, today: string) {
  return queryRows<{ site_id: string; type_code: string; issued: number; handed_over: number; revoked: number; reported_lost: number; expired: number }>(
    db,
    sql`select site_id, type_code,
          count(*)::int as issued,
          count(*) filter (where handed_over_at is not null)::int as handed_over,
          count(*) filter (where status = 'revoked')::int as revoked,
          count(*) filter (where status in ('reported-lost', 'reported-stolen'))::int as reported_lost,
          count(*) filter (where status in ('approved', 'printed', 'handed-over') and expires_on < ${today})::int as expired
        from ${issuedDocuments}
        where issued_on between ${period.from} and ${period.to} ${scope ? sql`and ${scope}` : sql``}
        group by site_id, type_code order by site_id, type_code`,
  );
}

// ---------- events ----------

/** Adds a step to a document's timeline. */
export async function insertEvent(db: Executor, event: { documentId: string; action: string; actorUserId: string | null; detail?: Record<string, unknown>; at?: Date }) {
  await db.insert(documentEvents).values({ ...event, detail: event.detail ?? {} });
}

/** A document's timeline, oldest first. */
export function selectEvents(db: Executor, documentId: string) {
  return db.select().from(documentEvents).where(eq(documentEvents.documentId, documentId)).orderBy(asc(documentEvents.at), asc(documentEvents.id));
}
