/**
 * Exercises: a simulated influx generated into the exercise's own dataset and run through the same
 * pre-registration service, then a report of throughput and waiting times (decision 0007).
 */
import { performance } from 'node:perf_hooks';
import { and, asc, desc, eq, isNull, lte } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { sites } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, notFound } from '../../platform/errors';
import { quantile } from './capacity';
import { generateArrivals, simulateDesks } from './exercise-generator';
import { visiblePlan } from './plans';
import { preregisterGroup } from './preregistration';
import { actingUserId } from './scope';
import { influxExerciseArrivals, influxExercises, influxRegistrations, type ExerciseParameters } from './tables';

type ExerciseRow = typeof influxExercises.$inferSelect;

export interface ExerciseInput extends Omit<ExerciseParameters, 'seed'> {
  planId: string;
  name: string;
  seed?: number;
  mode: 'auto' | 'manual';
}

async function presentExercise(ctx: Ctx, row: ExerciseRow) {
  const arrivals = await ctx.db.select({ registrationId: influxExerciseArrivals.registrationId }).from(influxExerciseArrivals).where(eq(influxExerciseArrivals.exerciseId, row.id));
  return { id: row.id, planId: row.planId, name: row.name, status: row.status, mode: row.mode, parameters: row.parameters, startedAt: row.startedAt, finishedAt: row.finishedAt, people: arrivals.length, registered: arrivals.filter((a) => a.registrationId).length };
}

async function visibleExercise(ctx: Ctx, id: string): Promise<ExerciseRow> {
  const [row] = await ctx.db.select().from(influxExercises).where(eq(influxExercises.id, id));
  if (!row) {
    throw notFound('Exercise');
  }
  await visiblePlan(ctx, row.planId).catch(() => {
    throw notFound('Exercise');
  });
  return row;
}

/** Exercises of the plans the caller may see (optionally one plan's). */
export async function listExercises(ctx: Ctx, planId?: string) {
  requirePermission(ctx, 'reception.read');
  if (planId) {
    await visiblePlan(ctx, planId);
  }
  const rows = await ctx.db.select().from(influxExercises).where(planId ? eq(influxExercises.planId, planId) : undefined).orderBy(desc(influxExercises.startedAt));
  const visible: ExerciseRow[] = [];
  for (const row of rows) {
    if (await visiblePlan(ctx, row.planId).then(() => true, () => false)) {
      visible.push(row);
    }
  }
  return { exercises: await Promise.all(visible.map((row) => presentExercise(ctx, row))) };
}

/** Starts an exercise: generates its arrivals; in `auto` mode runs them all through pre-registration at once. */
export async function startExercise(ctx: Ctx, input: ExerciseInput) {
  requirePermission(ctx, 'influx.activate');
  await visiblePlan(ctx, input.planId);
  const parameters: ExerciseParameters = {
    people: input.people,
    minutes: input.minutes,
    familyShare: input.familyShare,
    minorShare: input.minorShare,
    vulnerableShare: input.vulnerableShare,
    seed: input.seed ?? Math.floor(Math.random() * 2 ** 31),
    clerks: input.clerks,
    secondsPerPerson: input.secondsPerPerson,
  };
  const startedAt = ctx.now();
  const arrivals = generateArrivals(parameters, startedAt);
  const exercise = await inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(influxExercises).values({ planId: input.planId, name: input.name, mode: input.mode, parameters, startedAt, createdBy: actingUserId(ctx) }).returning();
    for (let i = 0; i < arrivals.length; i += 500) {
      await tx.insert(influxExerciseArrivals).values(arrivals.slice(i, i + 500).map((a) => ({ ...a, exerciseId: row!.id })));
    }
    await recordAudit(tx, ctx, { action: 'influx.exercise.start', entityType: 'influx-exercise', entityId: row!.id, detail: { people: arrivals.length, mode: input.mode } });
    return row!;
  });
  if (input.mode === 'manual') {
    return presentExercise(ctx, exercise);
  }
  const stored = await ctx.db.select().from(influxExerciseArrivals).where(eq(influxExerciseArrivals.exerciseId, exercise.id)).orderBy(asc(influxExerciseArrivals.seq));
  const started = performance.now();
  for (const slot of simulateDesks(stored, parameters)) {
    const simulated: Ctx = { ...ctx, now: () => slot.doneAt };
    await preregisterGroup(simulated, input.planId, {
      exerciseId: exercise.id,
      arrivedAt: slot.arrivesAt.toISOString(),
      members: slot.members.map((a) => ({ name: a.name, sex: a.sex as 'M' | 'F', approximateAge: a.approximateAge, nationality: a.nationality, triage: { medicalUrgency: a.medicalUrgency, child: a.child, vulnerable: a.vulnerable }, arrivalId: a.id })),
    });
  }
  const processingMs = Math.round(performance.now() - started);
  const [finished] = await ctx.db.update(influxExercises).set({ status: 'finished', finishedAt: ctx.now(), processingMs }).where(eq(influxExercises.id, exercise.id)).returning();
  return presentExercise(ctx, finished!);
}

