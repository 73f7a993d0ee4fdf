/**
 * Mass-influx pre-registration: each member of a group becomes a person through the people service,
 * gets a wristband number, and the whole group is allocated to one centre of the plan in the same
 * transaction (centres locked, beds reserved).
 */
import { performance } from 'node:perf_hooks';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { forbidden, invalid, ruleViolated } from '../../platform/errors';
import { queryRows } from '../../platform/db/query';
import { registerPerson } from '../people/service';
import type { Sex } from '../people/reference';
import { chooseCentre, figuresOf, splitNameAsGiven, wristbandNumber } from './capacity';
import { visiblePlan, type PlanRow } from './plans';
import { presentRegistrationRows } from './registrations';
import * as store from './store';
import { actingUserId, todayOf } from './scope';
import { influxExerciseArrivals, influxExercises, influxGroups, influxRegistrations, receptionReservations } from './tables';

export interface MemberInput {
  name: string;
  sex: Sex;
  approximateAge: number;
  nationality?: string | null;
  triage: { medicalUrgency: boolean; child: boolean; vulnerable: boolean };
  arrivalId?: string | null;
}

export interface PreregistrationInput {
  groupId?: string | null;
  exerciseId?: string | null;
  arrivedAt?: string | null;
  members: MemberInput[];
}

/** How long an influx reservation holds its place for the journey to the centre. */
const RESERVATION_DAYS = 7;

/** Refuses a caller who cannot create person records (pre-registration creates them). */
export function requirePreregistration(ctx: Ctx): void {
  requirePermission(ctx, 'influx.preregister');
  if (!can(ctx, 'people.write')) {
    throw forbidden('Pre-registration creates person records: it needs people.write as well as influx.preregister');
  }
}

async function datasetOf(tx: Tx, plan: PlanRow, exerciseId: string | null | undefined): Promise<string | null> {
  if (!exerciseId) {
    if (plan.status !== 'active') {
      throw ruleViolated('The contingency plan is not active: an administrator activates it first', [{ field: 'planId', message: 'Plan not active' }]);
    }
    return null;
  }
  const [exercise] = await tx.select().from(influxExercises).where(eq(influxExercises.id, exerciseId));
  if (!exercise || exercise.planId !== plan.id || exercise.status !== 'running') {
    throw invalid('The exercise is not running for this plan', [{ field: 'exerciseId', message: 'No running exercise of this plan' }]);
  }
  return exercise.id;
}

/** In an exercise, people picked from the simulated queue arrived when the simulation says. */
async function simulatedArrival(tx: Tx, exerciseId: string | null, members: readonly MemberInput[]): Promise<Date | null> {
  const ids = members.flatMap((m) => (m.arrivalId ? [m.arrivalId] : []));
  if (!exerciseId || ids.length === 0) {
    return null;
  }
  const rows = await tx.select({ at: influxExerciseArrivals.arrivesAt }).from(influxExerciseArrivals).where(and(eq(influxExerciseArrivals.exerciseId, exerciseId), inArray(influxExerciseArrivals.id, ids)));
  return rows.length > 0 ? new Date(Math.min(...rows.map((r) => r.at.getTime()))) : null;
}

