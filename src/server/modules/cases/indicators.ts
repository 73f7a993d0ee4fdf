/**
 * Case figures for national indicators and dashboards: cases by type and state, trafficking cases by
 * state, and assisted returns by country. Aggregates follow their own scope, written here beside the
 * case access policy: national callers count every case, others the cases their organisation owns or
 * is involved in; only cases whose labels the caller holds as clearances count, and trafficking cases
 * count only in the trafficking figures, which need the `trafficking` clearance. No audit here: the
 * reporting service audits the request.
 */
import { and, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { clearancesOf, hasNationalScope, recordScope, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { caseAccessPolicy, fullAccessCondition } from './access';
import { hasDeparted } from './avrr';
import { cases } from './tables';

/** The period as instants, optionally the owner organisation. */
export interface CaseIndicatorFilter {
  between: { from: Date; to: Date };
  organisationId?: string;
}

/** The cases an aggregate may count for the caller, opened in the period. */
function countedCases(ctx: Ctx, filter: CaseIndicatorFilter): SQL {
  return and(
    recordScope(ctx, { labels: cases.labels }),
    hasNationalScope(ctx) ? undefined : fullAccessCondition(caseAccessPolicy(ctx)),
    gte(cases.openedAt, filter.between.from),
    lt(cases.openedAt, filter.between.to),
    filter.organisationId ? eq(cases.ownerOrganisationId, filter.organisationId) : undefined,
  )!;
}

/** True when the caller holds the clearance trafficking aggregates need. */
export function clearedForTrafficking(ctx: Ctx): boolean {
  return clearancesOf(ctx).includes('trafficking');
}

/** Cases other than trafficking opened in the period, by type and their state now. */
export async function casesByTypeAndState(ctx: Ctx, filter: CaseIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  return ctx.db
    .select({ type: cases.type, state: cases.state, cases: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(countedCases(ctx, filter), ne(cases.type, 'trafficking')))
    .groupBy(cases.type, cases.state)
    .orderBy(cases.type, cases.state);
}

/** Trafficking cases opened in the period by their state now; not found for a caller without the clearance. */
export async function traffickingCasesByState(ctx: Ctx, filter: CaseIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  if (!clearedForTrafficking(ctx)) {
    throw notFound('Indicator');
  }
  return ctx.db
    .select({ state: cases.state, cases: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(countedCases(ctx, filter), eq(cases.type, 'trafficking')))
    .groupBy(cases.state)
    .orderBy(sql`count(*) desc`, cases.state);
}

/** AVRR cases opened in the period by country of return (`unknown` when not yet recorded), with those departed; most first. */
export async function returnsByCountry(ctx: Ctx, filter: CaseIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const rows = await ctx.db
    .select({ state: cases.state, data: cases.data })
    .from(cases)
    .where(and(countedCases(ctx, filter), eq(cases.type, 'avrr')));
  const countries = new Map<string, { country: string; cases: number; departed: number }>();
  for (const row of rows) {
    const country = typeof row.data.countryOfReturn === 'string' ? row.data.countryOfReturn : 'unknown';
    const group = countries.get(country) ?? { country, cases: 0, departed: 0 };
    group.cases += 1;
    group.departed += hasDeparted(row) ? 1 : 0;
    countries.set(country, group);
  }
  return [...countries.values()].sort((a, b) => b.cases - a.cases || a.country.localeCompare(b.country));
}
