/**
 * Person search on a large generated registry (default 1,000,000 persons) on PostgreSQL: name + date of
 * birth queries built from planted variant spellings; latency and recall@10 of our search (blocking keys +
 * the name matcher) side by side with PostgreSQL pg_trgm similarity() alone. Then the duplicate pass over
 * the whole registry with 1% planted duplicates: wall time, precision and recall.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { mulberry32 } from '../src/common/names/testset';
import { runDuplicateJob, startDuplicateJob } from '../src/server/modules/people/duplicates';
import { indexPersonNames } from '../src/server/modules/people/name-index';
import { searchPersons } from '../src/server/modules/people/search';
import { systemContext } from '../src/server/platform/context';
import { openDatabase, type Database } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { queryRows } from '../src/server/platform/db/query';
import { bulkInsert, bulkLoad } from './lib/bulk';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { reuseDatabase, saveSample } from './lib/reuse';
import { freshPostgresDatabase } from './lib/server';
import { personGenerator, syntheticPerson, variantOf, type SyntheticPerson } from './people-data';

const COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'registration_number', type: 'text' },
  { name: 'given_names', type: 'text' },
  { name: 'surname', type: 'text' },
  { name: 'original_name', type: 'text' },
  { name: 'sex', type: 'text' },
  { name: 'date_of_birth', type: 'text' },
  { name: 'birth_from', type: 'date' },
  { name: 'birth_to', type: 'date' },
  { name: 'nationalities', type: 'text', expression: (v: ReturnType<typeof sql.raw>) => sql`array[${v}]` },
  { name: 'name_keys', type: 'text', expression: (v: ReturnType<typeof sql.raw>) => sql`string_to_array(${v}, ' ')` },
  { name: 'search_text', type: 'text' },
];

function rowOf(id: string, person: SyntheticPerson): unknown[] {
  return [
    id,
    `B-${String(person.index).padStart(8, '0')}`,
    person.givenNames,
    person.surname,
    person.originalName,
    person.sex,
    person.dateOfBirth,
    person.birthFrom,
    person.birthTo,
    person.nationality,
    person.nameKeys.join(' '),
    person.searchText,
  ];
}

interface Planted {
  id: string;
  person: SyntheticPerson;
}

/**
 * Loads the generated registry (`bulkLoad`: GIN indexes built after the rows). A sample of the persons (every n-th, with its database id)
 * is kept in `bench_sample` so that BENCH_REUSE=1 can measure again without reloading.
 */
async function loadRegistry(database: Database, size: number, seed: number) {
  const generator = personGenerator(seed);
  const sampleEvery = Math.max(1, Math.floor(size / 2000));
  const sample: Planted[] = [];
  const started = Date.now();
  await bulkLoad(database.db, 'persons', COLUMNS, size, (i) => {
    const person = generator.next();
    const id = randomUUID();
    if (i % sampleEvery === 0) {
      sample.push({ id, person });
    }
    return rowOf(id, person);
  }, 'persons');
  await saveSample(database, sample);
  return { sample, loadSeconds: (Date.now() - started) / 1000 };
}

