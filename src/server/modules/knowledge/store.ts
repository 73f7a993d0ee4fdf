/** SQL of the knowledge base. */
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { organisations, sites, users } from '../../platform/auth/tables';
import { userDisplayNames } from '../../platform/auth/store';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import {
  knowledgeArticles,
  knowledgeArticleVersions,
  knowledgeCalls,
  knowledgeCategories,
  knowledgeFeedback,
  knowledgeIndexState,
  knowledgeLanguages,
  knowledgeNotices,
  knowledgeSearches,
} from './tables';

export type ArticleRow = typeof knowledgeArticles.$inferSelect;
export type VersionRow = typeof knowledgeArticleVersions.$inferSelect;
export type CategoryRow = typeof knowledgeCategories.$inferSelect;
export type NoticeRow = typeof knowledgeNotices.$inferSelect;

/** Display names of users, by id. */
export const selectUserNames = userDisplayNames;

// ---------- languages and categories ----------

/** Configured languages in display order. */
export function selectLanguages(db: Executor) {
  return db.select().from(knowledgeLanguages).orderBy(asc(knowledgeLanguages.position), asc(knowledgeLanguages.code));
}

/** Changes or adds a language. */
export async function upsertLanguage(db: Executor, row: typeof knowledgeLanguages.$inferInsert) {
  await db.insert(knowledgeLanguages).values(row).onConflictDoUpdate({ target: knowledgeLanguages.code, set: row });
}

/** Every category in display order. */
export function selectCategories(db: Executor) {
  return db.select().from(knowledgeCategories).orderBy(asc(knowledgeCategories.position), asc(knowledgeCategories.key));
}

/** One category. */
export async function selectCategory(db: Executor, id: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(knowledgeCategories).where(eq(knowledgeCategories.id, id));
  return row;
}

