import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnEachEngine } from '../../testing/engines';
import { createTenant, type Tenant } from '../../testing/factories';
import { createTestApp, sessionCookieOf, sessionFromCookie, signIn } from '../../testing/http';
import { auditLog } from '../audit/tables';
import { openDatabase } from '../db/client';
import { roles } from './tables';
import { currentTotp } from './totp';

describeOnEachEngine('authentication over HTTP', (database) => {
  let app: FastifyInstance;
  let tenant: Tenant;
  beforeAll(async () => {
    app = await createTestApp(database(), { LOGIN_MAX_ATTEMPTS: '3' });
    tenant = await createTenant(database().db);
  });
  afterAll(async () => {
    await app.close();
  });

  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('signs in, tells the caller who they are, and audits the login', async () => {
    const user = await tenant.user(['border-officer']);
    const response = await login(user.username.toUpperCase(), user.password);
    expect(response.json()).toEqual({ status: 'ok' });
    const cookie = response.cookies.find((c) => c.name === 'cr_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const session = await sessionFromCookie(app, sessionCookieOf(response));
    const me = (await session.get('/api/auth/me')).json();
    expect(me.user.username).toBe(user.username);
    expect(me.permissions).toContain('border.crossings.record');
    expect(me.permissions).not.toContain('admin.users.manage');
    const entries = await database().db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.entityId, user.id)));
    expect(entries).toHaveLength(1);
  });

  it('refuses a wrong password with a clear message and audits the failure', async () => {
    const user = await tenant.user(['analyst']);
    const response = await login(user.username, 'not-the-password');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toEqual({ code: 'invalid_credentials', message: 'The username or password is not correct' });
    const failures = await database()
      .db.select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failure'), eq(auditLog.entityId, user.id)));
    expect(failures).toHaveLength(1);
    expect((await login('no-such-user', 'whatever')).statusCode).toBe(401);
  });

  it('locks the account after too many failures, even for the right password, until unlocked', async () => {
    const user = await tenant.user(['analyst']);
    const admin = await signIn(app, await tenant.user(['administrator']));
    expect((await login(user.username, 'wrong-1')).statusCode).toBe(401);
    expect((await login(user.username, 'wrong-2')).statusCode).toBe(401);
    const third = await login(user.username, 'wrong-3');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('account_locked');
    expect((await login(user.username, user.password)).statusCode).toBe(423);
    expect((await admin.post(`/api/admin/users/${user.id}/unlock`)).statusCode).toBe(200);
    expect((await login(user.username, user.password)).json()).toEqual({ status: 'ok' });
  });

  it('requires the second factor once TOTP is set up, and refuses a wrong code', async () => {
    const user = await tenant.user(['analyst']);
    const session = await signIn(app, user);
    const enrol = await session.post('/api/auth/totp/enrol');
    const { secret } = enrol.json<{ secret: string }>();
    expect((await session.post('/api/auth/totp/confirm', { code: '000000' })).statusCode).toBe(400);
    expect((await session.post('/api/auth/totp/confirm', { code: currentTotp(secret, user.username) })).statusCode).toBe(200);

    const first = await login(user.username, user.password);
    expect(first.json()).toEqual({ status: 'totp_required' });
    const cookie = sessionCookieOf(first);
    const blocked = await app.inject({ method: 'GET', url: '/api/admin/organisations', headers: { cookie } });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('totp_required');
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/totp', headers: { cookie }, payload: { code: '123456' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({ method: 'POST', url: '/api/auth/totp', headers: { cookie }, payload: { code: currentTotp(secret, user.username) } });
    expect(right.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
  });

  it('makes users of a role that requires TOTP enrol before anything else', async () => {
    const [role] = await database().db.insert(roles).values({ code: `totp-role-${Date.now()}`, name: 'Strict', permissions: ['reports.read'], requireTotp: true }).returning();
    const user = await tenant.user([role!.code]);
    const response = await login(user.username, user.password);
    const body = response.json<{ status: string; totpSecret: string; totpUri: string }>();
    expect(body.status).toBe('totp_enrolment_required');
    expect(body.totpUri).toMatch(/^otpauth:\/\/totp\//);
    const cookie = sessionCookieOf(response);
    const done = await app.inject({ method: 'POST', url: '/api/auth/totp', headers: { cookie }, payload: { code: currentTotp(body.totpSecret, user.username) } });
    expect(done.statusCode).toBe(200);
    expect((await login(user.username, user.password)).json().status).toBe('totp_required');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const user = await tenant.user(['administrator']);
    const session = await signIn(app, user);
    const response = await app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: { cookie: session.cookie },
      payload: { code: 'csrf-test', name: 'CSRF test', type: 'ngo' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('csrf_failed');
  });

  it('logs out everywhere', async () => {
    const user = await tenant.user(['analyst']);
    const first = await signIn(app, user);
    const second = await signIn(app, user);
    expect((await second.post('/api/auth/logout-everywhere')).json()).toMatchObject({ sessions: 2 });
    expect((await first.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('applies the password rules when a user changes their password', async () => {
    const user = await tenant.user(['analyst']);
    const session = await signIn(app, user);
    const weak = await session.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('password_rejected');
    expect(weak.json().error.fields[0]).toEqual({ field: 'newPassword', message: 'Use at least 12 characters' });
    const ok = await session.post('/api/auth/password', { currentPassword: user.password, newPassword: 'a-much-better-passphrase' });
    expect(ok.statusCode).toBe(200);
    expect((await login(user.username, 'a-much-better-passphrase')).json()).toEqual({ status: 'ok' });
  });

  it('lets a partner system in with a scoped API key, and not after revocation', async () => {
    const admin = await signIn(app, await tenant.user(['administrator']));
    const created = await admin.post('/api/admin/api-keys', { organisationId: tenant.organisationId, name: 'Ministry system', scopes: ['directory:read'], expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json<{ key: string; id: string }>();
    const call = (url: string) => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    const directory = await call('/api/directory/organisations');
    expect(directory.statusCode).toBe(200);
    expect(directory.json()).toEqual(expect.arrayContaining([expect.objectContaining({ id: tenant.organisationId })]));
    expect((await call('/api/admin/users')).statusCode).toBe(403);
    expect((await admin.get('/api/admin/api-keys')).body).not.toContain(key);
    await admin.post(`/api/admin/api-keys/${id}/revoke`);
    expect((await call('/api/directory/organisations')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/directory/organisations', headers: { authorization: 'Bearer cr_AAAAAAAA_forgedforgedforgedforged' } })).statusCode).toBe(401);
  });
});

describe.runIf(Boolean(process.env.TEST_DATABASE_URL))('two server processes against one PostgreSQL', () => {
  it('share sessions and rate-limit counters', async () => {
    const { createTestDatabase } = await import('../db/testing/test-database');
    const first = await createTestDatabase('postgres');
    // A second, independent connection pool to the same database: what a second process has.
    const second = await openDatabase({ url: first.url, poolSize: 3 });
    const env = { RATE_LIMIT_PER_MINUTE: '8' };
    const appA = await createTestApp(first, env);
    const appB = await createTestApp(second, env);
    try {
      const tenant = await createTenant(first.db);
      const user = await tenant.user(['analyst']);
      const sessionOnA = await signIn(appA, user);
      const onB = await appB.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionOnA.cookie } });
      expect(onB.statusCode).toBe(200);
      expect(onB.json().user.username).toBe(user.username);
      await appB.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: sessionOnA.cookie, 'x-csrf-token': sessionOnA.csrfToken } });
      expect((await appA.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionOnA.cookie } })).statusCode).toBe(401);

      const statuses: number[] = [];
      for (let i = 0; i < 10; i += 1) {
        const target = i % 2 === 0 ? appA : appB;
        statuses.push((await target.inject({ method: 'GET', url: '/api/admin/organisations', remoteAddress: '10.9.8.7' })).statusCode);
      }
      // 8 allowed in the window across both processes, the rest refused: the counter is shared.
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
    } finally {
      await appA.close();
      await appB.close();
      await second.close();
      await first.destroy();
    }
  });
});

