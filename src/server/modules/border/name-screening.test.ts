import { afterAll, beforeAll, expect, it } from 'vitest';
import { parsePartialDate } from '../../../common/dates/partial-date';
import { generatePersonName, makeVariant, mulberry32, type GeneratedName } from '../../../common/names/testset';
import { inTransaction, rootDatabase, systemContext } from '../../platform/context';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import type { FastifyInstance } from 'fastify';
import { lookupScope, nameHits, nameHitsWithoutIndex } from './name-screening';
import { screeningIndexStatus } from './screening-index/live-index';
import { createSource, importRows } from './test-fixtures';
import { localDay } from './travel-days';
import * as store from './watchlist-store';

interface Listed {
  ref: string;
  name: GeneratedName;
  dateOfBirth: string;
}

/** A CSV row of the list (names are comma-free; the original-script name as an alias). */
function row(listed: Listed): string {
  return `${listed.ref},${listed.name.latin},${listed.name.original ?? ''},${listed.dateOfBirth},,,notify,,,`;
}

describeOnEachEngine('name screening: the in-memory index and the database lookup agree', (database) => {
  let app: FastifyInstance;
  let supervisor: Session;
  const rng = mulberry32(4242);
  const person = (ref: string): Listed => ({ ref, name: generatePersonName(rng), dateOfBirth: `19${50 + rng.int(50)}-0${1 + rng.int(9)}-1${rng.int(9)}` });

  beforeAll(async () => {
    app = await createTestApp(database());
    const tenant = await createTenant(database().db, 'border-police');
    supervisor = await signIn(app, await tenant.user(['border-supervisor']));
  });
  afterAll(async () => {
    await app.close();
  });

  /** Hits of both paths for each traveller, as sorted "ref@version:score" lines. */
  async function screenBoth(travellers: { name: string; dateOfBirth: string }[]) {
    const db = database().db;
    const now = new Date();
    const lines = { index: [] as string[], database: [] as string[] };
    for (const traveller of travellers) {
      await db.transaction(async (tx) => {
        const sources = await store.selectAllSources(tx);
        const birth = parsePartialDate(traveller.dateOfBirth, { today: now });
        const scope = lookupScope(sources, birth.ok ? birth.range : null, localDay(now));
        const query = { names: [traveller.name], dateOfBirth: traveller.dateOfBirth };
        const show = (hits: Awaited<ReturnType<typeof nameHits>>) => hits.map((h) => `${traveller.name} → ${h.entry.externalRef}@${h.source.currentVersion}:${h.score.toFixed(3)}`).sort();
        lines.index.push(...show(await nameHits(db, tx, sources, query, scope)));
        lines.database.push(...show(await nameHitsWithoutIndex(tx, query, scope)));
      });
    }
    return lines;
  }

  it('keeps one index per database: a screening inside a transaction uses the database\'s, not one of its own', async () => {
    const db = database().db;
    await inTransaction(systemContext(db, 'test'), async (tx, txCtx) => {
      expect(txCtx.db).toBe(tx);
      expect(rootDatabase(txCtx.db)).toBe(db);
      await inTransaction(txCtx, async (_inner, innerCtx) => expect(rootDatabase(innerCtx.db)).toBe(db));
    });
    expect(rootDatabase(db)).toBe(db);
  });

  it('finds the same entries with the same scores across versions that add, change and remove entries', async () => {
    const source = await createSource(supervisor, { threshold: 0.8 });
    const listed = Array.from({ length: 150 }, (_, i) => person(`G-${i}`));
    await importRows(supervisor, source.id, listed.map(row));
    const travellers = () => [
      ...listed.slice(0, 40).map((l) => ({ name: makeVariant(l.name, rng).text, dateOfBirth: l.dateOfBirth })),
      ...Array.from({ length: 20 }, () => ({ name: generatePersonName(rng).latin, dateOfBirth: '1975-05-05' })),
    ];

    const first = await screenBoth(travellers());
    expect(screeningIndexStatus(database().db)).toMatchObject({ ready: true, versions: { [source.id]: 1 } });
    expect(first.index.length).toBeGreaterThan(30);
    expect(first.index).toEqual(first.database);

    // Version 2 (append): 30 new people. Version 3 (replace): 20 dropped and 10 changed (a new date of birth).
    listed.push(...Array.from({ length: 30 }, (_, i) => person(`H-${i}`)));
    await importRows(supervisor, source.id, listed.slice(150).map(row), 'append');
    const second = await screenBoth([...travellers(), ...listed.slice(150, 170).map((l) => ({ name: l.name.latin, dateOfBirth: l.dateOfBirth }))]);
    expect(second.index).toEqual(second.database);
    expect(second.index.filter((line) => line.includes('→ H-') && line.includes('@2:')).length).toBeGreaterThanOrEqual(20);

    const kept = listed.slice(20).map((l, i) => (i < 10 ? { ...l, dateOfBirth: '1999-09-09' } : l));
    await importRows(supervisor, source.id, kept.map(row));
    const dropped = listed.slice(0, 20).map((l) => ({ name: l.name.latin, dateOfBirth: l.dateOfBirth }));
    const changed = kept.slice(0, 10).map((l) => ({ name: l.name.latin, dateOfBirth: l.dateOfBirth }));
    const third = await screenBoth([...dropped, ...changed]);
    expect(third.index).toEqual(third.database);
    expect(third.index.filter((line) => /→ G-([0-9]|1[0-9])@/.test(line))).toEqual([]);
    expect(third.index.filter((line) => line.includes('@3:')).length).toBeGreaterThanOrEqual(10);
    expect(screeningIndexStatus(database().db).versions[source.id]).toBe(3);
    const status = await supervisor.get('/api/border/screening/status');
    expect(status.statusCode).toBe(200);
    const body = status.json<{ index: { ready: boolean; entries: number }; lists: { id: string; currentVersion: number; versionInUse: number }[] }>();
    expect(body.index.ready).toBe(true);
    expect(body.index.entries).toBeGreaterThanOrEqual(kept.length);
    expect(body.lists.find((l) => l.id === source.id)).toMatchObject({ currentVersion: 3, versionInUse: 3 });
  });
});
