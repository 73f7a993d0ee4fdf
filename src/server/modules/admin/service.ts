/**
 * Administration use cases: organisations, sites, users, roles, API keys.
 * National administrators manage everything; organisation administrators manage their own organisation
 * and can hand out only non-national roles whose permissions they hold themselves.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { can, hasNationalScope, recordScope, requirePermission } from '../../platform/access/policy';
import { API_SCOPES, isPermission, SENSITIVITY_LABELS, type ApiScope } from '../../platform/access/permissions';
import { recordAudit } from '../../platform/audit/audit';
import { hashPassword, passwordProblems } from '../../platform/auth/passwords';
import * as authStore from '../../platform/auth/store';
import { apiKeys, organisations, roles, sites, users } from '../../platform/auth/tables';
import { randomToken, digest } from '../../platform/auth/tokens';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, conflict, forbidden, invalid, isUniqueViolation, notFound } from '../../platform/errors';
import type { OrganisationType, SiteType } from './reference';
import * as store from './store';

async function uniquely<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict(`${what} is already taken`);
    }
    throw error;
  }
}

function requireNational(ctx: Ctx): void {
  if (!hasNationalScope(ctx)) {
    throw forbidden('Only national administrators can do this');
  }
}

function callerOrganisation(ctx: Ctx): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.organisationId : null;
}

// ---------- organisations ----------

/** Organisations the caller may see. */
export async function listOrganisations(ctx: Ctx) {
  return store.selectOrganisations(ctx.db, recordScope(ctx, { organisation: organisations.id }));
}

export interface OrganisationInput {
  code: string;
  name: string;
  type: OrganisationType;
  active?: boolean;
}

/** Creates an organisation (national administrators only). */
export async function createOrganisation(ctx: Ctx, input: OrganisationInput) {
  requirePermission(ctx, 'admin.organisations.manage');
  requireNational(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await uniquely(`Organisation code "${input.code}"`, () => store.insertOrganisation(tx, input));
    await recordAudit(tx, ctx, { action: 'admin.organisation.create', entityType: 'organisation', entityId: row.id, fields: Object.keys(input) });
    return row;
  });
}

/** Changes an organisation's name, type or status. */
export async function updateOrganisation(ctx: Ctx, id: string, patch: Partial<OrganisationInput>) {
  requirePermission(ctx, 'admin.organisations.manage');
  requireNational(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await uniquely(`Organisation code "${patch.code ?? ''}"`, () => store.updateOrganisation(tx, id, patch));
    if (!row) {
      throw notFound('Organisation');
    }
    await recordAudit(tx, ctx, { action: 'admin.organisation.update', entityType: 'organisation', entityId: id, fields: Object.keys(patch) });
    return row;
  });
}

/** The active organisations, for partner systems with the directory scope (names only, no personal data). */
export async function directoryOfOrganisations(ctx: Ctx) {
  const rows = await store.selectOrganisations(ctx.db, eq(organisations.active, true));
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'directory.organisations.read', detail: { count: rows.length } }));
  return rows;
}

// ---------- sites ----------

/** Sites the caller may see, optionally of one type. */
export async function listSites(ctx: Ctx, filter: { type?: SiteType } = {}) {
  const rows = await store.selectSites(ctx.db, recordScope(ctx, { organisation: sites.organisationId }));
  return filter.type ? rows.filter((s) => s.type === filter.type) : rows;
}

export interface SiteInput {
  organisationId: string;
  code: string;
  name: string;
  type: SiteType;
  details?: Record<string, unknown>;
  active?: boolean;
}

async function requireVisibleOrganisation(ctx: Ctx, organisationId: string) {
  const [org] = await store.selectOrganisations(ctx.db, recordScope(ctx, { organisation: organisations.id }))
    .then((rows) => rows.filter((o) => o.id === organisationId));
  if (!org) {
    throw invalid('Unknown organisation', [{ field: 'organisationId', message: 'No such organisation' }]);
  }
  return org;
}

/** Creates a site in an organisation the caller administers. */
export async function createSite(ctx: Ctx, input: SiteInput) {
  requirePermission(ctx, 'admin.sites.manage');
  await requireVisibleOrganisation(ctx, input.organisationId);
  return inTransaction(ctx, async (tx) => {
    const row = await uniquely(`Site code "${input.code}"`, () => store.insertSite(tx, { ...input, details: input.details ?? {} }));
    await recordAudit(tx, ctx, { action: 'admin.site.create', entityType: 'site', entityId: row.id, fields: Object.keys(input) });
    return row;
  });
}

