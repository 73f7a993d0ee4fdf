/**
 * Crossings and alerts of a remote border post, as they travel to headquarters: read whole inside the
 * transaction that recorded them (the crossing, its vehicle, the alerts it raised), and applied at
 * headquarters with the same ids, so applying one twice changes nothing. Applying publishes the crossing
 * like one recorded at headquarters (other modules react the same way) and is audited.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { rowFromJson } from '../../platform/db/rows';
import { invalid } from '../../platform/errors';
import { personExists } from '../people/replica';
import * as alertStore from './alert-store';
import { publishCrossingRecorded } from './crossing-events';
import type { Decision, Direction } from './reference';
import { alerts, crossings, vehicleCrossings } from './tables';

/** A crossing as the post recorded it, with its vehicle group and the alerts it raised (rows as JSON). */
export interface CrossingReplica {
  crossing: Record<string, unknown>;
  vehicle: Record<string, unknown> | null;
  alerts: Record<string, unknown>[];
}

/** An alert as the post holds it after a judgement. */
export interface AlertReplica {
  alert: Record<string, unknown>;
}

function asJson(row: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
}

/** The crossing, its vehicle and its alerts, read in the transaction that wrote them. */
export async function crossingReplica(db: Executor, crossingId: string): Promise<CrossingReplica> {
  const [crossing] = await db.select().from(crossings).where(eq(crossings.id, crossingId));
  if (!crossing) {
    throw new Error(`crossing ${crossingId} not found`);
  }
  const [vehicle] = crossing.vehicleCrossingId ? await db.select().from(vehicleCrossings).where(eq(vehicleCrossings.id, crossing.vehicleCrossingId)) : [];
  const raised = await alertStore.selectAlertsOfCrossings(db, [crossingId]);
  return { crossing: asJson(crossing), vehicle: vehicle ? asJson(vehicle) : null, alerts: raised.map(asJson) };
}

/** One alert, read in the transaction that judged it. */
export async function alertReplica(db: Executor, alertId: string): Promise<AlertReplica> {
  const [alert] = await db.select().from(alerts).where(eq(alerts.id, alertId));
  if (!alert) {
    throw new Error(`alert ${alertId} not found`);
  }
  return { alert: asJson(alert) };
}

/**
 * Applies a post's crossing at headquarters: the same ids, nothing written twice. `siteId` is the post's
 * BCP (a crossing of another BCP is refused); the person must already be known here (persons travel first).
 */
export async function applyCrossingReplica(ctx: Ctx, siteId: string, replica: CrossingReplica): Promise<{ applied: boolean }> {
  const crossing = rowFromJson(crossings, replica.crossing);
  if (crossing.siteId !== siteId || !crossing.id || !crossing.personId) {
    throw invalid('The crossing is not one of this post', [{ field: 'crossing.siteId', message: 'Another BCP' }]);
  }
  const crossingId = crossing.id;
  return inTransaction(ctx, async (tx, txCtx) => {
    const [known] = await tx.select({ id: crossings.id }).from(crossings).where(eq(crossings.id, crossingId));
    if (known) {
      return { applied: false };
    }
    if (!(await personExists(tx, crossing.personId))) {
      throw invalid('The traveller of this crossing is unknown at headquarters', [{ field: 'crossing.personId', message: 'Unknown person' }]);
    }
    if (replica.vehicle) {
      await tx.insert(vehicleCrossings).values(rowFromJson(vehicleCrossings, replica.vehicle)).onConflictDoNothing();
    }
    const [inserted] = await tx.insert(crossings).values(crossing).onConflictDoNothing().returning({ id: crossings.id, at: crossings.at });
    if (!inserted) {
      throw invalid(`The crossing reference "${crossing.clientRef}" is already used at headquarters by another crossing`, [{ field: 'crossing.clientRef', message: 'Taken' }]);
    }
    const rows = replica.alerts.map((a) => rowFromJson(alerts, a)).filter((a) => a.crossingId === crossingId);
    if (rows.length > 0) {
      await tx.insert(alerts).values(rows).onConflictDoNothing();
    }
    await publishCrossingRecorded(tx, txCtx, {
      crossingId,
      personId: crossing.personId,
      siteId,
      direction: crossing.direction as Direction,
      decision: crossing.decision as Decision,
      at: inserted.at,
    });
    await recordAudit(tx, txCtx, {
      action: 'border.crossing.record',
      entityType: 'crossing',
      entityId: crossingId,
      fields: ['person', 'document', 'direction', 'decision', 'purpose'],
      detail: { personId: crossing.personId, alerts: rows.map((a) => a.id), via: 'sync', siteId },
    });
    return { applied: true };
  });
}

const STATUS_RANK: Record<string, number> = { open: 0, confirmed: 1, 'false-positive': 1, closed: 2 };

/**
 * Applies a post's judgement of one of its alerts: taken when it moves the alert further than
 * headquarters has it (open → resolved → closed); an alert judged further here keeps its state.
 */
export async function applyAlertReplica(ctx: Ctx, siteId: string, replica: AlertReplica): Promise<{ applied: boolean }> {
  const alert = rowFromJson(alerts, replica.alert);
  if (alert.siteId !== siteId || !alert.id) {
    throw invalid('The alert is not one of this post', [{ field: 'alert.siteId', message: 'Another BCP' }]);
  }
  const alertId = alert.id;
  return inTransaction(ctx, async (tx) => {
    const [current] = await tx.select().from(alerts).where(inArray(alerts.id, [alertId]));
    if (!current) {
      throw invalid('The alert is unknown at headquarters (its crossing has not arrived)', [{ field: 'alert.id', message: 'Unknown alert' }]);
    }
    if ((STATUS_RANK[alert.status ?? 'open'] ?? 0) <= (STATUS_RANK[current.status] ?? 0)) {
      return { applied: false };
    }
    await tx
      .update(alerts)
      .set({
        status: alert.status,
        resolution: alert.resolution ?? null,
        resolutionReason: alert.resolutionReason ?? null,
        resolvedBy: alert.resolvedBy ?? null,
        resolvedAt: alert.resolvedAt ?? null,
        supervisorNote: alert.supervisorNote ?? null,
        supervisedBy: alert.supervisedBy ?? null,
        supervisedAt: alert.supervisedAt ?? null,
      })
      .where(eq(alerts.id, alertId));
    await recordAudit(tx, ctx, { action: 'border.alert.resolve', entityType: 'alert', entityId: alertId, fields: ['status', 'resolution'], detail: { status: alert.status, via: 'sync', siteId } });
    return { applied: true };
  });
}

/** Of these persons, those with a crossing at the BCP (the persons a post is sent updates of). */
export async function personsCrossedAt(db: Executor, siteId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectDistinct({ personId: crossings.personId })
    .from(crossings)
    .where(and(eq(crossings.siteId, siteId), inArray(crossings.personId, [...personIds])));
  return new Set(rows.map((r) => r.personId));
}

/** Persons with a crossing at the BCP, by id after `after` (a new post's first copy, page by page). */
export async function personIdsCrossedAt(db: Executor, siteId: string, after: string, limit: number): Promise<string[]> {
  const rows = await queryRows<{ person_id: string }>(
    db,
    sql`select distinct person_id from crossings where site_id = ${siteId} and person_id > ${after} order by person_id limit ${limit}`,
  );
  return rows.map((r) => r.person_id);
}
