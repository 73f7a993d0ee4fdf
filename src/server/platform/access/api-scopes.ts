/**
 * What an API key's scopes allow inside the services. A route is the gate: it lists the scopes it accepts
 * (`config.access.apiScopes`) and the access hook refuses a key holding none of them. Behind the gate, a
 * partner endpoint checks its scope (or, for a signed-in user, the permission it stands beside); a
 * scope that opens an existing staff endpoint stands for that endpoint's permission, and for nothing else.
 */
import type { Ctx } from '../context';
import { forbidden } from '../errors';
import type { ApiScope, Permission } from './permissions';

/**
 * Scopes that open an endpoint whose service checks a staff permission: inside the service the key counts
 * as holding that permission. Only routes that list the scope let the key in, so this grants nothing else.
 */
export const SCOPE_STANDS_FOR: Partial<Record<ApiScope, Permission>> = {
  'border:screen': 'border.crossings.record',
};

/** True when a key holding `scopes` counts as holding `permission` inside a service. */
export function scopesStandFor(scopes: ReadonlySet<ApiScope>, permission: Permission): boolean {
  for (const scope of scopes) {
    if (SCOPE_STANDS_FOR[scope] === permission) {
      return true;
    }
  }
  return false;
}

/** True when the caller is an API key holding `scope`. */
export function holdsScope(ctx: Ctx, scope: ApiScope): boolean {
  return ctx.actor.kind === 'apiKey' && ctx.actor.scopes.has(scope);
}

/**
 * Throws 403 unless the caller is a key holding `scope`, a user holding `permission`, or the system: the
 * check of a partner endpoint that staff may also call.
 */
export function requireScopeOrPermission(ctx: Ctx, scope: ApiScope, permission: Permission): void {
  const actor = ctx.actor;
  switch (actor.kind) {
    case 'system':
      return;
    case 'apiKey':
      if (actor.scopes.has(scope)) {
        return;
      }
      throw forbidden(`This API key does not hold the scope ${scope}`);
    case 'user':
      if (actor.permissions.has(permission)) {
        return;
      }
      throw forbidden();
    case 'anonymous':
      throw forbidden();
  }
}
