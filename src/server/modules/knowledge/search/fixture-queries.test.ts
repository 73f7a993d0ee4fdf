/**
 * Ranking and typo tolerance on a fixed set of caller queries per language (fixtures/queries.json),
 * against the starter FAQ the demo publishes: each query's article must be in the top 3.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LanguageIndex } from './language-index';
import { plainText } from './text';

interface SeedArticle {
  key: string;
  category: string;
  translations: Record<string, { question: string; answer: string }>;
}
interface FixtureQuery {
  lang: string;
  q: string;
  expect: string;
  kind: string;
  typing?: boolean;
}

const seedDir = path.join(import.meta.dirname, '../../../seed/knowledge');
const articles = fs
  .readdirSync(seedDir)
  .filter((f) => f.startsWith('articles-'))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join(seedDir, f), 'utf8')) as SeedArticle[]);
const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/queries.json'), 'utf8')) as { queries: FixtureQuery[] };

const indices = new Map<string, LanguageIndex>();
function indexOf(language: string): LanguageIndex {
  let index = indices.get(language);
  if (!index) {
    index = new LanguageIndex(
      articles.filter((a) => a.translations[language]).map((a) => ({ articleId: a.key, categoryIds: [a.category], question: a.translations[language]!.question, answer: plainText(a.translations[language]!.answer), categoryNames: '' })),
    );
    indices.set(language, index);
  }
  return index;
}

describe('search quality on the fixed query set', () => {
  for (const query of fixture.queries) {
    it(`${query.lang} "${query.q}" (${query.kind}) finds ${query.expect}`, () => {
      const index = indexOf(query.lang);
      const found = index.search(query.q, { limit: 3, typing: query.typing ?? false }).results.map((r) => index.articles[r.doc]!.articleId);
      expect(found).toContain(query.expect);
    });
  }

  it('covers every language the FAQ is seeded in, and every kind of query', () => {
    expect(new Set(fixture.queries.map((q) => q.lang))).toEqual(new Set(['en', 'ro', 'ar', 'uk', 'fr', 'ru', 'fa-AF']));
    expect(new Set(fixture.queries.map((q) => q.kind))).toEqual(new Set(['as written', 'typo', 'no diacritics', 'prefix', 'other script', 'cedilla', 'letter variant']));
  });
});