describeOnEachEngine('password set by an administrator', (database) => {
  it('must be replaced before anything but the account routes answers', async () => {
    const app = await createTestApp(database());
    try {
      const tenant = await createTenant(database().db);
      const admin = await signIn(app, await tenant.user(['administrator']));
      const user = await tenant.user(['analyst']);
      expect((await admin.post(`/api/admin/users/${user.id}/password`, { password: 'temporary-password-123' })).statusCode).toBe(200);
      const session = await signIn(app, { username: user.username, password: 'temporary-password-123' });
      const blocked = await session.get('/api/admin/organisations');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error.code).toBe('password_change_required');
      expect((await session.get('/api/auth/me')).json().user.mustChangePassword).toBe(true);
      expect((await session.patch('/api/auth/me', { language: 'ar' })).statusCode).toBe(200);
      expect((await session.post('/api/auth/password', { currentPassword: 'temporary-password-123', newPassword: 'my-own-passphrase-42' })).statusCode).toBe(200);
      const fresh = await signIn(app, { username: user.username, password: 'my-own-passphrase-42' });
      expect((await fresh.get('/api/admin/organisations')).statusCode).toBe(200);
      expect((await fresh.get('/api/auth/me')).json().user.language).toBe('ar');
    } finally {
      await app.close();
    }
  });
});
