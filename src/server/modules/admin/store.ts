/** SQL of the admin module over the platform's identity tables; scope conditions come from the service. */
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { apiKeys, organisations, roles, sites, userRoles, users, userSites } from '../../platform/auth/tables';

export type OrganisationRow = typeof organisations.$inferSelect;
export type SiteRow = typeof sites.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;

/** Organisations matching `where`, by name. */
export function selectOrganisations(db: Executor, where?: SQL) {
  return db.select().from(organisations).where(where).orderBy(asc(organisations.name));
}

/** Inserts an organisation. */
export async function insertOrganisation(db: Executor, row: typeof organisations.$inferInsert) {
  const [created] = await db.insert(organisations).values(row).returning();
  return created!;
}

/** Updates an organisation within `where`. */
export async function updateOrganisation(db: Executor, id: string, patch: Partial<typeof organisations.$inferInsert>, where?: SQL) {
  const [row] = await db.update(organisations).set(patch).where(and(eq(organisations.id, id), where)).returning();
  return row;
}

/** Sites matching `where`, by name. */
export function selectSites(db: Executor, where?: SQL) {
  return db.select().from(sites).where(where).orderBy(asc(sites.name));
}

/** Inserts a site. */
export async function insertSite(db: Executor, row: typeof sites.$inferInsert) {
  const [created] = await db.insert(sites).values(row).returning();
  return created!;
}

/** Updates a site within `where`. */
export async function updateSite(db: Executor, id: string, patch: Partial<typeof sites.$inferInsert>, where?: SQL) {
  const [row] = await db.update(sites).set(patch).where(and(eq(sites.id, id), where)).returning();
  return row;
}

const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  organisationId: users.organisationId,
  clearances: users.clearances,
  language: users.language,
  status: users.status,
  failedLogins: users.failedLogins,
  lockedUntil: users.lockedUntil,
  totpEnabled: users.totpEnabled,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

/** Users matching `where` and an optional text filter, without secrets. */
export function selectUsers(db: Executor, where: SQL | undefined, text?: string, limit = 200) {
  const textFilter = text ? or(ilike(users.username, `%${text}%`), ilike(users.displayName, `%${text}%`)) : undefined;
  return db.select(userColumns).from(users).where(and(where, textFilter)).orderBy(asc(users.username)).limit(limit);
}

/** Role codes and site ids of the given users. */
export async function selectUserGrants(db: Executor, userIds: string[]) {
  if (userIds.length === 0) {
    return { roleCodes: new Map<string, string[]>(), siteIds: new Map<string, string[]>() };
  }
  const roleRows = await db
    .select({ userId: userRoles.userId, code: roles.code })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, userIds));
  const siteRows = await db.select().from(userSites).where(inArray(userSites.userId, userIds));
  const roleCodes = new Map<string, string[]>();
  for (const r of roleRows) {
    roleCodes.set(r.userId, [...(roleCodes.get(r.userId) ?? []), r.code]);
  }
  const siteIds = new Map<string, string[]>();
  for (const s of siteRows) {
    siteIds.set(s.userId, [...(siteIds.get(s.userId) ?? []), s.siteId]);
  }
  return { roleCodes, siteIds };
}

/** Inserts a user. */
export async function insertUser(db: Executor, row: typeof users.$inferInsert) {
  const [created] = await db.insert(users).values(row).returning({ id: users.id });
  return created!;
}

/** Updates a user within `where`; returns whether a row was changed. */
export async function updateUser(db: Executor, id: string, patch: Partial<typeof users.$inferInsert>, where?: SQL) {
  const rows = await db.update(users).set(patch).where(and(eq(users.id, id), where)).returning({ id: users.id });
  return rows.length > 0;
}

/** Replaces the roles of a user. */
export async function replaceUserRoles(db: Executor, userId: string, roleIds: string[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roleIds.length > 0) {
    await db.insert(userRoles).values(roleIds.map((roleId) => ({ userId, roleId })));
  }
}

/** Replaces the sites a user is posted to. */
export async function replaceUserSites(db: Executor, userId: string, siteIds: string[]) {
  await db.delete(userSites).where(eq(userSites.userId, userId));
  if (siteIds.length > 0) {
    await db.insert(userSites).values(siteIds.map((siteId) => ({ userId, siteId })));
  }
}

/** All roles, by name. */
export function selectRoles(db: Executor, where?: SQL) {
  return db.select().from(roles).where(where).orderBy(asc(roles.name));
}

/** Inserts a role. */
export async function insertRole(db: Executor, row: typeof roles.$inferInsert) {
  const [created] = await db.insert(roles).values(row).returning();
  return created!;
}

/** Updates a role. */
export async function updateRole(db: Executor, id: string, patch: Partial<typeof roles.$inferInsert>) {
  const [row] = await db.update(roles).set(patch).where(eq(roles.id, id)).returning();
  return row;
}

/** The columns an API key is shown with (never its hash). */
export const apiKeyColumns = {
  id: apiKeys.id,
  organisationId: apiKeys.organisationId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  expiresAt: apiKeys.expiresAt,
  revokedAt: apiKeys.revokedAt,
  lastUsedAt: apiKeys.lastUsedAt,
  rateLimitPerMinute: apiKeys.rateLimitPerMinute,
};

/** API keys matching `where`, newest first, without their hashes. */
export function selectApiKeys(db: Executor, where?: SQL) {
  return db.select(apiKeyColumns).from(apiKeys).where(where).orderBy(asc(apiKeys.createdAt));
}

/** Inserts an API key. */
export async function insertApiKey(db: Executor, row: typeof apiKeys.$inferInsert) {
  const [created] = await db.insert(apiKeys).values(row).returning(apiKeyColumns);
  return created!;
}

/** Revokes an API key within `where`. */
export async function revokeApiKey(db: Executor, id: string, at: Date, where?: SQL) {
  const [row] = await db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), where)).returning(apiKeyColumns);
  return row;
}
