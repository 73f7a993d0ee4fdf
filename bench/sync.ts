/**
 * Synchronisation of a remote border post with headquarters, over loopback HTTP: headquarters is the
 * real server process on PostgreSQL with a generated watchlist (default 1,000,000 entries), the post runs
 * in this process on a file-backed PGlite database as `serve` would run it. Measured: the first full copy
 * of the list to a new post, a later version's entries coming down (entries/s), and crossings recorded
 * at the post while offline going up (crossings/s).
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { generatePersonName, mulberry32, type Rng } from '../src/common/names/testset';
import { buildApp } from '../src/server/app';
import { WATCHLIST_ACTIONS } from '../src/server/modules/border/reference';
import { entryFromRow } from '../src/server/modules/border/watchlist-entries';
import { createEdgeSync, type EdgeSync } from '../src/server/modules/sync/edge';
import { configureSync } from '../src/server/modules/sync/setup';
import { httpTransport, type SyncRequest, type SyncTransport } from '../src/server/modules/sync/transport';
import { sites } from '../src/server/platform/auth/tables';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase, type Database } from '../src/server/platform/db/client';
import { migrateDatabase } from '../src/server/platform/db/migrate';
import { queryRows } from '../src/server/platform/db/query';
import { DEMO_PASSWORD } from '../src/server/seed/demo';
import { sessionFromCookie, sessionCookieOf } from '../src/server/testing/http';
import { ENTRY_COLUMNS } from './border-screening';
import { bulkInsert, bulkLoad } from './lib/bulk';
import { fixed, machineLine, writeSection } from './lib/report';
import { databaseUrlOf, freshPostgresDatabase, signInHttp, startServer } from './lib/server';
import { syntheticPerson } from './people-data';

const HQ_PORT = 5598;
const SOURCE_CODE = 'BENCH-SYNC';

/** One generated listed person as a row of ENTRY_COLUMNS (a name, an alias a third of the time). */
function entryRow(rng: Rng, index: number, sourceId: string, version: number): unknown[] {
  const person = syntheticPerson(rng, index, generatePersonName(rng));
  const entry = entryFromRow(
    {
      line: index + 2,
      externalRef: `S-${version}-${index}`,
      name: `${person.givenNames} ${person.surname}`,
      aliases: rng.chance(0.33) ? [syntheticPerson(rng, index).name.latin] : [],
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
    },
    sourceId,
    version,
  );
  return [randomUUID(), sourceId, entry.externalRef, entry.contentHash, JSON.stringify(entry.names), entry.nameKeys!.join(' '), entry.searchText, entry.dateOfBirth, entry.birthFrom, entry.birthTo, person.nationality, entry.action, version];
}

/**
 * Headquarters' database with the list's entries written as version 1 but not live yet (the source at
 * version 0, so that the post's first sync and the crossings measured first do not carry it): an earlier
 * run's when BENCH_REUSE=1 and it holds `size` entries (later versions of that run taken back off), else
 * loaded afresh.
 */
async function headquartersDatabase(serverUrl: string, name: string, size: number): Promise<{ url: string; loadSeconds: number | null }> {
  const url = databaseUrlOf(serverUrl, name);
  if (process.env.BENCH_REUSE === '1') {
    const existing = await openDatabase({ url, poolSize: 2 }).catch(() => null);
    if (existing) {
      try {
        const [row] = await queryRows<{ id: string; n: number }>(
          existing.db,
          sql`select s.id, (select count(*)::int from watchlist_entries e where e.source_id = s.id and e.added_in_version = 1) as n from watchlist_sources s where s.code = ${SOURCE_CODE}`,
        );
        if (row?.n === size) {
          await existing.db.execute(sql`delete from watchlist_entries where source_id = ${row.id} and added_in_version > 1`);
          await existing.db.execute(sql`delete from watchlist_versions where source_id = ${row.id} and version > 1`);
          await existing.db.execute(sql`update watchlist_entries set removed_in_version = null where source_id = ${row.id} and removed_in_version is not null`);
          await existing.db.execute(sql`delete from watchlist_versions where source_id = ${row.id}`);
          await existing.db.execute(sql`update watchlist_sources set current_version = 0 where id = ${row.id}`);
          process.stderr.write(`reusing ${name} loaded by an earlier run\n`);
          return { url, loadSeconds: null };
        }
      } finally {
        await existing.close();
      }
    }
  }
  const database = await openDatabase({ url: await freshPostgresDatabase(serverUrl, name), poolSize: 4 });
  try {
    await migrateDatabase(database);
    const started = Date.now();
    const [source] = await queryRows<{ id: string }>(
      database.db,
      sql`insert into watchlist_sources (code, name, kind, threshold, current_version) values (${SOURCE_CODE}, 'Generated list for the sync benchmark', 'sanctions', 0.8, 0) returning id`,
    );
    const rng = mulberry32(20261207);
    await bulkLoad(database.db, 'watchlist_entries', ENTRY_COLUMNS, size, (i) => entryRow(rng, i, source!.id, 1), 'watchlist entries');
    return { url, loadSeconds: (Date.now() - started) / 1000 };
  } finally {
    await database.close();
  }
}

