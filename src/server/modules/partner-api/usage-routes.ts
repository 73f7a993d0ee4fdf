/**
 * HTTP of partner API administration: usage per organisation and nationally, and the reference the key
 * form shows (the default rate limit, each scope with the endpoints it opens, read from the routes).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { API_SCOPES } from '../../platform/access/permissions';
import { organisationUsage, partnerOverview } from './usage';

const tags = ['admin'];
const daysQuery = z.object({ days: z.coerce.number().int().min(7).max(90).default(30) });

/** Registers /api/admin/api-usage and /api/admin/partner-api; `apiKeyRateLimitPerMinute` is the default limit of keys. */
export function partnerAdminRoutes(options: { apiKeyRateLimitPerMinute: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/partner-api',
      { config: { access: { permission: 'admin.apikeys.manage' } }, schema: { tags, summary: 'The default rate limit of keys, and each scope with the endpoints it opens' } },
      async () => ({
        defaultRateLimitPerMinute: options.apiKeyRateLimitPerMinute,
        scopes: API_SCOPES.map((scope) => ({
          scope,
          endpoints: app.routeAccessTable
            .filter((route) => 'apiScopes' in route.access && route.access.apiScopes?.includes(scope))
            .map((route) => ({ method: route.method, url: route.url })),
        })),
      }),
    );
    app.get(
      '/api/admin/api-usage',
      {
        config: { access: { permission: 'admin.apikeys.manage' } },
        schema: { tags, summary: 'Every organisation holding API keys: keys, scopes, last use and calls over the period (default 30 days)', querystring: daysQuery },
      },
      async (request) => partnerOverview(request.ctx, { days: request.query.days }),
    );
    app.get(
      '/api/admin/api-usage/organisations/:id',
      {
        config: { access: { permission: 'admin.apikeys.manage' } },
        schema: { tags, summary: 'One organisation’s API usage: calls per day (UTC), each key’s last use and totals', params: z.object({ id: z.uuid() }), querystring: daysQuery },
      },
      async (request) => organisationUsage(request.ctx, request.params.id, { days: request.query.days, defaultRateLimitPerMinute: options.apiKeyRateLimitPerMinute }),
    );
  };
}
