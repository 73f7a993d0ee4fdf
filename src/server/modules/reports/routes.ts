/** HTTP of reporting: national indicators, one indicator, module dashboards, downloads and the filter's choices. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dashboardsSchema, exportQuery, filterChoicesSchema, filterQuery, keyParams, moduleParams, reportSchema } from './schemas';
import { dashboards, exportIndicator, filterChoices, moduleDashboard, nationalIndicators, oneIndicator, type SuppressionSettings } from './service';

const tags = ['reports'];
const read = { access: { permission: 'reports.read' as const } };
const exporting = { access: { permission: 'reports.export' as const } };

/** Registers /api/reports/* with the configured suppression threshold. */
export function reportRoutes(settings: SuppressionSettings): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/reports/indicators',
      { config: read, schema: { tags, summary: 'Every indicator the caller may see (national indicators page), small counts suppressed without record access; audited', querystring: filterQuery, response: { 200: reportSchema } } },
      async (request) => nationalIndicators(request.ctx, request.query, settings),
    );
    app.get(
      '/api/reports/indicators/:key',
      { config: read, schema: { tags, summary: 'One indicator (404 when unknown or not visible to the caller)', params: keyParams, querystring: filterQuery, response: { 200: reportSchema } } },
      async (request) => oneIndicator(request.ctx, request.params.key, request.query, settings),
    );
    app.get(
      '/api/reports/indicators/:key/export',
      { config: exporting, schema: { tags, summary: 'One indicator as CSV or XLSX, as shown on screen (audited with its filter)', params: keyParams, querystring: exportQuery } },
      async (request, reply) => {
        const { format, ...query } = request.query;
        const file = await exportIndicator(request.ctx, request.params.key, format, query, settings);
        return reply.header('content-type', file.contentType).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
      },
    );
    app.get('/api/reports/dashboards', { config: read, schema: { tags, summary: 'The module dashboards the caller may open, with their indicator keys', response: { 200: dashboardsSchema } } }, async (request) => dashboards(request.ctx));
    app.get(
      '/api/reports/dashboards/:module',
      { config: read, schema: { tags, summary: 'A module’s dashboard: its indicators the caller may see', params: moduleParams, querystring: filterQuery, response: { 200: reportSchema } } },
      async (request) => moduleDashboard(request.ctx, request.params.module, request.query, settings),
    );
    app.get('/api/reports/filters', { config: read, schema: { tags, summary: 'Sites and organisations to filter by (within the caller’s scope)', response: { 200: filterChoicesSchema } } }, async (request) => filterChoices(request.ctx));
  };
}
