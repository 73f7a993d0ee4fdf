/** Placements: reservations, check-in, check-out, absences, transfers between centres, services given. */
import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, invalid, notFound } from '../../platform/errors';
import { lockVisiblePerson } from '../people/service';
import { presentReservation } from './centres';
import * as store from './store';
import { actingUserId, centreScope, visibleCentre } from './scope';
import { countsNow, requireFreeBed, requireReasonAboveCapacity, warningAfter } from './taking';
import { receptionAbsences, receptionPlacements, receptionReservations, receptionServices } from './tables';

export type PlacementRow = typeof receptionPlacements.$inferSelect;

/** A placement as the API shows it. */
export const presentPlacement = (p: PlacementRow) => ({
  id: p.id,
  personId: p.personId,
  siteId: p.siteId,
  bedId: p.bedId,
  status: p.status,
  checkedInAt: p.checkedInAt,
  checkedOutAt: p.checkedOutAt,
  checkoutReason: p.checkoutReason,
  note: p.note,
  overCapacityReason: p.overCapacityReason,
  transferredFromId: p.transferredFromId,
  transferredToId: p.transferredToId,
  exerciseId: p.exerciseId,
});

export interface ReservationInput {
  places: number;
  bedId?: string | null;
  personId?: string | null;
  note?: string | null;
  until: string;
  overCapacityReason?: string | null;
}

/** Reserves places at a centre (optionally one bed, optionally for a person). */
export async function createReservation(ctx: Ctx, siteId: string, input: ReservationInput) {
  requirePermission(ctx, 'reception.manage');
  const centre = await visibleCentre(ctx, siteId);
  if (new Date(input.until) <= ctx.now()) {
    throw invalid('A reservation must last into the future', [{ field: 'until', message: 'In the past' }]);
  }
  if (input.bedId && input.places !== 1) {
    throw invalid('A reservation of one bed holds one place', [{ field: 'places', message: 'Must be 1 with a bed' }]);
  }
  return inTransaction(ctx, async (tx) => {
    if (input.personId) {
      await lockVisiblePerson(tx, ctx, input.personId);
    }
    await store.lockCentres(tx, [siteId]);
    requireReasonAboveCapacity(await countsNow(tx, ctx, siteId, null), input.places, centre.name, input.overCapacityReason);
    if (input.bedId) {
      await requireFreeBed(tx, ctx, input.bedId, siteId, null);
    }
    const [row] = await tx
      .insert(receptionReservations)
      .values({ siteId, bedId: input.bedId ?? null, places: input.places, personId: input.personId ?? null, note: input.note ?? null, until: new Date(input.until), overCapacityReason: input.overCapacityReason?.trim() || null, createdBy: actingUserId(ctx) })
      .returning();
    await recordAudit(tx, ctx, { action: 'reception.reservation.create', entityType: 'reception-reservation', entityId: row!.id, fields: input.personId ? ['personId'] : [], detail: { siteId, places: input.places } });
    return { reservation: presentReservation(row!), warning: await warningAfter(tx, ctx, siteId, centre.name, null) };
  });
}

/** Cancels an active reservation. */
export async function cancelReservation(ctx: Ctx, reservationId: string) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const reservation = await visibleReservation(tx, ctx, reservationId);
    if (reservation.status !== 'active') {
      throw conflict(`The reservation is already ${reservation.status}`);
    }
    const [row] = await tx.update(receptionReservations).set({ status: 'cancelled', endedAt: ctx.now() }).where(eq(receptionReservations.id, reservationId)).returning();
    await recordAudit(tx, ctx, { action: 'reception.reservation.cancel', entityType: 'reception-reservation', entityId: reservationId });
    return presentReservation(row!);
  });
}

async function visibleReservation(tx: Tx, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(receptionReservations).where(eq(receptionReservations.id, id));
  if (!row || !(await store.selectCentre(tx, row.siteId, centreScope(ctx)))) {
    throw notFound('Reservation');
  }
  return row;
}

