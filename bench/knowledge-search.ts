/**
 * Knowledge-base search at 10,000 articles × 9 languages: the in-memory index the service uses (search,
 * then highlighting of the shown results) side by side with PostgreSQL full-text search alone
 * (to_tsvector('simple') + websearch_to_tsquery, GIN, ts_rank) on the same articles and queries.
 * Figures: latency per query and the share of queries whose article is in the top 3, by kind of query.
 */
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/platform/db/client';
import { queryRows } from '../src/server/platform/db/query';
import { snippetOf, highlightRanges } from '../src/server/modules/knowledge/search/highlight';
import { LanguageIndex } from '../src/server/modules/knowledge/search/language-index';
import { bulkInsert } from './lib/bulk';
import {
  BENCH_LANGUAGES,
  generateArticles,
  generateQueries,
  type BenchArticle,
  type BenchQuery,
  type QueryKind,
} from './knowledge-data';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { freshPostgresDatabase, startServer } from './lib/server';

interface Outcome {
  kind: QueryKind;
  ms: number;
  hit: boolean;
}

function summarise(outcomes: readonly Outcome[]) {
  const kinds: QueryKind[] = ['exact', 'one-typo', 'two-typos', 'prefix'];
  const hitRate = (list: readonly Outcome[]) => list.filter((o) => o.hit).length / Math.max(1, list.length);
  return {
    p50: percentile(
      outcomes.map((o) => o.ms),
      50,
    ),
    p95: percentile(
      outcomes.map((o) => o.ms),
      95,
    ),
    p99: percentile(
      outcomes.map((o) => o.ms),
      99,
    ),
    hit: hitRate(outcomes),
    byKind: Object.fromEntries(
      kinds.map((k) => [k, hitRate(outcomes.filter((o) => o.kind === k))]),
    ) as Record<QueryKind, number>,
  };
}

/**
 * The same corpus as published articles of a running server (one article, nine translations), and the
 * public search API under load: what a reader's phone waits for, logging of finished searches included.
 */