/** Stores a category (null when its key is taken). */
export async function insertCategory(db: Executor, row: typeof knowledgeCategories.$inferInsert) {
  const [created] = await db.insert(knowledgeCategories).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** Changes a category. */
export async function updateCategory(db: Executor, id: string, patch: Partial<typeof knowledgeCategories.$inferInsert>) {
  const [row] = await db.update(knowledgeCategories).set(patch).where(eq(knowledgeCategories.id, id)).returning();
  return row;
}

/** True when a category has children. */
export async function hasChildren(db: Executor, id: string): Promise<boolean> {
  const rows = await db.select({ id: knowledgeCategories.id }).from(knowledgeCategories).where(eq(knowledgeCategories.parentId, id)).limit(1);
  return rows.length > 0;
}

// ---------- articles and versions ----------

/** Stores a new article with its first version. */
export async function insertArticle(db: Executor, key: string) {
  const [row] = await db.insert(knowledgeArticles).values({ key }).onConflictDoNothing().returning();
  return row ?? null;
}

/** One article; `forUpdate` locks it for the transaction. */
export async function selectArticle(db: Executor, id: string, forUpdate = false): Promise<ArticleRow | undefined> {
  const query = db.select().from(knowledgeArticles).where(eq(knowledgeArticles.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

/** Changes an article. */
export async function updateArticle(db: Executor, id: string, patch: Partial<typeof knowledgeArticles.$inferInsert>) {
  const [row] = await db
    .update(knowledgeArticles)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(knowledgeArticles.id, id))
    .returning();
  return row!;
}

/** Stores a version. */
export async function insertVersion(db: Executor, row: typeof knowledgeArticleVersions.$inferInsert): Promise<VersionRow> {
  const [created] = await db.insert(knowledgeArticleVersions).values(row).returning();
  return created!;
}

/** One version. */
export async function selectVersion(db: Executor, id: string): Promise<VersionRow | undefined> {
  const [row] = await db.select().from(knowledgeArticleVersions).where(eq(knowledgeArticleVersions.id, id));
  return row;
}

/** Changes a version. */
export async function updateVersion(db: Executor, id: string, patch: Partial<typeof knowledgeArticleVersions.$inferInsert>): Promise<VersionRow> {
  const [row] = await db.update(knowledgeArticleVersions).set(patch).where(eq(knowledgeArticleVersions.id, id)).returning();
  return row!;
}

/** An article's versions, newest first. */
export function selectVersions(db: Executor, articleId: string) {
  return db.select().from(knowledgeArticleVersions).where(eq(knowledgeArticleVersions.articleId, articleId)).orderBy(desc(knowledgeArticleVersions.number));
}

/** The highest version number of an article. */
export async function lastVersionNumber(db: Executor, articleId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${knowledgeArticleVersions.number}), 0)::int` })
    .from(knowledgeArticleVersions)
    .where(eq(knowledgeArticleVersions.articleId, articleId));
  return row?.n ?? 0;
}

/** Articles with their live and working versions, for the editors' list. */
export function selectArticlesForEditors(db: Executor) {
  const live = sql`(select row_to_json(v) from knowledge_article_versions v where v.id = ${knowledgeArticles.publishedVersionId})`;
  const working = sql`(select row_to_json(v) from knowledge_article_versions v where v.id = ${knowledgeArticles.workingVersionId})`;
  const latest = sql`(select row_to_json(v) from knowledge_article_versions v where v.article_id = ${knowledgeArticles.id} order by v.number desc limit 1)`;
  return queryRows<{ id: string; key: string; archived: boolean; helpful: number; not_helpful: number; updated_at: string; live: Record<string, unknown> | null; working: Record<string, unknown> | null; latest: Record<string, unknown> }>(
    db,
    sql`select ${knowledgeArticles.id} as id, ${knowledgeArticles.key} as key, ${knowledgeArticles.archived} as archived, ${knowledgeArticles.helpful} as helpful,
          ${knowledgeArticles.notHelpful} as not_helpful, ${knowledgeArticles.updatedAt} as updated_at, ${live} as live, ${working} as working, ${latest} as latest
        from ${knowledgeArticles} order by ${knowledgeArticles.updatedAt} desc`,
  );
}

/** Published versions with their article key (what the public sees and the search indexes), optionally of some categories. */
export function selectPublishedVersions(db: Executor, categoryIds?: readonly string[]) {
  return db
    .select({ version: knowledgeArticleVersions, key: knowledgeArticles.key })
    .from(knowledgeArticles)
    .innerJoin(knowledgeArticleVersions, eq(knowledgeArticleVersions.id, knowledgeArticles.publishedVersionId))
    .where(categoryIds ? inArray(knowledgeArticleVersions.categoryId, [...categoryIds]) : undefined);
}

/** Published articles per category. */
export async function selectPublishedCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .select({ categoryId: knowledgeArticleVersions.categoryId, count: sql<number>`count(*)::int` })
    .from(knowledgeArticles)
    .innerJoin(knowledgeArticleVersions, eq(knowledgeArticleVersions.id, knowledgeArticles.publishedVersionId))
    .groupBy(knowledgeArticleVersions.categoryId);
  return new Map(rows.map((r) => [r.categoryId, r.count]));
}

/** The public version of one article, by id or key. */
export async function selectPublished(db: Executor, idOrKey: string) {
  const isId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrKey);
  const [row] = await db
    .select({ article: knowledgeArticles, version: knowledgeArticleVersions })
    .from(knowledgeArticles)
    .innerJoin(knowledgeArticleVersions, eq(knowledgeArticleVersions.id, knowledgeArticles.publishedVersionId))
    .where(isId ? eq(knowledgeArticles.id, idOrKey) : eq(knowledgeArticles.key, idOrKey));
  return row;
}

// ---------- the index version ----------

/** The version of what the public sees; every process compares it with the one its index was built from. */
export async function indexVersion(db: Executor): Promise<number> {
  const [row] = await db.select({ version: knowledgeIndexState.version }).from(knowledgeIndexState).where(eq(knowledgeIndexState.id, 1));
  return row?.version ?? 0;
}

/** Marks the public content changed (in the transaction that changes it). */
export async function bumpIndexVersion(db: Executor): Promise<void> {
  await db
    .insert(knowledgeIndexState)
    .values({ id: 1, version: 1 })
    .onConflictDoUpdate({ target: knowledgeIndexState.id, set: { version: sql`${knowledgeIndexState.version} + 1` } });
}

// ---------- feedback and searches ----------

/** Records a "helpful?" answer and counts it on the article. */
export async function insertFeedback(db: Executor, row: typeof knowledgeFeedback.$inferInsert) {
  await db.insert(knowledgeFeedback).values(row);
  await db
    .update(knowledgeArticles)
    .set(row.helpful ? { helpful: sql`${knowledgeArticles.helpful} + 1` } : { notHelpful: sql`${knowledgeArticles.notHelpful} + 1` })
    .where(eq(knowledgeArticles.id, row.articleId));
}

/** Records a finished search. */
export async function insertSearch(db: Executor, row: typeof knowledgeSearches.$inferInsert) {
  await db.insert(knowledgeSearches).values(row);
}

/** The most frequent searches in a period (`noResults`: only those that found nothing). */
export function selectTopSearches(db: Executor, period: { from: Date; to: Date }, noResults: boolean, limit: number) {
  return queryRows<{ query: string; language: string; searches: number; last_at: string; results: number }>(
    db,
    sql`select query, language, count(*)::int as searches, max(at) as last_at, max(results)::int as results
        from ${knowledgeSearches}
        where at >= ${period.from.toISOString()}::timestamptz and at < ${period.to.toISOString()}::timestamptz ${noResults ? sql`and results = 0` : sql``}
        group by query, language order by searches desc, last_at desc limit ${limit}`,
  );
}

/** Helpfulness per article over a period, by language. */
export function selectHelpfulness(db: Executor, period: { from: Date; to: Date }) {
  return queryRows<{ article_id: string; key: string; language: string; helpful: number; not_helpful: number }>(
    db,
    sql`select f.article_id, a.key, f.language,
          count(*) filter (where f.helpful)::int as helpful, count(*) filter (where not f.helpful)::int as not_helpful
        from ${knowledgeFeedback} f join ${knowledgeArticles} a on a.id = f.article_id
        where f.at >= ${period.from.toISOString()}::timestamptz and f.at < ${period.to.toISOString()}::timestamptz
        group by f.article_id, a.key, f.language order by count(*) desc`,
  );
}

// ---------- calls ----------

/** Stores a call. */
export async function insertCall(db: Executor, row: typeof knowledgeCalls.$inferInsert) {
  const [created] = await db.insert(knowledgeCalls).values(row).returning();
  return created!;
}

/** Calls in a period within `scope`, newest first. */
export function selectCalls(db: Executor, period: { from: Date; to: Date }, scope: SQL | undefined, limit: number) {
  return db
    .select({ call: knowledgeCalls, agentName: users.displayName, escalatedToName: organisations.name })
    .from(knowledgeCalls)
    .leftJoin(users, eq(users.id, knowledgeCalls.agentId))
    .leftJoin(organisations, eq(organisations.id, knowledgeCalls.escalatedTo))
    .where(and(gte(knowledgeCalls.startedAt, period.from), lt(knowledgeCalls.startedAt, period.to), scope))
    .orderBy(desc(knowledgeCalls.startedAt), desc(knowledgeCalls.id))
    .limit(limit);
}

/** How many calls started in the period within `scope` (the call list's condition). */
export async function countCalls(db: Executor, period: { from: Date; to: Date }, scope: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(knowledgeCalls)
    .where(and(gte(knowledgeCalls.startedAt, period.from), lt(knowledgeCalls.startedAt, period.to), scope));
  return row?.n ?? 0;
}

/** Calls per ISO week by topic and language. */
export function selectCallsByWeek(db: Executor, period: { from: Date; to: Date }, scope: SQL | undefined) {
  return queryRows<{ week: string; category_id: string | null; caller_language: string; outcome: string; calls: number }>(
    db,
    sql`select to_char(date_trunc('week', started_at), 'YYYY-MM-DD') as week, category_id, caller_language, outcome, count(*)::int as calls
        from ${knowledgeCalls}
        where started_at >= ${period.from.toISOString()}::timestamptz and started_at < ${period.to.toISOString()}::timestamptz ${scope ? sql`and ${scope}` : sql``}
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );
}

