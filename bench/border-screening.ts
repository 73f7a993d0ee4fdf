/**
 * Border screening on a large generated watchlist (default 1,000,000 entries with aliases) on PostgreSQL:
 * travellers (default 100,000) of whom a known 1% are listed persons under a variant of their name, each
 * screened by the screening service; latency, recall of the planted travellers and alerts on the others,
 * side by side with PostgreSQL pg_trgm similarity() alone on a sample (it is far slower). Then recorded
 * crossings per second over loopback HTTP (screening + write + audit) with autocannon.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { normaliseName } from '../src/common/names';
import { generatePersonName, mulberry32, NAME_POOLS, type Rng } from '../src/common/names/testset';
import { lookupScope, nameHitsWithoutIndex } from '../src/server/modules/border/name-screening';
import { screenTraveller } from '../src/server/modules/border/screening';
import { awaitScreeningIndex, screeningIndexStatus } from '../src/server/modules/border/screening-index/live-index';
import { localDay } from '../src/server/modules/border/travel-days';
import { selectAllSources } from '../src/server/modules/border/watchlist-store';
import { parsePartialDate } from '../src/common/dates/partial-date';
import { WATCHLIST_ACTIONS } from '../src/server/modules/border/reference';
import type { WatchlistRow } from '../src/server/modules/border/watchlist-csv';
import { entryFromRow } from '../src/server/modules/border/watchlist-entries';
import { systemContext } from '../src/server/platform/context';
import { openDatabase, type Database } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { queryRows } from '../src/server/platform/db/query';
import { DEMO_PASSWORD } from '../src/server/seed/demo';
import { bulkLoad } from './lib/bulk';
import { fixed, machineLine, percentile, writeSection } from './lib/report';
import { reuseDatabase, saveSample } from './lib/reuse';
import { databaseUrlOf, freshPostgresDatabase, postgresCpuSeconds, processCpuSeconds, signInHttp, startServer } from './lib/server';
import { syntheticPerson, variantOf, type SyntheticPerson } from './people-data';

/** The columns of a generated watchlist entry, in the order the benchmarks' entry rows give them. */
export const ENTRY_COLUMNS = [
  { name: 'id', type: 'uuid' },
  { name: 'source_id', type: 'uuid' },
  { name: 'external_ref', type: 'text' },
  { name: 'content_hash', type: 'text' },
  { name: 'names', type: 'jsonb' },
  { name: 'name_keys', type: 'text', expression: (v: ReturnType<typeof sql.raw>) => sql`string_to_array(${v}, ' ')` },
  { name: 'search_text', type: 'text' },
  { name: 'date_of_birth', type: 'text' },
  { name: 'birth_from', type: 'date' },
  { name: 'birth_to', type: 'date' },
  { name: 'nationalities', type: 'text', expression: (v: ReturnType<typeof sql.raw>) => sql`array[${v}]` },
  { name: 'action', type: 'text' },
  { name: 'added_in_version', type: 'int' },
];

/**
 * A generated person whose name carries a father's name after the given name (taken from the same pool,
 * script included). The pools hold some thirty names per part: with two parts, a million listed people
 * would repeat every full name a hundred times over, which no real list does, and a screening benchmark
 * would count those namesakes as false alerts. The extra part widens the name space about thirtyfold.
 */
function listedPerson(rng: Rng, index: number): SyntheticPerson {
  const name = generatePersonName(rng);
  const pool = NAME_POOLS.find((p) => p.origin === name.origin);
  let father = generatePersonName(rng, pool);
  while (father.sex !== 'M') {
    father = generatePersonName(rng, pool);
  }
  const parts = [name.parts[0]!, father.parts[0]!, ...name.parts.slice(1)];
  const original = parts.every((part) => part.native !== undefined) ? parts.map((part) => part.native).join(' ') : undefined;
  return syntheticPerson(rng, index, { ...name, parts, latin: parts.map((part) => part.latin).join(' '), original });
}

export interface Listed {
  id: string;
  person: SyntheticPerson;
}

