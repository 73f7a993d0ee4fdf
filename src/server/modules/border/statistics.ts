/**
 * Border statistics over a period of local days: crossings per BCP, day, direction and nationality,
 * decisions and grounds of refusal, processing times, and the alerts raised at those crossings. Limited
 * to the caller's BCPs as the crossing list is. Figures only, no person in them: one audit entry per
 * report, naming the filter.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { sites } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { invalid, notFound } from '../../platform/errors';
import { addDays, daysBetween } from '../../../common/stays';
import { crossingScope } from './crossing-list';
import { dayBounds, selectSite } from './crossing-store';
import { ALERT_STATUSES, BORDER_TIME_ZONE, HIT_ACTIONS, REFUSAL_REASON_CODES, type AlertStatus, type Direction, type HitAction } from './reference';
import * as store from './statistics-store';
import { isTimeZone, localDay } from './travel-days';

/** Longest period one report covers: a year, leap day included. */
const MAX_PERIOD_DAYS = 366;
/** The period when none is given: the last 30 days, today included. */
const DEFAULT_PERIOD_DAYS = 30;
/** Nationalities shown one by one; the rest are counted together as "other". */
const TOP_NATIONALITIES = 15;
/** Processing-time buckets, in the order of `PROCESSING_BOUNDS_MS`. */
const PROCESSING_BUCKETS = ['under-30s', '30s-1min', '1-2min', '2-5min', 'over-5min'] as const;

export interface StatisticsQuery {
  /** First local day of the period (YYYY-MM-DD); default 29 days before `to`. */
  from?: string;
  /** Last local day of the period, included; default today at the border. */
  to?: string;
  siteId?: string;
  direction?: Direction;
}

/** The period of a report: given or defaulted, checked for order and length. */
function reportPeriod(query: Pick<StatisticsQuery, 'from' | 'to'>, today: string) {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) {
    throw invalid(`The period ends (${to}) before it begins (${from})`, [{ field: 'to', message: `Before the first day of the period (${from})` }]);
  }
  const days = daysBetween(from, to) + 1;
  if (days > MAX_PERIOD_DAYS) {
    throw invalid(`The period is ${days} days long; a report covers at most ${MAX_PERIOD_DAYS}`, [
      { field: 'from', message: `At most ${MAX_PERIOD_DAYS} days: begin on ${addDays(to, -(MAX_PERIOD_DAYS - 1))} or later` },
    ]);
  }
  return { from, to, days };
}

/** The chosen BCP if the caller may see it; any other site answers as an unknown one. */
async function visibleBcp(db: Executor, ctx: Ctx, siteId: string) {
  const site = await selectSite(db, siteId, recordScope(ctx, { site: sites.id }));
  if (!site || site.type !== 'bcp') {
    throw notFound('BCP');
  }
  return site;
}

/** The report for a period, optionally one BCP and one direction. */
export async function borderStatistics(ctx: Ctx, query: StatisticsQuery) {
  requirePermission(ctx, 'border.crossings.read');
  const period = reportPeriod(query, localDay(ctx.now()));
  return inTransaction(ctx, async (tx) => {
    const site = query.siteId ? await visibleBcp(tx, ctx, query.siteId) : undefined;
    // One BCP's report counts its own calendar days, as its crossing list does.
    const timeZone = site && isTimeZone(site.details.timeZone) ? site.details.timeZone : BORDER_TIME_ZONE;
    const between = { from: (await dayBounds(tx, period.from, timeZone)).from, to: (await dayBounds(tx, period.to, timeZone)).to };
    const where = store.reportedCrossings({ between, siteId: query.siteId, direction: query.direction }, crossingScope(ctx));
    const summary = await store.selectSummary(tx, where);
    const days = await store.selectDays(tx, where, { ...period, timeZone });
    const bcps = await store.selectBcps(tx, where, recordScope(ctx, { site: sites.id }), query.siteId);
    const nationalities = await store.selectNationalities(tx, where, TOP_NATIONALITIES);
    const refusals = await store.selectRefusalReasons(tx, where);
    const alerts = presentAlerts(await store.selectAlertCounts(tx, where));
    await recordAudit(tx, ctx, {
      action: 'border.statistics.read',
      entityType: 'crossing',
      detail: { filter: { from: period.from, to: period.to, siteId: query.siteId ?? null, direction: query.direction ?? null }, timeZone },
    });
    return {
      period: { ...period, timeZone },
      filter: { siteId: query.siteId ?? null, direction: query.direction ?? null },
      totals: { crossings: summary.total, travellers: summary.travellers, vehicles: summary.vehicles, alerts: alerts.total },
      directions: { entry: summary.entry, exit: summary.exit, transit: summary.transit },
      bcps,
      days,
      nationalities: presentNationalities(nationalities),
      decisions: { admitted: summary.admitted, refused: summary.refused, referred: summary.referred },
      refusalReasons: REFUSAL_REASON_CODES.map((reason) => ({ reason, count: refusals.find((r) => r.reason === reason)?.count ?? 0 })),
      processing: presentProcessing(summary),
      alerts,
    };
  });
}

/** The top nationalities (null: not recorded) and the rest counted together. */
function presentNationalities(rows: Awaited<ReturnType<typeof store.selectNationalities>>) {
  const other = rows.find((r) => r.other);
  return {
    top: rows.filter((r) => !r.other).map((r) => ({ nationality: r.nationality, crossings: r.crossings })),
    other: { nationalities: other?.nationalities ?? 0, crossings: other?.crossings ?? 0 },
  };
}

/** Bucket counts with their bounds, and the median and 90th percentile of the measured crossings. */
function presentProcessing(summary: Awaited<ReturnType<typeof store.selectSummary>>) {
  const bounds = store.PROCESSING_BOUNDS_MS;
  return {
    measured: summary.measured,
    medianMs: summary.medianMs,
    p90Ms: summary.p90Ms,
    buckets: PROCESSING_BUCKETS.map((bucket, index) => ({
      bucket,
      fromMs: index === 0 ? 0 : bounds[index - 1]!,
      toMs: bounds[index] ?? null,
      count: summary.buckets[index] ?? 0,
    })),
  };
}

const noStatuses = () => Object.fromEntries(ALERT_STATUSES.map((status) => [status, 0])) as Record<AlertStatus, number>;

/** Alert counts per status, and per action with its statuses (actions in the reference order). */
function presentAlerts(rows: Awaited<ReturnType<typeof store.selectAlertCounts>>) {
  const statuses = noStatuses();
  const actions = new Map<HitAction | null, { action: HitAction | null; total: number; statuses: Record<AlertStatus, number> }>();
  for (const row of rows) {
    // Both columns only ever hold values of the reference lists (screening writes them).
    const status = row.status as AlertStatus;
    const key = row.action as HitAction | null;
    statuses[status] += row.count;
    const action = actions.get(key) ?? { action: key, total: 0, statuses: noStatuses() };
    action.total += row.count;
    action.statuses[status] += row.count;
    actions.set(key, action);
  }
  // Actions in the reference order; an alert without one (none is written so) last.
  const rank = (action: HitAction | null) => (action ? HIT_ACTIONS.indexOf(action) : HIT_ACTIONS.length);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    statuses,
    actions: [...actions.values()].sort((a, b) => rank(a.action) - rank(b.action)),
  };
}
