/** SQL of cases, their persons, organisations and history. Every read of cases takes the caller's access policy. */
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { organisations, users } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import {
  fullAccessCondition,
  grantedSectionsExpression,
  visibleCases,
  type CaseAccessPolicy,
} from './access';
import { caseEvents, caseOrganisations, casePersons, cases, caseTasks } from './tables';

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

/** A visible case with how the caller sees it. */
export interface VisibleCase {
  row: CaseRow;
  full: boolean;
  granted: string[];
}

function accessColumns(policy: CaseAccessPolicy) {
  return {
    row: cases,
    full: sql<boolean>`${fullAccessCondition(policy)}`.mapWith(Boolean),
    granted: grantedSectionsExpression(policy),
  };
}

/** Inserts a case. */
export async function insertCase(tx: Executor, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(cases).values(values).returning();
  return row!;
}

/** One case the caller may see (locked for update when `lock`). */
export async function selectVisibleCase(
  db: Executor,
  id: string,
  policy: CaseAccessPolicy,
  lock = false,
): Promise<VisibleCase | undefined> {
  const query = db
    .select(accessColumns(policy))
    .from(cases)
    .where(and(eq(cases.id, id), visibleCases(policy)));
  const [found] = lock ? await query.for('update', { of: cases }) : await query;
  return found;
}

export interface CaseFilter {
  type?: string;
  state?: string;
  q?: string;
  mine?: boolean;
  personId?: string;
  includeClosed?: boolean;
}

function filterConditions(policy: CaseAccessPolicy, filter: CaseFilter): SQL {
  const conditions: (SQL | undefined)[] = [visibleCases(policy)];
  if (filter.type) {
    conditions.push(eq(cases.type, filter.type));
  }
  if (filter.state) {
    conditions.push(eq(cases.state, filter.state));
  }
  if (!filter.includeClosed && !filter.state) {
    conditions.push(isNull(cases.closedAt));
  }
  if (filter.q?.trim()) {
    const pattern = `%${filter.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(cases.reference, pattern), ilike(cases.title, pattern)));
  }
  if (filter.mine && policy.userId) {
    conditions.push(
      or(
        eq(cases.ownerUserId, policy.userId),
        and(
          isNull(cases.ownerUserId),
          policy.organisationId ? eq(cases.ownerOrganisationId, policy.organisationId) : sql`false`,
        ),
      ),
    );
  }
  if (filter.personId) {
    conditions.push(
      sql`exists (select 1 from ${casePersons} where ${casePersons.caseId} = ${cases.id} and ${casePersons.personId} = ${filter.personId})`,
    );
  }
  return and(...conditions)!;
}

/** A page of the cases the caller may see, newest first, with the total. */
export async function selectCases(
  db: Executor,
  policy: CaseAccessPolicy,
  filter: CaseFilter,
  page: { limit: number; offset: number },
) {
  const where = filterConditions(policy, filter);
  const rows = await db
    .select(accessColumns(policy))
    .from(cases)
    .where(where)
    .orderBy(desc(cases.openedAt), asc(cases.reference))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  return { rows, total: count?.total ?? 0 };
}

/** The visible cases of the list's filter after `after` (a keyset condition), newest first then by id: the export's batches. */
export function selectCasesAfter(db: Executor, policy: CaseAccessPolicy, filter: CaseFilter, after: SQL | undefined, limit: number) {
  return db
    .select(accessColumns(policy))
    .from(cases)
    .where(and(filterConditions(policy, filter), after))
    .orderBy(desc(cases.openedAt), desc(cases.id))
    .limit(limit);
}

/** How many visible cases the list's filter selects. */
export async function countFilteredCases(db: Executor, policy: CaseAccessPolicy, filter: CaseFilter): Promise<number> {
  const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(cases).where(filterConditions(policy, filter));
  return row?.total ?? 0;
}

/** Counts of visible cases by type and state. */
export async function countCases(db: Executor, policy: CaseAccessPolicy, includeClosed: boolean) {
  return db
    .select({ type: cases.type, state: cases.state, count: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(visibleCases(policy), includeClosed ? undefined : isNull(cases.closedAt)))
    .groupBy(cases.type, cases.state)
    .orderBy(cases.type, cases.state);
}

/** Changes a case; with `version`, only if it is still that version (else undefined). */
export async function updateCase(
  tx: Executor,
  id: string,
  patch: Partial<typeof cases.$inferInsert>,
  version?: number,
): Promise<CaseRow | undefined> {
  const [row] = await tx
    .update(cases)
    .set({ ...patch, version: sql`${cases.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(cases.id, id), version === undefined ? undefined : eq(cases.version, version)))
    .returning();
  return row;
}

