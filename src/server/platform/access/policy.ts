/**
 * The access policy, expressed once: permission checks and record scope.
 * Stores build their WHERE clauses from `recordScope`, so a query that ignores the caller's scope
 * has to be written on purpose.
 */
import { and, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Ctx } from '../context';
import { forbidden } from '../errors';
import type { Permission } from './permissions';
import { scopesStandFor } from './api-scopes';

/** True when the caller holds `permission` (system context holds all). */
export function can(ctx: Ctx, permission: Permission): boolean {
  switch (ctx.actor.kind) {
    case 'system':
      return true;
    case 'user':
      return ctx.actor.permissions.has(permission);
    case 'apiKey':
      return scopesStandFor(ctx.actor.scopes, permission);
    case 'anonymous':
      return false;
  }
}

/** Throws 403 unless the caller holds `permission`. */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (!can(ctx, permission)) {
    throw forbidden();
  }
}

/** True when the caller sees records of every organisation. */
export function hasNationalScope(ctx: Ctx): boolean {
  return ctx.actor.kind === 'system' || (ctx.actor.kind === 'user' && ctx.actor.national);
}

/** The labels the caller is cleared for. */
export function clearancesOf(ctx: Ctx): string[] {
  switch (ctx.actor.kind) {
    case 'system':
      return ['trafficking', 'minor', 'health'];
    case 'user':
      return [...ctx.actor.clearances];
    case 'apiKey':
    case 'anonymous':
      return [];
  }
}

export interface ScopeColumns {
  /** Column holding the owning organisation; limits non-national callers to their own. */
  organisation?: SQLWrapper;
  /** Column holding the record's site; limits callers to sites they are posted to unless national. */
  site?: SQLWrapper;
  /** text[] column of sensitivity labels; the caller must hold all of them. */
  labels?: SQLWrapper;
}

/** The SQL condition restricting a query to the records the caller may see. */
export function recordScope(ctx: Ctx, columns: ScopeColumns): SQL | undefined {
  const conditions: SQL[] = [];
  const national = hasNationalScope(ctx);
  const actor = ctx.actor;
  if (columns.organisation && !national) {
    const orgId = actor.kind === 'user' || actor.kind === 'apiKey' ? actor.organisationId : null;
    conditions.push(orgId ? sql`${columns.organisation} = ${orgId}` : sql`false`);
  }
  if (columns.site && !national) {
    const siteIds = actor.kind === 'user' ? actor.siteIds : [];
    conditions.push(
      siteIds.length > 0
        ? sql`${columns.site} in (${sql.join(
            siteIds.map((id) => sql`${id}`),
            sql`, `,
          )})`
        : sql`false`,
    );
  }
  if (columns.labels) {
    const held = clearancesOf(ctx);
    conditions.push(sql`${columns.labels} <@ ${`{${held.join(',')}}`}::text[]`);
  }
  return conditions.length === 0 ? undefined : and(...conditions);
}
