import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { roles } from '../../platform/auth/tables';
import { createTestDatabase } from '../../platform/db/testing/test-database';
import { describeOnEachEngine } from '../../testing/engines';
import { loadConfig } from '../../platform/config';
import { createRole, createTenant, testContext } from '../../testing/factories';
import { createTestApp, signIn } from '../../testing/http';
import { createApiKey, revokeApiKey } from '../admin/service';
import { createSource, crossingBody, importRows } from '../border/test-fixtures';
import { createEdge, hqForSuite, injectTransport, syncUntilDrained } from './test-harness';
import type { EdgeStatus } from './edge';
import { createEdgeSync } from './edge';
import { recordContact } from './hq-apply';
import { TransportError } from './transport';

interface Post {
  siteId: string;
  lastContactAt: string | null;
  stale: boolean;
  queueLength: number | null;
  oldestUnsentAt: string | null;
  changesApplied: number;
  watchlists: { sourceId: string; hqVersion: number; postVersion: number | null; lag: number | null }[];
  maxVersionLag: number | null;
  credentials: number;
}

describeOnEachEngine('sync status at the post and at headquarters', (database) => {
  const hq = hqForSuite(database);

  const postOf = async (siteId: string) => (await hq.supervisor.get('/api/sync/posts')).json<{ posts: Post[] }>().posts.find((p) => p.siteId === siteId);

  it('the post shows link, queue and list versions; headquarters shows last contact, reported queue and version lag', { timeout: 90_000 }, async () => {
    expect(await postOf(hq.siteId)).toMatchObject({ lastContactAt: null, stale: true, queueLength: null, credentials: 1, maxVersionLag: null });
    const edge = await createEdge(hq);
    try {
      const first = await edge.sync.status();
      expect(first).toMatchObject({ mode: 'edge', site: null, link: { state: 'down', lastSuccessAt: null }, outbox: { queueLength: 0 } });
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      const up = (await officer.get('/api/sync/status')).json<EdgeStatus>();
      expect(up).toMatchObject({ site: { id: hq.siteId }, link: { state: 'up', forcedDown: false, lastError: null } });
      expect(up.link.lastSuccessAt).not.toBeNull();

      // A new list at headquarters: the post is one version behind until it synchronises.
      const source = await createSource(hq.supervisor);
      await importRows(hq.supervisor, source.id, ['S-1,Somebody Listed,,1960,IRQ,,notify,,,']);
      expect((await postOf(hq.siteId))?.watchlists.find((w) => w.sourceId === source.id)).toMatchObject({ hqVersion: 1, postVersion: 0, lag: 1 });

      edge.sync.setLinkDown(true);
      expect((await officer.post('/api/border/crossings', crossingBody(hq.siteId))).statusCode).toBe(201);
      const down = (await officer.post('/api/sync/run')).json<EdgeStatus>();
      expect(down).toMatchObject({ link: { state: 'down', forcedDown: true }, outbox: { queueLength: 2 } });
      expect(down.outbox.oldestUnsentAt).not.toBeNull();
      expect(down.link.consecutiveFailures).toBeGreaterThan(0);

      edge.sync.setLinkDown(false);
      await syncUntilDrained(edge);
      const post = await postOf(hq.siteId);
      expect(post).toMatchObject({ stale: false, queueLength: 0, oldestUnsentAt: null, changesApplied: 2, maxVersionLag: 0 });
      expect(post?.watchlists.find((w) => w.sourceId === source.id)).toMatchObject({ postVersion: 1, lag: 0 });
      expect(Date.now() - Date.parse(post!.lastContactAt!)).toBeLessThan(60_000);
      expect((await officer.get('/api/sync/status')).json<EdgeStatus>().watchlists.find((w) => w.sourceId === source.id)).toMatchObject({ version: 1 });
    } finally {
      await edge.close();
    }
  });

  it('headquarters calls a post stale when its last contact is older than SYNC_STALE_AFTER_MINUTES', { timeout: 60_000 }, async () => {
    const tenant = await createTenant(hq.database.db, 'border-police');
    const [silent, recent, never] = [await tenant.site('bcp'), await tenant.site('bcp'), await tenant.site('bcp')];
    const ctx = testContext(hq.database.db);
    const minutesAgo = (minutes: number) => ({ ...ctx, now: () => new Date(Date.now() - minutes * 60_000) });
    await recordContact(minutesAgo(6), silent, null);
    await recordContact(minutesAgo(4), recent, null);
    const monitor = await tenant.user(['border-supervisor'], { siteIds: [silent, recent, never] });
    // A post with a credential that never called.
    const issued = await (await signIn(hq.app, monitor)).post(`/api/sync/sites/${never}/credentials`, {});
    expect(issued.statusCode, issued.body).toBe(201);
    const fiveMinutes = await createTestApp(hq.database, { SYNC_STALE_AFTER_MINUTES: '5' });
    try {
      const staleness = async (app: FastifyInstance) => {
        const answer = (await (await signIn(app, monitor)).get('/api/sync/posts')).json<{ staleAfterMinutes: number; posts: Post[] }>();
        const ours = answer.posts.filter((p) => [silent, recent, never].includes(p.siteId));
        return { staleAfterMinutes: answer.staleAfterMinutes, stale: Object.fromEntries(ours.map((p) => [p.siteId, p.stale])) };
      };
      // Five minutes: silent for six is stale, four is not; a post that never called is stale either way.
      expect(await staleness(fiveMinutes)).toEqual({ staleAfterMinutes: 5, stale: { [silent]: true, [recent]: false, [never]: true } });
      // The default, fifteen: neither has been silent that long.
      expect(await staleness(hq.app)).toEqual({ staleAfterMinutes: 15, stale: { [silent]: false, [recent]: false, [never]: true } });
    } finally {
      await fiveMinutes.close();
    }
    expect(() => loadConfig({ SYNC_STALE_AFTER_MINUTES: '0' })).toThrow(/SYNC_STALE_AFTER_MINUTES/);
    expect(() => loadConfig({ SYNC_STALE_AFTER_MINUTES: 'soon' })).toThrow(/SYNC_STALE_AFTER_MINUTES/);
    expect(loadConfig({}).sync).toEqual({ mode: 'hq', staleAfterMinutes: 15 });
  });

  it('is degraded when headquarters answers part of a cycle', { timeout: 60_000 }, async () => {
    const edgeDb = await createTestDatabase('pglite');
    const through = injectTransport(hq.app, hq.credential);
    let pulls = 0;
    const sync = createEdgeSync(edgeDb.db, {
      siteId: hq.siteId,
      intervalSeconds: 1,
      batchSize: 50,
      transport: {
        // The first pull gets through (a new post's first copy takes several), the second does not.
        send: (request) => (request.path === '/api/sync/pull' && ++pulls === 2 ? Promise.reject(new TransportError('injected', null, true)) : through.send(request)),
      },
    });
    try {
      const status = await sync.runCycle();
      expect(status.link).toMatchObject({ state: 'degraded', lastError: 'injected' });
    } finally {
      await sync.stop();
      await edgeDb.destroy();
    }
  });

  it('guards every sync route: permissions for people, the site credential for posts', { timeout: 60_000 }, async () => {
    const officer = await hq.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: hq.officerUser.username, password: hq.officerUser.password } });
    const officerCookie = officer.cookies.find((c) => c.name === 'cr_session')!;
    const asOfficer = (method: 'GET' | 'POST', url: string) => hq.app.inject({ method, url, headers: { cookie: `cr_session=${officerCookie.value}` }, ...(method === 'POST' ? { payload: {} } : {}) });
    for (const [method, url] of [
      ['GET', '/api/sync/posts'],
      ['GET', '/api/sync/conflicts'],
      ['GET', `/api/sync/conflicts/${randomUUID()}`],
    ] as const) {
      expect((await asOfficer(method, url)).statusCode, url).toBe(403);
      expect((await hq.app.inject({ method, url })).statusCode, url).toBe(401);
      expect((await hq.supervisor.get(url)).statusCode, url).not.toBe(403);
    }
    expect((await hq.app.inject({ method: 'POST', url: `/api/sync/sites/${hq.siteId}/credentials`, payload: {} })).statusCode).toBe(401);
    const sitePaths = [
      ['POST', '/api/sync/pull', { report: { queueLength: 0, oldestUnsentAt: null, versions: {} }, directoryDigest: null, persons: null }],
      ['POST', '/api/sync/changes', { changes: [], report: { queueLength: 0, oldestUnsentAt: null, versions: {} } }],
      ['GET', '/api/sync/lost-documents', undefined],
      ['GET', `/api/sync/watchlists/${randomUUID()}/entries?from=0&to=1`, undefined],
    ] as const;
    const ctx = testContext(hq.database.db);
    const partner = await createApiKey(ctx, { organisationId: hq.tenant.organisationId, name: 'partner', scopes: ['directory:read'], expiresInDays: 30 });
    const unbound = await createApiKey(ctx, { organisationId: hq.tenant.organisationId, name: 'unbound', scopes: ['sync:site'], expiresInDays: 30 });
    for (const [method, url, payload] of sitePaths) {
      const call = (authorization?: string) => hq.app.inject({ method, url, ...(authorization ? { headers: { authorization } } : {}), ...(payload ? { payload } : {}) });
      expect((await call()).statusCode, url).toBe(401);
      expect((await hq.supervisor.request(method, url, payload)).statusCode, `${url} as a user`).toBe(403);
      expect((await call(`Bearer ${partner.key}`)).statusCode, `${url} with a partner key`).toBe(403);
      expect((await call(`Bearer ${unbound.key}`)).statusCode, `${url} with an unbound key`).toBe(403);
      expect((await call(`Bearer ${hq.credential}`)).statusCode, `${url} with the site credential`).toBe(200);
    }
    // A revoked credential no longer opens anything.
    const spare = await hq.supervisor.post(`/api/sync/sites/${hq.siteId}/credentials`, { expiresInDays: 5 });
    const spareKey = spare.json<{ credential: string; apiKeyId: string }>();
    await revokeApiKey(ctx, spareKey.apiKeyId);
    expect((await hq.app.inject({ method: 'GET', url: '/api/sync/lost-documents', headers: { authorization: `Bearer ${spareKey.credential}` } })).statusCode).toBe(401);
    // A credential is for a BCP only, and a user without sync.manage cannot issue one.
    const office = await hq.tenant.site('office');
    expect((await hq.supervisor.post(`/api/sync/sites/${office}/credentials`, {})).statusCode).toBe(400);
    expect((await asOfficer('POST', `/api/sync/sites/${hq.siteId}/credentials`)).statusCode).toBe(403);
    expect((await hq.supervisor.get('/api/sync/status')).json()).toEqual({ mode: 'hq' });
  });

  it('at the post: the status for the desk, the link switch only in development', { timeout: 60_000 }, async () => {
    const clerkRole = await createRole(hq.database.db, ['people.read']);
    const clerk = await hq.tenant.user([clerkRole], { siteIds: [hq.siteId] });
    const edge = await createEdge(hq);
    try {
      await syncUntilDrained(edge);
      const officer = await edge.signIn(hq.officerUser);
      const powerless = await edge.signIn(clerk);
      for (const [method, url] of [
        ['GET', '/api/sync/status'],
        ['POST', '/api/sync/run'],
      ] as const) {
        expect((await officer.request(method, url, method === 'POST' ? {} : undefined)).statusCode, url).toBe(200);
        expect((await powerless.request(method, url, method === 'POST' ? {} : undefined)).statusCode, url).toBe(403);
        expect((await edge.app.inject({ method, url })).statusCode, url).toBe(401);
      }
      // What only headquarters manages is not offered at the post.
      const [supervisorRole] = await edge.database.db.select({ permissions: roles.permissions }).from(roles).where(eq(roles.code, 'border-supervisor'));
      expect(supervisorRole?.permissions).toContain('border.alerts.supervise');
      expect(supervisorRole?.permissions.filter((p) => /^(admin\.|sync\.)|watchlists\.manage/.test(p))).toEqual([]);
      expect((await officer.post('/api/sync/link', { state: 'down' })).statusCode).toBe(404);
      expect((await officer.get('/api/sync/posts')).statusCode).toBe(404);
      const devApp = await createTestApp(edge.database, { SYNC_MODE: 'edge', SYNC_SITE_ID: hq.siteId, SYNC_CREDENTIAL: hq.credential, SYNC_HQ_URL: 'http://localhost:9', SYNC_DEV_LINK_CONTROL: 'true' });
      try {
        const devOfficer = await (await import('../../testing/http')).signIn(devApp, hq.officerUser);
        const down = await devOfficer.post('/api/sync/link', { state: 'down' });
        expect(down.statusCode, down.body).toBe(200);
        expect(down.json()).toMatchObject({ link: { state: 'down', forcedDown: true } });
        expect((await devOfficer.post('/api/sync/link', { state: 'up' })).json()).toMatchObject({ link: { forcedDown: false } });
        expect((await powerless.post('/api/sync/link', { state: 'down' })).statusCode).toBe(404);
      } finally {
        await devApp.close();
      }
    } finally {
      await edge.close();
    }
  });
});