/** A listed person: the name, one or two aliases (other spellings or another name used), and the rest. */
function watchlistRow(rng: Rng, person: SyntheticPerson, index: number): WatchlistRow {
  const aliases: string[] = [];
  const count = rng.int(3);
  for (let i = 0; i < count; i += 1) {
    aliases.push(rng.chance(0.7) ? variantOf(person, rng) : listedPerson(rng, index).name.latin);
  }
  if (person.originalName) {
    aliases.push(person.originalName);
  }
  return {
    line: index + 2,
    externalRef: `W-${index}`,
    name: `${person.givenNames} ${person.surname}`,
    aliases,
    dateOfBirth: person.dateOfBirth,
    dateOfBirthEstimated: false,
    birthFrom: person.birthFrom,
    birthTo: person.birthTo,
    nationalities: [person.nationality],
    documentNumbers: [],
    action: WATCHLIST_ACTIONS[rng.int(WATCHLIST_ACTIONS.length)]!,
    validFrom: null,
    validTo: null,
    note: null,
  };
}

/** Loads the generated list (seeded) and keeps the sample the travellers are planted from. */
export async function loadWatchlist(database: Database, size: number, seed: number) {
  const [source] = await queryRows<{ id: string }>(
    database.db,
    sql`insert into watchlist_sources (code, name, kind, threshold, current_version) values ('BENCH', 'Generated sanctions list', 'sanctions', 0.8, 1) returning id`,
  );
  await database.db.execute(sql`insert into watchlist_versions (source_id, version, mode, note, added) values (${source!.id}, 1, 'replace', 'benchmark', ${size})`);
  const rng = mulberry32(seed);
  const sampleEvery = Math.max(1, Math.floor(size / 5000));
  const sample: Listed[] = [];
  const started = Date.now();
  await bulkLoad(database.db, 'watchlist_entries', ENTRY_COLUMNS, size, (i) => {
    const person = listedPerson(rng, i);
    const entry = entryFromRow(watchlistRow(rng, person, i), source!.id, 1);
    const id = randomUUID();
    if (i % sampleEvery === 0) {
      sample.push({ id, person });
    }
    return [id, source!.id, entry.externalRef, entry.contentHash, JSON.stringify(entry.names), entry.nameKeys!.join(' '), entry.searchText, entry.dateOfBirth, entry.birthFrom, entry.birthTo, person.nationality, entry.action, 1];
  }, 'watchlist entries');
  await saveSample(database, sample);
  return { sample, loadSeconds: (Date.now() - started) / 1000 };
}

export interface Traveller {
  name: string;
  dateOfBirth: string;
  from: string;
  to: string;
  nationality: string;
  /** The listed entry this traveller is (planted), or null. */
  listed: string | null;
}

/**
 * The full date of birth a traveller's passport gives: a day within the person's known range (a list may
 * know only the year or the month of a listed person; their passport still has a day).
 */
function passportDate(person: SyntheticPerson, rng: Rng): string {
  const from = Date.parse(`${person.birthFrom}T00:00:00Z`);
  const days = Math.round((Date.parse(`${person.birthTo}T00:00:00Z`) - from) / 86_400_000);
  return new Date(from + rng.int(days + 1) * 86_400_000).toISOString().slice(0, 10);
}

/** Travellers: a planted 1% are listed persons under a variant name; the rest are generated with another seed. */
export function travellers(count: number, sample: Listed[], seed: number): Traveller[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const planted = i % 100 === 0 && sample.length > 0 ? sample[rng.int(sample.length)]! : null;
    const p = planted ? planted.person : listedPerson(rng, 50_000_000 + i);
    const name = planted ? variantOf(p, rng) : `${p.givenNames} ${p.surname}`;
    const dateOfBirth = passportDate(p, rng);
    return { name, dateOfBirth, from: dateOfBirth, to: dateOfBirth, nationality: p.nationality, listed: planted?.id ?? null };
  });
}

interface Measured {
  latencies: number[];
  planted: number;
  found: number;
  others: number;
  alerted: number;
  /** Of the alerted others, those whose every hit is a listed namesake. */
  namesakes: number;
}

