/** Test factories: each test makes its own organisation and users, so tests never share data. */
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../platform/auth/passwords';
import { organisations, roles, sites, userRoles, users, userSites } from '../platform/auth/tables';
import { systemContext, type Ctx } from '../platform/context';
import type { Db } from '../platform/db/client';
import type { OrganisationType, SiteType } from '../modules/admin/reference';
import { ensureBuiltinRoles } from '../seed/demo';

export const TEST_PASSWORD = 'Test-password-for-e2e-42';
let cachedHash: Promise<string> | undefined;

/** A short unique suffix for codes and usernames. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
  organisationId: string;
}

export interface Tenant {
  organisationId: string;
  code: string;
  /** Creates a user of this organisation holding the given roles. */
  user(roleCodes: string[], options?: { clearances?: string[]; siteIds?: string[]; username?: string }): Promise<TestUser>;
  /** Creates a site of this organisation. */
  site(type: SiteType, details?: Record<string, unknown>): Promise<string>;
}

/** Creates an organisation with helpers to add users and sites to it. */
export async function createTenant(db: Db, type: OrganisationType = 'immigration-service'): Promise<Tenant> {
  await ensureBuiltinRoles(db);
  const code = `org-${uniqueSuffix()}`;
  const [org] = await db.insert(organisations).values({ code, name: `Organisation ${code}`, type }).returning();
  const organisationId = org!.id;
  return {
    organisationId,
    code,
    async user(roleCodes, options = {}) {
      cachedHash ??= hashPassword(TEST_PASSWORD);
      const username = options.username ?? `u-${uniqueSuffix()}`;
      const [row] = await db
        .insert(users)
        .values({ username, displayName: `User ${username}`, organisationId, passwordHash: await cachedHash, clearances: options.clearances ?? [] })
        .returning({ id: users.id });
      const roleRows = roleCodes.length > 0 ? await db.select().from(roles).where(inArray(roles.code, roleCodes)) : [];
      if (roleRows.length !== roleCodes.length) {
        throw new Error(`Unknown role among ${roleCodes.join(', ')}`);
      }
      for (const role of roleRows) {
        await db.insert(userRoles).values({ userId: row!.id, roleId: role.id });
      }
      for (const siteId of options.siteIds ?? []) {
        await db.insert(userSites).values({ userId: row!.id, siteId });
      }
      return { id: row!.id, username, password: TEST_PASSWORD, organisationId };
    },
    async site(siteType, details = {}) {
      const siteCode = `site-${uniqueSuffix()}`;
      const [row] = await db.insert(sites).values({ organisationId, code: siteCode, name: `Site ${siteCode}`, type: siteType, details }).returning();
      return row!.id;
    },
  };
}

/** Creates a role with exactly these permissions (for permission tests). */
export async function createRole(db: Db, permissions: string[], national = true): Promise<string> {
  const code = `role-${uniqueSuffix()}`;
  await db.insert(roles).values({ code, name: code, permissions, national });
  return code;
}

/** A system context on this database. */
export function testContext(db: Db): Ctx {
  return systemContext(db, 'test');
}

/** Reads a user row (for assertions). */
export async function readUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row!;
}
