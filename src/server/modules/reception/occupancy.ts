/**
 * Occupancy now and over time. A day's figures come from its snapshot when one was taken; otherwise
 * occupied and reserved are computed from the placement and reservation history at the end of that
 * day, capacity from the beds that existed then and blocked from the blocks covering the day.
 */
import { and, between, inArray, sql } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { invalid } from '../../platform/errors';
import { zonedDayStart } from '../../../common/dates/zoned-day';
import { figuresOf, sumFigures, type Counts } from './capacity';
import { listCentres } from './centres';
import * as store from './store';
import { centreScope, RECEPTION_TIME_ZONE, todayOf, visibleCentre } from './scope';
import { receptionOccupancySnapshots } from './tables';

/** Occupancy now per centre and nationally (the caller's centres). */
export async function occupancyNow(ctx: Ctx, exerciseId: string | null = null) {
  const { centres, national } = await listCentres(ctx, exerciseId);
  return { at: ctx.now().toISOString(), centres, national };
}

function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (const d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    days.push(d.toISOString().slice(0, 10));
  }
  return days;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Real figures of `siteIds` at the end of each of `days`, computed from the history. */
export async function computedCounts(db: Executor, siteIds: readonly string[], days: readonly string[]): Promise<Map<string, Counts>> {
  const result = new Map<string, Counts>();
  if (siteIds.length === 0 || days.length === 0) {
    return result;
  }
  const ends = days.map((day) => zonedDayStart(nextDay(day), RECEPTION_TIME_ZONE).toISOString());
  const sites = sql`array[${sql.join(
    siteIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  const dayList = sql`array[${sql.join(
    days.map((d) => sql`${d}`),
    sql`, `,
  )}]::date[]`;
  const endList = sql`array[${sql.join(
    ends.map((e) => sql`${e}`),
    sql`, `,
  )}]::timestamptz[]`;
  const list = await queryRows<{ day: string; site_id: string; capacity: number; blocked: number; occupied: number; reserved: number }>(db, sql`
    with d as (select * from unnest(${dayList}, ${endList}) as d(day, ends_at)), s as (select unnest(${sites}) as site_id)
    select to_char(d.day, 'YYYY-MM-DD') as day, s.site_id::text as site_id,
      (select count(*)::int from reception_beds b where b.site_id = s.site_id and b.active and b.created_at < d.ends_at) as capacity,
      (select coalesce(sum(k.places), 0)::int from reception_blocks k where k.site_id = s.site_id and k.from_day <= d.day and (k.to_day is null or k.to_day >= d.day)) as blocked,
      (select count(*)::int from reception_placements p where p.site_id = s.site_id and p.exercise_id is null and p.checked_in_at < d.ends_at and (p.checked_out_at is null or p.checked_out_at >= d.ends_at)) as occupied,
      (select coalesce(sum(r.places), 0)::int from reception_reservations r where r.site_id = s.site_id and r.exercise_id is null and r.created_at < d.ends_at and r.until >= d.ends_at and (r.ended_at is null or r.ended_at >= d.ends_at)) as reserved
    from d cross join s`);
  for (const row of list) {
    result.set(`${row.site_id}|${row.day}`, { capacity: Number(row.capacity), blocked: Number(row.blocked), occupied: Number(row.occupied), reserved: Number(row.reserved) });
  }
  return result;
}

/** Figures per day from `from` to `to` for one centre or the sum of the caller's centres. */
export async function occupancyHistory(ctx: Ctx, query: { from: string; to: string; siteId?: string }) {
  requirePermission(ctx, 'reception.read');
  if (query.to < query.from) {
    throw invalid('The period ends before it starts', [{ field: 'to', message: 'Before from' }]);
  }
  const days = daysBetween(query.from, query.to);
  if (days.length > 366) {
    throw invalid('Ask for at most 366 days', [{ field: 'from', message: 'Period too long' }]);
  }
  const siteIds = query.siteId ? [(await visibleCentre(ctx, query.siteId)).id] : (await store.selectCentres(ctx.db, centreScope(ctx))).map((c) => c.id);
  const snapshots = siteIds.length > 0 ? await ctx.db.select().from(receptionOccupancySnapshots).where(and(inArray(receptionOccupancySnapshots.siteId, siteIds), between(receptionOccupancySnapshots.day, query.from, query.to))) : [];
  const snapshotOf = new Map(snapshots.map((s) => [`${s.siteId}|${s.day}`, s]));
  const missing = days.filter((day) => siteIds.some((id) => !snapshotOf.has(`${id}|${day}`)));
  const computed = await computedCounts(ctx.db, siteIds, missing);
  return {
    days: days.map((day) => {
      const perCentre = siteIds.map((id) => snapshotOf.get(`${id}|${day}`) ?? computed.get(`${id}|${day}`) ?? { capacity: 0, blocked: 0, occupied: 0, reserved: 0 });
      const source = siteIds.every((id) => snapshotOf.has(`${id}|${day}`)) ? 'snapshot' : 'computed';
      return { day, source, ...(siteIds.length === 1 ? figuresOf(perCentre[0]!) : sumFigures(perCentre)) };
    }),
  };
}

/**
 * Writes the snapshot of `day` (default today; a past day is computed from the history) for every
 * centre. Run daily (cron) or on demand; taking it again replaces the day's figures.
 */
export async function takeOccupancySnapshot(ctx: Ctx, day?: string) {
  requirePermission(ctx, 'reception.manage');
  const today = todayOf(ctx);
  const target = day ?? today;
  if (target > today) {
    throw invalid('A snapshot cannot be taken of a future day', [{ field: 'day', message: 'In the future' }]);
  }
  const siteIds = (await store.selectCentres(ctx.db, undefined)).map((c) => c.id);
  const counts =
    target === today
      ? new Map([...(await store.selectCounts(ctx.db, siteIds, today, ctx.now(), null))].map(([id, c]) => [`${id}|${today}`, c]))
      : await computedCounts(ctx.db, siteIds, [target]);
  await inTransaction(ctx, async (tx) => {
    for (const siteId of siteIds) {
      const c = counts.get(`${siteId}|${target}`) ?? { capacity: 0, blocked: 0, occupied: 0, reserved: 0 };
      await tx
        .insert(receptionOccupancySnapshots)
        .values({ siteId, day: target, ...c, takenAt: ctx.now() })
        .onConflictDoUpdate({ target: [receptionOccupancySnapshots.siteId, receptionOccupancySnapshots.day], set: { ...c, takenAt: ctx.now() } });
    }
    await recordAudit(tx, ctx, { action: 'reception.occupancy.snapshot', detail: { day: target, centres: siteIds.length } });
  });
  return { day: target, centres: siteIds.length };
}
