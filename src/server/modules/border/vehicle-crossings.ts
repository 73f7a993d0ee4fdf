/**
 * A vehicle and its occupants crossing together, recorded in one call and one transaction: the vehicle
 * (plate, country, type) and one crossing per occupant (exactly one driver), each screened. Idempotent on
 * the group's client reference; occupant n's crossing has the reference `<clientRef>/<n>`.
 */
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, conflict, invalid } from '../../platform/errors';
import { actorIds } from '../people/service';
import * as store from './crossing-store';
import { bcpForCrossing, ClientRefTaken, prepareCrossing, replayCrossing, requireRecordingPermissions, storeCrossing, type PreparedCrossing, type TravellerCrossingInput } from './crossings';
import type { VehicleCrossingRow } from './crossing-store';
import type { Direction, VehicleRole } from './reference';

export interface VehicleCrossingInput {
  clientRef: string;
  siteId: string;
  lane?: string | null;
  direction: Direction;
  at?: string | null;
  vehicle: { plate: string; country: string; type: string };
  occupants: (TravellerCrossingInput & { role: VehicleRole })[];
}

/** A plate as written on the plate, without spaces and dashes, upper case. */
export function normalisePlate(plate: string): string {
  return plate.toUpperCase().replace(/[\s-]/g, '');
}

function presentVehicle(row: VehicleCrossingRow) {
  return { id: row.id, clientRef: row.clientRef, siteId: row.siteId, lane: row.lane, direction: row.direction, plate: row.plate, country: row.country, vehicleType: row.vehicleType, at: row.at.toISOString() };
}

/** Errors about one occupant name the occupant: `occupants.2.document.mrz`. */
async function forOccupant<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.fields) {
      throw new AppError(error.code, error.status, `Occupant ${index + 1}: ${error.message}`, error.fields.map((f) => ({ ...f, field: `occupants.${index}.${f.field}` })));
    }
    throw error;
  }
}

async function replayVehicle(ctx: Ctx, existing: VehicleCrossingRow, input: VehicleCrossingInput) {
  if (existing.plate !== normalisePlate(input.vehicle.plate) || existing.siteId !== input.siteId || existing.direction !== input.direction) {
    throw conflict(`The client reference "${input.clientRef}" was already used for another vehicle crossing`);
  }
  const rows = await store.selectCrossingsOfVehicle(ctx.db, existing.id);
  const occupants = [];
  for (const row of rows) {
    occupants.push(await replayCrossing(ctx, row));
  }
  return { replayed: true, vehicle: presentVehicle(existing), occupants };
}

/** Records a vehicle with its driver and passengers. */
export async function recordVehicleCrossing(ctx: Ctx, input: VehicleCrossingInput) {
  requireRecordingPermissions(ctx);
  const drivers = input.occupants.filter((o) => o.role === 'driver').length;
  if (drivers !== 1) {
    throw invalid(`A vehicle has exactly one driver; this one has ${drivers}`, [{ field: 'occupants', message: 'Mark exactly one occupant as driver' }]);
  }
  const site = await bcpForCrossing(ctx, input.siteId, input.lane);
  const existing = await store.selectVehicleCrossingByClientRef(ctx.db, input.clientRef);
  if (existing) {
    return replayVehicle(ctx, existing, input);
  }
  const prepared: PreparedCrossing[] = [];
  for (const [index, occupant] of input.occupants.entries()) {
    prepared.push(await forOccupant(index, () => prepareCrossing(ctx, { ...input, clientRef: `${input.clientRef}/${index + 1}`, site }, occupant)));
  }
  const at = prepared[0]!.times.at;
  try {
    return await inTransaction(ctx, async (tx, txCtx) => {
      const vehicle = await store.insertVehicleCrossing(tx, {
        clientRef: input.clientRef,
        siteId: site.id,
        lane: input.lane ?? null,
        direction: input.direction,
        plate: normalisePlate(input.vehicle.plate),
        country: input.vehicle.country,
        vehicleType: input.vehicle.type,
        officerId: actorIds(ctx).userId,
        at,
      });
      if (!vehicle) {
        throw new ClientRefTaken(input.clientRef);
      }
      const occupants = [];
      for (const [index, occupant] of prepared.entries()) {
        occupants.push({ replayed: false, ...(await storeCrossing(tx, txCtx, occupant, { id: vehicle.id, role: input.occupants[index]!.role })) });
      }
      await recordAudit(tx, ctx, { action: 'border.vehicle-crossing.record', entityType: 'vehicle-crossing', entityId: vehicle.id, fields: ['plate', 'occupants'], detail: { crossings: occupants.map((o) => o.crossing.id) } });
      return { replayed: false, vehicle: presentVehicle(vehicle), occupants };
    });
  } catch (error) {
    if (!(error instanceof ClientRefTaken)) {
      throw error;
    }
    const first = await store.selectVehicleCrossingByClientRef(ctx.db, input.clientRef);
    if (!first) {
      throw conflict(`An occupant's reference (${error.message}) was already used for another crossing`);
    }
    return replayVehicle(ctx, first, input);
  }
}
