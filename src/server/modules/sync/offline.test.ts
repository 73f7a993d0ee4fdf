import { and, count, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { persons } from '../people/tables';
import { crossings } from '../border/tables';
import { syncInbox, syncOutbox } from './tables';
import { createEdge, hqForSuite, recordBuses, syncUntilDrained, type Edge, type Hq } from './test-harness';

/** Every crossing arrived at headquarters once, every change of the post was applied once. */
async function expectArrivedOnce(hq: Hq, edge: Edge, recorded: { id: string; clientRef: string; personId: string }[]) {
  const ids = recorded.map((r) => r.id);
  const atHq = await hq.database.db.select({ id: crossings.id, clientRef: crossings.clientRef }).from(crossings).where(inArray(crossings.id, ids));
  expect(atHq).toHaveLength(recorded.length);
  expect(new Set(atHq.map((c) => c.clientRef))).toEqual(new Set(recorded.map((r) => r.clientRef)));
  const [ofSite] = await hq.database.db.select({ n: count() }).from(crossings).where(inArray(crossings.clientRef, recorded.map((r) => r.clientRef)));
  expect(ofSite?.n).toBe(recorded.length);
  const personIds = [...new Set(recorded.map((r) => r.personId))];
  expect(await hq.database.db.select({ id: persons.id }).from(persons).where(inArray(persons.id, personIds))).toHaveLength(personIds.length);
  const sent = await edge.database.db.select({ changeId: syncOutbox.changeId, outcome: syncOutbox.outcome }).from(syncOutbox);
  expect(sent.filter((s) => s.outcome !== 'applied' && s.outcome !== 'duplicate')).toEqual([]);
  const applied = await hq.database.db.select({ changeId: syncInbox.changeId }).from(syncInbox).where(inArray(syncInbox.changeId, sent.map((s) => s.changeId)));
  expect(applied).toHaveLength(sent.length);
  // Recorded once at headquarters means audited once there too.
  const audited = await hq.database.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'border.crossing.record'), inArray(auditLog.entityId, ids)));
  expect(audited[0]?.n).toBe(recorded.length);
}

describeOnEachEngine('a remote post without its link', (database) => {
  const hq = hqForSuite(database);

  it('records 1,000 crossings while headquarters is unreachable; when the link returns all arrive exactly once', { timeout: 300_000 }, async () => {
    const edge = await createEdge(hq, { batchSize: 200 });
    try {
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      edge.sync.setLinkDown(true);
      const recorded = await recordBuses(officer, hq.siteId, 20, 50);
      expect(recorded).toHaveLength(1000);
      const offline = await edge.sync.runCycle();
      expect(offline.link).toMatchObject({ state: 'down', forcedDown: true });
      // 1,000 crossings and the 100 travellers registered at the post.
      expect(offline.outbox.queueLength).toBe(1000 + 100);
      expect(offline.outbox.oldestUnsentAt).not.toBeNull();
      expect(await hq.database.db.select().from(crossings).where(inArray(crossings.id, recorded.slice(0, 5).map((r) => r.id)))).toHaveLength(0);

      edge.sync.setLinkDown(false);
      await syncUntilDrained(edge);
      await expectArrivedOnce(hq, edge, recorded);
      // Sending everything again changes nothing: each change is known by its id.
      await edge.database.db.update(syncOutbox).set({ ackedAt: null, outcome: null });
      await syncUntilDrained(edge);
      await expectArrivedOnce(hq, edge, recorded);
      const duplicates = await edge.database.db.select({ n: count() }).from(syncOutbox).where(eq(syncOutbox.outcome, 'duplicate'));
      expect(duplicates[0]?.n).toBe(1100);
    } finally {
      await edge.close();
    }
  });
});