/** Changes a site the caller administers. */
export async function updateSite(ctx: Ctx, id: string, patch: Partial<SiteInput>) {
  requirePermission(ctx, 'admin.sites.manage');
  if (patch.organisationId) {
    await requireVisibleOrganisation(ctx, patch.organisationId);
  }
  return inTransaction(ctx, async (tx) => {
    const row = await uniquely(`Site code "${patch.code ?? ''}"`, () =>
      store.updateSite(tx, id, patch, recordScope(ctx, { organisation: sites.organisationId })),
    );
    if (!row) {
      throw notFound('Site');
    }
    await recordAudit(tx, ctx, { action: 'admin.site.update', entityType: 'site', entityId: id, fields: Object.keys(patch) });
    return row;
  });
}

// ---------- roles ----------

/** Every role (roles are not personal data). */
export async function listRoles(ctx: Ctx) {
  if (!can(ctx, 'admin.roles.manage')) {
    requirePermission(ctx, 'admin.users.manage');
  }
  return store.selectRoles(ctx.db);
}

export interface RoleInput {
  code: string;
  name: string;
  permissions: string[];
  national?: boolean;
  requireTotp?: boolean;
}

function checkPermissions(permissions: string[]): void {
  const unknown = permissions.filter((p) => !isPermission(p));
  if (unknown.length > 0) {
    throw invalid(`Unknown permission: ${unknown.join(', ')}`, [{ field: 'permissions', message: `Unknown: ${unknown.join(', ')}` }]);
  }
}

/** Creates a role. */
export async function createRole(ctx: Ctx, input: RoleInput) {
  requirePermission(ctx, 'admin.roles.manage');
  requireNational(ctx);
  checkPermissions(input.permissions);
  return inTransaction(ctx, async (tx) => {
    const row = await uniquely(`Role code "${input.code}"`, () => store.insertRole(tx, input));
    await recordAudit(tx, ctx, { action: 'admin.role.create', entityType: 'role', entityId: row.id, detail: { permissions: input.permissions } });
    return row;
  });
}

/** Changes a role's name, permissions, scope or second-factor requirement. */
export async function updateRole(ctx: Ctx, id: string, patch: Partial<Omit<RoleInput, 'code'>>) {
  requirePermission(ctx, 'admin.roles.manage');
  requireNational(ctx);
  if (patch.permissions) {
    checkPermissions(patch.permissions);
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateRole(tx, id, patch);
    if (!row) {
      throw notFound('Role');
    }
    await recordAudit(tx, ctx, { action: 'admin.role.update', entityType: 'role', entityId: id, fields: Object.keys(patch), detail: { ...patch } });
    return row;
  });
}

// ---------- users ----------

/** Users as listed: locked or not, role codes and site ids. */
export async function presentUsers(ctx: Ctx, rows: Awaited<ReturnType<typeof store.selectUsers>>) {
  const grants = await store.selectUserGrants(ctx.db, rows.map((r) => r.id));
  const now = ctx.now();
  return rows.map((row) => ({
    ...row,
    locked: row.lockedUntil !== null && row.lockedUntil > now,
    roles: grants.roleCodes.get(row.id) ?? [],
    siteIds: grants.siteIds.get(row.id) ?? [],
  }));
}

/** The users of the list's filter the caller administers, with roles and sites (no audit: the callers audit). */
export async function administeredUsers(ctx: Ctx, filter: { q?: string; organisationId?: string }) {
  const scope = recordScope(ctx, { organisation: users.organisationId });
  const where = filter.organisationId ? (scope ? undefined : eq(users.organisationId, filter.organisationId)) : undefined;
  const rows = await store.selectUsers(ctx.db, scope ?? where, filter.q);
  return filter.organisationId ? rows.filter((r) => r.organisationId === filter.organisationId) : rows;
}

/** Users the caller administers; the read is audited (staff names are personal data). */
export async function listUsers(ctx: Ctx, filter: { q?: string; organisationId?: string } = {}) {
  requirePermission(ctx, 'admin.users.manage');
  const visible = await administeredUsers(ctx, filter);
  return inTransaction(ctx, async (tx, txCtx) => {
    const presented = await presentUsers(txCtx, visible);
    await recordAudit(tx, ctx, { action: 'admin.user.list', entityType: 'user', fields: ['username', 'displayName', 'email'], detail: { count: visible.length } });
    return presented;
  });
}

/** One user the caller administers (404 when outside the caller's organisation). */
export async function getUser(ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin.users.manage');
  const row = await getUserRow(ctx, id);
  return inTransaction(ctx, async (tx, txCtx) => {
    const [presented] = await presentUsers(txCtx, [row]);
    await recordAudit(tx, ctx, { action: 'admin.user.read', entityType: 'user', entityId: id, fields: ['username', 'displayName', 'email'] });
    return presented!;
  });
}

