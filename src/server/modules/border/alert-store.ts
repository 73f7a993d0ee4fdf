/** SQL of alerts and remembered false positives. Scope conditions come from the service. */
import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { alerts, falsePositives } from './tables';

export type AlertRow = typeof alerts.$inferSelect;
export type AlertInsert = typeof alerts.$inferInsert;

/** Raises alerts. */
export async function insertAlerts(db: Executor, rows: AlertInsert[]): Promise<AlertRow[]> {
  return rows.length === 0 ? [] : db.insert(alerts).values(rows).returning();
}

/** One alert within `scope`. */
export async function selectAlert(db: Executor, id: string, scope: SQL | undefined): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(and(eq(alerts.id, id), scope));
  return row;
}

/** Alerts of some crossings. */
export function selectAlertsOfCrossings(db: Executor, crossingIds: string[]) {
  return crossingIds.length === 0 ? Promise.resolve([] as AlertRow[]) : db.select().from(alerts).where(inArray(alerts.crossingId, crossingIds)).orderBy(desc(alerts.score));
}

type AlertFilter = { status?: string; siteId?: string; before?: Date; limit: number };

/** The condition of the alerts list (filter and scope): one place for the list, its count and its export. */
function alertConditions(filter: Omit<AlertFilter, 'limit'>, scope: SQL | undefined) {
  return and(
    filter.status ? eq(alerts.status, filter.status) : undefined,
    filter.siteId ? eq(alerts.siteId, filter.siteId) : undefined,
    filter.before ? lt(alerts.createdAt, filter.before) : undefined,
    scope,
  );
}

/** Alerts in a status, newest first, keyset-paged by creation time. */
export function selectAlerts(db: Executor, filter: AlertFilter, scope: SQL | undefined) {
  return db.select().from(alerts).where(alertConditions(filter, scope)).orderBy(desc(alerts.createdAt), desc(alerts.id)).limit(filter.limit);
}

/** How many alerts the list's filter selects within `scope`. */
export async function countAlerts(db: Executor, filter: Omit<AlertFilter, 'limit'>, scope: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(alerts).where(alertConditions(filter, scope));
  return row?.n ?? 0;
}

/** Changes an alert if it is still in `fromStatus`; undefined when someone else changed it first. */
export async function updateAlertFrom(db: Executor, id: string, fromStatus: string, patch: Partial<AlertInsert>): Promise<AlertRow | undefined> {
  const [row] = await db.update(alerts).set(patch).where(and(eq(alerts.id, id), eq(alerts.status, fromStatus))).returning();
  return row;
}

/** False positives remembered for a person against some entries. */
export function selectFalsePositives(db: Executor, personId: string, entryIds: string[]) {
  if (entryIds.length === 0) {
    return Promise.resolve([] as (typeof falsePositives.$inferSelect)[]);
  }
  return db.select().from(falsePositives).where(and(eq(falsePositives.personId, personId), inArray(falsePositives.watchlistEntryId, entryIds)));
}

/** Remembers a false positive (replacing an older judgement of the same pair). */
export async function rememberFalsePositive(db: Executor, row: typeof falsePositives.$inferInsert): Promise<void> {
  await db
    .insert(falsePositives)
    .values(row)
    .onConflictDoUpdate({
      target: [falsePositives.personId, falsePositives.watchlistEntryId],
      set: { personVersion: row.personVersion, entryVersion: row.entryVersion, alertId: row.alertId, reason: row.reason, recordedBy: row.recordedBy, createdAt: sql`now()` },
    });
}
