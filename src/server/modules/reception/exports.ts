/**
 * Reception's lists as streamed exports: a centre's residents and a plan's pre-registrations, each
 * through its list's condition after the same visibility check (centre or plan in the caller's scope).
 * As in the residents list, a resident whose person the caller may not see is a row without a name.
 */
import { and, count, desc } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { keysetExport } from '../../platform/export/stream';
import { visiblePersonSummaries } from '../people/service';
import { visiblePlan } from './plans';
import { presentRegistrations, registrationConditions } from './registrations';
import { placementsAbsent, residentConditions } from './residents';
import { existingExercise, visibleCentre } from './scope';
import * as store from './store';
import { influxRegistrations, receptionPlacements } from './tables';

/** A centre's residents of the list's filter, latest check-in first. */
export async function residentsExport(ctx: Ctx, siteId: string, filter: { status: 'active' | 'ended' | 'all'; exerciseId?: string | null }) {
  requirePermission(ctx, 'reception.read');
  const centre = await visibleCentre(ctx, siteId);
  const exerciseId = filter.exerciseId ?? null;
  if (exerciseId) {
    await existingExercise(ctx.db, exerciseId);
  }
  const condition = residentConditions(siteId, { status: filter.status, exerciseId });
  return keysetExport({
    list: 'reception.residents',
    entityType: 'site',
    filter: { siteId, centre: centre.name, status: filter.status, exerciseId },
    columns: [
      { header: 'registrationNumber', value: (r: ResidentLine) => r.person?.registrationNumber },
      { header: 'surname', value: (r: ResidentLine) => r.person?.surname },
      { header: 'givenNames', value: (r: ResidentLine) => r.person?.givenNames },
      { header: 'sex', value: (r: ResidentLine) => r.person?.sex },
      { header: 'dateOfBirth', value: (r: ResidentLine) => r.person?.dateOfBirth },
      { header: 'nationalities', value: (r: ResidentLine) => r.person?.nationalities.join(' ') },
      { header: 'unit', value: (r: ResidentLine) => r.bed?.unit },
      { header: 'room', value: (r: ResidentLine) => r.bed?.room },
      { header: 'bed', value: (r: ResidentLine) => r.bed?.label },
      { header: 'checkedInAt', value: (r: ResidentLine) => r.row.checkedInAt },
      { header: 'checkedOutAt', value: (r: ResidentLine) => r.row.checkedOutAt },
      { header: 'checkoutReason', value: (r: ResidentLine) => r.row.checkoutReason },
      { header: 'absent', value: (r: ResidentLine) => (r.absent ? 'yes' : 'no') },
      { header: 'overCapacityReason', value: (r: ResidentLine) => r.row.overCapacityReason },
    ],
    count: async () => (await ctx.db.select({ n: count() }).from(receptionPlacements).where(condition))[0]?.n ?? 0,
    read: (lastId, limit) =>
      ctx.db
        .select()
        .from(receptionPlacements)
        .where(and(condition, rowsAfter(receptionPlacements, receptionPlacements.checkedInAt, receptionPlacements.id, 'desc', lastId)))
        .orderBy(desc(receptionPlacements.checkedInAt), desc(receptionPlacements.id))
        .limit(limit),
    present: async (rows) => {
      const [absent, people, beds] = await Promise.all([
        placementsAbsent(ctx.db, rows.map((r) => r.id)),
        visiblePersonSummaries(ctx, rows.map((r) => r.personId)),
        store.selectBedsByIds(ctx.db, rows.flatMap((r) => (r.bedId ? [r.bedId] : []))),
      ]);
      return rows.map((row): ResidentLine => ({ row, person: people.get(row.personId), bed: row.bedId ? beds.get(row.bedId) : undefined, absent: absent.has(row.id) }));
    },
  });
}

interface ResidentLine {
  row: typeof receptionPlacements.$inferSelect;
  person?: { registrationNumber: string; surname: string; givenNames: string; sex: string | null; dateOfBirth: string | null; nationalities: string[] };
  bed?: { label: string; room: string; unit: string };
  absent: boolean;
}

type RegistrationLine = Awaited<ReturnType<typeof presentRegistrations>>[number];

/** A plan's pre-registrations of the list's filter, latest first. */
export async function registrationsExport(ctx: Ctx, planId: string, query: { exerciseId?: string | null; q?: string }) {
  requirePermission(ctx, 'influx.preregister');
  await visiblePlan(ctx, planId);
  const condition = registrationConditions(planId, query);
  return keysetExport({
    list: 'reception.influx-registrations',
    entityType: 'influx-plan',
    filter: { planId, exerciseId: query.exerciseId ?? null, q: query.q ? 'given' : null },
    columns: [
      { header: 'wristband', value: (r: RegistrationLine) => r.wristband },
      { header: 'nameAsGiven', value: (r: RegistrationLine) => r.nameAsGiven },
      { header: 'sex', value: (r: RegistrationLine) => r.sex },
      { header: 'approximateAge', value: (r: RegistrationLine) => r.approximateAge },
      { header: 'nationality', value: (r: RegistrationLine) => r.nationality },
      { header: 'medicalUrgency', value: (r: RegistrationLine) => r.triage.medicalUrgency },
      { header: 'child', value: (r: RegistrationLine) => (r.triage.child ? 'yes' : 'no') },
      { header: 'vulnerable', value: (r: RegistrationLine) => (r.triage.vulnerable ? 'yes' : 'no') },
      { header: 'arrivedAt', value: (r: RegistrationLine) => r.arrivedAt },
      { header: 'preregisteredAt', value: (r: RegistrationLine) => r.preregisteredAt },
      { header: 'centre', value: (r: RegistrationLine) => r.centre?.name },
      { header: 'bed', value: (r: RegistrationLine) => r.bed?.label },
      { header: 'completedAt', value: (r: RegistrationLine) => r.completedAt },
    ],
    count: async () => (await ctx.db.select({ n: count() }).from(influxRegistrations).where(condition))[0]?.n ?? 0,
    read: (lastId, limit) =>
      ctx.db
        .select()
        .from(influxRegistrations)
        .where(and(condition, rowsAfter(influxRegistrations, influxRegistrations.preregisteredAt, influxRegistrations.id, 'desc', lastId)))
        .orderBy(desc(influxRegistrations.preregisteredAt), desc(influxRegistrations.id))
        .limit(limit),
    present: (rows) => presentRegistrations(ctx.db, rows),
  });
}
