/**
 * The part of the directory a remote border post needs, copied from headquarters: organisations and
 * sites (same ids, so crossings name the same BCP on both sides), roles (matched by code: every
 * installation creates its built-in roles itself) and the users posted to the BCP with their password
 * hashes, so officers sign in at the post with or without the link. Identity is managed at
 * headquarters: the post's copy is replaced by each new slice (its roles without the permissions of what
 * only headquarters manages); sign-in counters stay local.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import { organisations, roles, sites, userRoles, users, userSites } from '../../platform/auth/tables';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { rowFromJson } from '../../platform/db/rows';
import { conflict } from '../../platform/errors';

type Json = Record<string, unknown>;

/** What a post receives of the directory. */
export interface DirectorySlice {
  organisations: Json[];
  sites: Json[];
  roles: Json[];
  users: Json[];
  userRoles: { userId: string; roleCode: string }[];
  userSites: { userId: string; siteId: string }[];
}

/**
 * Permissions a post's copy of a role leaves out: what is managed at headquarters only (lists, the
 * directory, posts). A post changing them would diverge from headquarters until the next copy.
 */
const MANAGED_AT_HEADQUARTERS = /^(admin\.|border\.watchlists\.manage$|sync\.)/;

/** Columns of a user that stay with the installation that counts them. */
const LOCAL_USER_COLUMNS = ['failedLogins', 'lockedUntil', 'lastLoginAt'];

/** The row as JSON without the named columns. */
function without(row: object, columns: readonly string[]): Json {
  return JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(row).filter(([name]) => !columns.includes(name))))) as Json;
}

function asJson(row: object): Json {
  return without(row, []);
}

/** The slice of the directory for the BCP `siteId`: every organisation, site and role, the users posted there. */
export async function directoryForSite(db: Executor, siteId: string): Promise<DirectorySlice> {
  const posted = await db.select({ userId: userSites.userId }).from(userSites).where(eq(userSites.siteId, siteId));
  const userIds = posted.map((p) => p.userId);
  const userRows = userIds.length === 0 ? [] : await db.select().from(users).where(inArray(users.id, userIds)).orderBy(asc(users.id));
  const roleRows = await db.select().from(roles).orderBy(asc(roles.code));
  const codeOf = new Map(roleRows.map((r) => [r.id, r.code]));
  const held = userIds.length === 0 ? [] : await db.select().from(userRoles).where(inArray(userRoles.userId, userIds));
  const postings = userIds.length === 0 ? [] : await db.select().from(userSites).where(inArray(userSites.userId, userIds));
  return {
    organisations: (await db.select().from(organisations).orderBy(asc(organisations.id))).map(asJson),
    sites: (await db.select().from(sites).orderBy(asc(sites.id))).map(asJson),
    roles: roleRows.map((role) => without(role, ['id', 'createdAt'])),
    users: userRows.map((user) => without(user, LOCAL_USER_COLUMNS)),
    userRoles: held.map((h) => ({ userId: h.userId, roleCode: codeOf.get(h.roleId) ?? '' })).sort((a, b) => `${a.userId}${a.roleCode}`.localeCompare(`${b.userId}${b.roleCode}`)),
    userSites: postings.map((p) => ({ userId: p.userId, siteId: p.siteId })).sort((a, b) => `${a.userId}${a.siteId}`.localeCompare(`${b.userId}${b.siteId}`)),
  };
}

/** A digest of a slice: a post sends the digest of the slice it holds and gets a new one only when it differs. */
export function directoryDigest(slice: DirectorySlice): string {
  return createHash('sha256').update(JSON.stringify(slice)).digest('hex');
}

/**
 * Replaces this installation's copy with the slice, in one transaction: organisations and sites by id,
 * roles by code, the users of the slice with their roles and postings; users copied before and no longer
 * in the slice are disabled (their records stay: crossings name them).
 */
export async function applyDirectorySlice(ctx: Ctx, slice: DirectorySlice): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    for (const org of slice.organisations.map((o) => rowFromJson(organisations, o))) {
      await requireSameId(tx, 'organisation', org.code, org.id!, (await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.code, org.code)))[0]?.id);
      await tx.insert(organisations).values(org).onConflictDoUpdate({ target: organisations.id, set: { code: org.code, name: org.name, type: org.type, active: org.active } });
    }
    for (const site of slice.sites.map((s) => rowFromJson(sites, s))) {
      await requireSameId(tx, 'site', site.code, site.id!, (await tx.select({ id: sites.id }).from(sites).where(eq(sites.code, site.code)))[0]?.id);
      await tx
        .insert(sites)
        .values(site)
        .onConflictDoUpdate({ target: sites.id, set: { organisationId: site.organisationId, code: site.code, name: site.name, type: site.type, details: site.details, active: site.active } });
    }
    for (const copied of slice.roles.map((r) => rowFromJson(roles, r))) {
      const role = { ...copied, permissions: (copied.permissions ?? []).filter((p) => !MANAGED_AT_HEADQUARTERS.test(p)) };
      await tx
        .insert(roles)
        .values(role)
        .onConflictDoUpdate({ target: roles.code, set: { name: role.name, permissions: role.permissions, national: role.national, requireTotp: role.requireTotp, builtin: role.builtin } });
    }
    const roleIds = new Map((await tx.select({ id: roles.id, code: roles.code }).from(roles)).map((r) => [r.code, r.id]));
    const userIds = slice.users.map((u) => String(u.id));
    for (const user of slice.users.map((u) => rowFromJson(users, u, LOCAL_USER_COLUMNS))) {
      const copied = Object.fromEntries(Object.entries(user).filter(([name]) => name !== 'id' && name !== 'createdAt')) as Partial<typeof users.$inferInsert>;
      await tx.insert(users).values(user).onConflictDoUpdate({ target: users.id, set: copied });
    }
    if (userIds.length > 0) {
      await tx.delete(userRoles).where(inArray(userRoles.userId, userIds));
      await tx.delete(userSites).where(inArray(userSites.userId, userIds));
      const held = slice.userRoles.filter((h) => roleIds.has(h.roleCode)).map((h) => ({ userId: h.userId, roleId: roleIds.get(h.roleCode)! }));
      if (held.length > 0) {
        await tx.insert(userRoles).values(held);
      }
      if (slice.userSites.length > 0) {
        await tx.insert(userSites).values(slice.userSites);
      }
    }
    await tx
      .update(users)
      .set({ status: 'disabled' })
      .where(userIds.length > 0 ? and(notInArray(users.id, userIds), eq(users.status, 'active')) : eq(users.status, 'active'));
    await recordAudit(tx, ctx, { action: 'admin.directory.synchronised', entityType: 'directory', detail: { organisations: slice.organisations.length, sites: slice.sites.length, users: userIds.length } });
  });
}

async function requireSameId(_tx: Executor, what: string, code: string, id: string, existing: string | undefined): Promise<void> {
  if (existing && existing !== id) {
    throw conflict(`The ${what} "${code}" exists here with another id than at headquarters: a post's directory must come from headquarters (start the post on an empty database)`);
  }
}
