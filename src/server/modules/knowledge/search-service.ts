/**
 * Search over the published articles, as every caller uses it (public pages, kiosks, agents): one
 * in-memory index per language in each server process, rebuilt when the published content changes
 * (the knowledge_index_state version, checked at most once a second, so several processes stay in step
 * within a second of a publication). Finished searches are logged without personal data.
 */
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { highlightRanges, snippetOf, type Ranges } from './search/highlight';
import { LanguageIndex, type IndexedArticle } from './search/language-index';
import { plainText } from './search/text';
import type { Channel } from './reference';
import * as store from './store';

interface IndexEntry {
  articleId: string;
  key: string;
  categoryId: string;
}

interface Built {
  version: number;
  indices: Map<string, LanguageIndex>;
  entries: Map<string, IndexEntry[]>;
  categories: Map<string, store.CategoryRow>;
}

const CHECK_INTERVAL_MS = 1000;

/** The indices of one database (a process normally has one; tests open several). */
interface Cache {
  built: Built | null;
  building: Promise<Built> | null;
  checkedAt: number;
}
const caches = new WeakMap<object, Cache>();

function cacheOf(db: Executor): Cache {
  let cache = caches.get(db);
  if (!cache) {
    cache = { built: null, building: null, checkedAt: 0 };
    caches.set(db, cache);
  }
  return cache;
}

/** Builds the indices of every language from the published versions. */
export async function buildIndices(db: Executor, version: number): Promise<Built> {
  const categories = new Map((await store.selectCategories(db)).map((c) => [c.id, c]));
  const published = await store.selectPublishedVersions(db);
  const perLanguage = new Map<string, { articles: IndexedArticle[]; entries: IndexEntry[] }>();
  for (const { version: v, key } of published) {
    const category = categories.get(v.categoryId);
    const parent = category?.parentId ? categories.get(category.parentId) : undefined;
    for (const [language, translation] of Object.entries(v.translations)) {
      let bucket = perLanguage.get(language);
      if (!bucket) {
        bucket = { articles: [], entries: [] };
        perLanguage.set(language, bucket);
      }
      bucket.articles.push({
        articleId: v.articleId,
        categoryIds: [v.categoryId, ...(parent ? [parent.id] : [])],
        question: translation.question,
        answer: plainText(translation.answer),
        categoryNames: [category?.names[language], parent?.names[language]].filter(Boolean).join(' '),
      });
      bucket.entries.push({ articleId: v.articleId, key, categoryId: v.categoryId });
    }
  }
  const indices = new Map<string, LanguageIndex>();
  const entries = new Map<string, IndexEntry[]>();
  for (const [language, bucket] of perLanguage) {
    indices.set(language, new LanguageIndex(bucket.articles));
    entries.set(language, bucket.entries);
  }
  return { version, indices, entries, categories };
}

/** The current indices, rebuilt first when the published content changed since they were built. */
export async function currentIndices(db: Executor, now = Date.now()): Promise<Built> {
  const cache = cacheOf(db);
  if (cache.built && now - cache.checkedAt < CHECK_INTERVAL_MS) {
    return cache.built;
  }
  const version = await store.indexVersion(db);
  cache.checkedAt = now;
  if (cache.built && cache.built.version === version) {
    return cache.built;
  }
  cache.building ??= buildIndices(db, version).finally(() => {
    cache.building = null;
  });
  cache.built = await cache.building;
  return cache.built;
}

/** Makes the next search of this database check for changes at once (after a publication in this process). */
export function expireSearchIndices(db: Executor): void {
  cacheOf(db).checkedAt = 0;
}

export interface SearchQuery {
  q: string;
  language: string;
  allLanguages?: boolean;
  categoryId?: string;
  /** The words are still being typed: the last one matches as a prefix, and nothing is logged. */
  typing?: boolean;
  limit?: number;
  channel: Channel;
}

export interface SearchHit {
  articleId: string;
  key: string;
  language: string;
  categoryId: string;
  question: string;
  questionHighlights: Ranges;
  snippet: string;
  snippetHighlights: Ranges;
  score: number;
}

/** Searches the published articles; a finished search (not typing) is logged for the analytics. */
export async function searchArticles(ctx: Ctx, query: SearchQuery): Promise<{ results: SearchHit[]; total: number }> {
  const { indices, entries } = await currentIndices(ctx.db);
  const limit = query.limit ?? 10;
  const languages = query.allLanguages ? [...indices.keys()] : [query.language];
  const hits: (SearchHit & { rank: [number, number, number] })[] = [];
  let total = 0;
  for (const language of languages) {
    const index = indices.get(language);
    if (!index) {
      continue;
    }
    const typing = query.typing ?? false;
    const found = index.search(query.q, { limit, typing, categoryId: query.categoryId });
    total += found.total;
    const matched = found.matched;
    for (const result of found.results) {
      const article = index.articles[result.doc]!;
      const entry = entries.get(language)![result.doc]!;
      const snippet = snippetOf(article.answer, matched);
      hits.push({
        articleId: entry.articleId,
        key: entry.key,
        language,
        categoryId: entry.categoryId,
        question: article.question,
        questionHighlights: highlightRanges(article.question, matched),
        snippet: snippet.text,
        snippetHighlights: snippet.highlights,
        score: Math.round(result.score * 1000) / 1000,
        rank: [result.matchedWords, result.typos, hits.length],
      });
    }
  }
  if (languages.length > 1) {
    // Merging languages: the same order as within one (more words, fewer typos), then relevance.
    hits.sort((a, b) => b.rank[0] - a.rank[0] || a.rank[1] - b.rank[1] || b.score - a.score);
  }
  if (!query.typing && query.q.trim().length > 0) {
    await store.insertSearch(ctx.db, {
      query: query.q.trim().toLowerCase().slice(0, 100),
      language: query.language,
      allLanguages: query.allLanguages ?? false,
      categoryId: query.categoryId ?? null,
      results: total,
      channel: query.channel,
      // The caller's clock (the real one outside tests and the demo history).
      at: ctx.now(),
    });
  }
  return {
    results: hits.slice(0, limit).map((hit) => {
      const shown: SearchHit & { rank?: unknown } = { ...hit };
      delete shown.rank;
      return shown;
    }),
    total,
  };
}
