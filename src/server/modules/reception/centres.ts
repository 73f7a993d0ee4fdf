/** Centres: the list with figures, one centre's structure and beds, units, rooms, beds and blocks. */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { visiblePersonSummaries } from '../people/service';
import { sumFigures } from './capacity';
import * as store from './store';
import { actingUserId, centreCan, centreScope, existingExercise, todayOf, visibleCentre, withFigures } from './scope';
import { receptionBeds, receptionBlocks, receptionPlacements, receptionReservations, receptionRooms, receptionUnits } from './tables';

/** Centres the caller may see with their figures, and the national sum of those. */
export async function listCentres(ctx: Ctx, exerciseId: string | null = null) {
  requirePermission(ctx, 'reception.read');
  if (exerciseId) {
    await existingExercise(ctx.db, exerciseId);
  }
  const centres = await withFigures(ctx, ctx.db, await store.selectCentres(ctx.db, centreScope(ctx)), exerciseId);
  return { centres, national: sumFigures(centres), can: centreCan(ctx) };
}

/** One centre: figures, units → rooms → beds with each bed's state and occupant, blocks and reservations (audited). */
export async function getCentre(ctx: Ctx, siteId: string, exerciseId: string | null = null) {
  requirePermission(ctx, 'reception.read');
  const centre = await visibleCentre(ctx, siteId);
  if (exerciseId) {
    await existingExercise(ctx.db, exerciseId);
  }
  const [withCounts] = await withFigures(ctx, ctx.db, [centre], exerciseId);
  const day = todayOf(ctx);
  const { units, rooms, beds } = await store.selectStructure(ctx.db, siteId);
  const blocks = await ctx.db.select().from(receptionBlocks).where(and(eq(receptionBlocks.siteId, siteId), store.blockActiveOn(day)));
  const placements = await ctx.db
    .select({ id: receptionPlacements.id, bedId: receptionPlacements.bedId, personId: receptionPlacements.personId })
    .from(receptionPlacements)
    .where(and(eq(receptionPlacements.siteId, siteId), eq(receptionPlacements.status, 'active'), store.inDataset(receptionPlacements.exerciseId, exerciseId)));
  const reservations = await ctx.db
    .select()
    .from(receptionReservations)
    .where(and(eq(receptionReservations.siteId, siteId), eq(receptionReservations.status, 'active'), sql`${receptionReservations.until} > ${ctx.now().toISOString()}::timestamptz`, store.inDataset(receptionReservations.exerciseId, exerciseId)));
  const people = await visiblePersonSummaries(ctx, placements.map((p) => p.personId));
  const blockedBeds = new Set(blocks.flatMap((b) => (b.bedId ? [b.bedId] : b.roomId ? beds.filter((bed) => bed.roomId === b.roomId).map((bed) => bed.id) : [])));
  const byBed = new Map(placements.filter((p) => p.bedId).map((p) => [p.bedId!, p]));
  const reservedBed = new Map(reservations.filter((r) => r.bedId).map((r) => [r.bedId!, r.id]));
  const bedView = (bed: (typeof beds)[number]) => {
    const placement = byBed.get(bed.id);
    const person = placement ? people.get(placement.personId) : undefined;
    const state = placement ? 'occupied' : reservedBed.has(bed.id) ? 'reserved' : blockedBeds.has(bed.id) ? 'blocked' : 'free';
    return {
      id: bed.id,
      label: bed.label,
      active: bed.active,
      state,
      ...(placement ? { placementId: placement.id, person: person ? { id: person.id, name: `${person.givenNames} ${person.surname}`.trim() } : null } : {}),
      ...(reservedBed.has(bed.id) ? { reservationId: reservedBed.get(bed.id) } : {}),
    };
  };
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'reception.centre.read', entityType: 'site', entityId: siteId, fields: ['occupants'], detail: { exerciseId } }));
  return {
    centre: withCounts!,
    units: units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      rooms: rooms.filter((r) => r.unitId === unit.id).map((room) => ({ id: room.id, name: room.name, purpose: room.purpose, beds: beds.filter((b) => b.roomId === room.id).map(bedView) })),
    })),
    blocks: blocks.map(presentBlock),
    reservations: reservations.map(presentReservation),
    can: centreCan(ctx),
  };
}

/** A block as the API shows it. */
export const presentBlock = (b: typeof receptionBlocks.$inferSelect) => ({ id: b.id, siteId: b.siteId, roomId: b.roomId, bedId: b.bedId, places: b.places, reason: b.reason, from: b.fromDay, to: b.toDay, createdAt: b.createdAt });