export interface CheckInInput {
  personId: string;
  siteId: string;
  bedId?: string | null;
  reservationId?: string | null;
  overCapacityReason?: string | null;
  note?: string | null;
}

/**
 * Places a person at a centre inside the caller's transaction, with the centre locked: a reservation
 * named is used (its places move from reserved to occupied); otherwise taking the place above capacity
 * needs a reason. The bed, if any, must be free in the dataset.
 */
export async function placeInTransaction(tx: Tx, ctx: Ctx, input: CheckInInput & { exerciseId: string | null; transferredFromId?: string | null }) {
  const centre = await visibleCentre(ctx, input.siteId, tx);
  await store.lockCentres(tx, [input.siteId]);
  let bedId = input.bedId ?? null;
  if (input.reservationId) {
    const reservation = await visibleReservation(tx, ctx, input.reservationId);
    if (reservation.siteId !== input.siteId || reservation.status !== 'active' || (reservation.exerciseId ?? null) !== input.exerciseId) {
      throw conflict('The reservation is not an active reservation at this centre');
    }
    if (reservation.personId && reservation.personId !== input.personId) {
      throw invalid('The reservation is for someone else', [{ field: 'reservationId', message: 'Reserved for another person' }]);
    }
    bedId ??= reservation.bedId;
    await tx.update(receptionReservations).set({ status: 'used', endedAt: ctx.now() }).where(eq(receptionReservations.id, reservation.id));
  } else {
    requireReasonAboveCapacity(await countsNow(tx, ctx, input.siteId, input.exerciseId), 1, centre.name, input.overCapacityReason);
  }
  if (bedId) {
    await requireFreeBed(tx, ctx, bedId, input.siteId, input.exerciseId, input.reservationId ?? null);
  }
  const [current] = await tx.select({ siteId: receptionPlacements.siteId }).from(receptionPlacements).where(and(eq(receptionPlacements.personId, input.personId), eq(receptionPlacements.status, 'active')));
  if (current) {
    throw conflict('The person is already placed at a centre: check them out or transfer them');
  }
  const [row] = await tx
    .insert(receptionPlacements)
    .values({
      personId: input.personId,
      siteId: input.siteId,
      bedId,
      checkedInAt: ctx.now(),
      note: input.note ?? null,
      overCapacityReason: input.overCapacityReason?.trim() || null,
      reservationId: input.reservationId ?? null,
      transferredFromId: input.transferredFromId ?? null,
      exerciseId: input.exerciseId,
      createdBy: actingUserId(ctx),
    })
    .returning();
  await recordAudit(tx, ctx, { action: 'reception.check-in', entityType: 'person', entityId: input.personId, fields: ['placement'], detail: { placementId: row!.id, siteId: input.siteId, exerciseId: input.exerciseId } });
  return { placement: row!, warning: await warningAfter(tx, ctx, input.siteId, centre.name, input.exerciseId) };
}

/** Checks a person in at a centre (to a bed, or only to the centre). */
export async function checkIn(ctx: Ctx, input: CheckInInput) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const person = await lockVisiblePerson(tx, ctx, input.personId);
    const { placement, warning } = await placeInTransaction(tx, ctx, { ...input, exerciseId: await exerciseOfPerson(tx, person, input.reservationId ?? null) });
    return { placement: presentPlacement(placement), warning };
  });
}

/** The dataset of a check-in: an exercise person's reservation names its exercise; a real person is real. */
async function exerciseOfPerson(tx: Tx, person: { exercise: boolean }, reservationId: string | null): Promise<string | null> {
  if (!person.exercise) {
    return null;
  }
  const [reservation] = reservationId ? await tx.select({ exerciseId: receptionReservations.exerciseId }).from(receptionReservations).where(eq(receptionReservations.id, reservationId)) : [];
  if (!reservation?.exerciseId) {
    throw invalid('An exercise person is checked in with their exercise reservation', [{ field: 'reservationId', message: 'Required for exercise persons' }]);
  }
  return reservation.exerciseId;
}

