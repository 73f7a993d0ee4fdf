import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { crossingBody, createSource } from './test-fixtures';

describeOnEachEngine('border access rules', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let bcp: string;
  const sessions: Record<string, Session> = {};
  beforeAll(async () => {
    app = await createTestApp(database());
    tenant = await createTenant(database().db, 'border-police');
    bcp = await tenant.site('bcp', { lanes: ['A1'] });
    for (const role of ['border-officer', 'border-supervisor', 'registration-clerk', 'analyst', 'caseworker']) {
      sessions[role] = await signIn(app, await tenant.user([role]));
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets each border role do its part and refuses the others with 403', async () => {
    const source = await createSource(sessions['border-supervisor']!);
    const recorded = await sessions['border-officer']!.post('/api/border/crossings', crossingBody(bcp));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const personId = recorded.json<{ person: { id: string } }>().person.id;
    const cases: { method: 'GET' | 'POST'; url: string; body?: unknown; allowed: string[] }[] = [
      { method: 'POST', url: '/api/border/screen', body: { names: ['Test Person'] }, allowed: ['border-officer', 'border-supervisor'] },
      { method: 'POST', url: '/api/border/crossings', body: crossingBody(bcp), allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: '/api/border/crossings', allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: `/api/border/persons/${personId}/crossings`, allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: `/api/border/persons/${personId}/stay`, allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: '/api/border/overstayers', allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: '/api/border/alerts', allowed: ['border-officer', 'border-supervisor'] },
      { method: 'GET', url: '/api/border/alerts/supervision', allowed: ['border-supervisor'] },
      { method: 'GET', url: '/api/border/watchlists', allowed: ['border-supervisor'] },
      { method: 'GET', url: `/api/border/watchlists/${source.id}/imports`, allowed: ['border-supervisor'] },
      { method: 'GET', url: '/api/border/lost-documents?number=X1&issuingState=SYR', allowed: ['border-supervisor'] },
    ];
    for (const { method, url, body, allowed } of cases) {
      for (const [role, session] of Object.entries(sessions)) {
        const response = await session.request(method, url, method === 'POST' ? (body ?? {}) : undefined);
        if (allowed.includes(role)) {
          expect(response.statusCode, `${role} ${method} ${url}: ${response.body}`).toBeLessThan(300);
        } else {
          expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
        }
      }
    }
  });

  it('refuses every border route to a caller without the permission (403) and to an anonymous one (401)', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/border/', permissionPrefix: 'border.', minimum: 20 });
  });

  it('limits a non-national officer to the BCPs they are posted to', async () => {
    const elsewhere = await tenant.site('bcp', { lanes: ['A1'] });
    const local = await signIn(app, await tenant.user([await createRole(database().db, ['border.crossings.record', 'border.crossings.read', 'people.read', 'people.write'], false)], { siteIds: [bcp] }));
    expect((await local.post('/api/border/crossings', crossingBody(bcp))).statusCode).toBe(201);
    expect((await local.post('/api/border/crossings', crossingBody(elsewhere))).statusCode).toBe(404);
    const other = await sessions['border-officer']!.post('/api/border/crossings', crossingBody(elsewhere));
    expect(other.statusCode).toBe(201);
    const otherId = other.json<{ crossing: { id: string } }>().crossing.id;
    expect((await local.get(`/api/border/crossings/${otherId}`)).statusCode).toBe(404);
    const listed = (await local.get(`/api/border/crossings?siteId=${elsewhere}`)).json<{ items: unknown[] }>();
    expect(listed.items).toEqual([]);
  });

  it('serves the OpenAPI description of the border routes', async () => {
    const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(Object.keys(docs.json<{ paths: Record<string, unknown> }>().paths)).toEqual(expect.arrayContaining(['/api/border/crossings', '/api/border/screen', '/api/border/watchlists/{id}/imports']));
  });
});