/** Pre-registers a group (family or people travelling together) and allocates it to one centre of the plan. */
export async function preregisterGroup(ctx: Ctx, planId: string, input: PreregistrationInput) {
  requirePreregistration(ctx);
  const base = ctx.now().getTime();
  const started = performance.now();
  const at = () => new Date(base + (performance.now() - started));
  const done = await inTransaction(ctx, async (tx, txCtx) => {
    const plan = await visiblePlan(ctx, planId, tx);
    const exerciseId = await datasetOf(tx, plan, input.exerciseId);
    const arrivedAt = input.arrivedAt ? new Date(input.arrivedAt) : ((await simulatedArrival(tx, exerciseId, input.members)) ?? ctx.now());
    if (arrivedAt.getTime() > base + 60_000) {
      throw invalid('Arrival cannot be in the future', [{ field: 'arrivedAt', message: 'In the future' }]);
    }
    let group: typeof influxGroups.$inferSelect | undefined;
    if (input.groupId) {
      [group] = await tx.select().from(influxGroups).where(and(eq(influxGroups.id, input.groupId), eq(influxGroups.planId, planId), store.inDataset(influxGroups.exerciseId, exerciseId)));
      if (!group) {
        throw invalid('The group is not one of this plan', [{ field: 'groupId', message: 'Unknown group' }]);
      }
    }
    const year = new Date(base).getUTCFullYear();
    const persons: { id: string }[] = [];
    for (const member of input.members) {
      const names = splitNameAsGiven(member.name);
      persons.push(
        await registerPerson(
          txCtx,
          { ...names, sex: member.sex, dateOfBirth: String(year - member.approximateAge), dateOfBirthEstimated: true, nationalities: member.nationality ? [member.nationality] : [] },
          { candidatesShown: 0, confirmedNew: false, exercise: exerciseId !== null },
        ),
      );
    }
    const numbers = await queryRows<{ value: string }>(tx, sql`select nextval('influx_wristband_seq')::text as value from generate_series(1, ${input.members.length}) order by 1`);
    const people = input.members.map((member, i) => ({ id: persons[i]!.id, wristband: wristbandNumber(Number(numbers[i]!.value), exerciseId !== null), member }));
    const preregisteredAt = at();

    // Allocation: the whole group to one centre, chosen with the plan's centres locked.
    const centreIds = group ? [group.siteId] : plan.centreIds;
    const centreNames = await store.lockCentres(tx, centreIds);
    const counts = await store.selectCounts(tx, centreIds, todayOf(ctx), ctx.now(), exerciseId);
    const choice = chooseCentre(
      centreIds.map((siteId) => ({ siteId, ...counts.get(siteId)! })),
      people.length,
    );
    if (!choice) {
      throw ruleViolated('The plan names no centre to allocate to', [{ field: 'planId', message: 'No centres' }]);
    }
    const siteId = choice.siteId;
    if (!group) {
      [group] = await tx.insert(influxGroups).values({ planId, label: people[0]!.wristband, siteId, exerciseId }).returning();
    }
    const beds = await store.selectFreeBeds(tx, siteId, todayOf(ctx), ctx.now(), exerciseId, people.length);
    const reason = choice.overCapacity ? `mass influx: no centre of the plan had ${people.length} free place${people.length === 1 ? '' : 's'}` : null;
    const until = new Date(base + RESERVATION_DAYS * 86_400_000);
    const reservations = await tx
      .insert(receptionReservations)
      .values(people.map((p, i) => ({ siteId, bedId: beds[i]?.id ?? null, places: 1, personId: p.id, note: `Mass influx ${p.wristband}`, until, overCapacityReason: reason, exerciseId, createdBy: actingUserId(ctx) })))
      .returning({ id: receptionReservations.id, personId: receptionReservations.personId, bedId: receptionReservations.bedId });
    const reservationOf = new Map(reservations.map((r) => [r.personId!, r.id]));
    const allocatedAt = at();
    const rows = await tx
      .insert(influxRegistrations)
      .values(
        people.map((p) => ({
          planId,
          groupId: group!.id,
          personId: p.id,
          wristband: p.wristband,
          nameAsGiven: p.member.name,
          sex: p.member.sex,
          approximateAge: p.member.approximateAge,
          nationality: p.member.nationality ?? null,
          medicalUrgency: p.member.triage.medicalUrgency,
          child: p.member.triage.child,
          vulnerable: p.member.triage.vulnerable,
          arrivedAt,
          preregisteredAt,
          allocatedAt,
          allocatedSiteId: siteId,
          reservationId: reservationOf.get(p.id) ?? null,
          overCapacity: choice.overCapacity,
          exerciseId,
          registeredBy: actingUserId(ctx),
        })),
      )
      .returning();
    for (const [i, row] of rows.entries()) {
      const arrivalId = people[i]!.member.arrivalId;
      if (arrivalId && exerciseId) {
        await tx.update(influxExerciseArrivals).set({ registrationId: row.id }).where(and(eq(influxExerciseArrivals.id, arrivalId), eq(influxExerciseArrivals.exerciseId, exerciseId)));
      }
      await recordAudit(tx, ctx, { action: 'influx.preregister', entityType: 'person', entityId: row.personId, fields: ['nameAsGiven', 'sex', 'approximateAge', 'nationality', 'triage'], detail: { registrationId: row.id, siteId, exerciseId } });
    }
    const bedLabels = new Map(beds.map((b) => [b.id, b.label]));
    const bedOf = new Map(reservations.flatMap((r) => (r.bedId ? [[r.id, { id: r.bedId, label: bedLabels.get(r.bedId) ?? '' }] as const] : [])));
    const size = input.groupId ? Number((await queryRows<{ n: string }>(tx, sql`select count(*)::text as n from influx_registrations where group_id = ${group!.id}`))[0]!.n) : rows.length;
    return { rows, group: group!, siteId, overCapacity: choice.overCapacity, exerciseId, centreNames, bedOf, size };
  });
  // Presenting happens after the commit, so the centres stay locked only while places are counted and taken.
  const registrations = presentRegistrationRows(done.rows, done.centreNames, done.bedOf);
  const centreName = done.centreNames.get(done.siteId) ?? '';
  const counts = done.overCapacity ? (await store.selectCounts(ctx.db, [done.siteId], todayOf(ctx), ctx.now(), done.exerciseId)).get(done.siteId)! : null;
  const over = counts ? figuresOf(counts).overCapacityBy : 0;
  return {
    group: { id: done.group.id, label: done.group.label, size: done.size, centre: { id: done.siteId, name: centreName } },
    registrations,
    warning: done.overCapacity ? { code: 'over_capacity' as const, message: `No centre of the plan had room for the whole group: allocated to ${centreName} above capacity`, overCapacityBy: over } : null,
  };
}
