/** Pre-registrations after the fact: lists, one by id or wristband, the QR image, full registration, the live board. */
import { toBuffer, toSVG } from 'bwip-js/node';
import { and, desc, eq, ilike, or, sql } from 'drizzle-orm';
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { forbidden, invalid, notFound } from '../../platform/errors';
import { findRegistrationCandidates } from '../people/search';
import { updatePerson, type PersonInput } from '../people/service';
import { isWristbandNumber, sumFigures } from './capacity';
import { presentPlans, visiblePlan } from './plans';
import * as store from './store';
import { existingExercise, withFigures } from './scope';
import { influxRegistrations } from './tables';

export type RegistrationRow = typeof influxRegistrations.$inferSelect;

/** Registrations as the API shows them, with centre and bed names. */
export async function presentRegistrations(db: Executor, rows: readonly RegistrationRow[]) {
  const centres = new Map((await store.selectCentres(db, undefined, [...new Set(rows.flatMap((r) => (r.allocatedSiteId ? [r.allocatedSiteId] : [])))])).map((c) => [c.id, c.name]));
  const reservationIds = rows.flatMap((r) => (r.reservationId ? [r.reservationId] : []));
  const bedOf = new Map(
    reservationIds.length > 0
      ? (
          await queryRows<{ reservation_id: string; bed_id: string; label: string }>(
            db,
            sql`select r.id::text as reservation_id, b.id::text as bed_id, b.label from reception_reservations r join reception_beds b on b.id = r.bed_id where r.id in (${sql.join(
              reservationIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`,
          )
        ).map((r) => [r.reservation_id, { id: r.bed_id, label: r.label }])
      : [],
  );
  return presentRegistrationRows(rows, centres, bedOf);
}

/** Registrations as the API shows them, from centre names and reserved beds already known. */
export function presentRegistrationRows(rows: readonly RegistrationRow[], centres: ReadonlyMap<string, string>, bedOf: ReadonlyMap<string, { id: string; label: string }>) {
  return rows.map((r) => ({
    id: r.id,
    planId: r.planId,
    groupId: r.groupId,
    personId: r.personId,
    wristband: r.wristband,
    qr: { svg: `/api/reception/influx/registrations/${r.id}/wristband.svg`, png: `/api/reception/influx/registrations/${r.id}/wristband.png` },
    nameAsGiven: r.nameAsGiven,
    sex: r.sex,
    approximateAge: r.approximateAge,
    nationality: r.nationality,
    triage: { medicalUrgency: r.medicalUrgency, child: r.child, vulnerable: r.vulnerable },
    arrivedAt: r.arrivedAt,
    preregisteredAt: r.preregisteredAt,
    allocatedAt: r.allocatedAt,
    centre: r.allocatedSiteId ? { id: r.allocatedSiteId, name: centres.get(r.allocatedSiteId) ?? '' } : null,
    bed: r.reservationId ? (bedOf.get(r.reservationId) ?? null) : null,
    reservationId: r.reservationId,
    overCapacity: r.overCapacity,
    completedAt: r.completedAt,
    exerciseId: r.exerciseId,
  }));
}

/** A registration whose plan the caller may see, or 404. */
async function visibleRegistration(ctx: Ctx, db: Executor, condition: ReturnType<typeof eq>): Promise<RegistrationRow> {
  const [row] = await db.select().from(influxRegistrations).where(condition);
  if (!row) {
    throw notFound('Registration');
  }
  await visiblePlan(ctx, row.planId, db).catch(() => {
    throw notFound('Registration');
  });
  return row;
}

/** The condition of a plan's registrations list (dataset, name as given or wristband): the list's and its export's. */
export function registrationConditions(planId: string, query: { exerciseId?: string | null; q?: string }) {
  const q = query.q?.trim();
  return and(
    eq(influxRegistrations.planId, planId),
    store.inDataset(influxRegistrations.exerciseId, query.exerciseId ?? null),
    q ? or(ilike(influxRegistrations.nameAsGiven, `%${q.replace(/[%_\\]/g, '\\$&')}%`), eq(influxRegistrations.wristband, q.toUpperCase())) : undefined,
  );
}

/** A plan's registrations in a dataset, newest first, optionally by name as given or wristband (audited). */
export async function listRegistrations(ctx: Ctx, planId: string, query: { exerciseId?: string | null; q?: string; limit: number }) {
  requirePermission(ctx, 'influx.preregister');
  await visiblePlan(ctx, planId);
  const rows = await ctx.db
    .select()
    .from(influxRegistrations)
    .where(registrationConditions(planId, query))
    .orderBy(desc(influxRegistrations.preregisteredAt))
    .limit(query.limit);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'influx.registrations.read', entityType: 'influx-plan', entityId: planId, fields: ['nameAsGiven', 'sex', 'approximateAge', 'nationality', 'triage'], detail: { count: rows.length } }));
  return { registrations: await presentRegistrations(ctx.db, rows) };
}

/** One registration (audited). */
export async function getRegistration(ctx: Ctx, id: string) {
  requirePermission(ctx, 'influx.preregister');
  const row = await visibleRegistration(ctx, ctx.db, eq(influxRegistrations.id, id));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'influx.registration.read', entityType: 'person', entityId: row.personId, fields: ['nameAsGiven', 'triage'] }));
  return (await presentRegistrations(ctx.db, [row]))[0]!;
}

/** The registration a scanned or typed wristband number belongs to (audited). */
export async function registrationByWristband(ctx: Ctx, number: string) {
  requirePermission(ctx, 'influx.preregister');
  const wristband = number.trim().toUpperCase();
  if (!isWristbandNumber(wristband)) {
    throw invalid('Not a wristband number (WB-0000000X): check the letters and digits', [{ field: 'number', message: 'Malformed or wrong check letter' }]);
  }
  const row = await visibleRegistration(ctx, ctx.db, eq(influxRegistrations.wristband, wristband));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'influx.registration.read', entityType: 'person', entityId: row.personId, fields: ['nameAsGiven', 'triage'], detail: { by: 'wristband' } }));
  return (await presentRegistrations(ctx.db, [row]))[0]!;
}

