/**
 * Reading crossings: a BCP's crossings by day and direction, and one crossing with its alerts. Lists are
 * limited to the caller's sites (unless national) and leave out persons the caller may not see; every
 * read is audited with the ids it returned.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { userDisplayNames } from '../../platform/auth/store';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import * as alertStore from './alert-store';
import * as store from './crossing-store';
import { presentAlert, presentCrossing } from './presenter';
import { BORDER_TIME_ZONE, type Direction } from './reference';
import { crossings } from './tables';
import { isTimeZone } from './travel-days';
import { personNames, visiblePersonIds } from './travellers';

export interface CrossingQuery {
  siteId?: string;
  /** A local calendar day at the BCP (YYYY-MM-DD). */
  day?: string;
  direction?: Direction;
  /** Keyset paging: crossings before this instant. */
  before?: string;
  limit: number;
}

/** The crossings scope condition: the caller's sites unless national. */
export function crossingScope(ctx: Ctx) {
  return recordScope(ctx, { site: crossings.siteId });
}

/** The store's filter of a crossings query: a local day becomes the instants it spans at the BCP (or nationally). */
export async function crossingFilter(db: Executor, query: Omit<CrossingQuery, 'limit'>): Promise<Omit<store.CrossingFilter, 'limit'>> {
  let between: { from: Date; to: Date } | undefined;
  if (query.day) {
    const [site] = query.siteId ? await store.selectSites(db, [query.siteId]) : [];
    between = await store.dayBounds(db, query.day, isTimeZone(site?.details.timeZone) ? site.details.timeZone : BORDER_TIME_ZONE);
  }
  return { siteId: query.siteId, between, direction: query.direction, before: query.before ? new Date(query.before) : undefined };
}

/** Crossings newest first, by BCP, day and direction. */
export async function listCrossings(ctx: Ctx, query: CrossingQuery) {
  requirePermission(ctx, 'border.crossings.read');
  return inTransaction(ctx, async (tx) => {
    const rows = await store.selectCrossings(tx, { ...(await crossingFilter(tx, query)), limit: query.limit }, crossingScope(ctx));
    const visible = await visiblePersonIds(tx, ctx, rows.map((r) => r.personId));
    const shown = rows.filter((r) => visible.has(r.personId));
    // Officers scan a day's list by name; a merged record's crossings show no name (the record is gone).
    const names = await personNames(tx, ctx, shown.map((r) => r.personId));
    const officers = await userDisplayNames(tx, shown.map((r) => r.officerId));
    const items = shown.map((row) => ({ ...presentCrossing(row), traveller: names.get(row.personId) ?? null, officerName: row.officerId ? (officers.get(row.officerId) ?? null) : null }));
    await recordAudit(tx, ctx, {
      action: 'border.crossings.list',
      entityType: 'crossing',
      fields: ['person', 'names', 'document', 'direction', 'decision'],
      detail: { filter: { siteId: query.siteId ?? null, day: query.day ?? null, direction: query.direction ?? null }, results: items.map((i) => i.id) },
    });
    return { items, nextBefore: rows.length === query.limit ? rows.at(-1)!.at.toISOString() : null };
  });
}

/** One crossing with its alerts. */
export async function getCrossing(ctx: Ctx, id: string) {
  requirePermission(ctx, 'border.crossings.read');
  return inTransaction(ctx, async (tx) => {
    const crossing = await store.selectCrossingById(tx, id, crossingScope(ctx));
    if (!crossing || !(await visiblePersonIds(tx, ctx, [crossing.personId])).has(crossing.personId)) {
      throw notFound('Crossing');
    }
    const alerts = await alertStore.selectAlertsOfCrossings(tx, [id]);
    const officerName = crossing.officerId ? ((await userDisplayNames(tx, [crossing.officerId])).get(crossing.officerId) ?? null) : null;
    await recordAudit(tx, ctx, { action: 'border.crossing.read', entityType: 'crossing', entityId: id, fields: ['person', 'document', 'decision', 'alerts'] });
    return { ...presentCrossing(crossing), officerName, alerts: alerts.map((a) => presentAlert(ctx, a)) };
  });
}