/** The registry of an earlier run (BENCH_REUSE=1), when it has the requested size. */
async function reuseRegistry(serverUrl: string, name: string, size: number) {
  const reused = await reuseDatabase<SyntheticPerson>(serverUrl, name, async (database) => {
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from persons where registration_number like 'B-%' and registration_number < 'B-9'`);
    return count?.n === size;
  });
  if (reused) {
    await reused.database.db.execute(sql`delete from persons where registration_number >= 'B-9'`);
    await reused.database.db.execute(sql`delete from duplicate_candidates`);
  }
  return reused;
}

interface Measured {
  latencies: number[];
  hits: number;
  queries: number;
}

async function measureOurs(database: Database, queries: { text: string; dob: string; expect: string }[]): Promise<Measured> {
  const ctx = systemContext(database.db, 'bench');
  const latencies: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    const { results } = await searchPersons(ctx, { q: query.text, dateOfBirth: query.dob, limit: 10 });
    latencies.push(performance.now() - started);
    if (results.some((r) => r.person.id === query.expect)) {
      hits += 1;
    }
  }
  return { latencies, hits, queries: queries.length };
}

async function measureTrigram(database: Database, queries: { text: string; dob: string; from: string; to: string; expect: string }[]): Promise<Measured> {
  const latencies: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const started = performance.now();
    const rows = await queryRows<{ id: string }>(
      database.db,
      sql`select id from persons
          where search_text % lower(unaccent(${query.text})) and birth_from <= ${query.to}::date and birth_to >= ${query.from}::date
          order by similarity(search_text, lower(unaccent(${query.text}))) desc limit 10`,
    );
    latencies.push(performance.now() - started);
    if (rows.some((r) => r.id === query.expect)) {
      hits += 1;
    }
  }
  return { latencies, hits, queries: queries.length };
}

async function plantDuplicates(database: Database, sample: Planted[], count: number, seed: number) {
  const rng = mulberry32(seed);
  const pairs = new Set<string>();
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i += 1) {
    const original = sample[rng.int(sample.length)]!;
    const variant = variantOf(original.person, rng);
    const parts = variant.split(' ');
    const base = syntheticPerson(rng, 90_000_000 + i, original.person.name);
    const duplicate: SyntheticPerson = { ...base, givenNames: parts[0] ?? '', surname: parts.slice(1).join(' '), originalName: null, dateOfBirth: original.person.dateOfBirth, birthFrom: original.person.birthFrom, birthTo: original.person.birthTo, nationality: original.person.nationality };
    const indexed = indexPersonNames(duplicate);
    const id = randomUUID();
    rows.push(rowOf(id, { ...duplicate, nameKeys: indexed.keys, searchText: indexed.searchText }));
    pairs.add([original.id, id].sort().join('|'));
  }
  await bulkInsert(database.db, 'persons', COLUMNS, rows, 5000);
  return pairs;
}

async function measureSearch(database: Database, sample: Planted[], size: number, queryCount: number, registry: string) {
  const rng = mulberry32(7);
  const queries = Array.from({ length: queryCount }, () => {
    const target = sample[rng.int(sample.length)]!;
    return { text: variantOf(target.person, rng), dob: target.person.dateOfBirth, from: target.person.birthFrom, to: target.person.birthTo, expect: target.id };
  });
  await measureOurs(database, queries.slice(0, 50)); // warm-up
  const ours = await measureOurs(database, queries);
  await database.db.execute(sql`select set_limit(0.3)`);
  const trigram = await measureTrigram(database, queries);
  const row = (label: string, m: Measured) =>
    `| ${label} | ${fixed(percentile(m.latencies, 50))} | ${fixed(percentile(m.latencies, 95))} | ${fixed(percentile(m.latencies, 99))} | ${fixed(m.hits / m.queries, 3)} |`;
  writeSection(
    'people-search',
    `## Person search on ${size.toLocaleString('en')} persons (PostgreSQL)

Command: \`npm run bench -- people-search\` (\`BENCH_PEOPLE\`, \`BENCH_QUERIES\` to change the sizes; \`BENCH_REUSE=1\` measures again on the registry already loaded; \`BENCH_SKIP_SEARCH=1\` / \`BENCH_SKIP_DUPLICATES=1\` run one part).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. ${registry}

${queryCount} queries, each a planted variant of a registered person's name (native script, other transliteration, reordered, middle name dropped, compound joined/split, typos) with that person's date of birth as registered (full, year-month or year). Latency is one call of the search service (candidate SQL + scoring + the audit entry), sequential, the benchmark client and PostgreSQL on the same machine.

| method | p50 ms | p95 ms | p99 ms | recall@10 |
|---|---:|---:|---:|---:|
${row('Crossroads search (hashed keys × birth year, two-part lookup first, trigram ordering, name matcher)', ours)}
${row('pg_trgm similarity() alone (same date filter)', trigram)}`,
  );
  console.table({ ours: { p50: percentile(ours.latencies, 50), p95: percentile(ours.latencies, 95), recall: ours.hits / ours.queries }, trigram: { p50: percentile(trigram.latencies, 50), p95: percentile(trigram.latencies, 95), recall: trigram.hits / trigram.queries } });
}

async function measureDuplicates(database: Database, sample: Planted[], size: number, registry: string) {
  const planted = await plantDuplicates(database, sample, Math.round(size / 100), 99);
  const ctx = systemContext(database.db, 'bench');
  const job = await startDuplicateJob(ctx);
  const started = Date.now();
  const result = await runDuplicateJob(ctx, job.id, (done, total) => process.stderr.write(`\rduplicate pass: ${done}/${total} birth years`));
  process.stderr.write('\n');
  const seconds = (Date.now() - started) / 1000;
  const found = await queryRows<{ a: string; b: string }>(database.db, sql`select person_a as a, person_b as b from duplicate_candidates where job_id = ${job.id}`);
  const foundPairs = new Set(found.map((f) => [f.a, f.b].sort().join('|')));
  const truePositives = [...planted].filter((p) => foundPairs.has(p)).length;
  const recall = truePositives / planted.size;
  const precision = found.length ? truePositives / found.length : 0;
  writeSection(
    'people-duplicates',
    `## Duplicate pass over ${size.toLocaleString('en')} persons (PostgreSQL)

Command: \`npm run bench -- people-search\` (its second part; \`BENCH_REUSE=1 BENCH_SKIP_SEARCH=1\` runs only this part on the registry already loaded).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. ${registry} ${planted.size.toLocaleString('en')} duplicates planted (1%: a variant of a registered person's name — other transliteration, native script, reordered, dropped part, typos — with the same date of birth and nationality).

| wall time | birth-year groups | pairs scored | candidate pairs | recall of planted pairs | precision |
|---:|---:|---:|---:|---:|---:|
| ${fixed(seconds, 0)} s | ${result.total} | ${result.pairsScored.toLocaleString('en')} | ${found.length.toLocaleString('en')} | ${fixed(recall, 3)} | ${fixed(precision, 3)} |

Candidates that are not planted are mostly chance namesakes: the generated registry draws a million persons from a few hundred names per origin, so the same full name with a compatible date of birth recurs by chance; a reviewer would want to see those pairs too. The threshold is 0.8 (\`DUPLICATE_THRESHOLD\`).`,
  );
  console.table({ duplicates: { seconds, recall, precision, candidates: found.length } });
}

/** Runs the benchmark and writes its sections of docs/BENCHMARKS.md. */
export async function runPeopleSearchBenchmark(): Promise<void> {
  const size = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
  const queryCount = Number(process.env.BENCH_QUERIES ?? 1000);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const databaseName = 'crossroads_bench_people';
  const reused = await reuseRegistry(serverUrl, databaseName, size);
  const database = reused?.database ?? (await openDatabase({ url: await freshPostgresDatabase(serverUrl, databaseName), poolSize: 4 }));
  try {
    let sample: Planted[];
    let loadSeconds: number | null = null;
    if (reused) {
      sample = reused.sample;
      process.stderr.write(`reusing the registry of ${size} persons loaded by an earlier run\n`);
    } else {
      await migrateDatabase(database);
      ({ sample, loadSeconds } = await loadRegistry(database, size, 20261123));
    }
    const registry = `Registry generated with seed 20261123 from the multilingual name pools of \`src/common/names/testset.ts\` (Arabic, Dari, Pashto, Urdu, Russian, Ukrainian, Romanian, Turkish, Kurdish, Eritrean, Somali names; native script kept where the origin has one), ${loadSeconds === null ? 'loaded by an earlier run (BENCH_REUSE=1)' : `loaded in ${fixed(loadSeconds, 0)} s (bulk insert, GIN indexes built after)`}.`;
    if (process.env.BENCH_SKIP_SEARCH !== '1') {
      await measureSearch(database, sample, size, queryCount, registry);
    }
    if (process.env.BENCH_SKIP_DUPLICATES !== '1') {
      await measureDuplicates(database, sample, size, registry);
    }
  } finally {
    await database.close();
  }
}