/** Arrivals of a manual exercise who have arrived and are not yet pre-registered, oldest first. */
export async function waitingArrivals(ctx: Ctx, id: string, limit: number) {
  requirePermission(ctx, 'influx.preregister');
  const exercise = await visibleExercise(ctx, id);
  const rows = await ctx.db
    .select()
    .from(influxExerciseArrivals)
    .where(and(eq(influxExerciseArrivals.exerciseId, exercise.id), isNull(influxExerciseArrivals.registrationId), lte(influxExerciseArrivals.arrivesAt, ctx.now())))
    .orderBy(asc(influxExerciseArrivals.seq))
    .limit(limit);
  return {
    arrivals: rows.map((a) => ({ id: a.id, arrivesAt: a.arrivesAt, groupKey: a.groupKey, name: a.name, sex: a.sex, approximateAge: a.approximateAge, nationality: a.nationality, triage: { medicalUrgency: a.medicalUrgency, child: a.child, vulnerable: a.vulnerable } })),
  };
}

/** Ends a running exercise. */
export async function finishExercise(ctx: Ctx, id: string) {
  requirePermission(ctx, 'influx.activate');
  const exercise = await visibleExercise(ctx, id);
  if (exercise.status !== 'running') {
    throw conflict('The exercise has already finished');
  }
  const [row] = await inTransaction(ctx, async (tx) => {
    await recordAudit(tx, ctx, { action: 'influx.exercise.finish', entityType: 'influx-exercise', entityId: id });
    return tx.update(influxExercises).set({ status: 'finished', finishedAt: ctx.now() }).where(eq(influxExercises.id, id)).returning();
  });
  return presentExercise(ctx, row!);
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
function waitStats(values: number[]) {
  const p50 = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  return { p50: p50 === null ? null : seconds(p50), p95: p95 === null ? null : seconds(p95), max: values.length > 0 ? seconds(Math.max(...values)) : null };
}

/** Throughput and waiting times of an exercise, from its registrations. */
export async function exerciseReport(ctx: Ctx, id: string) {
  requirePermission(ctx, 'reception.read');
  const exercise = await visibleExercise(ctx, id);
  const rows = await ctx.db
    .select({ registration: influxRegistrations, centre: sites.name })
    .from(influxRegistrations)
    .leftJoin(sites, eq(sites.id, influxRegistrations.allocatedSiteId))
    .where(eq(influxRegistrations.exerciseId, id));
  const regs = rows.map((r) => r.registration);
  const first = regs.length > 0 ? Math.min(...regs.map((r) => r.arrivedAt.getTime())) : 0;
  const last = regs.length > 0 ? Math.max(...regs.map((r) => (r.allocatedAt ?? r.preregisteredAt).getTime())) : 0;
  const elapsedMinutes = regs.length > 0 ? Math.round((last - first) / 600) / 100 : 0;
  const perCentre = new Map<string, { id: string; name: string; allocated: number }>();
  for (const r of rows) {
    const siteId = r.registration.allocatedSiteId;
    if (siteId) {
      const entry = perCentre.get(siteId) ?? { id: siteId, name: r.centre ?? '', allocated: 0 };
      entry.allocated += 1;
      perCentre.set(siteId, entry);
    }
  }
  return {
    exercise: await presentExercise(ctx, exercise),
    people: regs.length,
    groups: new Set(regs.map((r) => r.groupId)).size,
    elapsedMinutes,
    throughputPerHour: elapsedMinutes > 0 ? Math.round((regs.length / elapsedMinutes) * 60 * 10) / 10 : null,
    processing: exercise.processingMs === null ? null : { ms: exercise.processingMs, perSecond: exercise.processingMs > 0 ? Math.round((regs.length / exercise.processingMs) * 10_000) / 10 : null },
    waits: {
      arrivalToPreregistered: waitStats(regs.map((r) => r.preregisteredAt.getTime() - r.arrivedAt.getTime())),
      preregisteredToAllocated: waitStats(regs.flatMap((r) => (r.allocatedAt ? [r.allocatedAt.getTime() - r.preregisteredAt.getTime()] : []))),
      arrivalToAllocated: waitStats(regs.flatMap((r) => (r.allocatedAt ? [r.allocatedAt.getTime() - r.arrivedAt.getTime()] : []))),
    },
    triage: { medicalUrgency: regs.filter((r) => r.medicalUrgency).length, child: regs.filter((r) => r.child).length, vulnerable: regs.filter((r) => r.vulnerable).length },
    centres: [...perCentre.values()],
    overCapacity: regs.filter((r) => r.overCapacity).length,
  };
}
