import { count, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { crossingBody } from '../border/test-fixtures';
import { pruneSync } from './prune';
import { syncOutbox, syncPersonFeed } from './tables';
import { createEdge, hqForSuite, syncUntilDrained } from './test-harness';

const DAY = 86_400_000;

describeOnEachEngine('pruning the sync tables', (database) => {
  const hq = hqForSuite(database);

  it('drops a month-old acknowledged change at the post, and a post behind the pruned feed gets its persons again', { timeout: 90_000 }, async () => {
    const edge = await createEdge(hq);
    try {
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      const recorded = await officer.post('/api/border/crossings', crossingBody(hq.siteId));
      const personId = recorded.json<{ person: { id: string } }>().person.id;
      await syncUntilDrained(edge);
      // A rejected change stays for review however old it is.
      await edge.database.db.insert(syncOutbox).values({ changeId: crypto.randomUUID(), kind: 'crossing', entityId: crypto.randomUUID(), payload: {}, ackedAt: new Date(), outcome: 'rejected', message: 'test' });
      expect((await pruneSync(edge.database.db, new Date())).outbox).toBe(0);
      const month = await pruneSync(edge.database.db, new Date(Date.now() + 31 * DAY));
      expect(month.outbox).toBe(2);
      expect((await edge.database.db.select({ outcome: syncOutbox.outcome }).from(syncOutbox)).map((r) => r.outcome)).toEqual(['rejected']);

      // Headquarters changes the person while the post is away, then prunes its feed past the post's cursor.
      edge.sync.setLinkDown(true);
      const atHq = (await hq.supervisor.get(`/api/people/${personId}`)).json<{ version: number }>();
      expect((await hq.supervisor.patch(`/api/people/${personId}`, { version: atHq.version, placeOfBirth: 'Deir ez-Zor' })).statusCode).toBe(200);
      const feed = await pruneSync(hq.database.db, new Date(Date.now() + 91 * DAY));
      expect(feed.feed).toBeGreaterThan(0);
      expect((await hq.database.db.select({ n: count() }).from(syncPersonFeed).where(eq(syncPersonFeed.personId, personId)))[0]?.n).toBe(0);
      edge.sync.setLinkDown(false);
      await syncUntilDrained(edge);
      expect((await officer.get(`/api/people/${personId}`)).json()).toMatchObject({ placeOfBirth: 'Deir ez-Zor' });
      expect((await edge.database.db.select({ n: count() }).from(syncOutbox).where(isNull(syncOutbox.ackedAt)))[0]?.n).toBe(0);
    } finally {
      await edge.close();
    }
  });
});
