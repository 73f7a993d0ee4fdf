/** SQL of asylum applications and the national rules. Scope conditions come from the services. */
import { and, asc, desc, eq, inArray, like, lte, or, sql, type SQL } from 'drizzle-orm';
import { organisations, sites, users } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import {
  asylumAppeals,
  asylumApplicationEvents,
  asylumApplicationNumberSeq,
  asylumApplications,
  asylumInterviews,
  asylumSettings,
} from './tables';

export type ApplicationRow = typeof asylumApplications.$inferSelect;
export type ApplicationInsert = typeof asylumApplications.$inferInsert;

/** The next application number for `year`, e.g. AS-2026-000123. */
export async function nextApplicationNumber(db: Executor, year: number): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(db, sql`select nextval(${asylumApplicationNumberSeq.seqName}) as n`);
  return `AS-${year}-${String(row!.n).padStart(6, '0')}`;
}

/** The stored national rules, if any. */
export async function selectSettings(db: Executor) {
  const [row] = await db.select().from(asylumSettings).where(eq(asylumSettings.id, 'national'));
  return row;
}

/** Stores the national rules. */
export async function upsertSettings(db: Executor, row: Omit<typeof asylumSettings.$inferInsert, 'id'>): Promise<void> {
  await db
    .insert(asylumSettings)
    .values({ ...row, id: 'national' })
    .onConflictDoUpdate({ target: asylumSettings.id, set: { ...row, updatedAt: new Date() } });
}

/** Inserts an application. */
export async function insertApplication(db: Executor, row: ApplicationInsert): Promise<ApplicationRow> {
  const [created] = await db.insert(asylumApplications).values(row).returning();
  return created!;
}

/** One application within `scope`, optionally locked for the update that follows. */
export async function selectApplication(db: Executor, id: string, scope: SQL | undefined, forUpdate = false): Promise<ApplicationRow | undefined> {
  const query = db.select().from(asylumApplications).where(and(eq(asylumApplications.id, id), scope));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** The person's open application, if any (whatever the caller's scope: the rule is national). */
export async function selectOpenApplication(db: Executor, personId: string): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(asylumApplications)
    .where(and(eq(asylumApplications.personId, personId), inArray(asylumApplications.status, ['lodged', 'interviewed', 'rejected', 'appealed'])));
  return row;
}

/** Changes an application. */
export async function updateApplication(db: Executor, id: string, patch: Partial<ApplicationInsert>): Promise<ApplicationRow> {
  const [row] = await db
    .update(asylumApplications)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(asylumApplications.id, id))
    .returning();
  return row!;
}