/** A reservation as the API shows it. */
export const presentReservation = (r: typeof receptionReservations.$inferSelect) => ({
  id: r.id,
  siteId: r.siteId,
  bedId: r.bedId,
  places: r.places,
  personId: r.personId,
  note: r.note,
  status: r.status,
  until: r.until,
  overCapacityReason: r.overCapacityReason,
  exerciseId: r.exerciseId,
  createdAt: r.createdAt,
});

/** Adds a unit (a building, a wing) to a centre. */
export async function addUnit(ctx: Ctx, siteId: string, input: { name: string }) {
  requirePermission(ctx, 'reception.manage');
  await visibleCentre(ctx, siteId);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.insert(receptionUnits).values({ siteId, name: input.name }).returning();
    await recordAudit(tx, ctx, { action: 'reception.unit.create', entityType: 'reception-unit', entityId: row!.id });
    return { id: row!.id, siteId, name: row!.name };
  });
}

function bedLabels(room: string, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${room}-${from + i}`);
}

/** Adds a room with `beds` beds to a unit. */
export async function addRoom(ctx: Ctx, unitId: string, input: { name: string; purpose?: string | null; beds: number }) {
  requirePermission(ctx, 'reception.manage');
  const [unit] = await ctx.db.select().from(receptionUnits).where(eq(receptionUnits.id, unitId));
  if (!unit || !(await store.selectCentre(ctx.db, unit.siteId, centreScope(ctx)))) {
    throw notFound('Unit');
  }
  return inTransaction(ctx, async (tx) => {
    const [room] = await tx.insert(receptionRooms).values({ unitId, siteId: unit.siteId, name: input.name, purpose: input.purpose ?? null }).returning();
    const beds = input.beds > 0 ? await tx.insert(receptionBeds).values(bedLabels(input.name, 1, input.beds).map((label) => ({ roomId: room!.id, siteId: unit.siteId, label }))).returning() : [];
    await recordAudit(tx, ctx, { action: 'reception.room.create', entityType: 'reception-room', entityId: room!.id, detail: { beds: beds.length } });
    return { id: room!.id, unitId, name: room!.name, purpose: room!.purpose, beds: beds.map((b) => ({ id: b.id, label: b.label, active: b.active })) };
  });
}

async function visibleRoom(ctx: Ctx, roomId: string) {
  const [room] = await ctx.db.select().from(receptionRooms).where(eq(receptionRooms.id, roomId));
  if (!room || !(await store.selectCentre(ctx.db, room.siteId, centreScope(ctx)))) {
    throw notFound('Room');
  }
  return room;
}

/** Adds beds to a room, numbered after its existing ones. */
export async function addBeds(ctx: Ctx, roomId: string, count: number) {
  requirePermission(ctx, 'reception.manage');
  const room = await visibleRoom(ctx, roomId);
  return inTransaction(ctx, async (tx) => {
    const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(receptionBeds).where(eq(receptionBeds.roomId, roomId));
    const beds = await tx.insert(receptionBeds).values(bedLabels(room.name, Number(existing!.n) + 1, count).map((label) => ({ roomId, siteId: room.siteId, label }))).returning();
    await recordAudit(tx, ctx, { action: 'reception.beds.add', entityType: 'reception-room', entityId: roomId, detail: { beds: count } });
    return { beds: beds.map((b) => ({ id: b.id, label: b.label, active: b.active })) };
  });
}

/** Renames a bed or takes it out of (or back into) use; a bed someone holds cannot be taken out. */
export async function updateBed(ctx: Ctx, bedId: string, patch: { label?: string; active?: boolean }) {
  requirePermission(ctx, 'reception.manage');
  const bed = await store.selectBed(ctx.db, bedId);
  if (!bed || !(await store.selectCentre(ctx.db, bed.siteId, centreScope(ctx)))) {
    throw notFound('Bed');
  }
  return inTransaction(ctx, async (tx) => {
    await store.lockCentres(tx, [bed.siteId]);
    if (patch.active === false) {
      const held = await tx.select({ id: receptionPlacements.id }).from(receptionPlacements).where(and(eq(receptionPlacements.bedId, bedId), eq(receptionPlacements.status, 'active'))).limit(1);
      const reserved = await tx.select({ id: receptionReservations.id }).from(receptionReservations).where(and(eq(receptionReservations.bedId, bedId), eq(receptionReservations.status, 'active'))).limit(1);
      if (held.length > 0 || reserved.length > 0) {
        throw conflict(`Bed ${bed.label} is occupied or reserved: check the resident out or cancel the reservation first`);
      }
    }
    const [row] = await tx.update(receptionBeds).set(patch).where(eq(receptionBeds.id, bedId)).returning();
    await recordAudit(tx, ctx, { action: 'reception.bed.update', entityType: 'reception-bed', entityId: bedId, fields: Object.keys(patch) });
    return { id: row!.id, label: row!.label, active: row!.active };
  });
}

export interface BlockInput {
  bedId?: string | null;
  roomId?: string | null;
  places?: number | null;
  reason: string;
  from: string;
  to?: string | null;
}

/** Blocks a bed, a room or a number of places of a centre, with a reason and a period. */
export async function addBlock(ctx: Ctx, siteId: string, input: BlockInput) {
  requirePermission(ctx, 'reception.manage');
  await visibleCentre(ctx, siteId);
  const given = [input.bedId, input.roomId, input.places].filter((v) => v !== undefined && v !== null).length;
  if (given !== 1) {
    throw invalid('Block exactly one of: a bed, a room, or a number of places', [{ field: 'bedId', message: 'Give one of bedId, roomId, places' }]);
  }
  if (input.to && input.to < input.from) {
    throw invalid('A block cannot end before it starts', [{ field: 'to', message: 'Before the start day' }]);
  }
  return inTransaction(ctx, async (tx) => {
    await store.lockCentres(tx, [siteId]);
    let places = input.places ?? 0;
    const overlapping = (condition: ReturnType<typeof eq>) =>
      tx
        .select({ id: receptionBlocks.id })
        .from(receptionBlocks)
        .where(and(condition, sql`${receptionBlocks.fromDay} <= ${input.to ?? '9999-12-31'}`, sql`coalesce(${receptionBlocks.toDay}, '9999-12-31') >= ${input.from}`))
        .limit(1);
    if (input.bedId) {
      const bed = await store.selectBed(tx, input.bedId);
      if (!bed || bed.siteId !== siteId) {
        throw invalid('The bed is not in this centre', [{ field: 'bedId', message: 'Unknown bed' }]);
      }
      if ((await overlapping(eq(receptionBlocks.bedId, bed.id))).length > 0 || (await overlapping(eq(receptionBlocks.roomId, bed.roomId))).length > 0) {
        throw conflict(`Bed ${bed.label} is already blocked in that period`);
      }
      places = 1;
    } else if (input.roomId) {
      const [room] = await tx.select().from(receptionRooms).where(and(eq(receptionRooms.id, input.roomId), eq(receptionRooms.siteId, siteId)));
      if (!room) {
        throw invalid('The room is not in this centre', [{ field: 'roomId', message: 'Unknown room' }]);
      }
      const bedIds = (await tx.select({ id: receptionBeds.id }).from(receptionBeds).where(and(eq(receptionBeds.roomId, room.id), eq(receptionBeds.active, true)))).map((b) => b.id);
      const bedBlocked = bedIds.length > 0 ? await tx.select({ id: receptionBlocks.id }).from(receptionBlocks).where(and(inArray(receptionBlocks.bedId, bedIds), sql`coalesce(${receptionBlocks.toDay}, '9999-12-31') >= ${input.from}`)).limit(1) : [];
      if ((await overlapping(eq(receptionBlocks.roomId, room.id))).length > 0 || bedBlocked.length > 0) {
        throw conflict(`Room ${room.name} or one of its beds is already blocked in that period`);
      }
      places = bedIds.length;
    }
    const [row] = await tx
      .insert(receptionBlocks)
      .values({ siteId, bedId: input.bedId ?? null, roomId: input.roomId ?? null, places, reason: input.reason, fromDay: input.from, toDay: input.to ?? null, createdBy: actingUserId(ctx) })
      .returning();
    await recordAudit(tx, ctx, { action: 'reception.block.create', entityType: 'reception-block', entityId: row!.id, detail: { siteId, places } });
    return presentBlock(row!);
  });
}

/** Ends a block: `to` is its last blocked day; without it the block ends now (last day yesterday, so today counts it no more). */
export async function endBlock(ctx: Ctx, blockId: string, to?: string) {
  requirePermission(ctx, 'reception.manage');
  const [block] = await ctx.db.select().from(receptionBlocks).where(eq(receptionBlocks.id, blockId));
  if (!block || !(await store.selectCentre(ctx.db, block.siteId, centreScope(ctx)))) {
    throw notFound('Block');
  }
  const yesterday = new Date(`${todayOf(ctx)}T00:00:00Z`);
  yesterday.setUTCDate(yesterday.getUTCDate() - 1);
  const day = to ?? yesterday.toISOString().slice(0, 10);
  if (to && to < block.fromDay) {
    throw invalid('A block cannot end before it starts', [{ field: 'to', message: `Before ${block.fromDay}` }]);
  }
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.update(receptionBlocks).set({ toDay: day }).where(eq(receptionBlocks.id, blockId)).returning();
    await recordAudit(tx, ctx, { action: 'reception.block.end', entityType: 'reception-block', entityId: blockId });
    return presentBlock(row!);
  });
}