/** Makes `version` of the list live at headquarters, first adding `count` new entries to it (as an append import would). */
async function makeLive(url: string, version: number, count: number): Promise<void> {
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    const [source] = await queryRows<{ id: string }>(database.db, sql`select id from watchlist_sources where code = ${SOURCE_CODE}`);
    const rng = mulberry32(777 + version);
    if (count > 0) {
      await bulkInsert(database.db, 'watchlist_entries', ENTRY_COLUMNS, Array.from({ length: count }, (_, i) => entryRow(rng, i, source!.id, version)));
    }
    await database.db.execute(sql`insert into watchlist_versions (source_id, version, mode, note, added) values (${source!.id}, ${version}, 'append', 'benchmark', ${count})`);
    await database.db.execute(sql`update watchlist_sources set current_version = ${version} where id = ${source!.id}`);
  } finally {
    await database.close();
  }
}

/** A transport that adds up the time spent waiting for headquarters (the rest of a cycle is the post's own work). */
function timed(inner: SyncTransport) {
  const spent = { ms: 0, requests: 0 };
  const transport: SyncTransport = {
    async send<T>(request: SyncRequest): Promise<T> {
      const started = performance.now();
      try {
        return await inner.send<T>(request);
      } finally {
        spent.ms += performance.now() - started;
        spent.requests += 1;
      }
    },
  };
  return { transport, spent };
}

/** Records `buses` buses of 50 travellers each at the post (half of them new), through its own app. */
async function recordAtPost(app: FastifyInstance, siteId: string, buses: number): Promise<number> {
  const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'border.officer', password: DEMO_PASSWORD } });
  const officer = await sessionFromCookie(app, sessionCookieOf(login));
  const rng = mulberry32(99);
  const groups = [0, 1].map((g) => Array.from({ length: 50 }, (_, i) => ({ number: `BS${g}${String(i).padStart(6, '0')}`, surname: syntheticPerson(rng, i).surname.toUpperCase().replace(/[^A-Z]/g, '') || 'TRAVELLER' })));
  const { formatTd3 } = await import('../src/common/mrz');
  let recorded = 0;
  for (let bus = 0; bus < buses; bus += 1) {
    const response = await officer.post('/api/border/vehicle-crossings', {
      clientRef: `bench-bus-${randomUUID()}`,
      siteId,
      lane: 'A1',
      direction: Math.floor(bus / 2) % 2 === 0 ? 'entry' : 'exit',
      vehicle: { plate: `AR ${100 + bus} BUS`, country: 'ROU', type: 'bus' },
      occupants: groups[bus % 2]!.map((t, seat) => ({
        role: seat === 0 ? 'driver' : 'passenger',
        document: { mrz: formatTd3({ issuingState: 'SYR', documentNumber: t.number, surname: t.surname, givenNames: 'SAMI', dateOfBirth: '1980-01-01', sex: 'M', expiryDate: '2034-01-31', nationality: 'SYR' }).join('\n') },
        purpose: 'tourism',
        decision: 'admitted',
      })),
    });
    if (response.statusCode !== 201) {
      throw new Error(`bus ${bus}: ${response.statusCode} ${response.body}`);
    }
    recorded += 50;
  }
  return recorded;
}

async function cycleUntilDone(edge: EdgeSync): Promise<void> {
  for (let cycle = 0; cycle < 1000; cycle += 1) {
    const status = await edge.runCycle();
    if (status.link.state !== 'up') {
      throw new Error(`sync failed: ${status.link.lastError ?? 'unknown'}`);
    }
    if (status.outbox.queueLength === 0) {
      return;
    }
  }
}

