import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables';
import { describeOnEachEngine } from '../../testing/engines';
import { createRole, createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, signIn, type Session } from '../../testing/http';

describeOnEachEngine('administration and access scope', (database) => {
  let app: FastifyInstance;
  let orgA: Tenant;
  let orgB: Tenant;
  let nationalAdmin: Session;
  let orgAdminA: Session;
  beforeAll(async () => {
    app = await createTestApp(database());
    orgA = await createTenant(database().db, 'ngo');
    orgB = await createTenant(database().db, 'police');
    nationalAdmin = await signIn(app, await orgA.user(['administrator']));
    orgAdminA = await signIn(app, await orgA.user(['organisation-administrator']));
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers 404 when a user of organisation A asks for a user of organisation B', async () => {
    const inB = await orgB.user(['analyst']);
    const inA = await orgA.user(['analyst']);
    const notFound = await orgAdminA.get(`/api/admin/users/${inB.id}`);
    const missing = await orgAdminA.get(`/api/admin/users/${randomUUID()}`);
    expect(notFound.statusCode).toBe(404);
    // Exactly the answer for a record that does not exist: scope does not leak existence.
    expect(notFound.json()).toEqual(missing.json());
    expect((await orgAdminA.patch(`/api/admin/users/${inB.id}`, { displayName: 'Changed' })).statusCode).toBe(404);
    expect((await orgAdminA.get(`/api/admin/users/${inA.id}`)).statusCode).toBe(200);
    expect((await nationalAdmin.get(`/api/admin/users/${inB.id}`)).statusCode).toBe(200);
    const listed = (await orgAdminA.get('/api/admin/users')).json<{ organisationId: string }[]>();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((u) => u.organisationId === orgA.organisationId)).toBe(true);
  });

  it('leaves an audit entry for every read of a user record', async () => {
    const target = await orgA.user(['analyst']);
    await nationalAdmin.get(`/api/admin/users/${target.id}`);
    await nationalAdmin.get(`/api/admin/users/${target.id}`);
    const reads = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.user.read'), eq(auditLog.entityId, target.id)));
    expect(reads).toHaveLength(2);
    const who = await nationalAdmin.get(`/api/audit?entityType=user&entityId=${target.id}`);
    expect(who.json<{ entries: { action: string }[] }>().entries.filter((e) => e.action === 'admin.user.read')).toHaveLength(2);
  });

  it('keeps organisation administrators from granting roles stronger than their own', async () => {
    const response = await orgAdminA.post('/api/admin/users', {
      username: `escalate-${Date.now()}`,
      displayName: 'Escalation attempt',
      organisationId: orgA.organisationId,
      password: 'a-long-enough-password',
      roles: ['administrator'],
    });
    expect(response.statusCode).toBe(403);
    const otherOrg = await orgAdminA.post('/api/admin/users', {
      username: `other-${Date.now()}`,
      displayName: 'Other organisation',
      organisationId: orgB.organisationId,
      password: 'a-long-enough-password',
      roles: [],
    });
    expect(otherOrg.statusCode).toBe(400);
  });

  it('creates an organisation, a site and a user who can then sign in', async () => {
    const org = await nationalAdmin.post('/api/admin/organisations', { code: `ngo-${Date.now()}`, name: 'Jesuit Refugee Service', type: 'ngo' });
    expect(org.statusCode).toBe(201);
    const organisationId = org.json<{ id: string }>().id;
    const site = await nationalAdmin.post('/api/admin/sites', { organisationId, code: `office-${Date.now()}`, name: 'JRS Bucharest office', type: 'office' });
    expect(site.statusCode).toBe(201);
    const username = `jrs.worker.${Date.now()}`;
    const user = await nationalAdmin.post('/api/admin/users', {
      username,
      displayName: 'JRS Worker',
      organisationId,
      password: 'correct-horse-battery',
      roles: ['caseworker'],
      siteIds: [site.json<{ id: string }>().id],
      clearances: ['minor'],
    });
    expect(user.statusCode).toBe(201);
    const session = await signIn(app, { username, password: 'correct-horse-battery' });
    const me = (await session.get('/api/auth/me')).json();
    expect(me.user.organisationId).toBe(organisationId);
    expect(me.clearances).toEqual(['minor']);
  });

  it('rejects bad input with specific messages and changes nothing', async () => {
    const dup = await nationalAdmin.post('/api/admin/organisations', { code: orgA.code, name: 'Duplicate', type: 'ngo' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.message).toContain(orgA.code);
    const badType = await nationalAdmin.post('/api/admin/organisations', { code: 'x-valid', name: 'Bad type', type: 'pirates' });
    expect(badType.statusCode).toBe(400);
    expect(badType.json().error.fields[0].field).toBe('type');
    const injection = await nationalAdmin.post('/api/admin/organisations', { code: "x'; drop table users;--", name: 'Injection', type: 'ngo' });
    expect(injection.statusCode).toBe(400);
    const unknownRole = await nationalAdmin.post('/api/admin/users', {
      username: `unknown-role-${Date.now()}`,
      displayName: 'Unknown role',
      organisationId: orgA.organisationId,
      password: 'a-long-enough-password',
      roles: ['wizard'],
    });
    expect(unknownRole.statusCode).toBe(400);
    expect(unknownRole.json().error.message).toBe('Unknown role: wizard');
    const weak = await nationalAdmin.post('/api/admin/users', {
      username: `weak-${Date.now()}`,
      displayName: 'Weak password',
      organisationId: orgA.organisationId,
      password: 'short',
      roles: [],
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('password_rejected');
    const list = (await nationalAdmin.get('/api/admin/organisations')).json<{ name: string }[]>();
    expect(list.some((o) => o.name === 'Injection' || o.name === 'Bad type')).toBe(false);
  });

  it('refuses every permission-guarded route to a role without that permission (table-driven)', async () => {
    const table = app.routeAccessTable.filter((r) => 'permission' in r.access && r.access.permission);
    expect(table.length).toBeGreaterThan(15);
    const powerless = await signIn(app, await orgA.user([await createRole(database().db, [])]));
    for (const route of table) {
      const url = route.url.replace(/:(\w+)/g, () => randomUUID());
      const response = await powerless.request(route.method as 'GET', url, route.method === 'GET' ? undefined : {});
      expect([403, 404], `${route.method} ${route.url} answered ${response.statusCode}`).toContain(response.statusCode);
      const anonymous = await app.inject({ method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
      expect(anonymous.statusCode, `${route.method} ${route.url} without a session`).toBe(401);
    }
  });

  it('audits permission denials', async () => {
    const user = await orgA.user(['analyst']);
    const session = await signIn(app, user);
    await session.get('/api/admin/users');
    const denials = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'access.denied'), eq(auditLog.actorUserId, user.id)));
    expect(denials).toHaveLength(1);
  });
});
