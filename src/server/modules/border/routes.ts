/** HTTP of border management: screening, crossings, travel history and stays, alerts. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as alerts from './alerts';
import { getCrossing, listCrossings } from './crossing-list';
import { recordCrossing } from './crossings';
import { borderExportRoutes } from './export-routes';
import { alertQuery, closeBody, crossingBody, crossingQuery, onQuery, resolveBody, screenBody, vehicleCrossingBody } from './schemas';
import { screeningStatus, screenTraveller } from './screening';
import { overstayers, personStay, travelHistory } from './stays';
import { recordVehicleCrossing } from './vehicle-crossings';

const idParams = z.object({ id: z.uuid() });
const tags = ['border'];

/** Registers /api/border/* (crossings, screening, stays, alerts). */
export const borderRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(borderExportRoutes);
  app.post(
    '/api/border/screen',
    {
      // Partner systems screen with the border:screen scope (the scope stands for this permission in the service).
      config: { access: { permission: 'border.crossings.record', apiScopes: ['border:screen'] } },
      schema: { tags, summary: 'Screen a traveller against the watchlists and the lost/stolen documents list (nothing is recorded but the audit entry)', body: screenBody },
    },
    async (request) => screenTraveller(request.ctx, request.body),
  );
  app.get(
    '/api/border/screening/status',
    {
      config: { access: { permission: 'border.crossings.record' } },
      schema: { tags, summary: "Whether this server's screening index is ready, its size, and each list's version in use beside its current version" },
    },
    async (request) => screeningStatus(request.ctx),
  );
  app.post(
    '/api/border/crossings',
    {
      config: { access: { permission: 'border.crossings.record' } },
      schema: { tags, summary: 'Record a traveller crossing at a BCP (idempotent on clientRef); screening runs first and raises alerts', body: crossingBody },
    },
    async (request, reply) => {
      const result = await recordCrossing(request.ctx, request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.post(
    '/api/border/vehicle-crossings',
    {
      config: { access: { permission: 'border.crossings.record' } },
      schema: { tags, summary: 'Record a vehicle with its driver and passengers in one call (idempotent on clientRef)', body: vehicleCrossingBody },
    },
    async (request, reply) => {
      const result = await recordVehicleCrossing(request.ctx, request.body);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.get(
    '/api/border/crossings',
    { config: { access: { permission: 'border.crossings.read' } }, schema: { tags, summary: 'Crossings newest first, by BCP, local day and direction', querystring: crossingQuery } },
    async (request) => listCrossings(request.ctx, request.query),
  );
  app.get(
    '/api/border/crossings/:id',
    { config: { access: { permission: 'border.crossings.read' } }, schema: { tags, summary: 'One crossing with its alerts', params: idParams } },
    async (request) => getCrossing(request.ctx, request.params.id),
  );
  app.get(
    '/api/border/persons/:id/crossings',
    { config: { access: { permission: 'border.crossings.read' } }, schema: { tags, summary: "A person's travel history", params: idParams } },
    async (request) => travelHistory(request.ctx, request.params.id),
  );
  app.get(
    '/api/border/persons/:id/stay',
    {
      config: { access: { permission: 'border.crossings.read' } },
      schema: { tags, summary: "A person's stay on a day: open entry, 90/180 days used and left, latest legal exit, overstay", params: idParams, querystring: onQuery },
    },
    async (request) => personStay(request.ctx, request.params.id, request.query.on),
  );
  app.get(
    '/api/border/overstayers',
    { config: { access: { permission: 'border.crossings.read' } }, schema: { tags, summary: 'Persons in the territory beyond 90 days in the 180 ending on a day', querystring: onQuery } },
    async (request) => overstayers(request.ctx, request.query.on),
  );
  app.get(
    '/api/border/alerts',
    { config: { access: { permission: 'border.alerts.resolve' } }, schema: { tags, summary: 'Alerts, newest first (default: open)', querystring: alertQuery } },
    async (request) => alerts.listAlerts(request.ctx, request.query),
  );
  app.get(
    '/api/border/alerts/supervision',
    { config: { access: { permission: 'border.alerts.supervise' } }, schema: { tags, summary: 'Confirmed matches waiting for a supervisor', querystring: alertQuery.omit({ status: true }) } },
    async (request) => alerts.supervisionQueue(request.ctx, request.query),
  );
  app.get(
    '/api/border/alerts/:id',
    { config: { access: { permission: 'border.alerts.resolve' } }, schema: { tags, summary: 'One alert with its explanation', params: idParams } },
    async (request) => alerts.getAlert(request.ctx, request.params.id),
  );
  app.post(
    '/api/border/alerts/:id/resolve',
    {
      config: { access: { permission: 'border.alerts.resolve' } },
      schema: { tags, summary: 'Resolve an open alert: confirmed match (to the supervisor) or false positive (remembered)', params: idParams, body: resolveBody },
    },
    async (request) => alerts.resolveAlert(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/border/alerts/:id/close',
    { config: { access: { permission: 'border.alerts.supervise' } }, schema: { tags, summary: 'Close a confirmed match with a note', params: idParams, body: closeBody } },
    async (request) => alerts.closeAlert(request.ctx, request.params.id, request.body.note),
  );
};