export interface UserInput {
  username: string;
  displayName: string;
  email?: string | null;
  organisationId: string;
  password: string;
  roles: string[];
  siteIds: string[];
  clearances: string[];
  language?: string;
}

async function resolveGrantable(ctx: Ctx, roleCodes: string[], siteIds: string[], clearances: string[], organisationId: string) {
  const roleRows = roleCodes.length > 0 ? await store.selectRoles(ctx.db, inArray(roles.code, roleCodes)) : [];
  const missing = roleCodes.filter((code) => !roleRows.some((r) => r.code === code));
  if (missing.length > 0) {
    throw invalid(`Unknown role: ${missing.join(', ')}`, [{ field: 'roles', message: `Unknown: ${missing.join(', ')}` }]);
  }
  if (!hasNationalScope(ctx) && ctx.actor.kind === 'user') {
    const own = ctx.actor.permissions;
    const tooStrong = roleRows.filter((r) => r.national || r.permissions.some((p) => !own.has(p as never)));
    if (tooStrong.length > 0) {
      throw forbidden(`You cannot grant the role(s) ${tooStrong.map((r) => r.name).join(', ')}`);
    }
  }
  const siteRows = siteIds.length > 0 ? await store.selectSites(ctx.db, inArray(sites.id, siteIds)) : [];
  const badSites = siteIds.filter((id) => !siteRows.some((s) => s.id === id));
  if (badSites.length > 0) {
    throw invalid('Unknown site', [{ field: 'siteIds', message: `Unknown: ${badSites.join(', ')}` }]);
  }
  if (!hasNationalScope(ctx) && siteRows.some((s) => s.organisationId !== organisationId)) {
    throw invalid('A user can be posted only to sites of their organisation', [{ field: 'siteIds', message: 'Site of another organisation' }]);
  }
  const badLabels = clearances.filter((c) => !(SENSITIVITY_LABELS as readonly string[]).includes(c));
  if (badLabels.length > 0) {
    throw invalid(`Unknown clearance: ${badLabels.join(', ')}`, [{ field: 'clearances', message: `Unknown: ${badLabels.join(', ')}` }]);
  }
  return roleRows.map((r) => r.id);
}

/** Creates a user with roles, sites and clearances; the first password must follow the rules. */
export async function createUser(ctx: Ctx, input: UserInput) {
  requirePermission(ctx, 'admin.users.manage');
  if (!hasNationalScope(ctx) && input.organisationId !== callerOrganisation(ctx)) {
    throw invalid('You can create users only in your own organisation', [{ field: 'organisationId', message: 'Not your organisation' }]);
  }
  await requireVisibleOrganisation(ctx, input.organisationId);
  const problems = passwordProblems(input.password, input.username);
  if (problems.length > 0) {
    throw new AppError('password_rejected', 400, `Password: ${problems.join('; ')}`, problems.map((message) => ({ field: 'password', message })));
  }
  const roleIds = await resolveGrantable(ctx, input.roles, input.siteIds, input.clearances, input.organisationId);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const { id } = await uniquely(`Username "${input.username}"`, () =>
      store.insertUser(tx, {
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        organisationId: input.organisationId,
        passwordHash,
        clearances: input.clearances,
        language: input.language ?? 'en',
        mustChangePassword: false,
      }),
    );
    await store.replaceUserRoles(tx, id, roleIds);
    await store.replaceUserSites(tx, id, input.siteIds);
    await recordAudit(tx, ctx, {
      action: 'admin.user.create',
      entityType: 'user',
      entityId: id,
      fields: ['username', 'displayName', 'email', 'organisationId', 'roles', 'siteIds', 'clearances'],
      detail: { roles: input.roles, clearances: input.clearances },
    });
    return { id };
  });
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  organisationId?: string;
  roles?: string[];
  siteIds?: string[];
  clearances?: string[];
  language?: string;
  status?: 'active' | 'disabled';
}