/** Active organisations, by name (where a call can be escalated to). */
export function selectActiveOrganisations(db: Executor) {
  return db.select({ id: organisations.id, name: organisations.name, type: organisations.type }).from(organisations).where(eq(organisations.active, true)).orderBy(asc(organisations.name));
}

/** True when an organisation exists and is active (an escalation target). */
export async function organisationExists(db: Executor, id: string): Promise<boolean> {
  const rows = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, id), eq(organisations.active, true)));
  return rows.length > 0;
}

// ---------- notices ----------

/** A reception centre (or contingency centre) by id or code, within `scope`. */
export async function selectCentre(db: Executor, idOrCode: string, scope: SQL | undefined) {
  const isId = /^[0-9a-f-]{36}$/i.test(idOrCode);
  const [row] = await db
    .select({ id: sites.id, code: sites.code, name: sites.name, type: sites.type })
    .from(sites)
    .where(and(isId ? eq(sites.id, idOrCode) : eq(sites.code, idOrCode), inArray(sites.type, ['reception-centre', 'contingency-centre']), eq(sites.active, true), scope));
  return row;
}

/** Reception and contingency centres within `scope`, by name. */
export function selectCentres(db: Executor, scope: SQL | undefined) {
  return db
    .select({ id: sites.id, code: sites.code, name: sites.name, type: sites.type })
    .from(sites)
    .where(and(inArray(sites.type, ['reception-centre', 'contingency-centre']), eq(sites.active, true), scope))
    .orderBy(asc(sites.name));
}

