/** A shared access check for a module's routes: each names its permission, and refuses the powerless (403, audited) and the anonymous (401). */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { auditLog } from '../platform/audit/tables';
import type { Db } from '../platform/db/client';
import { createRole, type Tenant } from './factories';
import { signIn } from './http';

/**
 * Calls every non-public route under `prefix` as a user holding only people permissions and as nobody:
 * each route must name a permission starting with `permissionPrefix`, answer 403 (with an access.denied
 * audit entry) and 401. `fill` turns a path parameter into a value (default: a random uuid).
 */
export async function expectRoutesGuarded(app: FastifyInstance, db: Db, tenant: Tenant, options: { prefix: string; permissionPrefix: string; minimum: number; fill?: (parameter: string) => string }) {
  const guarded = app.routeAccessTable.filter((r) => r.url.startsWith(options.prefix) && !('public' in r.access));
  // Routes open to any signed-in user (e.g. one's own e-learning) only refuse the anonymous.
  const forAnyUser = guarded.filter((r) => 'authenticated' in r.access);
  const routes = guarded.filter((r) => !('authenticated' in r.access));
  expect(routes.length).toBeGreaterThanOrEqual(options.minimum);
  for (const route of forAnyUser) {
    const url = route.url.replace(/:(\w+)/g, (_match, parameter: string) => options.fill?.(parameter) ?? randomUUID());
    const anonymous = await app.inject({ method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
    expect(anonymous.statusCode, `${route.method} ${route.url} without a session`).toBe(401);
  }
  const user = await tenant.user([await createRole(db, ['people.read', 'people.write'])]);
  const powerless = await signIn(app, user);
  for (const route of routes) {
    expect('permission' in route.access && route.access.permission, `${route.method} ${route.url} names its permission`).toMatch(new RegExp(`^${options.permissionPrefix.replace('.', '\\.')}`));
    const url = route.url.replace(/:(\w+)/g, (_match, parameter: string) => options.fill?.(parameter) ?? randomUUID());
    const response = await powerless.request(route.method as 'GET', url, route.method === 'GET' ? undefined : {});
    expect(response.statusCode, `${route.method} ${route.url}`).toBe(403);
    const anonymous = await app.inject({ method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
    expect(anonymous.statusCode, `${route.method} ${route.url} without a session`).toBe(401);
  }
  const denials = await db.select().from(auditLog).where(eq(auditLog.actorUserId, user.id));
  expect(denials.filter((d) => d.action === 'access.denied')).toHaveLength(routes.length);
}