/** A name as a set of normalised parts: "Shah Sana" and "SANA SHAH" are the same name. */
function nameParts(name: string): string {
  return normaliseName(name).split(' ').filter(Boolean).sort().join(' ');
}

/** True when every hit lists the traveller's own name (as a set of parts): a listed namesake. */
export function onlyListedNamesakes(travellerName: string, hits: readonly { names: readonly string[] }[]): boolean {
  const own = nameParts(travellerName);
  return hits.length > 0 && hits.every((h) => h.names.some((n) => nameParts(n) === own));
}

/**
 * Tallies one traveller. An alert on a non-planted traveller is a false alert, but the generated pools
 * are small, so at a million entries many generated travellers have a listed namesake: the same name
 * (as a set of parts) under a compatible date of birth, which no screening can tell apart from the listed
 * person. Those are counted too, so the figure can be read both ways.
 */
function tally(measured: Measured, traveller: Traveller, hits: { id: string; names: string[] }[]): void {
  if (traveller.listed) {
    measured.planted += 1;
    measured.found += hits.some((h) => h.id === traveller.listed) ? 1 : 0;
  } else {
    measured.others += 1;
    measured.alerted += hits.length > 0 ? 1 : 0;
    measured.namesakes += onlyListedNamesakes(traveller.name, hits) ? 1 : 0;
  }
}

async function measureOurs(database: Database, list: Traveller[]): Promise<Measured> {
  const ctx = systemContext(database.db, 'bench');
  const measured: Measured = { latencies: [], planted: 0, found: 0, others: 0, alerted: 0, namesakes: 0 };
  for (const [i, traveller] of list.entries()) {
    const started = performance.now();
    const screening = await screenTraveller(ctx, { names: [traveller.name], dateOfBirth: traveller.dateOfBirth, nationalities: [traveller.nationality] });
    measured.latencies.push(performance.now() - started);
    tally(measured, traveller, screening.hits.flatMap((h) => (h.entry ? [{ id: h.entry.id, names: h.entry.names.map((n) => n.name) }] : [])));
    if (i % 1000 === 0) {
      process.stderr.write(`\rscreened ${i}/${list.length}`);
    }
  }
  process.stderr.write('\n');
  return measured;
}

/** Builds this process's screening index of the list (as a server does at start), timed, with the heap it takes. */
async function buildScreeningIndex(database: Database) {
  global.gc?.();
  const before = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const started = performance.now();
  await awaitScreeningIndex(database.db);
  const seconds = (performance.now() - started) / 1000;
  global.gc?.();
  const after = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  return { seconds, megabytes: (after - before) / 1024 / 1024, entries: screeningIndexStatus(database.db).entries };
}

/** The names alone through the database's candidate lookup (what screening uses while the index is first built). */
async function measureDatabaseLookup(database: Database, list: Traveller[]): Promise<Measured> {
  const measured: Measured = { latencies: [], planted: 0, found: 0, others: 0, alerted: 0, namesakes: 0 };
  const now = new Date();
  for (const traveller of list) {
    const started = performance.now();
    const hits = await database.db.transaction(async (tx) => {
      const birth = parsePartialDate(traveller.dateOfBirth, { today: now });
      const scope = lookupScope(await selectAllSources(tx), birth.ok ? birth.range : null, localDay(now));
      return nameHitsWithoutIndex(tx, { names: [traveller.name], dateOfBirth: traveller.dateOfBirth, nationalities: [traveller.nationality] }, scope);
    });
    measured.latencies.push(performance.now() - started);
    tally(measured, traveller, hits.map((h) => ({ id: h.entry.id, names: h.entry.names.map((n) => n.name) })));
  }
  return measured;
}

async function measureTrigram(database: Database, list: Traveller[]): Promise<Measured> {
  const measured: Measured = { latencies: [], planted: 0, found: 0, others: 0, alerted: 0, namesakes: 0 };
  await database.db.execute(sql`select set_limit(0.5)`);
  for (const traveller of list) {
    const started = performance.now();
    const rows = await queryRows<{ id: string; names: { name: string }[] }>(
      database.db,
      sql`select id, names from watchlist_entries
          where search_text % lower(unaccent(${traveller.name})) and birth_from <= (${traveller.to}::date + interval '1 year') and birth_to >= (${traveller.from}::date - interval '1 year')
          order by similarity(search_text, lower(unaccent(${traveller.name}))) desc limit 10`,
    );
    measured.latencies.push(performance.now() - started);
    tally(measured, traveller, rows.map((r) => ({ id: r.id, names: r.names.map((n) => n.name) })));
  }
  return measured;
}

