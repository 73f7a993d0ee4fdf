/** Authentication use cases: login with password and second factor, sessions, password and TOTP changes, API keys. */
import { recordAudit, recordAuditNow } from '../audit/audit';
import type { Permission } from '../access/permissions';
import { inTransaction, type ApiKeyActor, type Ctx, type UserActor } from '../context';
import { AppError, invalid } from '../errors';
import { burnPasswordCheck, hashPassword, passwordProblems, verifyPassword } from './passwords';
import * as store from './store';
import { digest, randomToken, sameSecret } from './tokens';
import { newTotpSecret, totpUri, verifyTotp } from './totp';

export interface AuthSettings {
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxAttempts: number;
  loginLockMinutes: number;
  loginRateLimitPerMinute: number;
}

export type LoginResult =
  | { status: 'ok'; token: string }
  | { status: 'totp_required'; token: string }
  | { status: 'totp_enrolment_required'; token: string; secret: string; uri: string };

const INVALID_CREDENTIALS = 'The username or password is not correct';

/** Checks username and password; opens a session, possibly still owing the second factor. */
export async function login(
  ctx: Ctx,
  settings: AuthSettings,
  input: { username: string; password: string; userAgent?: string },
): Promise<LoginResult> {
  const now = ctx.now();
  const user = await store.findUserByUsername(ctx.db, input.username);
  if (!user) {
    await burnPasswordCheck(input.password);
    await recordAuditNow(ctx, { action: 'auth.login', outcome: 'failure', actorLabel: input.username, detail: { reason: 'unknown-user' } });
    throw new AppError('invalid_credentials', 401, INVALID_CREDENTIALS);
  }
  const failFor = async (reason: string) =>
    recordAuditNow(ctx, {
      action: 'auth.login',
      outcome: 'failure',
      actorLabel: user.username,
      entityType: 'user',
      entityId: user.id,
      detail: { reason },
    });
  if (user.lockedUntil && user.lockedUntil > now) {
    await failFor('locked');
    throw new AppError(
      'account_locked',
      423,
      `This account is locked after too many failed attempts until ${user.lockedUntil.toISOString()}; an administrator can unlock it`,
    );
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now.getTime() + settings.loginLockMinutes * 60_000);
    const after = await store.recordFailedLogin(ctx.db, user.id, settings.loginMaxAttempts, lockUntil);
    await failFor('bad-password');
    if (after?.lockedUntil && after.lockedUntil > now) {
      throw new AppError(
        'account_locked',
        423,
        `Too many failed attempts: this account is locked until ${after.lockedUntil.toISOString()}; an administrator can unlock it`,
      );
    }
    throw new AppError('invalid_credentials', 401, INVALID_CREDENTIALS);
  }
  if (user.status !== 'active') {
    await failFor('disabled');
    throw new AppError('account_disabled', 403, 'This account is disabled; ask your administrator');
  }
  const grants = await store.loadGrants(ctx.db, user.id);
  const owesTotp = user.totpEnabled || grants.requireTotp;
  const token = randomToken();
  await inTransaction(ctx, async (tx) => {
    await store.recordSuccessfulLogin(tx, user.id, now);
    await store.insertSession(tx, {
      id: digest(token),
      userId: user.id,
      csrfToken: randomToken(24),
      pendingTotp: owesTotp,
      ip: ctx.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + settings.sessionMaxHours * 3_600_000),
    });
    await recordAudit(tx, ctx, {
      action: owesTotp ? 'auth.password-accepted' : 'auth.login',
      actorLabel: user.username,
      entityType: 'user',
      entityId: user.id,
    });
  });
  if (!owesTotp) {
    return { status: 'ok', token };
  }
  if (user.totpEnabled && user.totpSecret) {
    return { status: 'totp_required', token };
  }
  // The role requires a second factor the user has not set up yet: enrol now, before anything else.
  const secret = newTotpSecret();
  await store.updateTotp(ctx.db, user.id, secret, false);
  return { status: 'totp_enrolment_required', token, secret, uri: totpUri(secret, user.username) };
}

