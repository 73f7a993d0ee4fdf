/** HTTP for signing in and out, the caller's own account and second factor. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors';
import { SESSION_COOKIE } from '../http/access-hook';
import { describeCaller } from './me';
import * as auth from './service';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

function setSessionCookie(reply: FastifyReply, token: string, settings: auth.AuthSettings) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    path: '/',
    maxAge: settings.sessionMaxHours * 3600,
  });
}

function requireSession(request: FastifyRequest) {
  if (!request.session) {
    throw new AppError('unauthenticated', 401, 'Sign in first');
  }
  return request.session;
}

function requireUser(request: FastifyRequest) {
  if (request.ctx.actor.kind !== 'user') {
    throw new AppError('unauthenticated', 401, 'Sign in first');
  }
  return request.ctx.actor;
}

/** Registers /api/auth/*. */
export function authRoutes(settings: auth.AuthSettings): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: { public: true }, rateLimit: { max: settings.loginRateLimitPerMinute, timeWindow: 60_000 } },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with username and password',
          body: z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(256) }),
          response: {
            200: z.object({
              status: z.enum(['ok', 'totp_required', 'totp_enrolment_required']),
              totpSecret: z.string().optional(),
              totpUri: z.string().optional(),
            }),
            401: errorSchema,
            423: errorSchema,
          },
        },
      },
      async (request, reply) => {
        const result = await auth.login(request.ctx, settings, { ...request.body, userAgent: request.headers['user-agent'] });
        setSessionCookie(reply, result.token, settings);
        if (result.status === 'totp_enrolment_required') {
          return { status: result.status, totpSecret: result.secret, totpUri: result.uri };
        }
        return { status: result.status };
      },
    );

    app.post(
      '/api/auth/totp',
      {
        config: { access: { authenticated: true, allowPendingTotp: true }, rateLimit: { max: 10, timeWindow: 60_000 } },
        schema: { tags: ['auth'], summary: 'Give the second-factor code', body: z.object({ code: z.string().trim().min(6).max(8) }) },
      },
      async (request) => {
        const session = requireSession(request);
        await auth.completeTotp(request.ctx, session.sessionId, session.userId, request.body.code);
        return { status: 'ok' as const };
      },
    );

    app.get(
      '/api/auth/me',
      { config: { access: { authenticated: true } }, schema: { tags: ['auth'], summary: 'Who am I, what may I do' } },
      async (request) => describeCaller(request.ctx, requireUser(request), requireSession(request).csrfToken),
    );

    app.patch(
      '/api/auth/me',
      {
        config: { access: { authenticated: true } },
        schema: { tags: ['auth'], summary: 'Change my own preferences', body: z.object({ language: z.enum(['ro', 'en', 'ar']) }) },
      },
      async (request) => {
        await auth.setOwnLanguage(request.ctx, requireUser(request).userId, request.body.language);
        return { status: 'ok' as const };
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: { authenticated: true, allowPendingTotp: true } }, schema: { tags: ['auth'], summary: 'Sign out' } },
      async (request, reply) => {
        await auth.logout(request.ctx, requireSession(request).sessionId);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { status: 'ok' as const };
      },
    );

    app.post(
      '/api/auth/logout-everywhere',
      { config: { access: { authenticated: true } }, schema: { tags: ['auth'], summary: 'End every session of mine' } },
      async (request, reply) => {
        const sessions = await auth.logoutEverywhere(request.ctx, requireUser(request).userId);
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { status: 'ok' as const, sessions };
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: { authenticated: true } },
        schema: {
          tags: ['auth'],
          summary: 'Change my password',
          body: z.object({ currentPassword: z.string().min(1).max(256), newPassword: z.string().min(1).max(256) }),
        },
      },
      async (request, reply) => {
        await auth.changeOwnPassword(request.ctx, {
          userId: requireUser(request).userId,
          sessionId: requireSession(request).sessionId,
          ...request.body,
        });
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { status: 'ok' as const };
      },
    );

    app.post(
      '/api/auth/totp/enrol',
      { config: { access: { authenticated: true } }, schema: { tags: ['auth'], summary: 'Start setting up a second factor' } },
      async (request) => auth.startTotpEnrolment(request.ctx, requireUser(request).userId),
    );

    app.post(
      '/api/auth/totp/confirm',
      {
        config: { access: { authenticated: true } },
        schema: { tags: ['auth'], summary: 'Confirm the second factor', body: z.object({ code: z.string().trim().min(6).max(8) }) },
      },
      async (request) => {
        await auth.confirmTotpEnrolment(request.ctx, requireUser(request).userId, request.body.code);
        return { status: 'ok' as const };
      },
    );
  };
}