/**
 * Crossings recorded per second over HTTP by border officers: screening, person registration, write,
 * audit. `processes` servers share the database (each builds its own screening index), each loaded by its
 * own 10 connections; CPU per crossing is read from /proc for the servers and PostgreSQL.
 */
export async function measureCrossings(databaseUrl: string, list: Traveller[], seconds: number, options: { nodeArgs?: string[]; processes?: number } = {}) {
  const servers = await Promise.all(Array.from({ length: options.processes ?? 1 }, (_, i) => startServer({ port: 4311 + i, databaseUrl, nodeArgs: options.nodeArgs })));
  try {
    const session = await signInHttp(servers[0]!.url, 'border.officer', DEMO_PASSWORD);
    // Each server builds its screening index at start; crossings are measured once every one is ready.
    const indexOf = async (url: string) => {
      const status = await fetch(`${url}/api/border/screening/status`, { headers: { cookie: session.cookie } });
      return status.ok ? ((await status.json()) as { index: { ready: boolean; building: boolean; builtAt: string | null } }).index : null;
    };
    const builtAt: (string | null)[] = [];
    for (const server of servers) {
      for (;;) {
        const index = await indexOf(server.url);
        if (index?.ready) {
          builtAt.push(index.builtAt);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
    const database = await openDatabase({ url: databaseUrl, poolSize: 1 });
    const [site] = await queryRows<{ id: string }>(database.db, sql`select id from sites where code = 'bcp-nadlac'`);
    await database.close();
    // Document numbers no earlier run used: every crossing is a traveller the registry does not know yet.
    const run = randomUUID().replace(/-/g, '').slice(0, 3).toUpperCase();
    let next = 0;
    const body = () => {
      const traveller = list[next % list.length]!;
      next += 1;
      const [given, ...rest] = traveller.name.split(' ');
      return JSON.stringify({
        clientRef: `bench-${randomUUID()}`,
        siteId: site!.id,
        lane: 'A1',
        direction: 'entry',
        decision: 'admitted',
        purpose: 'tourism',
        document: { kind: 'passport', number: `${run}${String(next).padStart(6, '0')}`, issuingState: traveller.nationality, givenNames: given, surname: rest.join(' '), nationality: traveller.nationality, dateOfBirth: traveller.dateOfBirth, sex: 'X' },
      });
    };
    const loadOne = async (url: string, duration: number) => {
      const latencies: number[] = [];
      let failures = 0;
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `${url}/api/border/crossings`,
            method: 'POST',
            connections: 10,
            duration,
            headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
            requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }],
          },
          (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
        );
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          latencies.push(responseTime);
          if (statusCode >= 300) {
            failures += 1;
          }
        });
      });
      return { latencies, failures, total: result.requests.total };
    };
    const load = async (duration: number) => {
      const each = await Promise.all(servers.map((server) => loadOne(server.url, duration)));
      return { latencies: each.flatMap((e) => e.latencies), failures: each.reduce((n, e) => n + e.failures, 0), total: each.reduce((n, e) => n + e.total, 0) };
    };
    const serversCpu = () => servers.reduce((sum, server) => sum + processCpuSeconds(server.pid), 0);
    // Warm-up, not counted: code paths compiled, pools filled, and whatever the database does after a
    // first start (autovacuum of a freshly loaded list) out of the way.
    await load(Math.min(10, seconds));
    const cpuBefore = { servers: serversCpu(), postgres: postgresCpuSeconds() };
    const { latencies, failures, total } = await load(seconds);
    const recorded = total - failures;
    const cpu = {
      serverMs: (1000 * (serversCpu() - cpuBefore.servers)) / Math.max(1, recorded),
      postgresMs: (1000 * (postgresCpuSeconds() - cpuBefore.postgres)) / Math.max(1, recorded),
    };
    // A rebuild of the index while crossings are measured would cost them a core: say so rather than report it as their speed.
    const after = await Promise.all(servers.map((server) => indexOf(server.url)));
    if (after.some((index, i) => !index || index.building || index.builtAt !== builtAt[i])) {
      throw new Error(`a screening index was rebuilt while crossings were measured (${JSON.stringify(after)}): measure again`);
    }
    return { processes: servers.length, perSecond: recorded / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), failures, total, cpu };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