/** The QR code of a registration's wristband number (the number only: no personal data in the code). */
export async function wristbandImage(ctx: Ctx, id: string, format: 'svg' | 'png'): Promise<{ wristband: string; body: string | Buffer }> {
  requirePermission(ctx, 'influx.preregister');
  const row = await visibleRegistration(ctx, ctx.db, eq(influxRegistrations.id, id));
  const options = { bcid: 'qrcode', text: row.wristband, eclevel: 'M', includetext: false };
  return { wristband: row.wristband, body: format === 'svg' ? toSVG({ ...options, scale: 4 }) : await toBuffer({ ...options, scale: 10, paddingwidth: 4, paddingheight: 4 }) };
}

/**
 * Completes the person record a pre-registration created (through the people service, with the version
 * read) and runs identity resolution: the candidates the registration search finds, other than this
 * person. Exercise persons are not compared with the real registry.
 */
export async function completeRegistration(ctx: Ctx, id: string, input: { version: number; person: Partial<PersonInput> }) {
  requirePermission(ctx, 'influx.preregister');
  if (!can(ctx, 'people.write')) {
    throw forbidden('Completing a registration changes the person record: it needs people.write');
  }
  const row = await visibleRegistration(ctx, ctx.db, eq(influxRegistrations.id, id));
  const person = await inTransaction(ctx, async (tx, txCtx) => {
    const updated = await updatePerson(txCtx, row.personId, input.version, input.person);
    await tx.update(influxRegistrations).set({ completedAt: ctx.now() }).where(eq(influxRegistrations.id, id));
    await recordAudit(tx, ctx, { action: 'influx.registration.complete', entityType: 'person', entityId: row.personId, fields: Object.keys(input.person) });
    return updated;
  });
  const candidates = row.exerciseId
    ? []
    : (await findRegistrationCandidates(ctx, { givenNames: person.givenNames, surname: person.surname, originalName: person.originalName, dateOfBirth: person.dateOfBirth, nationalities: person.nationalities })).candidates.filter((c) => c.person.id !== row.personId);
  const [fresh] = await ctx.db.select().from(influxRegistrations).where(eq(influxRegistrations.id, id));
  return { registration: (await presentRegistrations(ctx.db, [fresh!]))[0]!, person, candidates };
}

/** The live board of a plan: arrivals per hour, triage counts, places left per centre of the plan. */
export async function influxBoard(ctx: Ctx, planId: string, query: { exerciseId?: string | null; hours: number }) {
  requirePermission(ctx, 'reception.read');
  const plan = await visiblePlan(ctx, planId);
  const exerciseId = query.exerciseId ?? null;
  if (exerciseId) {
    await existingExercise(ctx.db, exerciseId);
  }
  const inPlan = and(eq(influxRegistrations.planId, planId), store.inDataset(influxRegistrations.exerciseId, exerciseId));
  const [totals] = await ctx.db
    .select({
      total: sql<number>`count(*)::int`,
      medicalUrgency: sql<number>`count(*) filter (where ${influxRegistrations.medicalUrgency})::int`,
      child: sql<number>`count(*) filter (where ${influxRegistrations.child})::int`,
      vulnerable: sql<number>`count(*) filter (where ${influxRegistrations.vulnerable})::int`,
      groups: sql<number>`count(distinct ${influxRegistrations.groupId})::int`,
      overCapacity: sql<number>`count(*) filter (where ${influxRegistrations.overCapacity})::int`,
      last: sql<string | null>`max(${influxRegistrations.arrivedAt})::text`,
    })
    .from(influxRegistrations)
    .where(inPlan);
  // An exercise's clock may run ahead (simulated arrivals): its board ends at its last arrival.
  const end = exerciseId && totals?.last ? new Date(Math.max(ctx.now().getTime(), new Date(totals.last).getTime())) : ctx.now();
  const hourMs = 3_600_000;
  const lastHour = Math.floor(end.getTime() / hourMs) * hourMs;
  const firstHour = lastHour - (query.hours - 1) * hourMs;
  const perHour = await ctx.db
    .select({ hour: sql<number>`floor(extract(epoch from ${influxRegistrations.arrivedAt}) / 3600)::int`, count: sql<number>`count(*)::int` })
    .from(influxRegistrations)
    .where(and(inPlan, sql`${influxRegistrations.arrivedAt} >= ${new Date(firstHour).toISOString()}::timestamptz`))
    .groupBy(sql`1`);
  const countOf = new Map(perHour.map((r) => [Number(r.hour) * hourMs, Number(r.count)]));
  const centres = await withFigures(ctx, ctx.db, await store.selectCentres(ctx.db, undefined, plan.centreIds), exerciseId);
  return {
    plan: (await presentPlans(ctx.db, [plan]))[0]!,
    at: ctx.now().toISOString(),
    arrivalsPerHour: Array.from({ length: query.hours }, (_, i) => firstHour + i * hourMs).map((hour) => ({ hour: new Date(hour).toISOString(), count: countOf.get(hour) ?? 0 })),
    triage: { total: totals?.total ?? 0, medicalUrgency: totals?.medicalUrgency ?? 0, child: totals?.child ?? 0, vulnerable: totals?.vulnerable ?? 0 },
    centres,
    placesLeft: sumFigures(centres).free,
    groups: totals?.groups ?? 0,
    overCapacity: totals?.overCapacity ?? 0,
  };
}

