/**
 * What the public reads without signing in (public pages, kiosks) and what agents read on a call: the
 * languages, the categories, published articles in the reader's language or a chosen fallback (with a
 * notice), and "was this helpful?". Nothing here is personal data.
 */
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { DEFAULT_FALLBACK_LANGUAGE, type Channel } from './reference';
import * as store from './store';
import type { ArticleTranslation } from './tables';

/** The text of a translation map in `language`, else in `fallback`, else in any language. */
function pick<T>(translations: Record<string, T>, language: string, fallback: string): { language: string; value: T } | null {
  for (const code of [language, fallback, DEFAULT_FALLBACK_LANGUAGE, 'ro']) {
    const value = translations[code];
    if (value !== undefined) {
      return { language: code, value };
    }
  }
  const [code, value] = Object.entries(translations)[0] ?? [];
  return code === undefined ? null : { language: code, value: value as T };
}

/** A category's name in the reader's language (or the fallback, or its key). */
export function categoryName(category: store.CategoryRow, language: string, fallback = DEFAULT_FALLBACK_LANGUAGE): string {
  return pick(category.names, language, fallback)?.value ?? category.key;
}

async function checkLanguage(ctx: Ctx, language: string, field: string) {
  const languages = await store.selectLanguages(ctx.db);
  const found = languages.find((l) => l.code === language && l.active);
  if (!found) {
    throw invalid(`"${language}" is not one of the languages of the knowledge base`, [{ field, message: 'Unknown language' }]);
  }
  return { found, languages: languages.filter((l) => l.active) };
}

/** Languages and the active categories with the number of published articles in each (any language). */
export async function publicCatalogue(ctx: Ctx, language: string) {
  const { languages } = await checkLanguage(ctx, language, 'lang');
  const categories = (await store.selectCategories(ctx.db)).filter((c) => c.active);
  const direct = await store.selectPublishedCounts(ctx.db);
  const counts = new Map<string, number>();
  for (const category of categories) {
    const n = direct.get(category.id) ?? 0;
    for (const id of [category.id, category.parentId].filter((x): x is string => !!x)) {
      counts.set(id, (counts.get(id) ?? 0) + n);
    }
  }
  return {
    languages: languages.map((l) => ({ code: l.code, nativeName: l.nativeName, englishName: l.englishName, rtl: l.rtl })),
    categories: categories.map((c) => ({ id: c.id, key: c.key, parentId: c.parentId, name: categoryName(c, language), articles: counts.get(c.id) ?? 0 })),
  };
}

/** Published articles of a category (and its children), questions in the reader's language or the fallback. */
export async function categoryArticles(ctx: Ctx, categoryIdOrKey: string, language: string, fallback = DEFAULT_FALLBACK_LANGUAGE) {
  await checkLanguage(ctx, language, 'lang');
  const categories = await store.selectCategories(ctx.db);
  const category = categories.find((c) => (c.id === categoryIdOrKey || c.key === categoryIdOrKey) && c.active);
  if (!category) {
    throw notFound('Category');
  }
  const ids = new Set([category.id, ...categories.filter((c) => c.parentId === category.id).map((c) => c.id)]);
  const published = await store.selectPublishedVersions(ctx.db, [...ids]);
  return {
    category: { id: category.id, key: category.key, parentId: category.parentId, name: categoryName(category, language, fallback) },
    articles: published
      .map(({ version, key }) => {
        const shown = pick<ArticleTranslation>(version.translations, language, fallback)!;
        return { id: version.articleId, key, question: shown.value.question, language: shown.language, translated: shown.language === language };
      })
      .sort((a, b) => a.question.localeCompare(b.question, language)),
  };
}

/** One published article in the reader's language, or in the fallback with `fallbackUsed`. */
export async function publicArticle(ctx: Ctx, idOrKey: string, language: string, fallback = DEFAULT_FALLBACK_LANGUAGE) {
  await checkLanguage(ctx, language, 'lang');
  const row = await store.selectPublished(ctx.db, idOrKey);
  if (!row) {
    throw notFound('Article');
  }
  const shown = pick<ArticleTranslation>(row.version.translations, language, fallback)!;
  const category = await store.selectCategory(ctx.db, row.version.categoryId);
  return {
    id: row.article.id,
    key: row.article.key,
    language: shown.language,
    requestedLanguage: language,
    fallbackUsed: shown.language !== language,
    question: shown.value.question,
    answer: shown.value.answer,
    category: category ? { id: category.id, key: category.key, name: categoryName(category, language, fallback) } : null,
    availableLanguages: Object.keys(row.version.translations),
    publishedAt: row.version.publishedAt,
  };
}

/** Records a reader's "helpful / not helpful" for a published article. */
export async function recordFeedback(ctx: Ctx, idOrKey: string, input: { language: string; helpful: boolean; channel: Channel }) {
  await checkLanguage(ctx, input.language, 'language');
  const row = await store.selectPublished(ctx.db, idOrKey);
  if (!row) {
    throw notFound('Article');
  }
  await inTransaction(ctx, (tx) => store.insertFeedback(tx, { articleId: row.article.id, language: input.language, helpful: input.helpful, channel: input.channel }));
  return { recorded: true };
}
