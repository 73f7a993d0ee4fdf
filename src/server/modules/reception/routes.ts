/** HTTP of reception centres: structure, blocks, reservations, placements, services, occupancy. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addBeds, addBlock, addRoom, addUnit, endBlock, getCentre, listCentres, updateBed } from './centres';
import { occupancyHistory, occupancyNow, takeOccupancySnapshot } from './occupancy';
import { cancelReservation, checkIn, checkOut, createReservation, endAbsence, recordService, startAbsence, transfer } from './placements';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { residentsExport } from './exports';
import { listResidents, personPlacements } from './residents';
import {
  absenceBody,
  bedPatch,
  bedsBody,
  blockBody,
  checkInBody,
  checkOutBody,
  endAbsenceBody,
  endBlockBody,
  exerciseQuery,
  historyQuery,
  idParams,
  reservationBody,
  residentsQuery,
  roomBody,
  serviceBody,
  siteParams,
  snapshotBody,
  transferBody,
  unitBody,
} from './schemas';

const tags = ['reception'];
const read = { access: { permission: 'reception.read' as const } };
const manage = { access: { permission: 'reception.manage' as const } };
const base = '/api/reception';

/** Registers /api/reception/* except mass influx. */
export const receptionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(`${base}/centres`, { config: read, schema: { tags, summary: 'Centres with capacity, blocked, occupied, reserved and free places', querystring: exerciseQuery } }, async (request) =>
    listCentres(request.ctx, request.query.exerciseId ?? null),
  );
  app.get(`${base}/centres/:siteId`, { config: read, schema: { tags, summary: 'A centre: units, rooms, beds with occupants, blocks, reservations', params: siteParams, querystring: exerciseQuery } }, async (request) =>
    getCentre(request.ctx, request.params.siteId, request.query.exerciseId ?? null),
  );
  app.post(`${base}/centres/:siteId/units`, { config: manage, schema: { tags, summary: 'Add a unit', params: siteParams, body: unitBody } }, async (request, reply) =>
    reply.status(201).send(await addUnit(request.ctx, request.params.siteId, request.body)),
  );
  app.post(`${base}/units/:id/rooms`, { config: manage, schema: { tags, summary: 'Add a room with beds', params: idParams, body: roomBody } }, async (request, reply) =>
    reply.status(201).send(await addRoom(request.ctx, request.params.id, request.body)),
  );
  app.post(`${base}/rooms/:id/beds`, { config: manage, schema: { tags, summary: 'Add beds to a room', params: idParams, body: bedsBody } }, async (request, reply) =>
    reply.status(201).send(await addBeds(request.ctx, request.params.id, request.body.count)),
  );
  app.patch(`${base}/beds/:id`, { config: manage, schema: { tags, summary: 'Rename a bed or take it out of use', params: idParams, body: bedPatch } }, async (request) => updateBed(request.ctx, request.params.id, request.body));
  app.post(`${base}/centres/:siteId/blocks`, { config: manage, schema: { tags, summary: 'Block a bed, a room or a number of places', params: siteParams, body: blockBody } }, async (request, reply) =>
    reply.status(201).send(await addBlock(request.ctx, request.params.siteId, request.body)),
  );
  app.post(`${base}/blocks/:id/end`, { config: manage, schema: { tags, summary: 'End a block', params: idParams, body: endBlockBody } }, async (request) => endBlock(request.ctx, request.params.id, request.body.to));

  app.post(`${base}/centres/:siteId/reservations`, { config: manage, schema: { tags, summary: 'Reserve places (over capacity needs a reason)', params: siteParams, body: reservationBody } }, async (request, reply) =>
    reply.status(201).send(await createReservation(request.ctx, request.params.siteId, request.body)),
  );
  app.post(`${base}/reservations/:id/cancel`, { config: manage, schema: { tags, summary: 'Cancel a reservation', params: idParams } }, async (request) => cancelReservation(request.ctx, request.params.id));
  app.get(`${base}/centres/:siteId/residents`, { config: read, schema: { tags, summary: 'Residents of a centre', params: siteParams, querystring: residentsQuery } }, async (request) =>
    listResidents(request.ctx, request.params.siteId, request.query),
  );
  app.get(`${base}/centres/:siteId/residents/export`, { config: read, schema: { tags, summary: 'Residents of a centre as CSV or XLSX (streamed; X-Export-Rows announces the rows)', params: siteParams, querystring: residentsQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, await residentsExport(request.ctx, request.params.siteId, request.query), request.query.format),
  );
  app.post(`${base}/placements`, { config: manage, schema: { tags, summary: 'Check a person in (over capacity needs a reason)', body: checkInBody } }, async (request, reply) => reply.status(201).send(await checkIn(request.ctx, request.body)));
  app.post(`${base}/placements/:id/check-out`, { config: manage, schema: { tags, summary: 'Check a resident out', params: idParams, body: checkOutBody } }, async (request) => checkOut(request.ctx, request.params.id, request.body));
  app.post(`${base}/placements/:id/absences`, { config: manage, schema: { tags, summary: 'Record the start of an absence', params: idParams, body: absenceBody } }, async (request, reply) =>
    reply.status(201).send(await startAbsence(request.ctx, request.params.id, request.body)),
  );
  app.post(`${base}/absences/:id/end`, { config: manage, schema: { tags, summary: 'Record the end of an absence', params: idParams, body: endAbsenceBody } }, async (request) => endAbsence(request.ctx, request.params.id, request.body));
  app.post(`${base}/placements/:id/transfer`, { config: manage, schema: { tags, summary: 'Transfer a resident to another centre', params: idParams, body: transferBody } }, async (request, reply) =>
    reply.status(201).send(await transfer(request.ctx, request.params.id, request.body)),
  );
  app.post(`${base}/placements/:id/services`, { config: manage, schema: { tags, summary: 'Log a service given to a resident', params: idParams, body: serviceBody } }, async (request, reply) =>
    reply.status(201).send(await recordService(request.ctx, request.params.id, request.body)),
  );
  app.get(`${base}/people/:personId/placements`, { config: read, schema: { tags, summary: 'A person’s placements, absences and services', params: z.object({ personId: z.uuid() }) } }, async (request) =>
    personPlacements(request.ctx, request.params.personId),
  );

  app.get(`${base}/occupancy`, { config: read, schema: { tags, summary: 'Occupancy now per centre and nationally', querystring: exerciseQuery } }, async (request) => occupancyNow(request.ctx, request.query.exerciseId ?? null));
  app.get(`${base}/occupancy/history`, { config: read, schema: { tags, summary: 'Occupancy per day (snapshots, or computed from the history)', querystring: historyQuery } }, async (request) => occupancyHistory(request.ctx, request.query));
  app.post(`${base}/occupancy/snapshots`, { config: manage, schema: { tags, summary: 'Take the occupancy snapshot of a day', body: snapshotBody } }, async (request, reply) => reply.status(201).send(await takeOccupancySnapshot(request.ctx, request.body.day)));
};