/** An active or ended placement the caller may see (its centre in scope), locked for change. */
export async function visiblePlacement(tx: Tx, ctx: Ctx, id: string): Promise<PlacementRow> {
  const [row] = await tx.select().from(receptionPlacements).where(eq(receptionPlacements.id, id)).for('update');
  if (!row || !(await store.selectCentre(tx, row.siteId, centreScope(ctx)))) {
    throw notFound('Placement');
  }
  return row;
}

async function endPlacement(tx: Tx, ctx: Ctx, placement: PlacementRow, at: Date, reason: string, note?: string | null) {
  if (placement.status !== 'active') {
    throw conflict('The resident has already checked out');
  }
  if (at < placement.checkedInAt) {
    throw invalid('Check-out cannot be before check-in', [{ field: 'at', message: 'Before the check-in' }]);
  }
  await tx.update(receptionAbsences).set({ toAt: at }).where(and(eq(receptionAbsences.placementId, placement.id), isNull(receptionAbsences.toAt)));
  const [row] = await tx
    .update(receptionPlacements)
    .set({ status: 'ended', checkedOutAt: at, checkoutReason: reason, note: note ?? placement.note })
    .where(eq(receptionPlacements.id, placement.id))
    .returning();
  return row!;
}

/** Checks a resident out (the place is free again at once). */
export async function checkOut(ctx: Ctx, placementId: string, input: { reason: string; note?: string | null; at?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const placement = await visiblePlacement(tx, ctx, placementId);
    const at = input.at ? new Date(input.at) : ctx.now();
    if (at > ctx.now()) {
      throw invalid('Check-out cannot be in the future', [{ field: 'at', message: 'In the future' }]);
    }
    const row = await endPlacement(tx, ctx, placement, at, input.reason, input.note);
    await recordAudit(tx, ctx, { action: 'reception.check-out', entityType: 'person', entityId: placement.personId, fields: ['placement'], detail: { placementId, reason: input.reason } });
    return presentPlacement(row);
  });
}

/** Transfers a resident to another centre: ends this placement and opens one there, linked both ways. */
export async function transfer(ctx: Ctx, placementId: string, input: { toSiteId: string; bedId?: string | null; reason: string; overCapacityReason?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const placement = await visiblePlacement(tx, ctx, placementId);
    if (placement.siteId === input.toSiteId) {
      throw invalid('A transfer goes to another centre; to change beds, check out and in again', [{ field: 'toSiteId', message: 'Same centre' }]);
    }
    await store.lockCentres(tx, [placement.siteId, input.toSiteId]);
    const ended = await endPlacement(tx, ctx, placement, ctx.now(), 'transfer', input.reason);
    const { placement: opened, warning } = await placeInTransaction(tx, ctx, {
      personId: placement.personId,
      siteId: input.toSiteId,
      bedId: input.bedId ?? null,
      overCapacityReason: input.overCapacityReason ?? null,
      note: input.reason,
      exerciseId: placement.exerciseId,
      transferredFromId: placement.id,
    });
    const [from] = await tx.update(receptionPlacements).set({ transferredToId: opened.id }).where(eq(receptionPlacements.id, ended.id)).returning();
    await recordAudit(tx, ctx, { action: 'reception.transfer', entityType: 'person', entityId: placement.personId, fields: ['placement'], detail: { from: placement.siteId, to: input.toSiteId } });
    return { from: presentPlacement(from!), to: presentPlacement(opened), warning };
  });
}

