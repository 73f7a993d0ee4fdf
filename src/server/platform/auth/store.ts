/** SQL for authentication: users by name, sessions, API keys, and the caller's roles and sites. */
import { and, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { ApiScope, Permission } from '../access/permissions';
import type { Executor } from '../db/client';
import { queryRows } from '../db/query';
import { apiKeys, roles, sessions, userRoles, users, userSites } from './tables';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** The user with this username (case-insensitive), if any. */
export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = lower(${username})`);
  return row;
}

/** The user with this id, if any. */
export async function findUserById(db: Executor, userId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row;
}

export interface Grants {
  roles: string[];
  permissions: Permission[];
  national: boolean;
  requireTotp: boolean;
  siteIds: string[];
}

/** The roles, permissions and sites a user holds. */
export async function loadGrants(db: Executor, userId: string): Promise<Grants> {
  const roleRows = await db
    .select({ code: roles.code, permissions: roles.permissions, national: roles.national, requireTotp: roles.requireTotp })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  const siteRows = await db.select({ siteId: userSites.siteId }).from(userSites).where(eq(userSites.userId, userId));
  return {
    roles: roleRows.map((r) => r.code),
    permissions: [...new Set(roleRows.flatMap((r) => r.permissions as Permission[]))],
    national: roleRows.some((r) => r.national),
    requireTotp: roleRows.some((r) => r.requireTotp),
    siteIds: siteRows.map((s) => s.siteId),
  };
}

/** Counts a failed password and locks the account when the limit is reached. */
export async function recordFailedLogin(db: Executor, userId: string, maxAttempts: number, lockUntil: Date) {
  const [row] = await db
    .update(users)
    .set({
      failedLogins: sql`${users.failedLogins} + 1`,
      lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${maxAttempts} then ${lockUntil.toISOString()}::timestamptz else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  return row;
}

/** Clears the failed-login count after a successful login. */
export async function recordSuccessfulLogin(db: Executor, userId: string, at: Date): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at }).where(eq(users.id, userId));
}

/** Stores a new session. */
export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** The live session with this id (token digest), if any. */
export async function findLiveSession(db: Executor, id: string, now: Date): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/** Records activity on a session (sliding idle timeout). */
export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

/** Marks the second factor as given. */
export async function completeSessionTotp(db: Executor, id: string): Promise<void> {
  await db.update(sessions).set({ pendingTotp: false }).where(eq(sessions.id, id));
}

/** Ends one session. */
export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user ("log out everywhere", password change, disabling). */
export async function deleteUserSessions(db: Executor, userId: string): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return deleted.length;
}

/** Removes sessions past their expiry. */
export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** Sets the user's password hash. */
export async function updatePasswordHash(db: Executor, userId: string, passwordHash: string, at: Date) {
  await db
    .update(users)
    .set({ passwordHash, passwordChangedAt: at, mustChangePassword: false })
    .where(eq(users.id, userId));
}

/** Sets or clears the user's TOTP secret and whether it is in force. */
export async function updateTotp(db: Executor, userId: string, secret: string | null, enabled: boolean) {
  await db.update(users).set({ totpSecret: secret, totpEnabled: enabled }).where(eq(users.id, userId));
}

/** An active (not revoked, not expired) API key by its visible prefix. */
export async function findActiveApiKey(db: Executor, prefix: string, now: Date) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt), gt(apiKeys.expiresAt, now)));
  return row ? { ...row, scopes: row.scopes as ApiScope[] } : undefined;
}

/** Notes the last use of an API key (for the partner usage view). */
export async function touchApiKey(db: Executor, id: string, now: Date): Promise<void> {
  await db.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, id));
}

export interface CallerRow {
  session_id: string;
  csrf_token: string;
  pending_totp: boolean;
  last_seen_at: Date | string;
  user_id: string;
  username: string;
  display_name: string;
  organisation_id: string;
  clearances: string[];
  status: string;
  must_change_password: boolean;
  roles: string[];
  permissions: string[];
  national: boolean;
  site_ids: string[];
}

/**
 * The live session with its user, roles, permissions and sites, in one round trip:
 * every authenticated request needs all of it.
 */
export async function findCallerBySession(db: Executor, sessionId: string, now: Date): Promise<CallerRow | undefined> {
  const rows = await queryRows<CallerRow>(
    db,
    sql`select s.id as session_id, s.csrf_token, s.pending_totp, s.last_seen_at,
          u.id as user_id, u.username, u.display_name, u.organisation_id, u.clearances, u.status, u.must_change_password,
          coalesce(g.roles, '{}') as roles, coalesce(g.permissions, '{}') as permissions, coalesce(g.national, false) as national,
          coalesce((select array_agg(us.site_id) from user_sites us where us.user_id = u.id), '{}') as site_ids
        from sessions s
        join users u on u.id = s.user_id
        left join lateral (
          select array_agg(distinct r.code) as roles,
                 (select array_agg(distinct p) from user_roles ur2 join roles r2 on r2.id = ur2.role_id, unnest(r2.permissions) p where ur2.user_id = u.id) as permissions,
                 bool_or(r.national) as national
          from user_roles ur join roles r on r.id = ur.role_id where ur.user_id = u.id
        ) g on true
        where s.id = ${sessionId} and s.expires_at > ${now.toISOString()}::timestamptz`,
  );
  return rows[0];
}

/** Sets a user's interface language. */
export async function setLanguage(db: Executor, userId: string, language: string): Promise<void> {
  await db.update(users).set({ language }).where(eq(users.id, userId));
}

/** Display names of users by id (for "who did it" in any module's lists). */
export async function userDisplayNames(db: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