/** Runs the benchmark and writes its section of docs/BENCHMARKS.md. */
export async function runSyncBenchmark(): Promise<void> {
  const size = Number(process.env.BENCH_SYNC_WATCHLIST ?? 1_000_000);
  const delta = Number(process.env.BENCH_SYNC_DELTA ?? 20_000);
  const buses = Number(process.env.BENCH_SYNC_BUSES ?? 20);
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const { url, loadSeconds } = await headquartersDatabase(serverUrl, 'crossroads_bench_sync_v1', size);
  const hq = await startServer({ port: HQ_PORT, databaseUrl: url });
  const edgeDir = path.resolve('.tmp', 'bench-sync-post');
  fs.rmSync(edgeDir, { recursive: true, force: true });
  let edgeDb: Database | undefined;
  let app: FastifyInstance | undefined;
  try {
    const admin = await signInHttp(hq.url, 'admin', DEMO_PASSWORD);
    const hqDb = await openDatabase({ url, poolSize: 1 });
    const [site] = await hqDb.db.select({ id: sites.id }).from(sites).where(eq(sites.code, 'bcp-nadlac'));
    await hqDb.close();
    const issued = await fetch(`${hq.url}/api/sync/sites/${site!.id}/credentials`, { method: 'POST', headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'application/json' }, body: '{}' });
    const { credential } = (await issued.json()) as { credential: string };

    edgeDb = await openDatabase({ dataDir: edgeDir });
    await migrateDatabase(edgeDb);
    const config = loadConfig({ SYNC_MODE: 'edge', SYNC_SITE_ID: site!.id, SYNC_CREDENTIAL: credential, SYNC_HQ_URL: hq.url, RATE_LIMIT_PER_MINUTE: '1000000', WEB_DIR: '/nonexistent', LOG_LEVEL: 'warn' });
    configureSync(edgeDb.db, config.sync);
    const { transport, spent } = timed(httpTransport({ baseUrl: hq.url, credential }));
    const edge = createEdgeSync(edgeDb.db, { siteId: site!.id, transport, intervalSeconds: 3600, batchSize: 200 });

    // The post's first sync (directory, the demo lists): not measured.
    await cycleUntilDone(edge);

    app = await buildApp({ config, database: edgeDb, logger: false });
    await app.ready();
    edge.setLinkDown(true);
    const crossings = await recordAtPost(app, site!.id, buses);
    const [queued] = await queryRows<{ n: number }>(edgeDb.db, sql`select count(*)::int as n from sync_outbox where acked_at is null`);
    edge.setLinkDown(false);
    Object.assign(spent, { ms: 0, requests: 0 });
    let started = performance.now();
    await cycleUntilDone(edge);
    const up = { seconds: (performance.now() - started) / 1000, waitingSeconds: spent.ms / 1000, changes: queued!.n };

    process.stderr.write(`first copy of ${size} entries to the post…\n`);
    await makeLive(url, 1, 0);
    Object.assign(spent, { ms: 0, requests: 0 });
    started = performance.now();
    await cycleUntilDone(edge);
    const firstCopy = { seconds: (performance.now() - started) / 1000, waitingSeconds: spent.ms / 1000, requests: spent.requests };
    const [held] = await queryRows<{ n: number }>(edgeDb.db, sql`select count(*)::int as n from watchlist_entries e join watchlist_sources s on s.id = e.source_id where s.code = ${SOURCE_CODE}`);

    await makeLive(url, 2, delta);
    Object.assign(spent, { ms: 0, requests: 0 });
    started = performance.now();
    await cycleUntilDone(edge);
    const down = { seconds: (performance.now() - started) / 1000, waitingSeconds: spent.ms / 1000 };
    await edge.stop();

    writeSection(
      'sync',
      `## Remote border posts: synchronisation with headquarters

Command: \`npm run bench -- sync\` (\`BENCH_SYNC_WATCHLIST\` list size, \`BENCH_SYNC_DELTA\` entries of the later version, \`BENCH_SYNC_BUSES\` buses of 50 travellers recorded offline; \`BENCH_REUSE=1\` measures again on the list an earlier run loaded into PostgreSQL, which takes a while at a million).
Machine: ${machineLine()}. Measured ${new Date().toISOString().slice(0, 10)}. Headquarters: the real server process (\`start\`, demo data) on PostgreSQL with a generated list of ${size.toLocaleString('en')} entries (seed 20261207${loadSeconds === null ? ', loaded by an earlier run' : `, loaded in ${fixed(loadSeconds, 0)} s`}); the post: this process on a file-backed PGlite database, over loopback HTTP with its site credential, batches of 200 changes up and pages of 5,000 entries down. "Waiting" is the time spent waiting for headquarters' answers; the rest is the post writing.

| what | amount | time | rate | waiting for HQ |
|---|---:|---:|---:|---:|
| first full copy of the list to the post | ${held!.n.toLocaleString('en')} entries | ${fixed(firstCopy.seconds, 1)} s | ${fixed(held!.n / firstCopy.seconds, 0)} entries/s | ${fixed(firstCopy.waitingSeconds, 1)} s (${firstCopy.requests} requests) |
| a later version down | ${delta.toLocaleString('en')} entries | ${fixed(down.seconds, 1)} s | **${fixed(delta / down.seconds, 0)} entries/s** | ${fixed(down.waitingSeconds, 1)} s |
| crossings recorded offline, up | ${crossings.toLocaleString('en')} crossings (${up.changes.toLocaleString('en')} changes with the travellers registered at the post) | ${fixed(up.seconds, 1)} s | **${fixed(crossings / up.seconds, 0)} crossings/s** (${fixed(up.changes / up.seconds, 0)} changes/s) | ${fixed(up.waitingSeconds, 1)} s |

Down, the time is the post writing, not the link: for each entry its embedded database computes the two arrays of hashed name keys (generated columns, the same as headquarters') and maintains the GIN indexes screening needs, one page of 5,000 entries per statement and transaction, with a checkpoint every half minute (PGlite has no checkpointer of its own). A first copy happens once per post, before it opens; later versions come down as deltas. Up, the time is headquarters applying each change once (inbox row, the crossing or person through the owning module, audit) in one transaction per batch of 200.`,
    );
    console.table({ firstCopy: { entries: held!.n, seconds: firstCopy.seconds }, down: { entries: delta, seconds: down.seconds }, up: { crossings, changes: up.changes, seconds: up.seconds } });
  } finally {
    await app?.close();
    await edgeDb?.close();
    await hq.stop();
  }
}