/** Records the start of an absence (the resident keeps the place). */
export async function startAbsence(ctx: Ctx, placementId: string, input: { from?: string | null; reason: string }) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const placement = await visiblePlacement(tx, ctx, placementId);
    if (placement.status !== 'active') {
      throw conflict('The resident has checked out');
    }
    const open = await tx.select({ id: receptionAbsences.id }).from(receptionAbsences).where(and(eq(receptionAbsences.placementId, placementId), isNull(receptionAbsences.toAt)));
    if (open.length > 0) {
      throw conflict('An absence is already open: end it first');
    }
    const from = input.from ? new Date(input.from) : ctx.now();
    if (from < placement.checkedInAt) {
      throw invalid('An absence cannot start before the check-in', [{ field: 'from', message: 'Before the check-in' }]);
    }
    const [row] = await tx.insert(receptionAbsences).values({ placementId, fromAt: from, reason: input.reason, createdBy: actingUserId(ctx) }).returning();
    await recordAudit(tx, ctx, { action: 'reception.absence.start', entityType: 'person', entityId: placement.personId, fields: ['absence'], detail: { placementId } });
    return presentAbsence(row!);
  });
}

/** An absence as the API shows it. */
export const presentAbsence = (a: typeof receptionAbsences.$inferSelect) => ({ id: a.id, placementId: a.placementId, from: a.fromAt, to: a.toAt, reason: a.reason });

/** Records the end of an absence. */
export async function endAbsence(ctx: Ctx, absenceId: string, input: { at?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const [absence] = await tx.select().from(receptionAbsences).where(eq(receptionAbsences.id, absenceId));
    if (!absence) {
      throw notFound('Absence');
    }
    const placement = await visiblePlacement(tx, ctx, absence.placementId);
    if (absence.toAt) {
      throw conflict('The absence has already ended');
    }
    const at = input.at ? new Date(input.at) : ctx.now();
    if (at < absence.fromAt) {
      throw invalid('An absence cannot end before it starts', [{ field: 'at', message: 'Before the start' }]);
    }
    const [row] = await tx.update(receptionAbsences).set({ toAt: at }).where(eq(receptionAbsences.id, absenceId)).returning();
    await recordAudit(tx, ctx, { action: 'reception.absence.end', entityType: 'person', entityId: placement.personId, fields: ['absence'] });
    return presentAbsence(row!);
  });
}

export const SERVICE_KINDS = ['counselling', 'medical', 'legal', 'recreation', 'physical-therapy'] as const;

/** Logs a service given to a resident (who recorded it, when it was given). */
export async function recordService(ctx: Ctx, placementId: string, input: { kind: (typeof SERVICE_KINDS)[number]; note?: string | null; givenAt?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx) => {
    const placement = await visiblePlacement(tx, ctx, placementId);
    const givenAt = input.givenAt ? new Date(input.givenAt) : ctx.now();
    if (givenAt > ctx.now() || givenAt < placement.checkedInAt || (placement.checkedOutAt && givenAt > placement.checkedOutAt)) {
      throw invalid('A service is given during the stay and not in the future', [{ field: 'givenAt', message: 'Outside the stay' }]);
    }
    const [row] = await tx
      .insert(receptionServices)
      .values({ placementId, personId: placement.personId, siteId: placement.siteId, kind: input.kind, note: input.note ?? null, givenAt, givenBy: actingUserId(ctx), exerciseId: placement.exerciseId })
      .returning();
    await recordAudit(tx, ctx, { action: 'reception.service.record', entityType: 'person', entityId: placement.personId, fields: ['service'], detail: { kind: input.kind } });
    const [by] = row!.givenBy ? await tx.select({ name: users.displayName }).from(users).where(eq(users.id, row!.givenBy)) : [];
    return { ...presentService(row!), givenBy: row!.givenBy ? { id: row!.givenBy, name: by?.name ?? '' } : null };
  });
}

/** A service as the API shows it (without who gave it). */
export const presentService = (s: typeof receptionServices.$inferSelect) => ({ id: s.id, placementId: s.placementId, personId: s.personId, siteId: s.siteId, kind: s.kind, note: s.note, givenAt: s.givenAt });
