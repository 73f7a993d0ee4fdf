/**
 * The border's figures for national indicators and dashboards: crossings per BCP with the median
 * processing time, and alerts by action and outcome. Built on the statistics store (the same crossings
 * condition, exercises excluded, the caller's BCPs); no audit here — the reporting service audits the
 * request that asks for them.
 */
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { recordScope, requirePermission } from '../../platform/access/policy';
import { sites } from '../../platform/auth/tables';
import type { Ctx } from '../../platform/context';
import { queryRows } from '../../platform/db/query';
import { crossingScope } from './crossing-list';
import { ALERT_STATUSES, HIT_ACTIONS, type AlertStatus } from './reference';
import * as store from './statistics-store';
import { crossings } from './tables';

/** What an indicator counts: the instants of the period, optionally one BCP and one organisation's BCPs. */
export interface BorderIndicatorFilter {
  between: { from: Date; to: Date };
  siteId?: string;
  organisationId?: string;
}

/** The crossings counted: the statistics' condition within the caller's scope, limited to an organisation's BCPs when asked. */
function countedCrossings(ctx: Ctx, filter: BorderIndicatorFilter): SQL {
  const ofOrganisation = filter.organisationId ? inArray(crossings.siteId, sql`(select ${sites.id} from ${sites} where ${sites.organisationId} = ${filter.organisationId})`) : undefined;
  return store.reportedCrossings({ between: filter.between, siteId: filter.siteId }, and(crossingScope(ctx), ofOrganisation));
}

/** Crossings per BCP by direction with each BCP's median processing time, and the median over all of them. */
export async function crossingsPerBcp(ctx: Ctx, filter: BorderIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const where = countedCrossings(ctx, filter);
  const siteScope = and(recordScope(ctx, { site: sites.id }), filter.organisationId ? eq(sites.organisationId, filter.organisationId) : undefined);
  const bcps = await store.selectBcps(ctx.db, where, siteScope, filter.siteId);
  const medians = await queryRows<{ site_id: string; median_ms: number | null }>(
    ctx.db,
    sql`select ${crossings.siteId} as site_id, round(percentile_cont(0.5) within group (order by ${crossings.processingMs}))::int as median_ms
        from ${crossings} where ${where} group by 1`,
  );
  const medianOf = new Map(medians.map((m) => [m.site_id, m.median_ms === null ? null : Number(m.median_ms)]));
  const summary = await store.selectSummary(ctx.db, where);
  return {
    bcps: bcps.map((b) => ({ siteId: b.siteId, name: b.name, entry: b.entry, exit: b.exit, transit: b.transit, total: b.total, medianMs: medianOf.get(b.siteId) ?? null })),
    medianMs: summary.medianMs === null ? null : Number(summary.medianMs),
  };
}

/** Alerts raised at the period's crossings, per action of the hit (reference order) and status. */
export async function alertsByOutcome(ctx: Ctx, filter: BorderIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const counts = await store.selectAlertCounts(ctx.db, countedCrossings(ctx, filter));
  const actions = new Map<string | null, Record<AlertStatus, number>>();
  for (const row of counts) {
    const statuses = actions.get(row.action) ?? (Object.fromEntries(ALERT_STATUSES.map((s) => [s, 0])) as Record<AlertStatus, number>);
    // Screening writes only statuses of the reference list.
    statuses[row.status as AlertStatus] += row.count;
    actions.set(row.action, statuses);
  }
  const rank = (action: string | null) => (action === null ? HIT_ACTIONS.length : (HIT_ACTIONS as readonly string[]).indexOf(action));
  return [...actions.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([action, statuses]) => ({ action, statuses }));
}
