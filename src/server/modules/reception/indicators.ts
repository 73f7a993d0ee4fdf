/**
 * Reception's figures for national indicators and dashboards: occupancy by centre at the end of a day,
 * from the same sources as the occupancy screens (figures now for today, else the day's snapshot or the
 * placement history), real data only. No audit here: the reporting service audits the request.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { figuresOf, type Counts } from './capacity';
import { computedCounts } from './occupancy';
import { centreScope, todayOf } from './scope';
import * as store from './store';
import { receptionOccupancySnapshots } from './tables';

/** Which centres, and the last day of the period (its end is when occupancy is read). */
export interface OccupancyIndicatorFilter {
  day: string;
  siteId?: string;
  organisationId?: string;
}

const none: Counts = { capacity: 0, blocked: 0, occupied: 0, reserved: 0 };

/** Each centre the caller may see with capacity, blocked, occupied, reserved and free places at the end of `day` (now when it is today or later). */
export async function occupancyByCentre(ctx: Ctx, filter: OccupancyIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const scope = and(centreScope(ctx), filter.siteId ? eq(sites.id, filter.siteId) : undefined, filter.organisationId ? eq(sites.organisationId, filter.organisationId) : undefined);
  const centres = await store.selectCentres(ctx.db, scope);
  const ids = centres.map((c) => c.id);
  const today = todayOf(ctx);
  let counts: Map<string, Counts>;
  if (filter.day >= today) {
    counts = await store.selectCounts(ctx.db, ids, today, ctx.now(), null);
  } else {
    const snapshots = ids.length === 0 ? [] : await ctx.db.select().from(receptionOccupancySnapshots).where(and(inArray(receptionOccupancySnapshots.siteId, ids), eq(receptionOccupancySnapshots.day, filter.day)));
    const computed = await computedCounts(
      ctx.db,
      ids.filter((id) => !snapshots.some((s) => s.siteId === id)),
      [filter.day],
    );
    counts = new Map(ids.map((id) => [id, snapshots.find((s) => s.siteId === id) ?? computed.get(`${id}|${filter.day}`) ?? none]));
  }
  return centres.map((c) => {
    const { capacity, blocked, occupied, reserved } = counts.get(c.id) ?? none;
    return { siteId: c.id, organisationId: c.organisationId, name: c.name, ...figuresOf({ capacity, blocked, occupied, reserved }) };
  });
}
