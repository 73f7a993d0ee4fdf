/**
 * Headquarters as two server processes (two apps on two connection pools, one PostgreSQL database) and a
 * remote post whose every upload reaches both at once — as when a proxy gives a retried request to
 * another process while the first is still applying it. Each change must be applied once, in order, and
 * the audit chain must stay whole.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { crossings } from './modules/border/tables';
import { createEdgeSync } from './modules/sync/edge';
import { syncInbox } from './modules/sync/tables';
import { createHq, injectTransport, recordBuses } from './modules/sync/test-harness';
import type { SyncTransport } from './modules/sync/transport';
import { verifyAuditChain } from './platform/audit/audit';
import { auditLog } from './platform/audit/tables';
import { openDatabase } from './platform/db/client';
import { createTestDatabase } from './platform/db/testing/test-database';
import { createTestApp, signIn } from './testing/http';

/** Uploads go to both processes at once; other requests take turns. */
function twoProcesses(apps: FastifyInstance[], credential: string): SyncTransport {
  const [one, two] = apps.map((app) => injectTransport(app, credential)) as [SyncTransport, SyncTransport];
  let turn = 0;
  return {
    async send<T>(request: Parameters<SyncTransport['send']>[0]): Promise<T> {
      if (request.method === 'POST' && request.path === '/api/sync/changes') {
        const [first] = await Promise.all([one.send<T>(request), two.send<T>(request)]);
        return first;
      }
      turn += 1;
      return (turn % 2 === 0 ? one : two).send<T>(request);
    },
  };
}

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('a remote post synchronising with headquarters run as two processes', () => {
  it('applies every change once when each upload reaches both processes at once', { timeout: 120_000 }, async () => {
    const hqDatabase = await createTestDatabase('postgres');
    const secondPool = await openDatabase({ url: hqDatabase.url!, poolSize: 5 });
    const hqApps = [await createTestApp(hqDatabase), await createTestApp(secondPool)];
    const hq = await createHq(hqDatabase, hqApps[0]!);
    const postDatabase = await createTestDatabase('pglite');
    const postApp = await createTestApp(postDatabase, { SYNC_MODE: 'edge', SYNC_SITE_ID: hq.siteId, SYNC_CREDENTIAL: hq.credential, SYNC_HQ_URL: 'http://127.0.0.1:9' });
    const sync = createEdgeSync(postDatabase.db, { siteId: hq.siteId, transport: twoProcesses(hqApps, hq.credential), intervalSeconds: 1, batchSize: 20 });
    const drain = async () => {
      for (let cycle = 0; cycle < 100; cycle += 1) {
        const status = await sync.runCycle();
        if (status.link.state === 'up' && status.outbox.queueLength === 0) {
          return status;
        }
      }
      throw new Error('the queue did not drain');
    };
    try {
      await drain();
      const officer = await signIn(postApp, hq.officerUser);
      const recorded = await recordBuses(officer, hq.siteId, 6, 10);
      const drained = await drain();
      expect(drained.outbox.rejected).toBe(0);

      const ids = recorded.map((r) => r.id);
      const [atHq] = await hqDatabase.db.select({ n: count() }).from(crossings).where(inArray(crossings.id, ids));
      expect(atHq?.n).toBe(recorded.length);
      const [audited] = await hqDatabase.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, 'border.crossing.record'), inArray(auditLog.entityId, ids)));
      expect(audited?.n).toBe(recorded.length);
      const inbox = await hqDatabase.db.select({ outcome: syncInbox.outcome }).from(syncInbox).where(eq(syncInbox.siteId, hq.siteId));
      // 60 crossings and the 20 travellers registered at the post.
      expect(inbox).toHaveLength(recorded.length + 20);
      expect(inbox.every((row) => row.outcome === 'applied')).toBe(true);
      expect(await verifyAuditChain(hqDatabase.db)).toMatchObject({ ok: true, problems: [] });
    } finally {
      await sync.stop();
      await postApp.close();
      await postDatabase.destroy();
      await Promise.all(hqApps.map((app) => app.close()));
      await secondPool.close();
      await hqDatabase.destroy();
    }
  });
});
