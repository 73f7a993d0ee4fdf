/** SQL of reception centres: centres (sites), structure, figures, free beds, blocks and the centre lock. */
import { and, asc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import type { Counts } from './capacity';
import { receptionBeds, receptionBlocks, receptionPlacements, receptionReservations, receptionRooms, receptionUnits } from './tables';

export const CENTRE_TYPES = ['reception-centre', 'contingency-centre'] as const;
const first = <T>(rows: T[]): T | undefined => rows[0];

/** Rows of one dataset only: real data (`exerciseId` null) or one exercise's. */
export function inDataset(column: SQLWrapper, exerciseId: string | null): SQL {
  return exerciseId ? sql`${column} = ${exerciseId}` : sql`${column} is null`;
}

/** Rows that take places in a dataset: real ones always, plus the exercise's own in an exercise. */
export function takingPlaces(column: SQLWrapper, exerciseId: string | null): SQL {
  return exerciseId ? or(isNull(column), sql`${column} = ${exerciseId}`)! : sql`${column} is null`;
}

export type CentreRow = { id: string; code: string; name: string; type: string; organisationId: string };

const centreColumns = { id: sites.id, code: sites.code, name: sites.name, type: sites.type, organisationId: sites.organisationId };

/** Active centres within `scope`, by name. */
export function selectCentres(db: Executor, scope: SQL | undefined, ids?: readonly string[]): Promise<CentreRow[]> {
  if (ids && ids.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select(centreColumns)
    .from(sites)
    .where(and(inArray(sites.type, [...CENTRE_TYPES]), eq(sites.active, true), scope, ids ? inArray(sites.id, [...ids]) : undefined))
    .orderBy(asc(sites.name));
}

/** One active centre within `scope`. */
export async function selectCentre(db: Executor, id: string, scope: SQL | undefined): Promise<CentreRow | undefined> {
  return first(await selectCentres(db, scope, [id]));
}

/** One site (any type) within `scope`, for plans. */
export async function selectSite(db: Executor, id: string, scope: SQL | undefined) {
  return first(await db.select(centreColumns).from(sites).where(and(eq(sites.id, id), eq(sites.active, true), scope)));
}

/**
 * Locks the centres' site rows in id order (so two requests never wait on each other in a circle):
 * counting and taking places happen one request at a time per centre.
 */
export async function lockCentres(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await db.execute(sql`select id from ${sites} where id in (${sql.join(
    [...ids].sort().map((id) => sql`${id}::uuid`),
    sql`, `,
  )}) order by id for no key update`);
}

/** Blocks active on `day`. */
export const blockActiveOn = (day: string) => and(sql`${receptionBlocks.fromDay} <= ${day}`, or(isNull(receptionBlocks.toDay), sql`${receptionBlocks.toDay} >= ${day}`));

/** Capacity, blocked, occupied and reserved per centre, for `day` and the instant `at`, in a dataset. */
export async function selectCounts(db: Executor, siteIds: readonly string[], day: string, at: Date, exerciseId: string | null): Promise<Map<string, Counts>> {
  const result = new Map<string, Counts>(siteIds.map((id) => [id, { capacity: 0, blocked: 0, occupied: 0, reserved: 0 }]));
  if (siteIds.length === 0) {
    return result;
  }
  const ids = [...siteIds];
  const [beds, blocks, placements, reservations] = await Promise.all([
    db.select({ siteId: receptionBeds.siteId, n: sql<number>`count(*)::int` }).from(receptionBeds).where(and(inArray(receptionBeds.siteId, ids), eq(receptionBeds.active, true))).groupBy(receptionBeds.siteId),
    db.select({ siteId: receptionBlocks.siteId, n: sql<number>`coalesce(sum(${receptionBlocks.places}), 0)::int` }).from(receptionBlocks).where(and(inArray(receptionBlocks.siteId, ids), blockActiveOn(day))).groupBy(receptionBlocks.siteId),
    db
      .select({ siteId: receptionPlacements.siteId, n: sql<number>`count(*)::int` })
      .from(receptionPlacements)
      .where(and(inArray(receptionPlacements.siteId, ids), eq(receptionPlacements.status, 'active'), takingPlaces(receptionPlacements.exerciseId, exerciseId)))
      .groupBy(receptionPlacements.siteId),
    db
      .select({ siteId: receptionReservations.siteId, n: sql<number>`coalesce(sum(${receptionReservations.places}), 0)::int` })
      .from(receptionReservations)
      .where(and(inArray(receptionReservations.siteId, ids), eq(receptionReservations.status, 'active'), sql`${receptionReservations.until} > ${at.toISOString()}::timestamptz`, takingPlaces(receptionReservations.exerciseId, exerciseId)))
      .groupBy(receptionReservations.siteId),
  ]);
  for (const [rows, key] of [
    [beds, 'capacity'],
    [blocks, 'blocked'],
    [placements, 'occupied'],
    [reservations, 'reserved'],
  ] as const) {
    for (const row of rows) {
      result.get(row.siteId)![key] = Number(row.n);
    }
  }
  return result;
}

/**
 * Up to `limit` beds of the centre no one holds on `day` in the dataset: active, not blocked (itself or
 * its room), without an active placement or a live reservation. Call it with the centre locked.
 */
export function selectFreeBeds(db: Executor, siteId: string, day: string, at: Date, exerciseId: string | null, limit: number) {
  return db
    .select({ id: receptionBeds.id, label: receptionBeds.label, roomId: receptionBeds.roomId })
    .from(receptionBeds)
    .innerJoin(receptionRooms, eq(receptionRooms.id, receptionBeds.roomId))
    .where(
      and(
        eq(receptionBeds.siteId, siteId),
        eq(receptionBeds.active, true),
        sql`not exists (select 1 from ${receptionBlocks} where (${receptionBlocks.bedId} = ${receptionBeds.id} or ${receptionBlocks.roomId} = ${receptionBeds.roomId}) and ${blockActiveOn(day)})`,
        sql`not exists (select 1 from ${receptionPlacements} where ${receptionPlacements.bedId} = ${receptionBeds.id} and ${receptionPlacements.status} = 'active' and ${takingPlaces(receptionPlacements.exerciseId, exerciseId)})`,
        sql`not exists (select 1 from ${receptionReservations} where ${receptionReservations.bedId} = ${receptionBeds.id} and ${receptionReservations.status} = 'active' and ${receptionReservations.until} > ${at.toISOString()}::timestamptz and ${takingPlaces(receptionReservations.exerciseId, exerciseId)})`,
      ),
    )
    .orderBy(asc(receptionRooms.name), asc(receptionBeds.createdAt), asc(receptionBeds.label))
    .limit(limit);
}

/** One bed with its room and unit names. */
export async function selectBed(db: Executor, id: string) {
  return first(
    await db
      .select({ id: receptionBeds.id, label: receptionBeds.label, active: receptionBeds.active, siteId: receptionBeds.siteId, roomId: receptionBeds.roomId, room: receptionRooms.name, unit: receptionUnits.name })
      .from(receptionBeds)
      .innerJoin(receptionRooms, eq(receptionRooms.id, receptionBeds.roomId))
      .innerJoin(receptionUnits, eq(receptionUnits.id, receptionRooms.unitId))
      .where(eq(receptionBeds.id, id)),
  );
}

/** Beds by id with room and unit names (for lists). */
export async function selectBedsByIds(db: Executor, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map<string, { id: string; label: string; room: string; unit: string }>();
  }
  const rows = await db
    .select({ id: receptionBeds.id, label: receptionBeds.label, room: receptionRooms.name, unit: receptionUnits.name })
    .from(receptionBeds)
    .innerJoin(receptionRooms, eq(receptionRooms.id, receptionBeds.roomId))
    .innerJoin(receptionUnits, eq(receptionUnits.id, receptionRooms.unitId))
    .where(inArray(receptionBeds.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The structure of a centre: units, rooms, beds. */
export async function selectStructure(db: Executor, siteId: string) {
  const [units, rooms, beds] = await Promise.all([
    db.select().from(receptionUnits).where(eq(receptionUnits.siteId, siteId)).orderBy(asc(receptionUnits.name)),
    db.select().from(receptionRooms).where(eq(receptionRooms.siteId, siteId)).orderBy(asc(receptionRooms.name)),
    db.select().from(receptionBeds).where(eq(receptionBeds.siteId, siteId)).orderBy(asc(receptionBeds.createdAt), asc(receptionBeds.label)),
  ]);
  return { units, rooms, beds };
}

/** A bed is blocked on `day` by its own block or its room's. */
export async function isBedBlocked(db: Executor, bed: { id: string; roomId: string }, day: string): Promise<boolean> {
  const rows = await db
    .select({ id: receptionBlocks.id })
    .from(receptionBlocks)
    .where(and(or(eq(receptionBlocks.bedId, bed.id), eq(receptionBlocks.roomId, bed.roomId)), blockActiveOn(day)))
    .limit(1);
  return rows.length > 0;
}
