/** Who may call each documents route (allowed and denied), what the public may do, and keys and rate limits. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';
import { expectRoutesGuarded } from '../../testing/route-guards';
import { createDocumentsWorld, createHolder, createTestType } from './test-fixtures';

describeOnEachEngine('documents access', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  let office: string;
  const sessions: Record<string, Session> = {};
  beforeAll(async () => {
    app = await createTestApp(database(), { VERIFY_RATE_LIMIT_PER_MINUTE: '8' });
    const world = await createDocumentsWorld(database().db);
    tenant = world.tenant;
    office = world.office;
    sessions['document-officer'] = await signIn(app, world.requester);
    sessions.approver = await signIn(app, world.approver);
    for (const role of ['administrator', 'partner-reader', 'border-officer', 'analyst']) {
      sessions[role] = await signIn(app, await tenant.user([role]));
    }
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets each role do its part and refuses the others with 403', async () => {
    const type = await createTestType(database().db);
    const personId = await createHolder(database().db);
    const officer = sessions['document-officer']!;
    const applied = (await officer.post('/api/documents/applications', { personId, type: type.code, officeId: office, fee: { status: 'none' } })).json<{ id: string }>();
    const typeBody = { ...type, code: undefined };
    const cases: { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown; allowed: string[] }[] = [
      { method: 'GET', url: '/api/documents/types', allowed: ['administrator', 'document-officer', 'approver', 'partner-reader'] },
      { method: 'PUT', url: `/api/documents/types/${type.code}`, body: typeBody, allowed: ['administrator'] },
      { method: 'GET', url: '/api/documents/offices', allowed: ['administrator', 'document-officer', 'approver', 'partner-reader'] },
      { method: 'PUT', url: `/api/documents/offices/${office}`, body: { blockSize: 500, lowWater: 50 }, allowed: ['administrator'] },
      { method: 'GET', url: `/api/documents?personId=${personId}`, allowed: ['administrator', 'document-officer', 'approver', 'partner-reader'] },
      { method: 'GET', url: '/api/documents/counts?from=2026-01-01&to=2026-12-31', allowed: ['administrator', 'document-officer', 'approver', 'partner-reader'] },
      { method: 'GET', url: `/api/documents/${applied.id}`, allowed: ['administrator', 'document-officer', 'approver', 'partner-reader'] },
      { method: 'POST', url: '/api/documents/applications', body: { personId, type: type.code, officeId: office, fee: { status: 'none' } }, allowed: ['administrator', 'document-officer', 'approver'] },
    ];
    for (const { method, url, body, allowed } of cases) {
      for (const [role, session] of Object.entries(sessions)) {
        const response = await session.request(method, url, method === 'GET' ? undefined : (body ?? {}));
        if (allowed.includes(role)) {
          expect(response.statusCode, `${role} ${method} ${url}: ${response.body}`).toBeLessThan(300);
        } else {
          expect(response.statusCode, `${role} ${method} ${url}`).toBe(403);
        }
      }
    }
  });

  it("shows a partner organisation's reader none of another organisation's documents (404, as if missing)", async () => {
    const type = await createTestType(database().db);
    const personId = await createHolder(database().db);
    const id = (await sessions['document-officer']!.post('/api/documents/applications', { personId, type: type.code, officeId: office, fee: { status: 'none' } })).json<{ id: string }>().id;
    const partner = await createTenant(database().db, 'ngo');
    const reader = await signIn(app, await partner.user(['partner-reader']));
    expect((await reader.get(`/api/documents/${id}`)).statusCode).toBe(404);
    expect((await reader.get(`/api/documents?personId=${personId}`)).json()).toEqual({ documents: [], next: null });
  });

  it('refuses every signed-in documents route to a caller without the permission (403) and to an anonymous one (401)', async () => {
    await expectRoutesGuarded(app, database().db, tenant, { prefix: '/api/documents', permissionPrefix: 'documents.', minimum: 20, fill: (parameter) => (parameter === 'keyId' ? 'K1' : parameter === 'code' ? 'TID-AS' : randomUUID()) });
  });

  it('rotates keys (old seals keep verifying), revokes a key (its seals fail), all published without private halves', async () => {
    const type = await createTestType(database().db);
    const personId = await createHolder(database().db);
    const officer = sessions['document-officer']!;
    const admin = sessions.administrator!;
    const id = (await officer.post('/api/documents/applications', { personId, type: type.code, officeId: office, fee: { status: 'none' } })).json<{ id: string }>().id;
    const seal = (await sessions.approver!.post(`/api/documents/${id}/approve`)).json<{ sealPayload: string }>().sealPayload;
    const verify = async () => (await app.inject({ method: 'POST', url: '/api/documents/verify', payload: { payload: seal } })).json<{ signature: string }>().signature;
    expect(await verify()).toBe('valid');
    const oldKey = seal.split('|')[1]!;
    const rotated = await admin.post('/api/documents/keys/rotate');
    expect(rotated.statusCode).toBe(201);
    expect(await verify()).toBe('valid');
    const keys = (await app.inject({ method: 'GET', url: '/api/documents/keys' })).json<{ keys: Record<string, unknown>[] }>().keys;
    expect(keys.find((k) => k.keyId === oldKey)).toMatchObject({ status: 'retired', algorithm: 'Ed25519' });
    expect(keys.find((k) => k.keyId === rotated.json<{ keyId: string }>().keyId)).toMatchObject({ status: 'current' });
    expect(keys.every((k) => !('privateKey' in k) && typeof k.publicKey === 'string' && (k.publicKey as string).length === 43)).toBe(true);
    expect((await officer.post(`/api/documents/keys/${oldKey}/revoke`, { reason: 'compromised' })).statusCode).toBe(403);
    expect((await admin.post(`/api/documents/keys/${oldKey}/revoke`, { reason: 'Key file found on a stolen laptop' })).statusCode).toBe(200);
    expect(await verify()).toBe('revoked-key');
  });

  it('rate-limits verification per client address', async () => {
    let limited = 0;
    for (let i = 0; i < 12; i++) {
      const response = await app.inject({ method: 'POST', url: '/api/documents/verify', payload: { payload: 'not a seal' }, remoteAddress: '203.0.113.9' });
      limited += response.statusCode === 429 ? 1 : 0;
    }
    expect(limited).toBeGreaterThanOrEqual(4);
    const other = await app.inject({ method: 'POST', url: '/api/documents/verify', payload: { payload: 'not a seal' }, remoteAddress: '203.0.113.10' });
    expect(other.statusCode).toBe(200);
  });
});
