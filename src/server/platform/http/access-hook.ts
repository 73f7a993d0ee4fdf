/**
 * Authentication and route authorisation for every request: builds `request.ctx` from the session cookie
 * or API key, enforces CSRF on state-changing cookie requests, and checks the route's declared access.
 * Routes under /api that declare no access fail at startup, so an unguarded endpoint cannot ship.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import * as auth from '../auth/service';
import type { Ctx } from '../context';
import type { Db } from '../db/client';
import { purposeFromHeader } from '../access/purpose';
import { AppError } from '../errors';
import type { RouteAccess, RouteAccessEntry } from './types';

export const SESSION_COOKIE = 'cr_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

async function authenticate(request: FastifyRequest, ctx: Ctx, settings: auth.AuthSettings): Promise<void> {
  const apiKey = bearerToken(request);
  if (apiKey) {
    const actor = await auth.resolveApiKey(ctx, apiKey);
    if (!actor) {
      throw new AppError('unauthenticated', 401, 'The API key is not valid, has expired or was revoked');
    }
    ctx.actor = actor;
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) {
    return;
  }
  const session = await auth.resolveSession(ctx, settings, token);
  if (!session) {
    return;
  }
  request.session = session;
  if (session.actor) {
    ctx.actor = session.actor;
  }
}

async function authorise(request: FastifyRequest, access: RouteAccess): Promise<void> {
  const ctx = request.ctx;
  if ('public' in access) {
    return;
  }
  if ('authenticated' in access && access.allowPendingTotp && request.session) {
    return;
  }
  if (ctx.actor.kind === 'anonymous') {
    throw new AppError(
      request.session?.pendingTotp ? 'totp_required' : 'unauthenticated',
      401,
      request.session?.pendingTotp ? 'Enter the code from your authenticator app first' : 'Sign in first',
    );
  }
  if (ctx.actor.kind === 'user' && !SAFE_METHODS.has(request.method) && request.session) {
    const presented = request.headers['x-csrf-token'];
    if (!auth.csrfMatches(request.session.csrfToken, typeof presented === 'string' ? presented : undefined)) {
      throw new AppError('csrf_failed', 403, 'The request is missing its anti-forgery token; reload the page and try again');
    }
  }
  if (request.session?.mustChangePassword && !request.url.startsWith('/api/auth/')) {
    throw new AppError('password_change_required', 403, 'Choose a new password before you continue (My account)');
  }
  if ('authenticated' in access) {
    if (ctx.actor.kind !== 'user') {
      throw new AppError('forbidden', 403, 'This endpoint is for signed-in users');
    }
    return;
  }
  if (ctx.actor.kind === 'apiKey') {
    const scopes = access.apiScopes ?? [];
    const actor = ctx.actor;
    if (!scopes.some((scope) => actor.scopes.has(scope))) {
      throw new AppError(
        'forbidden',
        403,
        scopes.length > 0 ? `This API key does not hold the scope this endpoint needs (${scopes.join(' or ')})` : 'This endpoint is not open to API keys',
      );
    }
    return;
  }
  if (ctx.actor.kind === 'user') {
    if (!access.permission || !ctx.actor.permissions.has(access.permission)) {
      await deny(request, access.permission ?? 'api-only');
    }
  }
}

// The error handler audits every 403/404 of an identified caller, so denial is only thrown here.
async function deny(_request: FastifyRequest, needed: string): Promise<never> {
  throw new AppError('forbidden', 403, `You do not have the permission needed for this action (${needed})`);
}

/** Installs the per-request context and the access check. */
export function installAccessControl(app: FastifyInstance, db: Db, settings: auth.AuthSettings): void {
  const table: RouteAccessEntry[] = [];
  app.decorate('routeAccessTable', table);
  app.addHook('onRoute', (route) => {
    const isDocs = route.url === '/api/docs' || route.url.startsWith('/api/docs/');
    if (route.url.startsWith('/api/') && !route.config?.access && !isDocs) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    }
    if (route.config?.access && !isDocs) {
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD') {
          table.push({ method, url: route.url, access: route.config.access });
        }
      }
    }
  });
  app.decorateRequest('ctx', null as unknown as Ctx);
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    request.ctx = {
      db,
      actor: { kind: 'anonymous' },
      requestId: request.id,
      ip: request.ip,
      now: () => new Date(),
    };
  });
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) {
      return;
    }
    await authenticate(request, request.ctx, settings);
    const purpose = purposeFromHeader(request.headers['x-purpose']);
    if (purpose) {
      request.ctx.purpose = purpose;
    }
    await authorise(request, access);
  });
}
