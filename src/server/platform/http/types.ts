/** Fastify type augmentation: every route declares who may call it; every request carries the caller's context. */
import type { ApiScope, Permission } from '../access/permissions';
import type { ResolvedSession } from '../auth/service';
import type { Ctx } from '../context';

/**
 * Who may call a route. `public`: anyone; `authenticated`: any signed-in user;
 * `permission`: a user holding it; `apiScopes`: also callable with an API key holding one of them.
 */
export type RouteAccess =
  | { public: true }
  | { authenticated: true; allowPendingTotp?: boolean }
  | { permission: Permission; apiScopes?: ApiScope[] }
  | { apiScopes: ApiScope[]; permission?: Permission };

/** One row of the table of every route and who may call it (used by the access tests). */
export interface RouteAccessEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeAccessTable: RouteAccessEntry[];
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    ctx: Ctx;
    session?: ResolvedSession;
  }
}
