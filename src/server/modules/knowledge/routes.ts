/** HTTP of the knowledge base: public reading and search, editors' workflow, call log, analytics, centre notices. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { analyticsCsv, callAnalytics, helpfulnessAnalytics, searchAnalytics } from './analytics';
import { archiveArticle, createArticle, getArticle, listArticlesForEditors, reviewArticle, saveDraft, startRevision, submitForReview } from './articles';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { escalationTargets, logCall, listCalls } from './calls';
import { callsExport } from './exports';
import { createCategory, listCategories, listLanguages, saveLanguage, updateCategory } from './catalogue';
import { createNotice, kioskNotices, listCentres, listNotices, updateNotice } from './notices';
import { categoryArticles, publicArticle, publicCatalogue, recordFeedback } from './public';
import {
  archiveBody,
  callBody,
  categoryBody,
  categoryUpdateBody,
  createArticleBody,
  draftBody,
  editorListQuery,
  feedbackBody,
  flag,
  languageBody,
  languageCode,
  noticeBody,
  noticeUpdateBody,
  periodQuery,
  publicLanguageQuery,
  reportParams,
  reviewBody,
  searchQuery,
} from './schemas';
import { searchArticles } from './search-service';

const tags = ['knowledge'];
const idParams = z.object({ id: z.uuid() });
const refParams = z.object({ ref: z.string().min(1).max(80) });
const edit = { access: { permission: 'knowledge.edit' as const } };
const publish = { access: { permission: 'knowledge.publish' as const } };
const calls = { access: { permission: 'calls.log' as const } };
const centreStaff = { access: { permission: 'reception.manage' as const } };
const open = { access: { public: true as const } };

/** Registers /api/knowledge/*. */
export const knowledgeRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---------- public ----------
  app.get('/api/knowledge/public/catalogue', { config: open, schema: { tags, summary: 'Languages and categories with article counts (public)', querystring: publicLanguageQuery } }, async (request) =>
    publicCatalogue(request.ctx, request.query.lang),
  );
  app.get('/api/knowledge/public/categories/:ref', { config: open, schema: { tags, summary: 'A category’s published articles (public)', params: refParams, querystring: publicLanguageQuery } }, async (request) =>
    categoryArticles(request.ctx, request.params.ref, request.query.lang, request.query.fallback),
  );
  app.get(
    '/api/knowledge/public/articles/:ref',
    { config: open, schema: { tags, summary: 'A published article in the reader’s language, or the fallback with a notice (public)', params: refParams, querystring: publicLanguageQuery } },
    async (request) => publicArticle(request.ctx, request.params.ref, request.query.lang, request.query.fallback),
  );
  app.get(
    '/api/knowledge/public/search',
    { config: open, schema: { tags, summary: 'Search published articles by word: typo-tolerant, prefix while typing, diacritics and script insensitive (public)', querystring: searchQuery } },
    async (request) => {
      const q = request.query;
      return searchArticles(request.ctx, { q: q.q, language: q.lang, allLanguages: flag(q.all), categoryId: q.category, typing: flag(q.typing), limit: q.limit, channel: q.channel ?? 'public' });
    },
  );
  app.post(
    '/api/knowledge/public/articles/:ref/feedback',
    { config: { ...open, rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: (request) => `feedback:${request.ip}` } }, schema: { tags, summary: 'Mark an article helpful or not (public)', params: refParams, body: feedbackBody } },
    async (request) => recordFeedback(request.ctx, request.params.ref, request.body),
  );
  app.get(
    '/api/knowledge/public/kiosk/:ref/notices',
    { config: open, schema: { tags, summary: 'Notices a centre’s kiosk shows today (public)', params: refParams, querystring: z.object({ lang: languageCode }) } },
    async (request) => kioskNotices(request.ctx, request.params.ref, request.query.lang),
  );

  // ---------- editors ----------
  app.get('/api/knowledge/languages', { config: { access: { authenticated: true } }, schema: { tags, summary: 'Configured languages (any signed-in user)' } }, async (request) => listLanguages(request.ctx));
  app.put(
    '/api/knowledge/languages/:code',
    { config: publish, schema: { tags, summary: 'Add or change a language', params: z.object({ code: languageCode }), body: languageBody } },
    async (request) => saveLanguage(request.ctx, { code: request.params.code, ...request.body }),
  );
  app.get('/api/knowledge/categories', { config: edit, schema: { tags, summary: 'Every category' } }, async (request) => listCategories(request.ctx));
  app.post('/api/knowledge/categories', { config: publish, schema: { tags, summary: 'Add a category', body: categoryBody } }, async (request, reply) =>
    reply.status(201).send(await createCategory(request.ctx, request.body)),
  );
  app.put('/api/knowledge/categories/:id', { config: publish, schema: { tags, summary: 'Change a category', params: idParams, body: categoryUpdateBody } }, async (request) =>
    updateCategory(request.ctx, request.params.id, request.body),
  );
  app.get('/api/knowledge/articles', { config: edit, schema: { tags, summary: 'Articles with their versions and translation state per language', querystring: editorListQuery } }, async (request) =>
    listArticlesForEditors(request.ctx, { status: request.query.status, categoryId: request.query.category, missingLanguage: request.query.missing, language: request.query.lang }),
  );
  app.post('/api/knowledge/articles', { config: edit, schema: { tags, summary: 'Write a new article (draft)', body: createArticleBody } }, async (request, reply) =>
    reply.status(201).send(await createArticle(request.ctx, request.body)),
  );
  app.get('/api/knowledge/articles/:id', { config: edit, schema: { tags, summary: 'An article with every version', params: idParams } }, async (request) => getArticle(request.ctx, request.params.id));
  app.put('/api/knowledge/articles/:id/draft', { config: edit, schema: { tags, summary: 'Save the draft being worked on', params: idParams, body: draftBody } }, async (request) =>
    saveDraft(request.ctx, request.params.id, request.body),
  );
  app.post('/api/knowledge/articles/:id/revise', { config: edit, schema: { tags, summary: 'Open a new draft of a published article (the published one stays live)', params: idParams } }, async (request) =>
    startRevision(request.ctx, request.params.id),
  );
  app.post('/api/knowledge/articles/:id/submit', { config: edit, schema: { tags, summary: 'Send the draft for review', params: idParams } }, async (request) => submitForReview(request.ctx, request.params.id));
  app.post('/api/knowledge/articles/:id/review', { config: publish, schema: { tags, summary: 'Publish the version in review, or return it with a note', params: idParams, body: reviewBody } }, async (request) =>
    reviewArticle(request.ctx, request.params.id, request.body),
  );
  app.post('/api/knowledge/articles/:id/archive', { config: publish, schema: { tags, summary: 'Take an article off the public pages', params: idParams, body: archiveBody } }, async (request) =>
    archiveArticle(request.ctx, request.params.id, request.body.reason),
  );

  // ---------- agents ----------
  app.get('/api/knowledge/search', { config: calls, schema: { tags, summary: 'The same search, from the call screen', querystring: searchQuery } }, async (request) => {
    const q = request.query;
    return searchArticles(request.ctx, { q: q.q, language: q.lang, allLanguages: flag(q.all), categoryId: q.category, typing: flag(q.typing), limit: q.limit, channel: 'agent' });
  });
  app.post('/api/knowledge/calls', { config: calls, schema: { tags, summary: 'Log a call', body: callBody } }, async (request, reply) => reply.status(201).send(await logCall(request.ctx, request.body)));
  app.get('/api/knowledge/escalation-targets', { config: calls, schema: { tags, summary: 'Organisations a call can be escalated to' } }, async (request) => escalationTargets(request.ctx));
  app.get('/api/knowledge/calls', { config: calls, schema: { tags, summary: 'Calls of a period', querystring: periodQuery } }, async (request) => listCalls(request.ctx, request.query));
  app.get('/api/knowledge/calls/export', { config: calls, schema: { tags, summary: 'Calls of a period as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: periodQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, callsExport(request.ctx, request.query), request.query.format),
  );

  // ---------- analytics ----------
  app.get('/api/knowledge/analytics/searches', { config: publish, schema: { tags, summary: 'Top searches and searches with no results', querystring: periodQuery } }, async (request) =>
    searchAnalytics(request.ctx, request.query),
  );
  app.get('/api/knowledge/analytics/helpfulness', { config: publish, schema: { tags, summary: 'Helpful / not helpful per article', querystring: periodQuery } }, async (request) =>
    helpfulnessAnalytics(request.ctx, request.query),
  );
  app.get('/api/knowledge/analytics/calls', { config: publish, schema: { tags, summary: 'Calls per week by topic and language', querystring: periodQuery } }, async (request) =>
    callAnalytics(request.ctx, request.query, request.query.lang),
  );
  app.get(
    '/api/knowledge/analytics/:report/csv',
    { config: publish, schema: { tags, summary: 'A report as CSV (formulas neutralised)', params: reportParams, querystring: periodQuery } },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.report}-${request.query.from}-${request.query.to}.csv"`)
        .send(await analyticsCsv(request.ctx, request.params.report, request.query)),
  );

  // ---------- centre notices ----------
  app.get('/api/knowledge/centres', { config: centreStaff, schema: { tags, summary: 'The centres whose notices the caller may write (posted there, or all for national roles)' } }, async (request) => listCentres(request.ctx));
  app.get('/api/knowledge/centres/:id/notices', { config: centreStaff, schema: { tags, summary: 'A centre’s kiosk notices (its staff)', params: idParams } }, async (request) =>
    listNotices(request.ctx, request.params.id),
  );
  app.post('/api/knowledge/centres/:id/notices', { config: centreStaff, schema: { tags, summary: 'Write a kiosk notice (draft)', params: idParams, body: noticeBody } }, async (request, reply) =>
    reply.status(201).send(await createNotice(request.ctx, request.params.id, request.body)),
  );
  app.put('/api/knowledge/notices/:id', { config: centreStaff, schema: { tags, summary: 'Change, publish or archive a notice', params: idParams, body: noticeUpdateBody } }, async (request) =>
    updateNotice(request.ctx, request.params.id, request.body),
  );
};
