/**
 * Reception's part of a subject-access export: the person's placements (centre, bed, check-in and out,
 * absences, services given), reservations made for them and mass-influx pre-registrations (wristband,
 * triage flags). Exercise rows are marked as such.
 */
import { asc, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, type SubjectAccessPart } from '../privacy/contract';
import { iso, siteNames } from '../privacy/reference-names';
import { selectBedsByIds } from './store';
import { influxRegistrations, receptionAbsences, receptionPlacements, receptionReservations, receptionServices } from './tables';

/** What reception records hold about these person records. */
export async function subjectAccessReception(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const ids = [...personIds];
  const placements = await ctx.db.select().from(receptionPlacements).where(inArray(receptionPlacements.personId, ids)).orderBy(asc(receptionPlacements.checkedInAt));
  const placementIds = placements.map((p) => p.id);
  const absences = placementIds.length > 0 ? await ctx.db.select().from(receptionAbsences).where(inArray(receptionAbsences.placementId, placementIds)).orderBy(asc(receptionAbsences.fromAt)) : [];
  const services = await ctx.db.select().from(receptionServices).where(inArray(receptionServices.personId, ids)).orderBy(asc(receptionServices.givenAt));
  const reservations = await ctx.db.select().from(receptionReservations).where(inArray(receptionReservations.personId, ids)).orderBy(asc(receptionReservations.createdAt));
  const registrations = await ctx.db.select().from(influxRegistrations).where(inArray(influxRegistrations.personId, ids)).orderBy(asc(influxRegistrations.arrivedAt));
  const beds = await selectBedsByIds(ctx.db, placements.flatMap((p) => (p.bedId ? [p.bedId] : [])));
  const centres = await siteNames(ctx.db, [
    ...placements.map((p) => p.siteId),
    ...reservations.map((r) => r.siteId),
    ...registrations.map((r) => r.allocatedSiteId),
  ]);
  const data = {
    placements: placements.map((p) => {
      const bed = p.bedId ? beds.get(p.bedId) : undefined;
      return {
        centre: centres.get(p.siteId) ?? null,
        bed: bed ? `${bed.unit} / ${bed.room} / ${bed.label}` : null,
        status: p.status,
        checkedInAt: iso(p.checkedInAt),
        checkedOutAt: iso(p.checkedOutAt),
        checkoutReason: p.checkoutReason,
        note: p.note,
        transferred: p.transferredToId !== null,
        exercise: p.exerciseId !== null,
        absences: absences.filter((a) => a.placementId === p.id).map((a) => ({ from: iso(a.fromAt), to: iso(a.toAt), reason: a.reason })),
      };
    }),
    services: services.map((s) => ({ centre: centres.get(s.siteId) ?? null, kind: s.kind, note: s.note, givenAt: iso(s.givenAt), exercise: s.exerciseId !== null })),
    reservations: reservations.map((r) => ({ centre: centres.get(r.siteId) ?? null, status: r.status, until: iso(r.until), note: r.note, madeAt: iso(r.createdAt), exercise: r.exerciseId !== null })),
    preRegistrations: registrations.map((r) => ({
      wristband: r.wristband,
      nameAsGiven: r.nameAsGiven,
      sex: r.sex,
      approximateAge: r.approximateAge,
      nationality: r.nationality,
      medicalUrgency: r.medicalUrgency,
      child: r.child,
      vulnerable: r.vulnerable,
      arrivedAt: iso(r.arrivedAt),
      allocatedCentre: r.allocatedSiteId ? (centres.get(r.allocatedSiteId) ?? null) : null,
      completedAt: iso(r.completedAt),
      exercise: r.exerciseId !== null,
    })),
  };
  return { module: 'reception', data, counts: countSections(data), withheld: [] };
}