/** Stores a notice. */
export async function insertNotice(db: Executor, row: typeof knowledgeNotices.$inferInsert) {
  const [created] = await db.insert(knowledgeNotices).values(row).returning();
  return created!;
}

/** One notice. */
export async function selectNotice(db: Executor, id: string): Promise<NoticeRow | undefined> {
  const [row] = await db.select().from(knowledgeNotices).where(eq(knowledgeNotices.id, id));
  return row;
}

/** Changes a notice. */
export async function updateNotice(db: Executor, id: string, patch: Partial<typeof knowledgeNotices.$inferInsert>) {
  const [row] = await db
    .update(knowledgeNotices)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(knowledgeNotices.id, id))
    .returning();
  return row!;
}

/** A centre's notices (all statuses for its staff). */
export function selectNotices(db: Executor, siteId: string) {
  return db.select().from(knowledgeNotices).where(eq(knowledgeNotices.siteId, siteId)).orderBy(asc(knowledgeNotices.kind), desc(knowledgeNotices.updatedAt));
}

/** A centre's published notices valid on `day`. */
export function selectLiveNotices(db: Executor, siteId: string, day: string) {
  return db
    .select()
    .from(knowledgeNotices)
    .where(
      and(
        eq(knowledgeNotices.siteId, siteId),
        eq(knowledgeNotices.status, 'published'),
        sql`${knowledgeNotices.validFrom} <= ${day}`,
        sql`(${knowledgeNotices.validTo} is null or ${knowledgeNotices.validTo} >= ${day})`,
      ),
    )
    .orderBy(asc(knowledgeNotices.kind));
}