const DATABASE_NAME = 'crossroads_bench_border_v2';

/** The benchmark's list on PostgreSQL: the one an earlier run loaded (BENCH_REUSE=1), or loaded now. */
export async function benchWatchlist(serverUrl: string, size: number) {
  const reused = await reuseDatabase<SyntheticPerson>(serverUrl, DATABASE_NAME, async (database) => {
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from watchlist_entries e join watchlist_sources s on s.id = e.source_id where s.code = 'BENCH'`);
    return count?.n === size;
  });
  const database = reused?.database ?? (await openDatabase({ url: await freshPostgresDatabase(serverUrl, DATABASE_NAME), poolSize: 4 }));
  await migrateDatabase(database);
  const { sample, loadSeconds } = reused ? { sample: reused.sample, loadSeconds: null } : await loadWatchlist(database, size, 20261124);
  return { database, sample, loadSeconds, url: databaseUrlOf(serverUrl, DATABASE_NAME) };
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runBorderScreeningBenchmark(): Promise<void> {
  const size = Number(process.env.BENCH_WATCHLIST ?? 1_000_000);
  const travellerCount = Number(process.env.BENCH_TRAVELLERS ?? 100_000);
  const trigramSample = Number(process.env.BENCH_TRIGRAM_SAMPLE ?? 600);
  const seconds = Number(process.env.BENCH_SECONDS ?? 20);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const { database, sample, loadSeconds, url } = await benchWatchlist(serverUrl, size);
  let figures;
  try {
    const list = travellers(travellerCount, sample, 31);
    const index = await buildScreeningIndex(database);
    await measureOurs(database, list.slice(0, 200)); // warm-up
    const ours = await measureOurs(database, list);
    // pg_trgm alone takes hundreds of milliseconds a query here: a seeded sample, half of it planted.
    const planted = list.filter((t) => t.listed).slice(0, trigramSample / 2);
    const others = list.filter((t) => !t.listed).slice(0, trigramSample / 2);
    const trigram = await measureTrigram(database, [...planted, ...others]);
    const withoutIndex = await measureDatabaseLookup(database, [...planted, ...others]);
    figures = { ours, trigram, withoutIndex, loadSeconds, index };
  } finally {
    await database.close();
  }
  const crossings = await measureCrossings(url, travellers(5000, [], 77), seconds);
  const twoProcesses = await measureCrossings(url, travellers(5000, [], 78), seconds, { processes: 2 });
  const row = (label: string, m: Measured) =>
    `| ${label} | ${m.planted + m.others} | ${fixed(percentile(m.latencies, 50))} | ${fixed(percentile(m.latencies, 95))} | ${fixed(percentile(m.latencies, 99))} | ${fixed(m.found / Math.max(1, m.planted), 3)} (${m.found}/${m.planted}) | ${fixed((100 * m.alerted) / Math.max(1, m.others), 2)} % (${m.alerted}/${m.others}) | ${m.namesakes} | ${fixed((100 * (m.alerted - m.namesakes)) / Math.max(1, m.others - m.namesakes), 2)} % |`;
  writeSection(
    'border-screening',
    `## Border screening against ${size.toLocaleString('en')} watchlist entries (PostgreSQL)

Command: \`npm run bench -- border-screening\` (\`BENCH_WATCHLIST\`, \`BENCH_TRAVELLERS\`, \`BENCH_TRIGRAM_SAMPLE\`, \`BENCH_SECONDS\` to change the sizes).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. Watchlist generated with seed 20261124 from the multilingual name pools of \`src/common/names/testset.ts\`, each name with a father's name after the given name (the pools hold ~30 names per part: without it, a million entries would list every two-part name about a hundred times), each entry with 0–2 aliases (other spellings or another name) plus its native-script name where the origin has one; ${figures.loadSeconds === null ? 'loaded by an earlier run (BENCH_REUSE=1)' : `loaded in ${fixed(figures.loadSeconds, 0)} s`}. Travellers generated with another seed, each with a full date of birth as a passport gives it; every hundredth is a listed person under a variant of the listed name (other transliteration, native script, reordered, dropped part, typos), born on a day within the listed date of birth (which the list may give as a year or a month only).

Targets of the border issue: p95 ≤ 20 ms, recall ≥ 0.99, alerts on others ≤ 0.5 %, ≥ 300 crossings/s; how screening got here and what is left are in \`docs/decisions/0004-border-screening-at-scale.md\`.

Screening is one call of the screening service per traveller (the lists' versions read in its transaction, candidates from the in-memory index of those versions, scoring, threshold 0.8, the hits' rows, audit entry), sequential. An alert on a non-planted traveller counts as a false alert. The generated name pools are small, so at this size many generated travellers have a *listed namesake*: every hit is an entry with the same name (as a set of normalised parts) born within a year — the list cannot tell them from the listed person, and an officer must look. They are counted in their own column; the last column leaves them out.

| method | travellers | p50 ms | p95 ms | p99 ms | recall of planted | alerts on the others | of which on listed namesakes | alerts on the others, namesakes left out |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${row('Crossroads screening', figures.ours)}
${row('the database lookup alone (names only, no audit; what serves while the index is first built; sample)', figures.withoutIndex)}
${row('pg_trgm similarity() ≥ 0.5 alone, same date window (sample)', figures.trigram)}

The index of this list in the benchmark's process: ${figures.index.entries.toLocaleString('en')} live entries, built in ${fixed(figures.index.seconds, 1)} s from PostgreSQL, ${fixed(figures.index.megabytes, 0)} MB of heap and buffers. Each server process builds its own at start, in the background (screening uses the database lookup until then), and keeps it at the lists' live versions by applying each new version's added and removed entries before screening with it.

Crossings recorded over loopback HTTP (\`POST /api/border/crossings\` as a signed-in border officer, 10 connections, ${seconds} s, each a new traveller: screening, person lookup or registration, the crossing, alerts and audit in one request): **${fixed(crossings.perSecond, 0)} crossings/s**, p50 ${fixed(crossings.p50)} ms, p95 ${fixed(crossings.p95)} ms, ${crossings.failures} failed of ${crossings.total} (after a 10 s warm-up not counted). The same with two server processes on the database, 10 connections each: **${fixed(twoProcesses.perSecond, 0)} crossings/s**, p50 ${fixed(twoProcesses.p50)} ms, p95 ${fixed(twoProcesses.p95)} ms, ${twoProcesses.failures} failed of ${twoProcesses.total}; CPU per crossing ${fixed(twoProcesses.cpu.serverMs)} ms in the servers and ${fixed(twoProcesses.cpu.postgresMs)} ms in PostgreSQL.

CPU per recorded crossing, from /proc over the measured seconds: **${fixed(crossings.cpu.serverMs)} ms in the server process** (one Node.js process uses one core: this is its ceiling of ${fixed(1000 / crossings.cpu.serverMs, 0)} crossings/s) and **${fixed(crossings.cpu.postgresMs)} ms in PostgreSQL**. At these costs 300 crossings/s needs about ${fixed((300 * (crossings.cpu.serverMs + crossings.cpu.postgresMs)) / 1000, 1)} cores' worth of CPU — ${fixed((300 * crossings.cpu.serverMs) / 1000, 1)} for server processes (several, decision 0010) and ${fixed((300 * crossings.cpu.postgresMs) / 1000, 1)} for PostgreSQL — against the ${os.cpus().length} of this machine, which also runs the load generator.`,
  );
  console.table({ ours: { p95: percentile(figures.ours.latencies, 95), recall: figures.ours.found / figures.ours.planted, falseAlerts: figures.ours.alerted / figures.ours.others }, crossings, twoProcesses });
}
