/** HTTP of the border statistics. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DIRECTIONS } from './reference';
import { borderStatistics } from './statistics';

const statisticsQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  siteId: z.uuid().optional(),
  direction: z.enum(DIRECTIONS).optional(),
});

/** Registers GET /api/border/statistics. */
export const borderStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/border/statistics',
    {
      config: { access: { permission: 'border.crossings.read' } },
      schema: {
        tags: ['border'],
        summary: 'Crossings per BCP, day, direction and nationality, decisions, processing times and alerts over a period of local days (default: the last 30)',
        querystring: statisticsQuery,
      },
    },
    async (request) => borderStatistics(request.ctx, request.query),
  );
};
