/**
 * Call-centre figures for national indicators and dashboards: FAQ searches by language (with those that
 * found nothing) and calls by topic and caller's language (with those escalated). Nothing about a person
 * is behind them: searches are anonymous and calls hold no caller. Built on the analytics' period and
 * call counts.
 */
import { and, eq, sql } from 'drizzle-orm';
import { recordScope, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { queryRows } from '../../platform/db/query';
import { bounds, type Period } from './analytics';
import { categoryName } from './public';
import * as store from './store';
import { knowledgeCalls, knowledgeSearches } from './tables';

/** Searches finished in the period's local days, per language, most first. */
export async function searchesByLanguage(ctx: Ctx, period: Period) {
  requirePermission(ctx, 'reports.read');
  const range = bounds(period);
  const rows = await queryRows<{ language: string; searches: number; no_results: number }>(
    ctx.db,
    sql`select ${knowledgeSearches.language} as language, count(*)::int as searches, (count(*) filter (where ${knowledgeSearches.results} = 0))::int as no_results
        from ${knowledgeSearches}
        where ${knowledgeSearches.at} >= ${range.from.toISOString()}::timestamptz and ${knowledgeSearches.at} < ${range.to.toISOString()}::timestamptz
        group by 1 order by 2 desc, 1`,
  );
  return rows.map((r) => ({ language: r.language, searches: Number(r.searches), noResults: Number(r.no_results) }));
}

/** Calls in the period per topic (category name in English, null without one) and caller's language, with those escalated; most first. */
export async function callsByTopicAndLanguage(ctx: Ctx, period: Period & { organisationId?: string }) {
  requirePermission(ctx, 'reports.read');
  const scope = and(recordScope(ctx, { organisation: knowledgeCalls.organisationId }), period.organisationId ? eq(knowledgeCalls.organisationId, period.organisationId) : undefined);
  const weeks = await store.selectCallsByWeek(ctx.db, bounds(period), scope);
  const categories = new Map((await store.selectCategories(ctx.db)).map((c) => [c.id, c]));
  const groups = new Map<string, { topic: string | null; language: string; calls: number; escalated: number }>();
  for (const row of weeks) {
    const category = row.category_id ? categories.get(row.category_id) : undefined;
    const key = `${row.category_id ?? ''}|${row.caller_language}`;
    const group = groups.get(key) ?? { topic: category ? categoryName(category, 'en') : null, language: row.caller_language, calls: 0, escalated: 0 };
    group.calls += Number(row.calls);
    group.escalated += row.outcome === 'escalated' ? Number(row.calls) : 0;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.calls - a.calls || (a.topic ?? '').localeCompare(b.topic ?? '') || a.language.localeCompare(b.language));
}
