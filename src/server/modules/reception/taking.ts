/**
 * Taking places, with the centre locked: the checks shared by check-in, transfer, reservations and
 * influx allocation (bed free, over-capacity reason), so every path counts the same way.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, invalid, ruleViolated } from '../../platform/errors';
import { figuresOf, wouldExceed, type Counts } from './capacity';
import * as store from './store';
import { todayOf } from './scope';
import { receptionPlacements, receptionReservations } from './tables';

export interface OverCapacityWarning {
  code: 'over_capacity';
  message: string;
  overCapacityBy: number;
}

/** The centre's counts now in a dataset (call with the centre locked). */
export async function countsNow(tx: Tx, ctx: Ctx, siteId: string, exerciseId: string | null): Promise<Counts> {
  return (await store.selectCounts(tx, [siteId], todayOf(ctx), ctx.now(), exerciseId)).get(siteId)!;
}

/** Refuses (422 naming `overCapacityReason`) to take `places` above capacity without a reason. */
export function requireReasonAboveCapacity(counts: Counts, places: number, centreName: string, reason: string | null | undefined): void {
  if (wouldExceed(counts, places) && !reason?.trim()) {
    const free = figuresOf(counts).free;
    throw ruleViolated(`${centreName} has ${free} free place${free === 1 ? '' : 's'}: give a reason to place above capacity`, [{ field: 'overCapacityReason', message: 'Required above capacity' }]);
  }
}

/** The warning to show after taking places, if the centre is now above capacity. */
export async function warningAfter(tx: Tx, ctx: Ctx, siteId: string, centreName: string, exerciseId: string | null): Promise<OverCapacityWarning | null> {
  const figures = figuresOf(await countsNow(tx, ctx, siteId, exerciseId));
  return figures.overCapacityBy > 0 ? { code: 'over_capacity', message: `${centreName} is ${figures.overCapacityBy} above capacity`, overCapacityBy: figures.overCapacityBy } : null;
}

/**
 * Checks that `bedId` belongs to the centre, is in use, not blocked, and held by no one in the dataset
 * (a reservation being used by this check-in excepted). Call with the centre locked.
 */
export async function requireFreeBed(tx: Tx, ctx: Ctx, bedId: string, siteId: string, exerciseId: string | null, exceptReservationId: string | null = null) {
  const bed = await store.selectBed(tx, bedId);
  if (!bed || bed.siteId !== siteId) {
    throw invalid('The bed is not in this centre', [{ field: 'bedId', message: 'Unknown bed' }]);
  }
  if (!bed.active) {
    throw conflict(`Bed ${bed.label} is out of use`);
  }
  if (await store.isBedBlocked(tx, bed, todayOf(ctx))) {
    throw conflict(`Bed ${bed.label} is blocked`);
  }
  const placed = await tx
    .select({ id: receptionPlacements.id })
    .from(receptionPlacements)
    .where(and(eq(receptionPlacements.bedId, bedId), eq(receptionPlacements.status, 'active'), store.takingPlaces(receptionPlacements.exerciseId, exerciseId)))
    .limit(1);
  const reserved = await tx
    .select({ id: receptionReservations.id })
    .from(receptionReservations)
    .where(
      and(
        eq(receptionReservations.bedId, bedId),
        eq(receptionReservations.status, 'active'),
        sql`${receptionReservations.until} > ${ctx.now().toISOString()}::timestamptz`,
        store.takingPlaces(receptionReservations.exerciseId, exerciseId),
        exceptReservationId ? ne(receptionReservations.id, exceptReservationId) : undefined,
      ),
    )
    .limit(1);
  if (placed.length > 0 || reserved.length > 0) {
    throw conflict(`Bed ${bed.label} is already taken`);
  }
  return bed;
}