async function measureOverHttp(articles: Map<string, BenchArticle[]>, queries: readonly BenchQuery[], seconds: number) {
  const url = await freshPostgresDatabase(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', 'crossroads_bench_knowledge_http');
  const server = await startServer({ port: 4312, databaseUrl: url });
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    const [category] = await queryRows<{ id: string }>(database.db, sql`select id from knowledge_categories order by position limit 1`);
    const count = articles.get('ro')!.length;
    const articleIds = Array.from({ length: count }, () => randomUUID());
    const versionIds = Array.from({ length: count }, () => randomUUID());
    const translations = Array.from({ length: count }, (_, i) =>
      JSON.stringify(Object.fromEntries([...articles].map(([language, list]) => [language, { question: list[i]!.question, answer: list[i]!.answer }]))),
    );
    await bulkInsert(database.db, 'knowledge_articles', [
      { name: 'id', type: 'uuid' },
      { name: 'key', type: 'text' },
      { name: 'published_version_id', type: 'uuid' },
    ], articleIds.map((id, i) => [id, `bench-${i}`, versionIds[i]]), 5000);
    await bulkInsert(database.db, 'knowledge_article_versions', [
      { name: 'id', type: 'uuid' },
      { name: 'article_id', type: 'uuid' },
      { name: 'number', type: 'int' },
      { name: 'status', type: 'text' },
      { name: 'category_id', type: 'uuid' },
      { name: 'translations', type: 'jsonb' },
    ], versionIds.map((id, i) => [id, articleIds[i], 1, 'published', category!.id, translations[i]]), 2000);
    await database.db.execute(sql`update knowledge_index_state set version = version + 1`);
    const path = (q: BenchQuery) => `/api/knowledge/public/search?lang=${encodeURIComponent(q.language)}&q=${encodeURIComponent(q.text)}${q.typing ? '&typing=1' : ''}`;
    const built = performance.now();
    await fetch(`${server.url}${path(queries[0]!)}`);
    const rebuildSeconds = (performance.now() - built) / 1000;
    let next = 0;
    const run = (duration: number) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        autocannon(
          { url: server.url, connections: 1, duration, requests: [{ setupRequest: (request) => ({ ...request, path: path(queries[next++ % queries.length]!) }) }] },
          (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
        );
      });
    await run(3);
    const result = await run(seconds);
    return { rebuildSeconds, perSecond: result.requests.total / seconds, p50: result.latency.p50, p90: result.latency.p90, p97: result.latency.p97_5, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    await database.close();
    await server.stop();
  }
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runKnowledgeSearchBenchmark(): Promise<void> {
  const perLanguage = Number(process.env.BENCH_ARTICLES ?? 10_000);
  const queriesPerLanguage = Number(process.env.BENCH_QUERIES ?? 300);
  const articles = new Map<string, BenchArticle[]>();
  const queries: BenchQuery[] = [];
  for (const language of BENCH_LANGUAGES) {
    const list = generateArticles(language, perLanguage);
    articles.set(language, list);
    queries.push(...generateQueries(list, queriesPerLanguage));
  }
  const total = perLanguage * BENCH_LANGUAGES.length;
  console.log(`generated ${total} translations, ${queries.length} queries`);

  // ---- ours: the in-memory index ----
  global.gc?.();
  const memory = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const heapBefore = memory();
  const buildStarted = performance.now();
  const indices = new Map<string, LanguageIndex>();
  for (const [language, list] of articles) {
    indices.set(
      language,
      new LanguageIndex(
        list.map((a) => ({
          articleId: String(a.id),
          categoryIds: ['c'],
          question: a.question,
          answer: a.answer,
          categoryNames: '',
        })),
      ),
    );
  }
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  global.gc?.();
  const heapMb = (memory() - heapBefore) / 1024 / 1024;
  console.log(`index built in ${fixed(buildSeconds)} s, ${fixed(heapMb, 0)} MB heap`);
  for (const q of queries.slice(0, 200)) {
    indices.get(q.language)!.search(q.text, { limit: 3, typing: q.typing });
  }
  const ours: Outcome[] = queries.map((q) => {
    const index = indices.get(q.language)!;
    const started = performance.now();
    const found = index.search(q.text, { limit: 3, typing: q.typing });
    const matched = found.matched;
    for (const r of found.results) {
      const article = index.articles[r.doc]!;
      highlightRanges(article.question, matched);
      snippetOf(article.answer, matched);
    }
    const ms = performance.now() - started;
    return {
      kind: q.kind,
      ms,
      hit: found.results.some((r) => index.articles[r.doc]!.articleId === String(q.target)),
    };
  });

  // ---- PostgreSQL full-text search alone ----
  const url = await freshPostgresDatabase(
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    'crossroads_bench_knowledge',
  );
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    await database.db.execute(
      sql.raw(`create table bench_articles (article integer not null, language text not null, question text not null, answer text not null,
                 tsv tsvector generated always as (setweight(to_tsvector('simple', question), 'A') || to_tsvector('simple', answer)) stored)`),
    );
    const rows = [...articles.values()].flat().map((a) => [a.id, a.language, a.question, a.answer]);
    await bulkInsert(
      database.db,
      'bench_articles',
      [
        { name: 'article', type: 'int' },
        { name: 'language', type: 'text' },
        { name: 'question', type: 'text' },
        { name: 'answer', type: 'text' },
      ],
      rows,
      5000,
    );
    await database.db.execute(sql.raw('create index bench_articles_tsv on bench_articles using gin (tsv)'));
    await database.db.execute(sql.raw('analyze bench_articles'));
    const fts = async (q: BenchQuery) =>
      queryRows<{ article: number }>(
        database.db,
        sql`select article from bench_articles, websearch_to_tsquery('simple', ${q.text}) query
            where language = ${q.language} and tsv @@ query order by ts_rank(tsv, query) desc limit 3`,
      );
    for (const q of queries.slice(0, 200)) {
      await fts(q);
    }
    const theirs: Outcome[] = [];
    for (const q of queries) {
      const started = performance.now();
      const found = await fts(q);
      theirs.push({
        kind: q.kind,
        ms: performance.now() - started,
        hit: found.some((r) => r.article === q.target),
      });
    }
    const a = summarise(ours);
    const b = summarise(theirs);
    await database.close();
    const http = await measureOverHttp(articles, queries, Number(process.env.BENCH_SECONDS ?? 10));
    const pct = (x: number) => `${fixed(x * 100)} %`;
    writeSection(
      'knowledge-search',
      `## Knowledge-base search: 10,000 articles × 9 languages

Command: \`npm run bench -- knowledge-search\` (${perLanguage.toLocaleString('en')} generated articles in each of ${BENCH_LANGUAGES.length} languages — ${BENCH_LANGUAGES.join(', ')} — words from a Zipf vocabulary of 30,000 per language in its own script; ${queries.length} queries, ${queriesPerLanguage} per language, each two less common words of an article's question: as written, one typo, two typos, or the last word cut short while typing. A hit is the article in the top 3).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}.

| | Crossroads search (in memory) | PostgreSQL full-text search alone |
|---|---:|---:|
| p50 / p95 / p99 ms | ${fixed(a.p50, 2)} / ${fixed(a.p95, 2)} / ${fixed(a.p99, 2)} | ${fixed(b.p50, 2)} / ${fixed(b.p95, 2)} / ${fixed(b.p99, 2)} |
| hit rate in top 3, all queries | ${pct(a.hit)} | ${pct(b.hit)} |
| … words as written | ${pct(a.byKind.exact)} | ${pct(b.byKind.exact)} |
| … one typo | ${pct(a.byKind['one-typo'])} | ${pct(b.byKind['one-typo'])} |
| … two typos | ${pct(a.byKind['two-typos'])} | ${pct(b.byKind['two-typos'])} |
| … last word being typed | ${pct(a.byKind.prefix)} | ${pct(b.byKind.prefix)} |

Ours is measured in the server process (the search and the highlighting of the results shown), PostgreSQL's as the query's round trip (\`to_tsvector('simple')\` with the question weighted A, GIN index, \`websearch_to_tsquery\`, \`ts_rank\`, top 3). The index of all ${total.toLocaleString('en')} translations builds in ${fixed(buildSeconds)} s and takes about ${fixed(heapMb, 0)} MB (heap and typed arrays) in each server process; it is rebuilt when a publication changes what the public sees.

Over HTTP, with the same articles published in a running server on PostgreSQL (one article per row, nine translations each) and the same queries sent to \`GET /api/knowledge/public/search\` one after another (1 connection) for ${Number(process.env.BENCH_SECONDS ?? 10)} s (finished searches logged, typing ones not): **${fixed(http.perSecond, 0)} searches/s, p50 ${fixed(http.p50)} ms, p90 ${fixed(http.p90)} ms, p97.5 ${fixed(http.p97)} ms, p99 ${fixed(http.p99)} ms** (autocannon reports no p95), ${http.errors} errors. The first search after the articles changed waited ${fixed(http.rebuildSeconds)} s for the index to be rebuilt from the database.`,
    );
    console.table({
      ours: { p50: a.p50, p95: a.p95, hit: a.hit, ...a.byKind },
      postgres: { p50: b.p50, p95: b.p95, hit: b.hit, ...b.byKind },
    });
  } catch (error) {
    await database.close();
    throw error;
  }
}
