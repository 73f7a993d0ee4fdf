/** Who lives where: a centre's residents and one person's placement history (both audited). */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { users } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { visiblePersonSummaries } from '../people/service';
import { presentAbsence, presentPlacement, presentService } from './placements';
import * as store from './store';
import { centreCan, centreScope, existingExercise, visibleCentre } from './scope';
import { receptionAbsences, receptionPlacements, receptionServices } from './tables';

/** The condition of a centre's residents list (placements of the dataset in a status): the list's and its export's. */
export function residentConditions(siteId: string, filter: { status: 'active' | 'ended' | 'all'; exerciseId: string | null }) {
  return and(eq(receptionPlacements.siteId, siteId), store.inDataset(receptionPlacements.exerciseId, filter.exerciseId), filter.status === 'all' ? undefined : eq(receptionPlacements.status, filter.status));
}

/** Placements with an absence still open, of these placements. */
export async function placementsAbsent(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  const open = ids.length > 0 ? await db.select({ placementId: receptionAbsences.placementId }).from(receptionAbsences).where(and(inArray(receptionAbsences.placementId, [...ids]), isNull(receptionAbsences.toAt))) : [];
  return new Set(open.map((a) => a.placementId));
}

/** A centre's residents (active by default), with person, bed, absence and over-capacity reason. */
export async function listResidents(ctx: Ctx, siteId: string, filter: { status: 'active' | 'ended' | 'all'; exerciseId?: string | null }) {
  requirePermission(ctx, 'reception.read');
  await visibleCentre(ctx, siteId);
  const exerciseId = filter.exerciseId ?? null;
  if (exerciseId) {
    await existingExercise(ctx.db, exerciseId);
  }
  const rows = await ctx.db
    .select()
    .from(receptionPlacements)
    .where(residentConditions(siteId, { status: filter.status, exerciseId }))
    .orderBy(desc(receptionPlacements.checkedInAt))
    .limit(2000);
  const absent = await placementsAbsent(ctx.db, rows.map((r) => r.id));
  const people = await visiblePersonSummaries(ctx, rows.map((r) => r.personId));
  const beds = await store.selectBedsByIds(ctx.db, rows.flatMap((r) => (r.bedId ? [r.bedId] : [])));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'reception.residents.read', entityType: 'site', entityId: siteId, fields: ['residents'], detail: { count: rows.length, status: filter.status, exerciseId } }));
  return {
    residents: rows.map((r) => ({
      placementId: r.id,
      person: people.get(r.personId) ?? null,
      bed: r.bedId ? (beds.get(r.bedId) ?? null) : null,
      checkedInAt: r.checkedInAt,
      checkedOutAt: r.checkedOutAt,
      checkoutReason: r.checkoutReason,
      absent: absent.has(r.id),
      overCapacityReason: r.overCapacityReason,
    })),
    can: centreCan(ctx),
  };
}

/** One person's placements at the centres the caller may see, with absences and services (audited). */
export async function personPlacements(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'reception.read');
  const person = (await visiblePersonSummaries(ctx, [personId])).get(personId);
  if (!person) {
    throw notFound('Person');
  }
  const centres = new Map((await store.selectCentres(ctx.db, centreScope(ctx))).map((c) => [c.id, c]));
  const placements = (await ctx.db.select().from(receptionPlacements).where(eq(receptionPlacements.personId, personId)).orderBy(asc(receptionPlacements.checkedInAt))).filter((p) => centres.has(p.siteId));
  const ids = placements.map((p) => p.id);
  const absences = ids.length > 0 ? await ctx.db.select().from(receptionAbsences).where(inArray(receptionAbsences.placementId, ids)).orderBy(asc(receptionAbsences.fromAt)) : [];
  const services =
    ids.length > 0
      ? await ctx.db
          .select({ service: receptionServices, byName: users.displayName })
          .from(receptionServices)
          .leftJoin(users, eq(users.id, receptionServices.givenBy))
          .where(inArray(receptionServices.placementId, ids))
          .orderBy(asc(receptionServices.givenAt))
      : [];
  const beds = await store.selectBedsByIds(ctx.db, placements.flatMap((p) => (p.bedId ? [p.bedId] : [])));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'reception.person.placements.read', entityType: 'person', entityId: personId, fields: ['placements', 'absences', 'services'] }));
  return {
    person,
    placements: placements.map((p) => ({
      ...presentPlacement(p),
      centre: { id: p.siteId, name: centres.get(p.siteId)!.name },
      bed: p.bedId ? (beds.get(p.bedId) ?? null) : null,
      absences: absences.filter((a) => a.placementId === p.id).map(presentAbsence),
      services: services.filter((s) => s.service.placementId === p.id).map((s) => ({ ...presentService(s.service), givenBy: s.service.givenBy ? { id: s.service.givenBy, name: s.byName ?? '' } : null })),
    })),
    can: centreCan(ctx),
  };
}
