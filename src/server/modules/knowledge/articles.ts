/**
 * Articles and their workflow: draft → in review → published (→ superseded by the next) or archived.
 * Editing a published article opens a new draft while the published version stays live; a reviewer
 * other than the one who sent it for review publishes it (four-eyes). Every step is audited.
 */
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, invalid, notFound } from '../../platform/errors';
import { unsafeLinks } from '../../../common/markdown';
import { actorIds } from '../people/service';
import { activeLanguageCodes } from './catalogue';
import { expireSearchIndices } from './search-service';
import * as store from './store';
import type { ArticleTranslation } from './tables';

export interface DraftInput {
  categoryId: string;
  translations: Record<string, ArticleTranslation>;
}

async function checkDraft(ctx: Ctx, input: DraftInput): Promise<DraftInput> {
  const languages = await activeLanguageCodes(ctx);
  const codes = Object.keys(input.translations);
  if (codes.length === 0) {
    throw invalid('Write the article in at least one language', [{ field: 'translations', message: 'Required' }]);
  }
  const unknown = codes.filter((c) => !languages.includes(c));
  if (unknown.length > 0) {
    throw invalid(`These languages are not configured: ${unknown.join(', ')}`, [{ field: 'translations', message: 'Unknown language' }]);
  }
  for (const [code, translation] of Object.entries(input.translations)) {
    const bad = unsafeLinks(translation.answer);
    if (bad.length > 0) {
      throw invalid(`Links may point to web pages (https://…), e-mail or telephone numbers only: ${bad.join(', ')}`, [{ field: `translations.${code}.answer`, message: 'Unsafe link' }]);
    }
  }
  if (!(await store.selectCategory(ctx.db, input.categoryId))) {
    throw invalid('The category does not exist', [{ field: 'categoryId', message: 'Unknown category' }]);
  }
  return input;
}

/** One article with every version, for editors. */
export async function getArticle(ctx: Ctx, articleId: string) {
  requirePermission(ctx, 'knowledge.edit');
  return describeArticle(ctx, articleId);
}

/** The editors' view of one article: its versions, who did what, and what the caller may do next. */
export async function describeArticle(ctx: Ctx, articleId: string) {
  const article = await store.selectArticle(ctx.db, articleId);
  if (!article) {
    throw notFound('Article');
  }
  const versions = await store.selectVersions(ctx.db, articleId);
  const people = new Set(versions.flatMap((v) => [v.createdBy, v.updatedBy, v.submittedBy, v.reviewedBy]).filter((id): id is string => id !== null));
  const names = await store.selectUserNames(ctx.db, [...people]);
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  const working = versions.find((v) => v.id === article.workingVersionId) ?? null;
  const me = actorIds(ctx).userId;
  return {
    id: article.id,
    key: article.key,
    archived: article.archived,
    helpful: article.helpful,
    notHelpful: article.notHelpful,
    publishedVersionId: article.publishedVersionId,
    workingVersionId: article.workingVersionId,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status,
      categoryId: v.categoryId,
      translations: v.translations,
      createdBy: name(v.createdBy),
      createdAt: v.createdAt,
      updatedBy: name(v.updatedBy),
      updatedAt: v.updatedAt,
      submittedBy: name(v.submittedBy),
      submittedAt: v.submittedAt,
      reviewedBy: name(v.reviewedBy),
      reviewedAt: v.reviewedAt,
      reviewNote: v.reviewNote,
      publishedAt: v.publishedAt,
    })),
    can: {
      edit: can(ctx, 'knowledge.edit') && working?.status === 'draft',
      revise: can(ctx, 'knowledge.edit') && !working,
      submit: can(ctx, 'knowledge.edit') && working?.status === 'draft',
      publish: can(ctx, 'knowledge.publish') && working?.status === 'in-review' && working.submittedBy !== me,
      returnToDraft: can(ctx, 'knowledge.publish') && working?.status === 'in-review',
      archive: can(ctx, 'knowledge.publish') && article.publishedVersionId !== null,
    },
  };
}

async function lockArticle(tx: Tx, articleId: string) {
  const article = await store.selectArticle(tx, articleId, true);
  if (!article) {
    throw notFound('Article');
  }
  return article;
}

