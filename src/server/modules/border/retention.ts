/**
 * Retention of border records (called by the privacy module's purge): crossings older than the rule's
 * cutoff, counted from the crossing time, go with the alerts they raised, the false positives remembered
 * from those alerts, and their vehicle when no other occupant's crossing remains. Watchlists and the
 * lost/stolen list are reference data, not purged here.
 */
import { and, asc, count, inArray, isNotNull, lt, min, notExists, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { ExpiredSurvey, PurgedBatch } from '../privacy/contract';
import { alerts, crossings, falsePositives, vehicleCrossings } from './tables';

/** How many crossings took place before `before`, and the oldest one's time. */
export async function surveyExpiredCrossings(ctx: Ctx, before: Date): Promise<ExpiredSurvey> {
  const [row] = await ctx.db.select({ count: count(), oldest: min(crossings.at) }).from(crossings).where(lt(crossings.at, before));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest).toISOString() : null };
}

/** Deletes up to `limit` crossings older than `before` (oldest first) with their alerts, remembered false positives and emptied vehicles. */
export async function purgeExpiredCrossings(ctx: Ctx, before: Date, limit: number): Promise<PurgedBatch> {
  const db = ctx.db;
  const batch = await db
    .select({ id: crossings.id, vehicleCrossingId: crossings.vehicleCrossingId })
    .from(crossings)
    .where(lt(crossings.at, before))
    .orderBy(asc(crossings.at), asc(crossings.id))
    .limit(limit);
  if (batch.length === 0) {
    return { removed: 0, deleted: {} };
  }
  const ids = batch.map((c) => c.id);
  const alertIds = (await db.select({ id: alerts.id }).from(alerts).where(inArray(alerts.crossingId, ids))).map((a) => a.id);
  const forgotten = alertIds.length > 0 ? await db.delete(falsePositives).where(inArray(falsePositives.alertId, alertIds)).returning({ id: falsePositives.alertId }) : [];
  const removedAlerts = alertIds.length > 0 ? await db.delete(alerts).where(inArray(alerts.id, alertIds)).returning({ id: alerts.id }) : [];
  const removed = await db.delete(crossings).where(inArray(crossings.id, ids)).returning({ id: crossings.id });
  const vehicleIds = [...new Set(batch.flatMap((c) => (c.vehicleCrossingId ? [c.vehicleCrossingId] : [])))];
  const vehicles =
    vehicleIds.length > 0
      ? await db
          .delete(vehicleCrossings)
          .where(
            and(
              inArray(vehicleCrossings.id, vehicleIds),
              notExists(db.select({ one: sql`1` }).from(crossings).where(sql`${crossings.vehicleCrossingId} = ${vehicleCrossings.id}`)),
            ),
          )
          .returning({ id: vehicleCrossings.id })
      : [];
  return {
    removed: removed.length,
    deleted: { crossings: removed.length, alerts: removedAlerts.length, alert_false_positives: forgotten.length, vehicle_crossings: vehicles.length },
  };
}

/** The persons among `ids` that border records (crossings, alerts, remembered false positives) still refer to. */
export async function personsHeldByBorder(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const list = [...ids];
  const held = new Set<string>();
  for (const row of await ctx.db.selectDistinct({ id: crossings.personId }).from(crossings).where(inArray(crossings.personId, list))) {
    held.add(row.id);
  }
  const alerted = await ctx.db
    .selectDistinct({ id: alerts.personId })
    .from(alerts)
    .where(and(isNotNull(alerts.personId), inArray(alerts.personId, list)));
  for (const row of alerted) {
    held.add(row.id!);
  }
  for (const row of await ctx.db.selectDistinct({ id: falsePositives.personId }).from(falsePositives).where(inArray(falsePositives.personId, list))) {
    held.add(row.id);
  }
  return held;
}
