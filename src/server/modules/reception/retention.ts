/**
 * Retention of reception records (called by the privacy module's purge): a placement that ended (checked
 * out or transferred) before the rule's cutoff goes with its absences, the services given under it and
 * the reservation it used (unless a mass-influx registration still points at that reservation). Active
 * placements are never purged. Pre-registrations of a mass influx are not covered by this rule.
 */
import { and, asc, count, eq, inArray, isNotNull, lt, min, ne, notExists, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { ExpiredSurvey, PurgedBatch } from '../privacy/contract';
import { influxRegistrations, receptionAbsences, receptionPlacements, receptionReservations, receptionServices } from './tables';

const endedBefore = (before: Date) =>
  and(eq(receptionPlacements.status, 'ended'), isNotNull(receptionPlacements.checkedOutAt), lt(receptionPlacements.checkedOutAt, before));

/** How many placements ended before `before`, and the earliest check-out. */
export async function surveyEndedPlacements(ctx: Ctx, before: Date): Promise<ExpiredSurvey> {
  const [row] = await ctx.db
    .select({ count: count(), oldest: min(receptionPlacements.checkedOutAt) })
    .from(receptionPlacements)
    .where(endedBefore(before));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest).toISOString() : null };
}

/** Deletes up to `limit` placements that ended before `before` (earliest first) with their absences, services and used reservation. */
export async function purgeEndedPlacements(ctx: Ctx, before: Date, limit: number): Promise<PurgedBatch> {
  const db = ctx.db;
  const batch = await db
    .select({ id: receptionPlacements.id, reservationId: receptionPlacements.reservationId })
    .from(receptionPlacements)
    .where(endedBefore(before))
    .orderBy(asc(receptionPlacements.checkedOutAt), asc(receptionPlacements.id))
    .limit(limit);
  if (batch.length === 0) {
    return { removed: 0, deleted: {} };
  }
  const ids = batch.map((p) => p.id);
  const absences = await db.delete(receptionAbsences).where(inArray(receptionAbsences.placementId, ids)).returning({ id: receptionAbsences.id });
  const services = await db.delete(receptionServices).where(inArray(receptionServices.placementId, ids)).returning({ id: receptionServices.id });
  const removed = await db.delete(receptionPlacements).where(inArray(receptionPlacements.id, ids)).returning({ id: receptionPlacements.id });
  const reservationIds = [...new Set(batch.flatMap((p) => (p.reservationId ? [p.reservationId] : [])))];
  const reservations =
    reservationIds.length > 0
      ? await db
          .delete(receptionReservations)
          .where(
            and(
              inArray(receptionReservations.id, reservationIds),
              ne(receptionReservations.status, 'active'),
              notExists(db.select({ one: sql`1` }).from(influxRegistrations).where(sql`${influxRegistrations.reservationId} = ${receptionReservations.id}`)),
              notExists(db.select({ one: sql`1` }).from(receptionPlacements).where(sql`${receptionPlacements.reservationId} = ${receptionReservations.id}`)),
            ),
          )
          .returning({ id: receptionReservations.id })
      : [];
  return {
    removed: removed.length,
    deleted: { reception_placements: removed.length, reception_absences: absences.length, reception_services: services.length, reception_reservations: reservations.length },
  };
}

/** The persons among `ids` that reception records (placements, reservations, services, pre-registrations) still refer to. */
export async function personsHeldByReception(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  if (ids.length === 0) {
    return held;
  }
  const list = [...ids];
  for (const table of [receptionPlacements, receptionServices, influxRegistrations] as const) {
    for (const row of await ctx.db.selectDistinct({ id: table.personId }).from(table).where(inArray(table.personId, list))) {
      held.add(row.id);
    }
  }
  const reserved = await ctx.db
    .selectDistinct({ id: receptionReservations.personId })
    .from(receptionReservations)
    .where(and(isNotNull(receptionReservations.personId), inArray(receptionReservations.personId, list)));
  for (const row of reserved) {
    held.add(row.id!);
  }
  return held;
}