async function workingVersion(tx: Tx, article: store.ArticleRow, status: 'draft' | 'in-review') {
  const version = article.workingVersionId ? await store.selectVersion(tx, article.workingVersionId) : undefined;
  if (!version) {
    throw conflict('This article has no version being worked on; start a revision first');
  }
  if (version.status !== status) {
    throw conflict(status === 'draft' ? 'This version is in review: the reviewer must send it back before it can change' : `This version is ${version.status}, not in review`);
  }
  return version;
}

/** Writes a new article as a draft. */
export async function createArticle(ctx: Ctx, input: DraftInput & { key: string }) {
  requirePermission(ctx, 'knowledge.edit');
  await checkDraft(ctx, input);
  const me = actorIds(ctx).userId;
  const id = await inTransaction(ctx, async (tx) => {
    const article = await store.insertArticle(tx, input.key);
    if (!article) {
      throw conflict(`An article with the key ${input.key} exists already`);
    }
    const version = await store.insertVersion(tx, { articleId: article.id, number: 1, categoryId: input.categoryId, translations: input.translations, createdBy: me, updatedBy: me });
    await store.updateArticle(tx, article.id, { workingVersionId: version.id });
    await recordAudit(tx, ctx, { action: 'knowledge.article.create', entityType: 'knowledge-article', entityId: article.id, fields: Object.keys(input.translations) });
    return article.id;
  });
  return describeArticle(ctx, id);
}

/** Changes the draft being worked on. */
export async function saveDraft(ctx: Ctx, articleId: string, input: DraftInput) {
  requirePermission(ctx, 'knowledge.edit');
  await checkDraft(ctx, input);
  await inTransaction(ctx, async (tx) => {
    const article = await lockArticle(tx, articleId);
    const version = await workingVersion(tx, article, 'draft');
    await store.updateVersion(tx, version.id, { categoryId: input.categoryId, translations: input.translations, updatedBy: actorIds(ctx).userId, updatedAt: ctx.now() });
    await store.updateArticle(tx, articleId, {});
    await recordAudit(tx, ctx, { action: 'knowledge.article.edit', entityType: 'knowledge-article', entityId: articleId, fields: Object.keys(input.translations) });
  });
  return describeArticle(ctx, articleId);
}

/** Opens a new draft from the live (or last archived) version; the live one stays published meanwhile. */
export async function startRevision(ctx: Ctx, articleId: string) {
  requirePermission(ctx, 'knowledge.edit');
  const me = actorIds(ctx).userId;
  await inTransaction(ctx, async (tx) => {
    const article = await lockArticle(tx, articleId);
    if (article.workingVersionId) {
      throw conflict('A revision of this article is already being worked on');
    }
    const [base] = await store.selectVersions(tx, articleId);
    const source = article.publishedVersionId ? await store.selectVersion(tx, article.publishedVersionId) : base;
    const version = await store.insertVersion(tx, {
      articleId,
      number: (await store.lastVersionNumber(tx, articleId)) + 1,
      categoryId: source!.categoryId,
      translations: source!.translations,
      createdBy: me,
      updatedBy: me,
    });
    await store.updateArticle(tx, articleId, { workingVersionId: version.id });
    await recordAudit(tx, ctx, { action: 'knowledge.article.revise', entityType: 'knowledge-article', entityId: articleId, detail: { version: version.number } });
  });
  return describeArticle(ctx, articleId);
}

/** Sends the draft for review. */
export async function submitForReview(ctx: Ctx, articleId: string) {
  requirePermission(ctx, 'knowledge.edit');
  await inTransaction(ctx, async (tx) => {
    const article = await lockArticle(tx, articleId);
    const version = await workingVersion(tx, article, 'draft');
    // A new submission starts a new review: the previous reviewer's note, name and time no longer apply.
    await store.updateVersion(tx, version.id, { status: 'in-review', submittedBy: actorIds(ctx).userId, submittedAt: ctx.now(), reviewNote: null, reviewedBy: null, reviewedAt: null });
    await store.updateArticle(tx, articleId, {});
    await recordAudit(tx, ctx, { action: 'knowledge.article.submit', entityType: 'knowledge-article', entityId: articleId, detail: { version: version.number } });
  });
  return describeArticle(ctx, articleId);
}

