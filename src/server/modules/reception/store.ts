/** SQL of reception centres: centres (sites), structure, figures, free beds, blocks and the centre lock. */
import { and, asc, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
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
 * counting and taking places happen one request at a time per centre. Returns their names.
 */
export async function lockCentres(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, name from ${sites} where id in (${sql.join(
      [...ids].sort().map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) order by id for no key update`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Blocks active on `day`. */
export const blockActiveOn = (day: string) => and(sql`${receptionBlocks.fromDay} <= ${day}`, or(isNull(receptionBlocks.toDay), sql`${receptionBlocks.toDay} >= ${day}`));

/** Capacity, blocked, occupied and reserved per centre, for `day` and the instant `at`, in a dataset (one statement). */
export async function selectCounts(db: Executor, siteIds: readonly string[], day: string, at: Date, exerciseId: string | null): Promise<Map<string, Counts>> {
  const result = new Map<string, Counts>(siteIds.map((id) => [id, { capacity: 0, blocked: 0, occupied: 0, reserved: 0 }]));
  if (siteIds.length === 0) {
    return result;
  }
  const ids = sql`array[${sql.join(
    siteIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const placementDataset = exerciseId ? sql`(p.exercise_id is null or p.exercise_id = ${exerciseId})` : sql`p.exercise_id is null`;
  const reservationDataset = exerciseId ? sql`(r.exercise_id is null or r.exercise_id = ${exerciseId})` : sql`r.exercise_id is null`;
  const rows = await queryRows<{ site_id: string; capacity: number; blocked: number; occupied: number; reserved: number }>(
    db,
    sql`select s.site_id::text as site_id,
      (select count(*)::int from reception_beds b where b.site_id = s.site_id and b.active) as capacity,
      (select coalesce(sum(k.places), 0)::int from reception_blocks k where k.site_id = s.site_id and k.from_day <= ${day} and (k.to_day is null or k.to_day >= ${day})) as blocked,
      (select count(*)::int from reception_placements p where p.site_id = s.site_id and p.status = 'active' and ${placementDataset}) as occupied,
      (select coalesce(sum(r.places), 0)::int from reception_reservations r where r.site_id = s.site_id and r.status = 'active' and r.until > ${at.toISOString()}::timestamptz and ${reservationDataset}) as reserved
    from unnest(${ids}) as s(site_id)`,
  );
  for (const row of rows) {
    result.set(row.site_id, { capacity: Number(row.capacity), blocked: Number(row.blocked), occupied: Number(row.occupied), reserved: Number(row.reserved) });
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
        // Anti-joins on the centre's own rows (hashed), not a probe per bed: cheap however full the centre is.
        sql`${receptionBeds.id} not in (select ${receptionBlocks.bedId} from ${receptionBlocks} where ${receptionBlocks.siteId} = ${siteId} and ${receptionBlocks.bedId} is not null and ${blockActiveOn(day)})`,
        sql`${receptionBeds.roomId} not in (select ${receptionBlocks.roomId} from ${receptionBlocks} where ${receptionBlocks.siteId} = ${siteId} and ${receptionBlocks.roomId} is not null and ${blockActiveOn(day)})`,
        sql`${receptionBeds.id} not in (select ${receptionPlacements.bedId} from ${receptionPlacements} where ${receptionPlacements.siteId} = ${siteId} and ${receptionPlacements.status} = 'active' and ${receptionPlacements.bedId} is not null and ${takingPlaces(receptionPlacements.exerciseId, exerciseId)})`,
        sql`${receptionBeds.id} not in (select ${receptionReservations.bedId} from ${receptionReservations} where ${receptionReservations.siteId} = ${siteId} and ${receptionReservations.status} = 'active' and ${receptionReservations.bedId} is not null and ${receptionReservations.until} > ${at.toISOString()}::timestamptz and ${takingPlaces(receptionReservations.exerciseId, exerciseId)})`,
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
  const units = await db.select().from(receptionUnits).where(eq(receptionUnits.siteId, siteId)).orderBy(asc(receptionUnits.name));
  const rooms = await db.select().from(receptionRooms).where(eq(receptionRooms.siteId, siteId)).orderBy(asc(receptionRooms.name));
  const beds = await db.select().from(receptionBeds).where(eq(receptionBeds.siteId, siteId)).orderBy(asc(receptionBeds.createdAt), asc(receptionBeds.label));
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
