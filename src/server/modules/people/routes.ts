/** HTTP of the people registry. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { duplicatesExport, personSearchExport } from './exports';
import { z } from 'zod';
import { invalid } from '../../platform/errors';
import { readMrz } from './document-check';
import { addDocument } from './documents';
import { dismissCandidate, duplicateJobStatus, duplicateQueue, runDuplicateJob, startDuplicateJob } from './duplicates';
import { linkFamily, unlinkFamily } from './family';
import { MERGEABLE_FIELDS, mergePersons, mergesOf, undoMerge } from './merge';
import { getPhoto, setPhoto, PHOTO_MAX_BYTES } from './photos';
import { documentBody, familyBody, legalStatusBody, personBody, personPatchBody, registerBody, searchQuery } from './schemas';
import { findRegistrationCandidates, searchPersons } from './search';
import * as people from './service';

const idParams = z.object({ id: z.uuid() });
const tags = ['people'];

/** Registers /api/people/*. */
export const peopleRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/people/search',
    {
      config: { access: { permission: 'people.read' } },
      schema: { tags, summary: 'Find persons by name (any script), date of birth, nationality, document or registration number', querystring: searchQuery },
    },
    async (request) => searchPersons(request.ctx, request.query),
  );
  app.get(
    '/api/people/search/export',
    {
      config: { access: { permission: 'people.read' } },
      schema: { tags, summary: 'The results of a search as CSV or XLSX, as the list shows them (streamed; X-Export-Rows announces the rows)', querystring: searchQuery.extend(exportFormatQuery.shape) },
    },
    async (request, reply) => sendExport(request.ctx, reply, personSearchExport(request.ctx, request.query), request.query.format),
  );
  app.post(
    '/api/people/candidates',
    {
      config: { access: { permission: 'people.write' } },
      schema: { tags, summary: 'Persons already registered who may be the one about to be registered', body: personBody.extend({ documentNumber: z.string().max(30).optional() }) },
    },
    async (request) => findRegistrationCandidates(request.ctx, request.body),
  );
  app.post(
    '/api/people/mrz',
    {
      config: { access: { permission: 'people.read' } },
      schema: { tags, summary: 'Read an MRZ (typed, pasted or scanned) into document fields with its checks', body: z.object({ mrz: z.string().max(200) }) },
    },
    async (request) => readMrz(request.ctx, request.body.mrz),
  );
  app.post(
    '/api/people',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: 'Register a person', body: registerBody } },
    async (request, reply) => {
      const { candidatesShown, confirmedNew, ...input } = request.body;
      return reply.status(201).send(await people.registerPerson(request.ctx, input, { candidatesShown, confirmedNew }));
    },
  );
  app.post(
    '/api/people/duplicates/jobs',
    { config: { access: { permission: 'people.merge' } }, schema: { tags, summary: 'Start a search for duplicates over the whole registry (runs in the background)' } },
    async (request, reply) => {
      const job = await startDuplicateJob(request.ctx);
      const ctx = { ...request.ctx };
      void runDuplicateJob(ctx, job.id).catch((error: unknown) => request.log.error({ err: error }, 'duplicate job failed'));
      return reply.status(202).send(job);
    },
  );
  app.get(
    '/api/people/duplicates/jobs/latest',
    { config: { access: { permission: 'people.merge' } }, schema: { tags, summary: 'Progress of the latest duplicate search' } },
    async (request) => ({ job: await duplicateJobStatus(request.ctx) }),
  );
  app.get(
    '/api/people/duplicates',
    {
      config: { access: { permission: 'people.merge' } },
      schema: { tags, summary: 'Review queue of possible duplicates, best first', querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
    },
    async (request) => ({ items: await duplicateQueue(request.ctx, request.query.limit) }),
  );
  app.get(
    '/api/people/duplicates/export',
    {
      config: { access: { permission: 'people.merge' } },
      schema: { tags, summary: 'The open pairs of the duplicates review queue as CSV or XLSX, best first (streamed; X-Export-Rows announces the rows)', querystring: exportFormatQuery },
    },
    async (request, reply) => sendExport(request.ctx, reply, duplicatesExport(request.ctx), request.query.format),
  );
  app.post(
    '/api/people/duplicates/:id/dismiss',
    {
      config: { access: { permission: 'people.merge' } },
      schema: { tags, summary: 'Not the same person', params: idParams, body: z.object({ reason: z.string().trim().min(3).max(500) }) },
    },
    async (request) => dismissCandidate(request.ctx, request.params.id, request.body.reason),
  );
  app.post(
    '/api/people/merge',
    {
      config: { access: { permission: 'people.merge' } },
      schema: {
        tags,
        summary: 'Merge two records of the same person, choosing values field by field',
        body: z.object({
          survivorId: z.uuid(),
          mergedId: z.uuid(),
          reason: z.string().trim().min(5).max(1000),
          choices: z.partialRecord(z.enum(MERGEABLE_FIELDS), z.enum(['survivor', 'merged'])).default({}),
        }),
      },
    },
    async (request) => mergePersons(request.ctx, request.body),
  );
  app.post(
    '/api/people/merges/:id/undo',
    {
      config: { access: { permission: 'people.merge' } },
      schema: { tags, summary: 'Undo a merge', params: idParams, body: z.object({ reason: z.string().trim().min(3).max(1000) }) },
    },
    async (request) => undoMerge(request.ctx, request.params.id, request.body.reason),
  );
  app.get(
    '/api/people/:id/merges',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: 'Merges into this person', params: idParams } },
    async (request) => mergesOf(request.ctx, request.params.id),
  );
  app.get(
    '/api/people/:id',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: 'One person with documents, statuses and family', params: idParams } },
    async (request) => people.getPerson(request.ctx, request.params.id),
  );
  app.patch(
    '/api/people/:id',
    {
      config: { access: { permission: 'people.write' } },
      schema: { tags, summary: 'Change a person (send the version you read)', params: idParams, body: personPatchBody },
    },
    async (request) => {
      const { version, ...patch } = request.body;
      return people.updatePerson(request.ctx, request.params.id, version, patch);
    },
  );
  app.get(
    '/api/people/:id/history',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: 'The edit history of a person', params: idParams } },
    async (request) => people.personHistoryOf(request.ctx, request.params.id),
  );
  app.post(
    '/api/people/:id/documents',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: 'Add an identity document (typed or from the MRZ)', params: idParams, body: documentBody } },
    async (request, reply) => reply.status(201).send(await addDocument(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/people/:id/legal-statuses',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: 'Record a legal status', params: idParams, body: legalStatusBody } },
    async (request, reply) => reply.status(201).send(await people.recordLegalStatus(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/people/:id/family',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: 'Link a family member', params: idParams, body: familyBody } },
    async (request, reply) => reply.status(201).send(await linkFamily(request.ctx, request.params.id, request.body.relatedPersonId, request.body.relation)),
  );
  app.delete(
    '/api/people/:id/family/:linkId',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: 'Remove a family link', params: z.object({ id: z.uuid(), linkId: z.uuid() }) } },
    async (request) => {
      await unlinkFamily(request.ctx, request.params.id, request.params.linkId);
      return { status: 'ok' as const };
    },
  );
  app.put(
    '/api/people/:id/photo',
    { config: { access: { permission: 'people.write' } }, schema: { tags, summary: `Upload a photo (multipart field "photo", JPEG or PNG, at most ${PHOTO_MAX_BYTES / 1048576} MB)`, params: idParams } },
    async (request) => {
      const file = await request.file({ limits: { fileSize: PHOTO_MAX_BYTES } });
      if (!file) {
        throw invalid('Attach the photo as the multipart field "photo"', [{ field: 'photo', message: 'Missing' }]);
      }
      const data = await file.toBuffer();
      return setPhoto(request.ctx, request.params.id, data);
    },
  );
  app.get(
    '/api/people/:id/photo',
    { config: { access: { permission: 'people.read' } }, schema: { tags, summary: 'The photo of a person (JPEG)', params: idParams } },
    async (request, reply) => {
      const photo = await getPhoto(request.ctx, request.params.id);
      return reply.type(photo.contentType).header('cache-control', 'private, no-store').send(photo.image);
    },
  );
};
