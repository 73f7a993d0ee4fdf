/** HTTP of the border's exports: each list as CSV or XLSX, streamed, behind the list's own permission. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { alertsExport, crossingsExport, lostDocumentsExport, overstayersExport, watchlistEntriesExport } from './exports';
import { ALERT_STATUSES } from './reference';
import { crossingQuery, onQuery } from './schemas';

const tags = ['border'];
const streamed = 'streamed; X-Export-Rows announces the rows';

/** Registers the /export routes of the border's lists. */
export const borderExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/border/crossings/export',
    {
      config: { access: { permission: 'border.crossings.read' } },
      schema: { tags, summary: `The crossings of the list's filter as CSV or XLSX (${streamed})`, querystring: crossingQuery.pick({ siteId: true, day: true, direction: true }).extend(exportFormatQuery.shape) },
    },
    async (request, reply) => sendExport(request.ctx, reply, crossingsExport(request.ctx, request.query), request.query.format),
  );
  app.get(
    '/api/border/alerts/export',
    {
      config: { access: { permission: 'border.alerts.resolve' } },
      schema: { tags, summary: `Alerts of a status as CSV or XLSX (${streamed})`, querystring: z.object({ status: z.enum(ALERT_STATUSES).default('open'), siteId: z.uuid().optional() }).extend(exportFormatQuery.shape) },
    },
    async (request, reply) => sendExport(request.ctx, reply, alertsExport(request.ctx, request.query), request.query.format),
  );
  app.get(
    '/api/border/overstayers/export',
    { config: { access: { permission: 'border.crossings.read' } }, schema: { tags, summary: `The overstayers report of a day as CSV or XLSX (${streamed})`, querystring: onQuery.extend(exportFormatQuery.shape) } },
    async (request, reply) => sendExport(request.ctx, reply, overstayersExport(request.ctx, request.query), request.query.format),
  );
  app.get(
    '/api/border/watchlists/:id/entries/export',
    {
      config: { access: { permission: 'border.watchlists.manage' } },
      schema: { tags: ['border lists'], summary: `A watchlist's entries in its current version as CSV or XLSX (${streamed})`, params: z.object({ id: z.uuid() }), querystring: exportFormatQuery },
    },
    async (request, reply) => sendExport(request.ctx, reply, await watchlistEntriesExport(request.ctx, request.params.id), request.query.format),
  );
  app.get(
    '/api/border/lost-documents/export',
    {
      config: { access: { permission: 'border.watchlists.manage' } },
      schema: { tags: ['border lists'], summary: `The lost/stolen documents list as CSV or XLSX (${streamed})`, querystring: z.object({ active: z.enum(['true', 'false']).optional() }).extend(exportFormatQuery.shape) },
    },
    async (request, reply) => sendExport(request.ctx, reply, lostDocumentsExport(request.ctx, { active: request.query.active === undefined ? undefined : request.query.active === 'true' }), request.query.format),
  );
};
