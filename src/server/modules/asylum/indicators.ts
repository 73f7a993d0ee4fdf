/**
 * Asylum's figures for national indicators and dashboards: applications lodged and first-instance
 * decisions by outcome, per site where lodged, within the caller's application scope. Applications of
 * persons registered in an exercise never count. No audit here: the reporting service audits the request.
 */
import { and, eq, gte, lte, or, sql } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { realPersonCondition } from '../people/exercise';
import { applicationScope } from './applications';
import { DECISION_OUTCOMES, type DecisionOutcome } from './reference';
import { selectSiteNames } from './store';
import { asylumApplications } from './tables';

/** The period's local days, optionally the lodging site and the application's organisation. */
export interface AsylumIndicatorFilter {
  from: string;
  to: string;
  siteId?: string;
  organisationId?: string;
}

/** Per lodging site: applications lodged on a day of the period, and decisions dated in it by outcome; busiest first. */
export async function applicationsAndDecisions(ctx: Ctx, filter: AsylumIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const a = asylumApplications;
  const lodged = and(gte(a.lodgedOn, filter.from), lte(a.lodgedOn, filter.to));
  const decided = and(gte(a.decidedOn, filter.from), lte(a.decidedOn, filter.to));
  const outcome = (value: DecisionOutcome) => sql<number>`(count(*) filter (where ${decided} and ${a.decisionOutcome} = ${value}))::int`;
  const rows = await ctx.db
    .select({
      siteId: a.siteId,
      lodged: sql<number>`(count(*) filter (where ${lodged}))::int`,
      'granted-refugee': outcome('granted-refugee'),
      'granted-subsidiary': outcome('granted-subsidiary'),
      rejected: outcome('rejected'),
      withdrawn: outcome('withdrawn'),
    })
    .from(a)
    .where(
      and(
        or(lodged, decided),
        applicationScope(ctx),
        filter.siteId ? eq(a.siteId, filter.siteId) : undefined,
        filter.organisationId ? eq(a.organisationId, filter.organisationId) : undefined,
        realPersonCondition(a.personId),
      ),
    )
    .groupBy(a.siteId);
  const names = await selectSiteNames(
    ctx.db,
    rows.map((r) => r.siteId),
  );
  return rows
    .map((r) => ({ siteId: r.siteId, site: names.get(r.siteId) ?? '', lodged: r.lodged, decisions: Object.fromEntries(DECISION_OUTCOMES.map((o) => [o, r[o]])) as Record<DecisionOutcome, number> }))
    .sort((x, y) => y.lodged - x.lodged || x.site.localeCompare(y.site));
}
