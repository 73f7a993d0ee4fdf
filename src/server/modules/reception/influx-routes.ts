/** HTTP of mass influx: contingency plans, pre-registration, wristbands, the board, exercises. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { registrationsExport } from './exports';
import { exerciseReport, finishExercise, listExercises, startExercise, waitingArrivals } from './exercises';
import { createPlan, getPlan, listPlans, setPlanActive } from './plans';
import { preregisterGroup } from './preregistration';
import { completeRegistration, getRegistration, influxBoard, listRegistrations, registrationByWristband, wristbandImage } from './registrations';
import { boardQuery, completeBody, exerciseBody, idParams, noteBody, planBody, preregistrationBody, registrationsQuery } from './schemas';

const tags = ['reception: mass influx'];
const read = { access: { permission: 'reception.read' as const } };
const preregister = { access: { permission: 'influx.preregister' as const } };
const activate = { access: { permission: 'influx.activate' as const } };
const base = '/api/reception/influx';

/** Registers /api/reception/influx/*. */
export const influxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(`${base}/plans`, { config: read, schema: { tags, summary: 'Contingency plans' } }, async (request) => listPlans(request.ctx));
  app.post(`${base}/plans`, { config: activate, schema: { tags, summary: 'Create a contingency plan', body: planBody } }, async (request, reply) => reply.status(201).send(await createPlan(request.ctx, request.body)));
  app.get(`${base}/plans/:id`, { config: read, schema: { tags, summary: 'A contingency plan', params: idParams } }, async (request) => getPlan(request.ctx, request.params.id));
  app.post(`${base}/plans/:id/activate`, { config: activate, schema: { tags, summary: 'Activate a plan (mass-influx mode on)', params: idParams, body: noteBody } }, async (request) =>
    setPlanActive(request.ctx, request.params.id, true, request.body.note),
  );
  app.post(`${base}/plans/:id/deactivate`, { config: activate, schema: { tags, summary: 'Deactivate a plan', params: idParams, body: noteBody } }, async (request) =>
    setPlanActive(request.ctx, request.params.id, false, request.body.note),
  );
  app.post(`${base}/plans/:id/registrations`, { config: preregister, schema: { tags, summary: 'Pre-register a group and allocate it to one centre', params: idParams, body: preregistrationBody } }, async (request, reply) =>
    reply.status(201).send(await preregisterGroup(request.ctx, request.params.id, request.body)),
  );
  app.get(`${base}/plans/:id/registrations`, { config: preregister, schema: { tags, summary: 'Pre-registrations of a plan', params: idParams, querystring: registrationsQuery } }, async (request) =>
    listRegistrations(request.ctx, request.params.id, request.query),
  );
  app.get(`${base}/plans/:id/registrations/export`, { config: preregister, schema: { tags, summary: 'Pre-registrations of a plan as CSV or XLSX (streamed; X-Export-Rows announces the rows)', params: idParams, querystring: registrationsQuery.omit({ limit: true }).extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, await registrationsExport(request.ctx, request.params.id, request.query), request.query.format),
  );
  app.get(`${base}/plans/:id/board`, { config: read, schema: { tags, summary: 'Live board: arrivals per hour, triage, places left', params: idParams, querystring: boardQuery } }, async (request) =>
    influxBoard(request.ctx, request.params.id, request.query),
  );
  app.get(`${base}/registrations/:id`, { config: preregister, schema: { tags, summary: 'A pre-registration', params: idParams } }, async (request) => getRegistration(request.ctx, request.params.id));
  app.get(`${base}/wristbands/:number`, { config: preregister, schema: { tags, summary: 'The pre-registration of a wristband number', params: z.object({ number: z.string().max(20) }) } }, async (request) =>
    registrationByWristband(request.ctx, request.params.number),
  );
  app.get(`${base}/registrations/:id/wristband.svg`, { config: preregister, schema: { tags, summary: 'QR code of the wristband number (SVG)', params: idParams } }, async (request, reply) => {
    const image = await wristbandImage(request.ctx, request.params.id, 'svg');
    return reply.type('image/svg+xml').header('cache-control', 'private, max-age=3600').send(image.body);
  });
  app.get(`${base}/registrations/:id/wristband.png`, { config: preregister, schema: { tags, summary: 'QR code of the wristband number (PNG)', params: idParams } }, async (request, reply) => {
    const image = await wristbandImage(request.ctx, request.params.id, 'png');
    return reply.type('image/png').header('cache-control', 'private, max-age=3600').send(image.body);
  });
  app.post(`${base}/registrations/:id/complete`, { config: preregister, schema: { tags, summary: 'Complete the person record and look for the same person', params: idParams, body: completeBody } }, async (request) =>
    completeRegistration(request.ctx, request.params.id, request.body),
  );

  app.get(`${base}/exercises`, { config: read, schema: { tags, summary: 'Exercises', querystring: z.object({ planId: z.uuid().optional() }) } }, async (request) => listExercises(request.ctx, request.query.planId));
  app.post(`${base}/exercises`, { config: activate, schema: { tags, summary: 'Start an exercise (auto: run at once)', body: exerciseBody } }, async (request, reply) => reply.status(201).send(await startExercise(request.ctx, request.body)));
  app.get(`${base}/exercises/:id/arrivals`, { config: preregister, schema: { tags, summary: 'Simulated arrivals waiting to be pre-registered', params: idParams, querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }) } }, async (request) =>
    waitingArrivals(request.ctx, request.params.id, request.query.limit),
  );
  app.post(`${base}/exercises/:id/finish`, { config: activate, schema: { tags, summary: 'Finish an exercise', params: idParams } }, async (request) => finishExercise(request.ctx, request.params.id));
  app.get(`${base}/exercises/:id/report`, { config: read, schema: { tags, summary: 'Throughput and waiting times of an exercise', params: idParams } }, async (request) => exerciseReport(request.ctx, request.params.id));
};
