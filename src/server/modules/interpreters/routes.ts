/** HTTP of the interpreter pool: interpreters, availability, search by language and time, bookings. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { bookInterpreter, cancelBooking, findAvailableInterpreters, listBookings } from './bookings';
import { bookingsExport, interpretersExport } from './exports';
import { createInterpreter, findLanguages, getInterpreter, listInterpreters, setAvailability, updateInterpreter } from './pool';
import { availabilityBody, availableQuery, bookingBody, bookingsQuery, cancelBody, interpreterBody, languagesQuery, listQuery } from './schemas';

const tags = ['interpreters'];
const idParams = z.object({ id: z.uuid() });
const manage = { access: { permission: 'interpreters.manage' as const } };
const book = { access: { permission: 'interpreters.book' as const } };
const date = (value: string | undefined) => (value ? new Date(value) : undefined);

/** Registers /api/interpreters/*. */
export const interpreterRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/interpreters/languages', { config: book, schema: { tags, summary: 'ISO 639-3 languages by code or name, or the names of ?codes=a,b', querystring: languagesQuery } }, async (request) => findLanguages(request.ctx, request.query));
  app.get('/api/interpreters', { config: book, schema: { tags, summary: 'The pool, by language and name', querystring: listQuery } }, async (request) =>
    listInterpreters(request.ctx, { language: request.query.language, q: request.query.q, includeInactive: request.query.includeInactive === 'true' }),
  );
  app.get('/api/interpreters/export', { config: book, schema: { tags, summary: 'The pool of the filter as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: listQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, interpretersExport(request.ctx, { language: request.query.language, q: request.query.q, includeInactive: request.query.includeInactive === 'true' }), request.query.format),
  );
  app.get('/api/interpreters/bookings/export', { config: book, schema: { tags, summary: 'Bookings of the filter as CSV or XLSX (streamed)', querystring: bookingsQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, bookingsExport(request.ctx, { ...request.query, from: date(request.query.from), to: date(request.query.to), includeCancelled: request.query.includeCancelled === 'true' }), request.query.format),
  );
  app.get('/api/interpreters/available', { config: book, schema: { tags, summary: 'Interpreters of a language free at a time', querystring: availableQuery } }, async (request) => findAvailableInterpreters(request.ctx, request.query));
  app.post('/api/interpreters', { config: manage, schema: { tags, summary: 'Add an interpreter to the pool', body: interpreterBody } }, async (request, reply) => reply.status(201).send(await createInterpreter(request.ctx, request.body)));
  app.get('/api/interpreters/:id', { config: book, schema: { tags, summary: 'An interpreter with contact and availability (audited)', params: idParams } }, async (request) => getInterpreter(request.ctx, request.params.id));
  app.put('/api/interpreters/:id', { config: manage, schema: { tags, summary: 'Change an interpreter', params: idParams, body: interpreterBody } }, async (request) => updateInterpreter(request.ctx, request.params.id, request.body));
  app.put('/api/interpreters/:id/availability', { config: manage, schema: { tags, summary: 'Replace weekly and dated availability and unavailability', params: idParams, body: availabilityBody } }, async (request) =>
    setAvailability(request.ctx, request.params.id, request.body),
  );

  app.get('/api/interpreters/bookings', { config: book, schema: { tags, summary: 'Bookings by period, interpreter or purpose', querystring: bookingsQuery } }, async (request) =>
    listBookings(request.ctx, { ...request.query, from: date(request.query.from), to: date(request.query.to), includeCancelled: request.query.includeCancelled === 'true' }),
  );
  app.post('/api/interpreters/bookings', { config: book, schema: { tags, summary: 'Book an interpreter (409 on an overlap; 422 outside availability unless confirmed)', body: bookingBody } }, async (request, reply) =>
    reply.status(201).send(await bookInterpreter(request.ctx, request.body)),
  );
  app.post('/api/interpreters/bookings/:id/cancel', { config: book, schema: { tags, summary: 'Cancel a booking with a reason', params: idParams, body: cancelBody } }, async (request) => cancelBooking(request.ctx, request.params.id, request.body.reason));
};