/** Changes a user's details, grants or status; disabling ends their sessions. */
export async function updateUser(ctx: Ctx, id: string, patch: UserPatch) {
  requirePermission(ctx, 'admin.users.manage');
  const current = await getUserRow(ctx, id);
  if (patch.organisationId && patch.organisationId !== current.organisationId) {
    requireNational(ctx);
    await requireVisibleOrganisation(ctx, patch.organisationId);
  }
  const organisationId = patch.organisationId ?? current.organisationId;
  const roleIds =
    patch.roles || patch.siteIds || patch.clearances
      ? await resolveGrantable(ctx, patch.roles ?? [], patch.siteIds ?? [], patch.clearances ?? [], organisationId)
      : undefined;
  await inTransaction(ctx, async (tx) => {
    const { siteIds, roles: newRoles, ...columns } = patch;
    if (Object.keys(columns).length > 0) {
      await store.updateUser(tx, id, columns, recordScope(ctx, { organisation: users.organisationId }));
    }
    if (newRoles && roleIds) {
      await store.replaceUserRoles(tx, id, roleIds);
    }
    if (siteIds) {
      await store.replaceUserSites(tx, id, siteIds);
    }
    if (patch.status === 'disabled' || patch.roles) {
      await authStore.deleteUserSessions(tx, id);
    }
    await recordAudit(tx, ctx, { action: 'admin.user.update', entityType: 'user', entityId: id, fields: Object.keys(patch), detail: { roles: patch.roles, status: patch.status, clearances: patch.clearances } });
  });
  return getUser(ctx, id);
}

async function getUserRow(ctx: Ctx, id: string) {
  const [row] = await store.selectUsers(ctx.db, and(eq(users.id, id), recordScope(ctx, { organisation: users.organisationId })));
  if (!row) {
    throw notFound('User');
  }
  return row;
}

/** Sets a new password chosen by an administrator; the user must change it at next sign-in. */
export async function resetPassword(ctx: Ctx, id: string, password: string) {
  requirePermission(ctx, 'admin.users.manage');
  const row = await getUserRow(ctx, id);
  const problems = passwordProblems(password, row.username);
  if (problems.length > 0) {
    throw new AppError('password_rejected', 400, `Password: ${problems.join('; ')}`, problems.map((message) => ({ field: 'password', message })));
  }
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx, id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, passwordChangedAt: ctx.now() });
    await authStore.deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'admin.user.reset-password', entityType: 'user', entityId: id, fields: ['password'] });
  });
}

/** Lifts a lockout after too many failed logins. */
export async function unlockUser(ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin.users.manage');
  await getUserRow(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx, id, { failedLogins: 0, lockedUntil: null });
    await recordAudit(tx, ctx, { action: 'admin.user.unlock', entityType: 'user', entityId: id });
  });
}

/** Removes a user's second factor (lost phone); they enrol again at next sign-in if their role requires it. */
export async function resetTotp(ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin.users.manage');
  await getUserRow(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await store.updateUser(tx, id, { totpSecret: null, totpEnabled: false });
    await authStore.deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'admin.user.reset-totp', entityType: 'user', entityId: id, fields: ['totp'] });
  });
}

// ---------- API keys ----------

/** API keys of the organisations the caller administers. */
export async function listApiKeys(ctx: Ctx) {
  requirePermission(ctx, 'admin.apikeys.manage');
  return store.selectApiKeys(ctx.db, recordScope(ctx, { organisation: apiKeys.organisationId }));
}

/** Creates a key for a partner system; the secret is returned once and only its hash is kept. */
export async function createApiKey(ctx: Ctx, input: { organisationId: string; name: string; scopes: ApiScope[]; expiresInDays: number; rateLimitPerMinute?: number | null }) {
  requirePermission(ctx, 'admin.apikeys.manage');
  await requireVisibleOrganisation(ctx, input.organisationId);
  const unknown = input.scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw invalid(`Unknown scope: ${unknown.join(', ')}`, [{ field: 'scopes', message: `Unknown: ${unknown.join(', ')}` }]);
  }
  const prefix = randomToken(12).replace(/[^A-Za-z0-9]/g, '').slice(0, 8).padEnd(8, '0');
  const key = `cr_${prefix}_${randomToken(32)}`;
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertApiKey(tx, {
      organisationId: input.organisationId,
      name: input.name,
      prefix,
      keyHash: digest(key),
      scopes: input.scopes,
      rateLimitPerMinute: input.rateLimitPerMinute ?? null,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      expiresAt: new Date(ctx.now().getTime() + input.expiresInDays * 86_400_000),
    });
    await recordAudit(tx, ctx, { action: 'admin.apikey.create', entityType: 'api-key', entityId: row.id, detail: { scopes: input.scopes, rateLimitPerMinute: input.rateLimitPerMinute ?? null } });
    return { ...row, key };
  });
}

/** Revokes a key at once. */
export async function revokeApiKey(ctx: Ctx, id: string) {
  requirePermission(ctx, 'admin.apikeys.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.revokeApiKey(tx, id, ctx.now(), recordScope(ctx, { organisation: apiKeys.organisationId }));
    if (!row) {
      throw notFound('API key');
    }
    await recordAudit(tx, ctx, { action: 'admin.apikey.revoke', entityType: 'api-key', entityId: id });
    return row;
  });
}
