/** SQL of crossings and vehicle crossings, and of the BCP sites they happen at. Scope comes from the service. */
import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { crossings, vehicleCrossings } from './tables';

export type CrossingRow = typeof crossings.$inferSelect;
export type CrossingInsert = typeof crossings.$inferInsert;
export type VehicleCrossingRow = typeof vehicleCrossings.$inferSelect;

/** A site within `scope` (identity tables are the platform's, readable by every module). */
export async function selectSite(db: Executor, id: string, scope: SQL | undefined) {
  const [row] = await db.select().from(sites).where(and(eq(sites.id, id), scope));
  return row;
}

/** Sites by id (for time zones). */
export function selectSites(db: Executor, ids: string[]) {
  return ids.length === 0 ? Promise.resolve([] as (typeof sites.$inferSelect)[]) : db.select().from(sites).where(inArray(sites.id, ids));
}

/** The crossing recorded under this client reference, if any. */
export async function selectCrossingByClientRef(db: Executor, clientRef: string): Promise<CrossingRow | undefined> {
  const [row] = await db.select().from(crossings).where(eq(crossings.clientRef, clientRef));
  return row;
}

/** One crossing within `scope`. */
export async function selectCrossingById(db: Executor, id: string, scope: SQL | undefined): Promise<CrossingRow | undefined> {
  const [row] = await db.select().from(crossings).where(and(eq(crossings.id, id), scope));
  return row;
}

/** Records a crossing unless its client reference is taken (then undefined: it was recorded before). */
export async function insertCrossing(db: Executor, row: CrossingInsert): Promise<CrossingRow | undefined> {
  const [created] = await db.insert(crossings).values(row).onConflictDoNothing({ target: crossings.clientRef }).returning();
  return created;
}

/** Records a vehicle crossing unless its client reference is taken. */
export async function insertVehicleCrossing(db: Executor, row: typeof vehicleCrossings.$inferInsert): Promise<VehicleCrossingRow | undefined> {
  const [created] = await db.insert(vehicleCrossings).values(row).onConflictDoNothing({ target: vehicleCrossings.clientRef }).returning();
  return created;
}

/** The vehicle crossing recorded under this client reference, if any. */
export async function selectVehicleCrossingByClientRef(db: Executor, clientRef: string): Promise<VehicleCrossingRow | undefined> {
  const [row] = await db.select().from(vehicleCrossings).where(eq(vehicleCrossings.clientRef, clientRef));
  return row;
}

/** The crossings of a vehicle group, in the order they were sent. */
export function selectCrossingsOfVehicle(db: Executor, vehicleCrossingId: string) {
  return db.select().from(crossings).where(eq(crossings.vehicleCrossingId, vehicleCrossingId)).orderBy(asc(crossings.clientRef));
}

export interface CrossingFilter {
  siteId?: string;
  /** [from, to) instants of a local day. */
  between?: { from: Date; to: Date };
  direction?: string;
  before?: Date;
  limit: number;
}

/** The condition of the crossings list (filter and scope): one place for the list, its count and its export. */
function crossingConditions(filter: Omit<CrossingFilter, 'limit'>, scope: SQL | undefined) {
  return and(
    eq(crossings.exercise, false),
    filter.siteId ? eq(crossings.siteId, filter.siteId) : undefined,
    filter.between ? and(gte(crossings.at, filter.between.from), lt(crossings.at, filter.between.to)) : undefined,
    filter.direction ? eq(crossings.direction, filter.direction) : undefined,
    filter.before ? lt(crossings.at, filter.before) : undefined,
    scope,
  );
}

/** Crossings newest first, filtered, within `scope`. */
export function selectCrossings(db: Executor, filter: CrossingFilter, scope: SQL | undefined) {
  return db.select().from(crossings).where(crossingConditions(filter, scope)).orderBy(desc(crossings.at), desc(crossings.id)).limit(filter.limit);
}

/** How many crossings the list's filter selects within `scope`. */
export async function countCrossings(db: Executor, filter: Omit<CrossingFilter, 'limit'>, scope: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(crossings).where(crossingConditions(filter, scope));
  return row?.n ?? 0;
}

/** Every crossing of these persons up to `until`, oldest first. */
export function selectCrossingsOfPersons(db: Executor, personIds: string[], until?: Date) {
  if (personIds.length === 0) {
    return Promise.resolve([] as CrossingRow[]);
  }
  return db
    .select()
    .from(crossings)
    .where(and(inArray(crossings.personId, personIds), eq(crossings.exercise, false), until ? lt(crossings.at, until) : undefined))
    .orderBy(asc(crossings.at), asc(crossings.createdAt));
}

/** The UTC instants where a local calendar day begins and ends, computed by the database. */
export async function dayBounds(db: Executor, day: string, timeZone: string): Promise<{ from: Date; to: Date }> {
  const [row] = await queryRows<{ from: string | Date; to: string | Date }>(
    db,
    sql`select (${day}::date::timestamp at time zone ${timeZone}) as "from", ((${day}::date + 1)::timestamp at time zone ${timeZone}) as "to"`,
  );
  return { from: new Date(row!.from), to: new Date(row!.to) };
}

/** Persons whose latest entry or exit before `until` is an entry: they are in the territory. */
export async function personsWithOpenEntry(db: Executor, until: Date, limit: number): Promise<string[]> {
  const rows = await queryRows<{ person_id: string }>(
    db,
    sql`select person_id from (
          select distinct on (person_id) person_id, direction from ${crossings}
          where direction in ('entry', 'exit') and not exercise and at < ${until.toISOString()}::timestamptz
          order by person_id, at desc, created_at desc
        ) latest where direction = 'entry' limit ${limit}`,
  );
  return rows.map((r) => r.person_id);
}