export interface ApplicationFilter {
  status?: string;
  personId?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** The condition of the applications list's filter within `scope`: one place for the page, the count and the export. */
function applicationConditions(filter: Omit<ApplicationFilter, 'limit' | 'offset'>, scope: SQL | undefined) {
  return and(
    scope,
    filter.status ? eq(asylumApplications.status, filter.status) : undefined,
    filter.personId ? eq(asylumApplications.personId, filter.personId) : undefined,
    filter.q ? like(asylumApplications.number, `${filter.q.toUpperCase().replace(/[%_\\]/g, '')}%`) : undefined,
  );
}

/** Applications within `scope` matching the filter, newest lodged first, with the total count. */
export async function selectApplications(db: Executor, filter: ApplicationFilter, scope: SQL | undefined) {
  const where = applicationConditions(filter, scope);
  const rows = await db.select().from(asylumApplications).where(where).orderBy(desc(asylumApplications.lodgedOn), desc(asylumApplications.createdAt)).limit(filter.limit).offset(filter.offset);
  return { rows, total: await countApplications(db, filter, scope) };
}

/** How many applications within `scope` match the filter. */
export async function countApplications(db: Executor, filter: Omit<ApplicationFilter, 'limit' | 'offset'>, scope: SQL | undefined): Promise<number> {
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(asylumApplications).where(applicationConditions(filter, scope));
  return count?.n ?? 0;
}

/** Applications matching the filter after `after` (a keyset condition), newest lodged first then by id: the export's batches. */
export function selectApplicationsAfter(db: Executor, filter: Omit<ApplicationFilter, 'limit' | 'offset'>, scope: SQL | undefined, after: SQL | undefined, limit: number) {
  return db.select().from(asylumApplications).where(and(applicationConditions(filter, scope), after)).orderBy(desc(asylumApplications.lodgedOn), desc(asylumApplications.id)).limit(limit);
}

/**
 * Applications within `scope` with a deadline on or before `until`: decisions pending, appeals open; the
 * most urgent first, so that past the limit it is the latest deadlines that are left out, never an
 * arbitrary set.
 */
export function selectApplicationsWithDeadlineBy(db: Executor, until: string, scope: SQL | undefined) {
  return db
    .select()
    .from(asylumApplications)
    .where(
      and(
        scope,
        or(
          and(inArray(asylumApplications.status, ['lodged', 'interviewed']), lte(asylumApplications.decisionDueOn, until)),
          and(inArray(asylumApplications.status, ['rejected', 'granted-subsidiary']), lte(asylumApplications.appealDueOn, until)),
        ),
      ),
    )
    .orderBy(sql`least(${asylumApplications.decisionDueOn}, ${asylumApplications.appealDueOn})`, asylumApplications.id)
    .limit(2000);
}

/** Inserts an interview. */
export async function insertInterview(db: Executor, row: typeof asylumInterviews.$inferInsert): Promise<void> {
  await db.insert(asylumInterviews).values(row);
}

/** An application's interviews, in the order held. */
export function selectInterviews(db: Executor, applicationId: string) {
  return db.select().from(asylumInterviews).where(eq(asylumInterviews.applicationId, applicationId)).orderBy(asc(asylumInterviews.heldOn), asc(asylumInterviews.createdAt));
}

/** Inserts an appeal. */
export async function insertAppeal(db: Executor, row: typeof asylumAppeals.$inferInsert): Promise<void> {
  await db.insert(asylumAppeals).values(row);
}

/** An application's appeals, oldest first (the last may be pending). */
export function selectAppeals(db: Executor, applicationId: string) {
  return db.select().from(asylumAppeals).where(eq(asylumAppeals.applicationId, applicationId)).orderBy(asc(asylumAppeals.lodgedOn), asc(asylumAppeals.createdAt));
}

/** Records an appeal's outcome. */
export async function updateAppeal(db: Executor, id: string, patch: Partial<typeof asylumAppeals.$inferInsert>): Promise<void> {
  await db.update(asylumAppeals).set(patch).where(eq(asylumAppeals.id, id));
}

/** Appends a step to an application's history. */
export async function insertEvent(db: Executor, row: typeof asylumApplicationEvents.$inferInsert): Promise<void> {
  await db.insert(asylumApplicationEvents).values(row);
}

/** An application's history, oldest first. */
export function selectEvents(db: Executor, applicationId: string) {
  return db.select().from(asylumApplicationEvents).where(eq(asylumApplicationEvents.applicationId, applicationId)).orderBy(asc(asylumApplicationEvents.at), asc(asylumApplicationEvents.id));
}

/** A site by id (active or not). */
export async function selectSite(db: Executor, id: string) {
  const [row] = await db.select({ id: sites.id, name: sites.name, type: sites.type, active: sites.active, organisationId: sites.organisationId }).from(sites).where(eq(sites.id, id));
  return row;
}

/** Names of sites by id. */
export async function selectSiteNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active sites, by name. */
export function selectActiveSites(db: Executor) {
  return db.select({ id: sites.id, name: sites.name, type: sites.type }).from(sites).where(eq(sites.active, true)).orderBy(asc(sites.name));
}

/** Display names of users by id. */
export async function selectUserNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Organisations by name (to assign follow-ups to). */
export function selectOrganisations(db: Executor) {
  return db.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
}

/** Names of organisations by id. */
export async function selectOrganisationNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