/** The persons of some cases. */
export async function selectCasePersons(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(casePersons)
    .where(inArray(casePersons.caseId, [...caseIds]))
    .orderBy(asc(casePersons.addedAt));
}

/** Links a person to a case (false when already linked). */
export async function insertCasePerson(
  tx: Executor,
  values: typeof casePersons.$inferInsert,
): Promise<boolean> {
  const rows = await tx
    .insert(casePersons)
    .values(values)
    .onConflictDoNothing()
    .returning({ caseId: casePersons.caseId });
  return rows.length > 0;
}

/** Unlinks a person from a case. */
export async function deleteCasePerson(tx: Executor, caseId: string, personId: string): Promise<boolean> {
  const rows = await tx
    .delete(casePersons)
    .where(and(eq(casePersons.caseId, caseId), eq(casePersons.personId, personId)))
    .returning({ caseId: casePersons.caseId });
  return rows.length > 0;
}

/** The organisations involved in a case (besides the owner). */
export async function selectCaseOrganisations(db: Executor, caseId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(caseOrganisations)
    .innerJoin(organisations, eq(organisations.id, caseOrganisations.organisationId))
    .where(eq(caseOrganisations.caseId, caseId));
}

/** Involves an organisation. */
export async function insertCaseOrganisation(
  tx: Executor,
  caseId: string,
  organisationId: string,
): Promise<boolean> {
  const rows = await tx
    .insert(caseOrganisations)
    .values({ caseId, organisationId })
    .onConflictDoNothing()
    .returning({ caseId: caseOrganisations.caseId });
  return rows.length > 0;
}

/** Ends an organisation's involvement. */
export async function deleteCaseOrganisation(
  tx: Executor,
  caseId: string,
  organisationId: string,
): Promise<boolean> {
  const rows = await tx
    .delete(caseOrganisations)
    .where(and(eq(caseOrganisations.caseId, caseId), eq(caseOrganisations.organisationId, organisationId)))
    .returning({ caseId: caseOrganisations.caseId });
  return rows.length > 0;
}

/** Appends to a case's history. */
export async function insertEvent(tx: Executor, values: typeof caseEvents.$inferInsert): Promise<void> {
  await tx.insert(caseEvents).values(values);
}

/** A case's history, oldest first. */
export async function selectEvents(db: Executor, caseId: string): Promise<CaseEventRow[]> {
  return db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.id));
}

/** Names of organisations by id. */
export async function organisationNames(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, { id: string; name: string; type: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .where(inArray(organisations.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Display names of users by id. */
export async function userNames(
  db: Executor,
  ids: readonly (string | null)[],
): Promise<Map<string, { id: string; displayName: string }>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** A user of an organisation (to own a case or take a task), if there is one. */
export async function selectUserOfOrganisation(db: Executor, userId: string, organisationId: string) {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.organisationId, organisationId)));
  return row;
}

/** Every organisation but one, to refer to or involve. */
export async function selectOtherOrganisations(db: Executor, except: string | null) {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type })
    .from(organisations)
    .orderBy(asc(organisations.name));
  return rows.filter((r) => r.id !== except);
}

/** Open tasks per case and the next due date. */
export async function openTaskSummary(db: Executor, caseIds: readonly string[]) {
  if (caseIds.length === 0) {
    return new Map<string, { openTasks: number; nextDueAt: Date | null }>();
  }
  const rows = await db
    .select({
      caseId: caseTasks.caseId,
      openTasks: sql<number>`count(*)::int`,
      nextDueAt: sql<string | null>`min(${caseTasks.dueAt})`,
    })
    .from(caseTasks)
    .where(and(inArray(caseTasks.caseId, [...caseIds]), eq(caseTasks.status, 'open')))
    .groupBy(caseTasks.caseId);
  return new Map(
    rows.map((r) => [
      r.caseId,
      { openTasks: r.openTasks, nextDueAt: r.nextDueAt ? new Date(r.nextDueAt) : null },
    ]),
  );
}
