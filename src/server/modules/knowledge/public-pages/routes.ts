/**
 * The public help pages, rendered on the server: a few kilobytes of HTML per page, one small stylesheet,
 * and a script that only adds suggestions while typing. Everything works without JavaScript (forms and
 * links), so they stay fast on a cheap phone. Paths: /help/<lang>, /topics/<key>, /answers/<key>, /search.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { escapeHtml } from '../../../../common/markdown';
import { AppError } from '../../../platform/errors';
import type { Ctx } from '../../../platform/context';
import { categoryArticles, publicArticle, publicCatalogue, recordFeedback } from '../public';
import { languageCode } from '../schemas';
import { searchArticles } from '../search-service';
import { articleBody, homeBody, page, resultsBody, topicBody, type Language, type Shell } from './html';
import { pageStrings } from './strings';

const ASSETS = path.join(import.meta.dirname, 'assets');
const asset = (name: string) => fs.readFileSync(path.join(ASSETS, name), 'utf8');
const open = { access: { public: true as const } };
const hide = { hide: true };

/** The active languages, and the one asked for (404 when it is not one of them). */
async function languagesFor(ctx: Ctx, code: string): Promise<{ language: Language; languages: Language[] }> {
  const { languages } = await publicCatalogue(ctx, 'en');
  const language = languages.find((l) => l.code === code);
  if (!language) {
    throw new AppError('not_found', 404, 'Language not found');
  }
  return { language, languages };
}

/** The best language for a first visit: the browser's preference among ours, else Romanian. */
function preferred(acceptLanguage: string | undefined, codes: readonly string[]): string {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter(Boolean);
  for (const tag of wanted) {
    const exact = codes.find((c) => c.toLowerCase() === tag.toLowerCase());
    const base = codes.find((c) => c.split('-')[0] === tag.split('-')[0]!.toLowerCase());
    if (exact ?? base) {
      return (exact ?? base)!;
    }
  }
  return codes.includes('ro') ? 'ro' : codes[0]!;
}

function shellOf(language: Language, languages: Language[], title: string, pathIn: (code: string) => string, extra: Partial<Shell> = {}): Shell {
  return { language, languages, title, pathIn, ...extra };
}

/** Registers /help (public help pages) and their assets. */
export const helpPages: FastifyPluginAsyncZod = async (app) => {
  // HTML forms post urlencoded bodies; only these pages take them.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  // Errors of these pages are pages too: a reader following a stale link gets a way back, not JSON.
  app.setErrorHandler(async (error, request, reply) => {
    const status = error instanceof AppError ? error.status : (error as { validation?: unknown }).validation ? 400 : 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'help page failed');
    }
    const lang = /^\/help\/([a-zA-Z-]{2,6})/.exec(request.url)?.[1] ?? 'en';
    const t = pageStrings(lang);
    const title = status === 404 ? '404' : String(status);
    return reply
      .status(status)
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="stylesheet" href="/help/assets/help.css"></head><body><main><h1>${title}</h1><p><a href="/help">${escapeHtml(t.home)}</a></p></main></body></html>`);
  });
  const css = asset('help.css');
  const js = asset('help.js');
  app.get('/help/assets/help.css', { config: open, schema: hide }, async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(css));
  app.get('/help/assets/help.js', { config: open, schema: hide }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(js));

  app.get('/help', { config: open, schema: hide }, async (request, reply) => {
    const { languages } = await publicCatalogue(request.ctx, 'en');
    return reply.redirect(`/help/${preferred(request.headers['accept-language'], languages.map((l) => l.code))}`);
  });

  const langParams = z.object({ lang: languageCode });
  app.get('/help/:lang', { config: open, schema: { ...hide, params: langParams } }, async (request, reply) => {
    const { lang } = request.params;
    const { language, languages } = await languagesFor(request.ctx, lang);
    const t = pageStrings(lang);
    const { categories } = await publicCatalogue(request.ctx, lang);
    return reply.type('text/html; charset=utf-8').send(page(shellOf(language, languages, t.categories, (code) => `/help/${code}`), homeBody(t, lang, categories)));
  });

  app.get('/help/:lang/topics/:key', { config: open, schema: { ...hide, params: langParams.extend({ key: z.string().max(80) }) } }, async (request, reply) => {
    const { lang, key } = request.params;
    const { language, languages } = await languagesFor(request.ctx, lang);
    const { category, articles } = await categoryArticles(request.ctx, key, lang);
    return reply.type('text/html; charset=utf-8').send(page(shellOf(language, languages, category.name, (code) => `/help/${code}/topics/${key}`), topicBody(pageStrings(lang), lang, category.name, articles)));
  });

  const answerParams = langParams.extend({ key: z.string().max(80) });
  app.get(
    '/help/:lang/answers/:key',
    { config: open, schema: { ...hide, params: answerParams, querystring: z.object({ fallback: languageCode.optional(), thanks: z.literal('1').optional() }) } },
    async (request, reply) => {
      const { lang, key } = request.params;
      const { language, languages } = await languagesFor(request.ctx, lang);
      const article = await publicArticle(request.ctx, key, lang, request.query.fallback);
      const shown = languages.find((l) => l.code === article.language) ?? language;
      const body = articleBody(pageStrings(lang), {
        key: article.key,
        question: article.question,
        answer: article.answer,
        language: shown,
        requested: language,
        fallbackUsed: article.fallbackUsed,
        category: article.category,
        feedback: request.query.thanks ? 'thanks' : null,
      });
      return reply.type('text/html; charset=utf-8').send(page(shellOf(language, languages, article.question, (code) => `/help/${code}/answers/${key}`), body));
    },
  );

  app.post(
    '/help/:lang/answers/:key/feedback',
    { config: { ...open, rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: (request) => `feedback:${request.ip}` } }, schema: { ...hide, params: answerParams, body: z.object({ helpful: z.enum(['yes', 'no']) }) } },
    async (request, reply) => {
      const { lang, key } = request.params;
      await recordFeedback(request.ctx, key, { language: lang, helpful: request.body.helpful === 'yes', channel: 'public' });
      return reply.redirect(`/help/${lang}/answers/${encodeURIComponent(key)}?thanks=1`, 303);
    },
  );

  app.get(
    '/help/:lang/search',
    { config: open, schema: { ...hide, params: langParams, querystring: z.object({ q: z.string().max(200).default(''), all: z.literal('1').optional(), category: z.uuid().optional() }) } },
    async (request, reply) => {
      const { lang } = request.params;
      const { language, languages } = await languagesFor(request.ctx, lang);
      const { q, all, category } = request.query;
      const found = q.trim() ? await searchArticles(request.ctx, { q, language: lang, allLanguages: all === '1', categoryId: category, limit: 20, channel: 'public' }) : { results: [] };
      const t = pageStrings(lang);
      const qs = (code: string) => `/help/${code}/search?q=${encodeURIComponent(q)}${all ? '&all=1' : ''}`;
      return reply.type('text/html; charset=utf-8').send(page(shellOf(language, languages, t.resultsFor(q), qs, { query: q, allLanguages: all === '1' }), resultsBody(t, lang, q, found.results)));
    },
  );
};
