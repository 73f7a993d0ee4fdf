/** Builds the Fastify application: platform plugins, then every module's routes, then the web app. */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminRoutes } from './modules/admin/routes';
import { borderRoutes } from './modules/border/routes';
import { documentRoutes } from './modules/documents/routes';
import { knowledgeRoutes } from './modules/knowledge/routes';
import { helpPages } from './modules/knowledge/public-pages/routes';
import { trainingRoutes } from './modules/training/routes';
import { influxRoutes } from './modules/reception/influx-routes';
import { receptionRoutes } from './modules/reception/routes';
import { casesRoutes } from './modules/cases/routes';
import { interpreterRoutes } from './modules/interpreters/routes';
import { asylumRoutes } from './modules/asylum/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { configureDocuments } from './modules/documents/settings';
import { borderStatisticsRoutes } from './modules/border/statistics-routes';
import { watchlistRoutes } from './modules/border/watchlist-routes';
import { peopleRoutes } from './modules/people/routes';
import { syncRoutes } from './modules/sync/routes';
import { configureSync } from './modules/sync/setup';
import { documentApiKeyAccess, PARTNER_TAG } from './modules/partner-api/openapi';
import { partnerRoutes } from './modules/partner-api/routes';
import { partnerAdminRoutes } from './modules/partner-api/usage-routes';
import { reportRoutes } from './modules/reports/routes';
import type { AuthSettings } from './platform/auth/service';
import { authRoutes } from './platform/auth/routes';
import { digest } from './platform/auth/tokens';
import type { Config } from './platform/config';
import type { Database } from './platform/db/client';
import { installAccessControl, SESSION_COOKIE } from './platform/http/access-hook';
import { installErrorHandling } from './platform/http/error-handler';
import { installMetrics } from './platform/http/metrics';
import { rateLimitMax, rateLimitMessage } from './platform/http/api-key-limits';
import { installApiKeyUsage } from './platform/http/api-key-usage';
import { AppError } from './platform/errors';
import { databaseRateLimitStore } from './platform/http/rate-limit-store';
import './platform/http/types';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Pino logging; tests turn it off. */
  logger?: boolean;
  processMetrics?: boolean;
}

/** Creates the application (not listening yet). */
export async function buildApp({ config, database, logger = true, processMetrics = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          // Log the route pattern, never the raw URL: query strings can carry names and document numbers.
          serializers: {
            req: (req: { method: string; routeOptions?: { url?: string }; id: string }) => ({
              method: req.method,
              route: req.routeOptions?.url,
              id: req.id,
            }),
          },
        }
      : false,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  const settings: AuthSettings = {
    sessionIdleMinutes: config.sessionIdleMinutes,
    sessionMaxHours: config.sessionMaxHours,
    loginMaxAttempts: config.loginMaxAttempts,
    loginLockMinutes: config.loginLockMinutes,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  };

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 5 * 1024 * 1024, files: 1 } });
  await app.register(rateLimit, {
    global: true,
    max: rateLimitMax(database.db, { perMinute: config.rateLimitPerMinute, apiKeyPerMinute: config.apiKeyRateLimitPerMinute }),
    timeWindow: 60_000,
    store: databaseRateLimitStore(database.db),
    keyGenerator: (request) => {
      const auth = request.headers.authorization;
      if (auth?.startsWith('Bearer ')) {
        return `key:${digest(auth.slice(7)).slice(0, 32)}`;
      }
      const token = request.cookies[SESSION_COOKIE];
      return token ? `session:${digest(token).slice(0, 32)}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: (request, context) => new AppError('rate_limited', 429, rateLimitMessage(request, context)),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Crossroads API',
        version: '0.1.0',
        description:
          'Migration and asylum management. Sign in via /api/auth/login (session cookie; send the CSRF token from /api/auth/me as X-CSRF-Token on writes) or use a partner API key as `Authorization: Bearer cr_…`.',
      },
      components: {
        securitySchemes: {
          apiKey: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'cr_<prefix>_<secret>',
            description:
              'A partner API key issued by an administrator (Administration → API keys), sent as `Authorization: Bearer cr_…`. Each endpoint lists the scopes that open it; a key without one is refused with 403. Each key has its own rate limit per minute (429 with Retry-After).',
          },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      tags: [{ name: PARTNER_TAG, description: 'Endpoints partner agencies call with an API key; see docs/partner-api.md' }],
    },
    transform: documentApiKeyAccess(jsonSchemaTransform),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installErrorHandling(app);
  installAccessControl(app, database.db, settings);
  installMetrics(app, { processMetrics });
  installApiKeyUsage(app, database.db);

  app.get('/healthz', { config: { access: { public: true } }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { access: { public: true } }, schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { status: 'ready', database: database.engine };
    } catch {
      return reply.status(503).send({ error: { code: 'internal_error', message: 'Database not reachable' } });
    }
  });

  await app.register(authRoutes(settings));
  await app.register(adminRoutes);
  await app.register(peopleRoutes);
  configureDocuments({ issuingState: config.issuingState, sealKeyPassphrase: config.sealKeyPassphrase });
  await app.register(documentRoutes({ verifyPerMinute: config.verifyRateLimitPerMinute }));
  await app.register(knowledgeRoutes);
  await app.register(helpPages);
  await app.register(trainingRoutes);
  await app.register(receptionRoutes);
  await app.register(influxRoutes);
  await app.register(casesRoutes);
  await app.register(interpreterRoutes);
  await app.register(asylumRoutes);
  await app.register(privacyRoutes);
  await app.register(borderRoutes);
  await app.register(borderStatisticsRoutes);
  await app.register(watchlistRoutes);
  configureSync(database.db, config.sync);
  await app.register(syncRoutes(config.sync));
  await app.register(partnerRoutes);
  await app.register(partnerAdminRoutes({ apiKeyRateLimitPerMinute: config.apiKeyRateLimitPerMinute }));
  await app.register(reportRoutes({ threshold: config.reportsSuppressionThreshold }));

  if (fs.existsSync(path.join(config.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webDir, wildcard: false });
    // The web app routes in the browser: unknown non-API GETs get index.html.
    app.get('/*', { config: { access: { public: true } }, schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: `No such endpoint: GET ${request.url.split('?')[0]}` } });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
