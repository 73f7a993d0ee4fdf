/**
 * What the call centre learns from use: the most frequent searches, searches that found nothing (the
 * articles to write next), helpfulness per article, and calls per week by topic and language; each as
 * a table for charts and as CSV.
 */
import { recordScope, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { toCsv } from '../../platform/export/csv';
import { zonedPeriod } from '../../../common/dates/zoned-day';
import { BORDER_TIME_ZONE } from '../border/reference';
import { categoryName } from './public';
import * as store from './store';
import { knowledgeCalls } from './tables';

export interface Period {
  from: string;
  to: string;
}

/** The period's local days (the call centre's time zone) as instants. */
export function bounds(period: Period) {
  if (period.to < period.from) {
    throw invalid('The period ends before it starts', [{ field: 'to', message: 'Before from' }]);
  }
  return zonedPeriod(period.from, period.to, BORDER_TIME_ZONE);
}

/** Top searches and searches with no results in a period. */
export async function searchAnalytics(ctx: Ctx, period: Period) {
  requirePermission(ctx, 'knowledge.publish');
  const range = bounds(period);
  const [top, empty] = [await store.selectTopSearches(ctx.db, range, false, 50), await store.selectTopSearches(ctx.db, range, true, 50)];
  const map = (r: (typeof top)[number]) => ({ query: r.query, language: r.language, searches: r.searches, lastAt: r.last_at, results: r.results });
  return { top: top.map(map), noResults: empty.map(map) };
}

/** Helpful / not helpful per article and language in a period. */
export async function helpfulnessAnalytics(ctx: Ctx, period: Period) {
  requirePermission(ctx, 'knowledge.publish');
  const rows = await store.selectHelpfulness(ctx.db, bounds(period));
  return { rows: rows.map((r) => ({ articleId: r.article_id, key: r.key, language: r.language, helpful: r.helpful, notHelpful: r.not_helpful })) };
}

/** Calls per week by topic (category), language and outcome. */
export async function callAnalytics(ctx: Ctx, period: Period, language = 'en') {
  requirePermission(ctx, 'knowledge.publish');
  const categories = new Map((await store.selectCategories(ctx.db)).map((c) => [c.id, c]));
  const rows = await store.selectCallsByWeek(ctx.db, bounds(period), recordScope(ctx, { organisation: knowledgeCalls.organisationId }));
  return {
    rows: rows.map((r) => ({
      week: r.week,
      categoryId: r.category_id,
      topic: r.category_id ? categoryName(categories.get(r.category_id)!, language) : '',
      language: r.caller_language,
      outcome: r.outcome,
      calls: r.calls,
    })),
  };
}

export const REPORTS = ['top-searches', 'no-results', 'helpfulness', 'calls'] as const;
export type Report = (typeof REPORTS)[number];

/** One report as CSV. */
export async function analyticsCsv(ctx: Ctx, report: Report, period: Period): Promise<string> {
  switch (report) {
    case 'top-searches':
    case 'no-results': {
      const data = await searchAnalytics(ctx, period);
      return toCsv(report === 'top-searches' ? data.top : data.noResults, [
        { header: 'query', value: (r) => r.query },
        { header: 'language', value: (r) => r.language },
        { header: 'searches', value: (r) => r.searches },
        { header: 'results', value: (r) => r.results },
        { header: 'last_at', value: (r) => r.lastAt },
      ]);
    }
    case 'helpfulness':
      return toCsv((await helpfulnessAnalytics(ctx, period)).rows, [
        { header: 'article', value: (r) => r.key },
        { header: 'language', value: (r) => r.language },
        { header: 'helpful', value: (r) => r.helpful },
        { header: 'not_helpful', value: (r) => r.notHelpful },
      ]);
    case 'calls':
      return toCsv((await callAnalytics(ctx, period)).rows, [
        { header: 'week', value: (r) => r.week },
        { header: 'topic', value: (r) => r.topic },
        { header: 'language', value: (r) => r.language },
        { header: 'outcome', value: (r) => r.outcome },
        { header: 'calls', value: (r) => r.calls },
      ]);
  }
}
