import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { openDatabase } from '../../platform/db/client';
import { createTestDatabase } from '../../platform/db/testing/test-database';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { issueKey, withKey } from './test-fixtures';

interface OrganisationUsage {
  days: { day: string; calls: number; denied: number; rateLimited: number }[];
  keys: { id: string; calls: number; denied: number; rateLimited: number; lastUsedAt: string | null; effectiveRateLimitPerMinute: number; status: string }[];
  totals: { calls: number; denied: number; rateLimited: number };
  lastUsedAt: string | null;
  defaultRateLimitPerMinute: number;
}

const LOOKUP = '/api/partner/people/by-document?number=NOBODY42&issuingState=AFG';

describeOnEachEngine('partner API usage and rate limits', (database) => {
  let app: FastifyInstance;
  let immigration: Tenant;
  let partner: Tenant;
  let admin: Session;
  beforeAll(async () => {
    app = await createTestApp(database(), { API_KEY_RATE_LIMIT_PER_MINUTE: '50' });
    immigration = await createTenant(database().db);
    partner = await createTenant(database().db, 'other-ministry');
    admin = await signIn(app, await immigration.user(['administrator']));
  });
  afterAll(async () => {
    await app.close();
  });

  const usageOf = async (organisationId: string, session = admin) => {
    const response = await session.get(`/api/admin/api-usage/organisations/${organisationId}?days=7`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OrganisationUsage>();
  };

  it('counts each key’s calls and refusals per day, and shows its last use', async () => {
    const before = new Date();
    const first = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
    const second = await issueKey(admin, partner.organisationId, ['directory:read']);
    for (let i = 0; i < 3; i += 1) {
      expect((await withKey(app, first.key, 'GET', LOOKUP)).statusCode).toBe(200);
    }
    expect((await withKey(app, first.key, 'GET', '/api/directory/organisations')).statusCode).toBe(403);
    expect((await withKey(app, first.key, 'GET', '/api/admin/users')).statusCode).toBe(403);
    expect((await withKey(app, second.key, 'GET', '/api/directory/organisations')).statusCode).toBe(200);
    const usage = await usageOf(partner.organisationId);
    expect(usage.days).toHaveLength(7);
    expect(usage.days.at(-1)).toEqual({ day: new Date().toISOString().slice(0, 10), calls: 6, denied: 2, rateLimited: 0 });
    expect(usage.days.slice(0, 6).every((d) => d.calls === 0)).toBe(true);
    expect(usage.totals).toEqual({ calls: 6, denied: 2, rateLimited: 0 });
    const firstKey = usage.keys.find((k) => k.id === first.id)!;
    expect(firstKey).toMatchObject({ calls: 5, denied: 2, status: 'active', effectiveRateLimitPerMinute: 50 });
    expect(new Date(firstKey.lastUsedAt!).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(usage.keys.find((k) => k.id === second.id)).toMatchObject({ calls: 1, denied: 0 });
    expect(usage.defaultRateLimitPerMinute).toBe(50);

    const overview = (await admin.get('/api/admin/api-usage?days=30')).json<{ organisations: { organisation: { id: string }; calls: number; activeKeys: number; scopes: string[]; lastUsedAt: string | null }[] }>();
    const row = overview.organisations.find((o) => o.organisation.id === partner.organisationId);
    expect(row).toMatchObject({ calls: 6, activeKeys: 2, scopes: ['directory:read', 'people:lookup-by-document'] });
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it('counts calls made at the same time exactly', async () => {
    const { key, id } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
    const answers = await Promise.all(Array.from({ length: 20 }, () => withKey(app, key, 'GET', LOOKUP)));
    expect(answers.every((a) => a.statusCode === 200)).toBe(true);
    expect((await usageOf(partner.organisationId)).keys.find((k) => k.id === id)!.calls).toBe(20);
  });

  it('holds each key to its own limit: 429 with Retry-After and a clear message, counted as rate-limited', async () => {
    const limited = await issueKey(admin, partner.organisationId, ['people:lookup-by-document'], { rateLimitPerMinute: 3 });
    const other = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
    for (let i = 0; i < 3; i += 1) {
      expect((await withKey(app, limited.key, 'GET', LOOKUP)).statusCode).toBe(200);
    }
    const refused = await withKey(app, limited.key, 'GET', LOOKUP);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.headers['x-ratelimit-limit']).toBe('3');
    expect(refused.json().error).toMatchObject({ code: 'rate_limited' });
    expect(refused.json().error.message).toMatch(/^This API key may make 3 requests per minute; try again in \d+ s/);
    // Another key of the same organisation has its own allowance.
    expect((await withKey(app, other.key, 'GET', LOOKUP)).statusCode).toBe(200);
    const usage = await usageOf(partner.organisationId);
    expect(usage.keys.find((k) => k.id === limited.id)).toMatchObject({ calls: 4, rateLimited: 1, effectiveRateLimitPerMinute: 3 });

    // Raising the limit applies at once.
    const raised = await admin.patch(`/api/admin/api-keys/${limited.id}`, { rateLimitPerMinute: 10 });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ rateLimitPerMinute: 10 });
    expect((await withKey(app, limited.key, 'GET', LOOKUP)).statusCode).toBe(200);
    const audit = await database().db.select().from(auditLog).where(and(eq(auditLog.entityId, limited.id), eq(auditLog.action, 'admin.apikey.update')));
    expect(audit[0]!.detail).toEqual({ rateLimitBefore: 3, rateLimitPerMinute: 10 });
  });

  it('applies the configured default to keys without a limit of their own', async () => {
    const strict = await createTestApp(database(), { API_KEY_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const { key } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document']);
      expect((await withKey(strict, key, 'GET', LOOKUP)).statusCode).toBe(200);
      expect((await withKey(strict, key, 'GET', LOOKUP)).statusCode).toBe(200);
      expect((await withKey(strict, key, 'GET', LOOKUP)).statusCode).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('lets an organisation’s administrator change and watch only their own organisation’s keys', async () => {
    const own = await issueKey(admin, partner.organisationId, ['directory:read']);
    const elsewhere = await createTenant(database().db, 'ngo');
    const foreign = await issueKey(admin, elsewhere.organisationId, ['directory:read']);
    const orgAdmin = await signIn(app, await partner.user(['organisation-administrator']));
    expect((await usageOf(partner.organisationId, orgAdmin)).keys.map((k) => k.id)).toContain(own.id);
    expect((await orgAdmin.get(`/api/admin/api-usage/organisations/${elsewhere.organisationId}`)).statusCode).toBe(404);
    const overview = (await orgAdmin.get('/api/admin/api-usage')).json<{ organisations: { organisation: { id: string } }[] }>();
    expect(overview.organisations.map((o) => o.organisation.id)).toEqual([partner.organisationId]);
    expect((await orgAdmin.patch(`/api/admin/api-keys/${foreign.id}`, { name: 'Taken over' })).statusCode).toBe(404);
    const renamed = await orgAdmin.patch(`/api/admin/api-keys/${own.id}`, { name: 'Ministry records system', scopes: ['directory:read', 'documents:verify'], rateLimitPerMinute: null });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Ministry records system', scopes: ['directory:read', 'documents:verify'], rateLimitPerMinute: null });
    expect((await admin.post(`/api/admin/api-keys/${own.id}/revoke`)).statusCode).toBe(200);
    expect((await orgAdmin.patch(`/api/admin/api-keys/${own.id}`, { rateLimitPerMinute: 5 })).statusCode).toBe(422);
    const analyst = await signIn(app, await immigration.user(['analyst']));
    expect((await analyst.get('/api/admin/api-usage')).statusCode).toBe(403);
  });

  it('tells administrators each scope’s endpoints and the default limit', async () => {
    const reference = (await admin.get('/api/admin/partner-api')).json<{ defaultRateLimitPerMinute: number; scopes: { scope: string; endpoints: { method: string; url: string }[] }[] }>();
    expect(reference.defaultRateLimitPerMinute).toBe(50);
    const endpoints = Object.fromEntries(reference.scopes.map((s) => [s.scope, s.endpoints.map((e) => `${e.method} ${e.url}`)]));
    expect(endpoints['people:lookup-by-document']).toEqual(['GET /api/partner/people/by-document']);
    expect(endpoints['border:crossings:read']).toEqual(['GET /api/partner/border/crossings', 'GET /api/partner/people/:id/crossings']);
    expect(endpoints['documents:verify']).toEqual(['POST /api/partner/documents/verify']);
    expect(endpoints['directory:read']).toEqual(['GET /api/directory/organisations']);
    expect(endpoints['border:screen']).toEqual(['POST /api/border/screen']);
  });

  it('guards its administration routes', async () => {
    await expectRoutesGuarded(app, database().db, immigration, { prefix: '/api/admin/api-', permissionPrefix: 'admin.apikeys', minimum: 6 });
  });
});

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('partner API usage across two server processes', () => {
  it('counts a key’s calls and its limit in one place', async () => {
    const first = await createTestDatabase('postgres');
    const second = await openDatabase({ url: first.url, poolSize: 3 });
    const appA = await createTestApp(first);
    const appB = await createTestApp(second);
    try {
      const tenant = await createTenant(first.db);
      const partner = await createTenant(first.db, 'police');
      const admin = await signIn(appA, await tenant.user(['administrator']));
      const { key, id } = await issueKey(admin, partner.organisationId, ['people:lookup-by-document'], { rateLimitPerMinute: 6 });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        const [a, b] = await Promise.all([withKey(appA, key, 'GET', LOOKUP), withKey(appB, key, 'GET', LOOKUP)]);
        statuses.push(a.statusCode, b.statusCode);
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(6);
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
      const usage = (await admin.get(`/api/admin/api-usage/organisations/${partner.organisationId}?days=7`)).json<OrganisationUsage>();
      expect(usage.keys.find((k) => k.id === id)).toMatchObject({ calls: 8, rateLimited: 2 });
    } finally {
      await appA.close();
      await appB.close();
      await second.close();
      await first.destroy();
    }
  });
});
