import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { uniqueSuffix } from '../../testing/factories';
import type { Session } from '../../testing/http';
import { personHistory } from '../people/tables';
import { alerts, crossings } from '../border/tables';
import { createSource, crossingBody, importRows, passportMrz, uniqueDocumentNumber } from '../border/test-fixtures';
import { pushToHq } from './edge-send';
import { syncInbox, syncOutbox } from './tables';
import { createEdge, hqForSuite, injectTransport, recordBuses, syncUntilDrained, type Edge, type Hq } from './test-harness';
import { faulty, type Faults } from './transport';

/** A seeded random number generator (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Every change the post queued is applied exactly once at headquarters (one inbox row each, each crossing
 * once and audited once), and in the post's order: a change applied in a later transaction never has a
 * smaller sequence number than one applied earlier.
 */
async function expectExactlyOnceInOrder(hq: Hq, edge: Edge) {
  const queued = await edge.database.db.select({ changeId: syncOutbox.changeId, seq: syncOutbox.seq, kind: syncOutbox.kind, entityId: syncOutbox.entityId, outcome: syncOutbox.outcome }).from(syncOutbox);
  expect(queued.filter((q) => q.outcome === null || q.outcome === 'rejected')).toEqual([]);
  const inbox = await hq.database.db.select().from(syncInbox).where(inArray(syncInbox.changeId, queued.map((q) => q.changeId)));
  expect(inbox).toHaveLength(queued.length);
  const crossingIds = queued.filter((q) => q.kind === 'crossing').map((q) => q.entityId);
  if (crossingIds.length > 0) {
    const [stored] = await hq.database.db.select({ n: count() }).from(crossings).where(inArray(crossings.id, crossingIds));
    expect(stored?.n).toBe(crossingIds.length);
    const [audited] = await hq.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'border.crossing.record'), inArray(auditLog.entityId, crossingIds)));
    expect(audited?.n).toBe(crossingIds.length);
  }
  const byTransaction = new Map<number, number[]>();
  for (const row of inbox) {
    byTransaction.set(row.appliedAt.getTime(), [...(byTransaction.get(row.appliedAt.getTime()) ?? []), row.seq]);
  }
  const groups = [...byTransaction.entries()].sort((a, b) => a[0] - b[0]).map(([, seqs]) => seqs);
  for (let i = 1; i < groups.length; i += 1) {
    expect(Math.min(...groups[i]!)).toBeGreaterThan(Math.max(...groups[i - 1]!));
  }
}

describeOnEachEngine('synchronisation over a bad link', (database) => {
  const hq = hqForSuite(database);

  it('loses and duplicates nothing while the link drops mid-sync again and again (requests, answers, cut batches, repeats)', { timeout: 120_000 }, async () => {
    const surname = `Fq${uniqueSuffix().replace(/\d/g, 'z')}`;
    const source = await createSource(hq.supervisor);
    await importRows(hq.supervisor, source.id, [`F-1,Nadia ${surname},,1990-02-03,SYR,,notify,,,`]);
    const faults: Faults = { dropRequest: 0.2, dropResponse: 0.25, partialBatch: 0.3, duplicate: 0.2, random: seeded(20261207) };
    const edge = await createEdge(hq, { faults, batchSize: 15 });
    try {
      await syncUntilDrained(edge, 500);
      const officer = await edge.signIn(hq.officerUser);
      edge.sync.setLinkDown(true);
      const recorded = await recordBuses(officer, hq.siteId, 4, 20);
      // A hit at the post, judged there; a traveller's record corrected there.
      const listed = await officer.post('/api/border/crossings', crossingBody(hq.siteId, { document: { mrz: passportMrz({ documentNumber: uniqueDocumentNumber(), surname: surname.toUpperCase(), givenNames: 'NADIA', sex: 'F', dateOfBirth: '1990-02-03' }) } }));
      expect(listed.statusCode, listed.body).toBe(201);
      const alert = listed.json<{ alerts: { id: string; sourceId: string }[] }>().alerts.find((a) => a.sourceId === source.id)!;
      const resolved = await officer.post(`/api/border/alerts/${alert.id}/resolve`, { outcome: 'false-positive', reason: 'Different person: other parents' });
      expect(resolved.statusCode, resolved.body).toBe(200);
      const personId = recorded[0]!.personId;
      const person = (await officer.get(`/api/people/${personId}`)).json<{ version: number }>();
      expect((await officer.patch(`/api/people/${personId}`, { version: person.version, placeOfBirth: 'Aleppo' })).statusCode).toBe(200);

      edge.sync.setLinkDown(false);
      const cycles = await syncUntilDrained(edge, 500);
      expect(cycles).toBeGreaterThan(1);
      for (const fault of ['droppedRequests', 'droppedResponses', 'partialBatches', 'duplicates'] as const) {
        expect(edge.counts[fault], fault).toBeGreaterThan(0);
      }
      await expectExactlyOnceInOrder(hq, edge);
      const [alertAtHq] = await hq.database.db.select().from(alerts).where(eq(alerts.id, alert.id));
      expect(alertAtHq).toMatchObject({ status: 'false-positive', resolutionReason: 'Different person: other parents' });
      const atHq = (await hq.supervisor.get(`/api/people/${personId}`)).json<{ placeOfBirth: string }>();
      expect(atHq.placeOfBirth).toBe('Aleppo');
      const registered = await hq.database.db.select().from(personHistory).where(and(eq(personHistory.personId, personId), eq(personHistory.action, 'registered-at-post')));
      expect(registered).toHaveLength(1);
    } finally {
      await edge.close();
    }
  });

  it('property: any mix of lost requests, lost answers, cut batches and repeats applies each change once, in order', { timeout: 120_000 }, async () => {
    const edge = await createEdge(hq, { batchSize: 4 });
    let officer: Session | undefined;
    try {
      await syncUntilDrained(edge);
      officer = await edge.signIn(hq.officerUser);
      await fc.assert(
        fc.asyncProperty(
          fc.record({ crossings: fc.integer({ min: 1, max: 5 }), seed: fc.integer(), dropRequest: fc.double({ min: 0, max: 0.5, noNaN: true }), dropResponse: fc.double({ min: 0, max: 0.5, noNaN: true }), partialBatch: fc.double({ min: 0, max: 0.6, noNaN: true }), duplicate: fc.double({ min: 0, max: 0.5, noNaN: true }) }),
          async (plan) => {
            for (let n = 0; n < plan.crossings; n += 1) {
              const made = await officer!.post('/api/border/crossings', crossingBody(hq.siteId));
              expect(made.statusCode, made.body).toBe(201);
            }
            await drainThrough(edge, { ...plan, random: seeded(plan.seed) });
            await expectExactlyOnceInOrder(hq, edge);
          },
        ),
        { numRuns: 8 },
      );
    } finally {
      await edge.close();
    }
  });
});

/** Sends the post's queue through its own faulty transport until headquarters acknowledged all of it. */
async function drainThrough(edge: Edge, faults: Faults): Promise<void> {
  const { transport } = faulty(injectTransport(edge.hqApp, edge.credential), faults);
  for (let attempt = 0; attempt < 300; attempt += 1) {
    try {
      await pushToHq(edge.database.db, transport, { batchSize: 4, report: async () => ({ queueLength: 0, oldestUnsentAt: null, versions: {} }) });
    } catch {
      // The link dropped: the loop would try again after its backoff.
    }
    const [waiting] = await edge.database.db.select({ n: count() }).from(syncOutbox).where(isNull(syncOutbox.ackedAt));
    if (waiting?.n === 0) {
      return;
    }
  }
  throw new Error('the queue did not drain');
}