/** Completes a login that owes the second factor (or finishes enrolment when the role requires one). */
export async function completeTotp(ctx: Ctx, sessionId: string, userId: string, code: string): Promise<void> {
  const user = await store.findUserById(ctx.db, userId);
  if (!user?.totpSecret || !verifyTotp(user.totpSecret, user.username, code.trim(), ctx.now())) {
    await recordAuditNow(ctx, { action: 'auth.totp', outcome: 'failure', entityType: 'user', entityId: userId });
    throw new AppError('totp_invalid', 401, 'The code is not correct or has expired; enter the current code from your app');
  }
  await inTransaction(ctx, async (tx) => {
    if (!user.totpEnabled) {
      await store.updateTotp(tx, user.id, user.totpSecret, true);
    }
    await store.completeSessionTotp(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.login', entityType: 'user', entityId: user.id, detail: { secondFactor: 'totp' } });
  });
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  csrfToken: string;
  pendingTotp: boolean;
  /** An administrator set this password: until the user chooses their own, only account routes answer. */
  mustChangePassword: boolean;
  /** The signed-in user, unless the second factor is still owed or the account was disabled. */
  actor?: UserActor;
}

/** The live session behind a cookie token with its user; applies the idle timeout and records activity. */
export async function resolveSession(
  ctx: Ctx,
  settings: AuthSettings,
  token: string,
): Promise<ResolvedSession | undefined> {
  const now = ctx.now();
  const id = digest(token);
  const row = await store.findCallerBySession(ctx.db, id, now);
  if (!row) {
    return undefined;
  }
  const idleMs = now.getTime() - new Date(row.last_seen_at).getTime();
  if (idleMs > settings.sessionIdleMinutes * 60_000) {
    await store.deleteSession(ctx.db, id);
    return undefined;
  }
  // Writing on every request would turn reads into writes; a minute's precision is enough for idle expiry.
  if (idleMs > 60_000) {
    await store.touchSession(ctx.db, id, now);
  }
  const actor: UserActor | undefined =
    row.pending_totp || row.status !== 'active'
      ? undefined
      : {
          kind: 'user',
          userId: row.user_id,
          username: row.username,
          displayName: row.display_name,
          organisationId: row.organisation_id,
          siteIds: row.site_ids,
          roles: row.roles,
          permissions: new Set(row.permissions as Permission[]),
          clearances: new Set(row.clearances),
          national: row.national,
        };
  return { sessionId: id, userId: row.user_id, csrfToken: row.csrf_token, pendingTotp: row.pending_totp, mustChangePassword: row.must_change_password, actor };
}

/** The partner-system actor behind an API key (`cr_<prefix>_<secret>`), if the key is live. */
export async function resolveApiKey(ctx: Ctx, presented: string): Promise<ApiKeyActor | undefined> {
  const match = /^cr_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{20,})$/.exec(presented);
  if (!match) {
    return undefined;
  }
  const now = ctx.now();
  const key = await store.findActiveApiKey(ctx.db, match[1]!, now);
  if (!key || !sameSecret(key.keyHash, digest(presented))) {
    return undefined;
  }
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > 60_000) {
    await store.touchApiKey(ctx.db, key.id, now);
  }
  return { kind: 'apiKey', apiKeyId: key.id, organisationId: key.organisationId, scopes: new Set(key.scopes) };
}

/** Ends the current session. */
export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await store.deleteSession(tx, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.logout' });
  });
}

/** Ends every session of the caller on every device. */
export async function logoutEverywhere(ctx: Ctx, userId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const count = await store.deleteUserSessions(tx, userId);
    await recordAudit(tx, ctx, { action: 'auth.logout-everywhere', entityType: 'user', entityId: userId, detail: { sessions: count } });
    return count;
  });
}

/** Changes the caller's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(
  ctx: Ctx,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await store.findUserById(ctx.db, input.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalid('The current password is not correct', [{ field: 'currentPassword', message: 'Not correct' }]);
  }
  const problems = passwordProblems(input.newPassword, user.username);
  if (problems.length > 0) {
    throw new AppError('password_rejected', 400, problems.join('; '), problems.map((message) => ({ field: 'newPassword', message })));
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await store.updatePasswordHash(tx, user.id, passwordHash, ctx.now());
    await store.deleteUserSessions(tx, user.id);
    await recordAudit(tx, ctx, { action: 'auth.password-changed', entityType: 'user', entityId: user.id, fields: ['password'] });
  });
}

/** Starts (or restarts) TOTP enrolment for the caller: returns the secret to put in an authenticator app. */
export async function startTotpEnrolment(ctx: Ctx, userId: string) {
  const user = await store.findUserById(ctx.db, userId);
  if (!user) {
    throw new AppError('not_found', 404, 'User not found');
  }
  if (user.totpEnabled) {
    throw new AppError('conflict', 409, 'A second factor is already set up; disable it first to replace it');
  }
  const secret = newTotpSecret();
  await store.updateTotp(ctx.db, user.id, secret, false);
  return { secret, uri: totpUri(secret, user.username) };
}

/** Confirms enrolment with a first code from the app. */
export async function confirmTotpEnrolment(ctx: Ctx, userId: string, code: string): Promise<void> {
  const user = await store.findUserById(ctx.db, userId);
  if (!user?.totpSecret || !verifyTotp(user.totpSecret, user.username, code.trim(), ctx.now())) {
    throw new AppError('totp_invalid', 400, 'The code is not correct; check the time on your phone and try the current code');
  }
  await inTransaction(ctx, async (tx) => {
    await store.updateTotp(tx, user.id, user.totpSecret, true);
    await recordAudit(tx, ctx, { action: 'auth.totp-enabled', entityType: 'user', entityId: user.id });
  });
}

/** The session's CSRF token matches the one presented. */
export function csrfMatches(expected: string, presented: string | undefined): boolean {
  return presented !== undefined && sameSecret(expected, presented);
}

/** Sets the caller's interface language. */
export async function setOwnLanguage(ctx: Ctx, userId: string, language: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await store.setLanguage(tx, userId, language);
    await recordAudit(tx, ctx, { action: 'auth.language', entityType: 'user', entityId: userId, fields: ['language'] });
  });
}
