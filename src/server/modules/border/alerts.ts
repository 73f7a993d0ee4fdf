/**
 * Alerts raised by screening at a crossing. The officer resolves one: a confirmed match goes to the
 * supervisors' queue, who close it with a note; a false positive is closed and remembered for the person
 * and the entry (until either changes). Every read and resolution is audited.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { conflict, notFound } from '../../platform/errors';
import type { Permission } from '../../platform/access/permissions';
import { actorIds } from '../people/service';
import * as store from './alert-store';
import type { AlertRow } from './alert-store';
import { presentAlert } from './presenter';
import type { AlertOutcome, AlertStatus } from './reference';
import { alerts } from './tables';
import { publishAlertJudged } from './alert-events';
import { personVersion, visiblePersonIds } from './travellers';
import { selectEntries } from './watchlist-store';

/** Alerts the caller may see: their sites unless national. */
export function alertScope(ctx: Ctx) {
  return recordScope(ctx, { site: alerts.siteId });
}

/** An alert in scope about a person the caller may see, or 404. */
async function visibleAlert(db: Executor, ctx: Ctx, id: string): Promise<AlertRow> {
  const row = await store.selectAlert(db, id, alertScope(ctx));
  if (!row || (row.personId && !(await visiblePersonIds(db, ctx, [row.personId])).has(row.personId))) {
    throw notFound('Alert');
  }
  return row;
}

async function listWith(ctx: Ctx, permission: Permission, filter: { status?: AlertStatus; siteId?: string; before?: string; limit: number }) {
  requirePermission(ctx, permission);
  return inTransaction(ctx, async (tx) => {
    const rows = await store.selectAlerts(tx, { ...filter, before: filter.before ? new Date(filter.before) : undefined }, alertScope(ctx));
    const visible = await visiblePersonIds(tx, ctx, rows.flatMap((r) => (r.personId ? [r.personId] : [])));
    const items = rows.filter((r) => !r.personId || visible.has(r.personId)).map((r) => presentAlert(ctx, r));
    await recordAudit(tx, ctx, { action: 'border.alerts.list', entityType: 'alert', fields: ['explanation'], detail: { status: filter.status ?? null, results: items.map((i) => i.id) } });
    return { items, nextBefore: rows.length === filter.limit ? rows.at(-1)!.createdAt.toISOString() : null };
  });
}

/** Alerts for officers, newest first (default: the open ones). */
export function listAlerts(ctx: Ctx, filter: { status?: AlertStatus; siteId?: string; before?: string; limit: number }) {
  return listWith(ctx, 'border.alerts.resolve', { ...filter, status: filter.status ?? 'open' });
}

/** The supervisors' queue: confirmed matches waiting to be closed. */
export function supervisionQueue(ctx: Ctx, filter: { siteId?: string; before?: string; limit: number }) {
  return listWith(ctx, 'border.alerts.supervise', { ...filter, status: 'confirmed' });
}

/** One alert with its explanation. */
export async function getAlert(ctx: Ctx, id: string) {
  requirePermission(ctx, 'border.alerts.resolve');
  return inTransaction(ctx, async (tx) => {
    const row = await visibleAlert(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'border.alert.read', entityType: 'alert', entityId: id, fields: ['explanation', 'person'] });
    return presentAlert(ctx, row);
  });
}

/** The officer's judgement of an open alert. */
export async function resolveAlert(ctx: Ctx, id: string, input: { outcome: AlertOutcome; reason: string }) {
  requirePermission(ctx, 'border.alerts.resolve');
  const by = actorIds(ctx).userId;
  return inTransaction(ctx, async (tx) => {
    const alert = await visibleAlert(tx, ctx, id);
    const status: AlertStatus = input.outcome === 'confirmed' ? 'confirmed' : 'false-positive';
    const updated = await store.updateAlertFrom(tx, id, 'open', { status, resolution: input.outcome, resolutionReason: input.reason, resolvedBy: by, resolvedAt: ctx.now() });
    if (!updated) {
      throw conflict(`This alert was already resolved (${alert.status})`);
    }
    let remembered = false;
    if (input.outcome === 'false-positive' && alert.personId && alert.watchlistEntryId) {
      // Keyed on the versions as they are now: an edit of the person or a new entry raises it again.
      const person = await personVersion(tx, ctx, alert.personId);
      const [entry] = await selectEntries(tx, [alert.watchlistEntryId]);
      if (entry) {
        await store.rememberFalsePositive(tx, { personId: person.id, watchlistEntryId: entry.entry.id, personVersion: person.version, entryVersion: entry.entry.addedInVersion, alertId: id, reason: input.reason, recordedBy: by });
        remembered = true;
      }
    }
    await publishAlertJudged(tx, ctx, { alertId: id, status });
    await recordAudit(tx, ctx, { action: 'border.alert.resolve', entityType: 'alert', entityId: id, fields: ['status', 'resolution'], detail: { outcome: input.outcome, remembered } });
    return { ...presentAlert(ctx, updated), falsePositiveRemembered: remembered };
  });
}

/** The supervisor closes a confirmed match with a note. */
export async function closeAlert(ctx: Ctx, id: string, note: string) {
  requirePermission(ctx, 'border.alerts.supervise');
  return inTransaction(ctx, async (tx) => {
    const alert = await visibleAlert(tx, ctx, id);
    const updated = await store.updateAlertFrom(tx, id, 'confirmed', { status: 'closed', supervisorNote: note, supervisedBy: actorIds(ctx).userId, supervisedAt: ctx.now() });
    if (!updated) {
      throw conflict(alert.status === 'open' ? 'An officer has to resolve this alert first' : `This alert is ${alert.status}; only confirmed matches are closed by a supervisor`);
    }
    await publishAlertJudged(tx, ctx, { alertId: id, status: 'closed' });
    await recordAudit(tx, ctx, { action: 'border.alert.close', entityType: 'alert', entityId: id, fields: ['status', 'supervisorNote'] });
    return presentAlert(ctx, updated);
  });
}