/** The reviewer publishes the version in review (not one they sent themselves), or returns it to draft with a note. */
export async function reviewArticle(ctx: Ctx, articleId: string, input: { decision: 'publish' | 'return'; note?: string | null }) {
  requirePermission(ctx, 'knowledge.publish');
  const me = actorIds(ctx).userId;
  await inTransaction(ctx, async (tx) => {
    const article = await lockArticle(tx, articleId);
    const version = await workingVersion(tx, article, 'in-review');
    if (input.decision === 'return') {
      if (!input.note) {
        throw invalid('Say what should change', [{ field: 'note', message: 'Required when returning a draft' }]);
      }
      await store.updateVersion(tx, version.id, { status: 'draft', reviewedBy: me, reviewedAt: ctx.now(), reviewNote: input.note });
    } else {
      // The system (seeding, imports) is not a person and is not subject to the four-eyes rule.
      if (me !== null && version.submittedBy === me) {
        throw conflict('You sent this version for review; another reviewer must publish it (four-eyes rule)');
      }
      if (article.publishedVersionId) {
        await store.updateVersion(tx, article.publishedVersionId, { status: 'superseded' });
      }
      await store.updateVersion(tx, version.id, { status: 'published', reviewedBy: me, reviewedAt: ctx.now(), reviewNote: input.note ?? null, publishedAt: ctx.now() });
      await store.updateArticle(tx, articleId, { publishedVersionId: version.id, workingVersionId: null, archived: false });
      await store.bumpIndexVersion(tx);
    }
    await recordAudit(tx, ctx, { action: `knowledge.article.${input.decision === 'publish' ? 'publish' : 'return'}`, entityType: 'knowledge-article', entityId: articleId, detail: { version: version.number } });
  });
  expireSearchIndices(ctx.db);
  return describeArticle(ctx, articleId);
}

/** Takes a published article off the public pages (its versions are kept). */
export async function archiveArticle(ctx: Ctx, articleId: string, reason: string) {
  requirePermission(ctx, 'knowledge.publish');
  await inTransaction(ctx, async (tx) => {
    const article = await lockArticle(tx, articleId);
    if (!article.publishedVersionId) {
      throw conflict('This article is not published');
    }
    await store.updateVersion(tx, article.publishedVersionId, { status: 'archived', reviewNote: reason });
    await store.updateArticle(tx, articleId, { publishedVersionId: null, archived: true });
    await store.bumpIndexVersion(tx);
    await recordAudit(tx, ctx, { action: 'knowledge.article.archive', entityType: 'knowledge-article', entityId: articleId, detail: { reason } });
  });
  expireSearchIndices(ctx.db);
  return describeArticle(ctx, articleId);
}

/** The editors' list: each article's live and working version, and per language whether it is translated. */
export async function listArticlesForEditors(ctx: Ctx, filter: { status?: string; categoryId?: string; missingLanguage?: string; language?: string }) {
  requirePermission(ctx, 'knowledge.edit');
  const languages = await activeLanguageCodes(ctx);
  const rows = await store.selectArticlesForEditors(ctx.db);
  const articles = rows.map((row) => {
    const live = row.live as { number: number; category_id: string; translations: Record<string, ArticleTranslation> } | null;
    const working = row.working as { number: number; status: string; category_id: string; translations: Record<string, ArticleTranslation> } | null;
    const latest = row.latest as { translations: Record<string, ArticleTranslation>; category_id: string; status: string };
    const shown = working ?? live ?? latest;
    const title = (filter.language ? shown.translations[filter.language]?.question : undefined) ?? shown.translations.en?.question ?? shown.translations.ro?.question ?? Object.values(shown.translations)[0]?.question ?? row.key;
    return {
      id: row.id,
      key: row.key,
      title,
      categoryId: shown.category_id,
      archived: row.archived,
      liveVersion: live?.number ?? null,
      working: working ? { number: working.number, status: working.status } : null,
      status: working?.status ?? (live ? 'published' : row.archived ? 'archived' : latest.status),
      translations: Object.fromEntries(languages.map((code) => [code, live?.translations[code] ? 'published' : working?.translations[code] ? 'draft' : 'missing'])),
      helpful: row.helpful,
      notHelpful: row.not_helpful,
      updatedAt: row.updated_at,
    };
  });
  return {
    languages,
    articles: articles.filter(
      (a) =>
        (!filter.status || a.status === filter.status) &&
        (!filter.categoryId || a.categoryId === filter.categoryId) &&
        (!filter.missingLanguage || a.translations[filter.missingLanguage] === 'missing'),
    ),
  };
}
