/** HTTP of the lists screening uses: watchlist sources and their CSV imports, and lost/stolen documents. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addLostDocument, deactivateLostDocument, findLostDocument, importLostDocuments } from './lost-documents';
import { LIST_UPLOAD_MAX_BYTES } from './reference';
import { importQuery, lostDocumentBody, lostDocumentQuery, lostImportQuery, sourceBody, sourcePatchBody } from './schemas';
import { readUploadedList } from './upload';
import { previewWatchlistImport, startWatchlistImport, watchlistImportStatus } from './watchlist-import';
import { createSource, importsOf, listSources, updateSource } from './watchlists';

const idParams = z.object({ id: z.uuid() });
const tags = ['border lists'];
const access = { permission: 'border.watchlists.manage' as const };
const upload = `multipart field "file", UTF-8 CSV, at most ${LIST_UPLOAD_MAX_BYTES / 1048576} MB`;

/** Registers /api/border/watchlists/* and /api/border/lost-documents/*. */
export const watchlistRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/border/watchlists', { config: { access }, schema: { tags, summary: 'Watchlist sources with their current version' } }, async (request) => listSources(request.ctx));
  app.post('/api/border/watchlists', { config: { access }, schema: { tags, summary: 'Create a watchlist source (national, sanctions, imported) with its threshold', body: sourceBody } }, async (request, reply) =>
    reply.status(201).send(await createSource(request.ctx, request.body)),
  );
  app.patch('/api/border/watchlists/:id', { config: { access }, schema: { tags, summary: 'Rename a source, change its threshold, switch it off or on', params: idParams, body: sourcePatchBody } }, async (request) =>
    updateSource(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/border/watchlists/:id/imports',
    {
      config: { access },
      schema: { tags, summary: `Import a CSV as the next version (${upload}); dryRun=true previews it and writes nothing`, params: idParams, querystring: importQuery },
    },
    async (request, reply) => {
      const { text, fileName } = await readUploadedList(request);
      const options = { mode: request.query.mode, fileName, note: request.query.note ?? null };
      if (request.query.dryRun) {
        return previewWatchlistImport(request.ctx, request.params.id, text, options);
      }
      const { job, finish } = await startWatchlistImport({ ...request.ctx }, request.params.id, text, options);
      void finish().catch((error: unknown) => request.log.error({ err: error }, 'watchlist import failed'));
      return reply.status(202).send(job);
    },
  );
  app.get('/api/border/watchlists/:id/imports', { config: { access }, schema: { tags, summary: 'Imports of a source, newest first', params: idParams } }, async (request) =>
    importsOf(request.ctx, request.params.id),
  );
  app.get('/api/border/watchlist-imports/:id', { config: { access }, schema: { tags, summary: 'Progress of an import', params: idParams } }, async (request) =>
    watchlistImportStatus(request.ctx, request.params.id),
  );
  app.get('/api/border/lost-documents', { config: { access }, schema: { tags, summary: 'Look a document up on the lost/stolen list', querystring: lostDocumentQuery } }, async (request) =>
    findLostDocument(request.ctx, request.query.number, request.query.issuingState),
  );
  app.post('/api/border/lost-documents', { config: { access }, schema: { tags, summary: 'List a document as lost, stolen, revoked or invalidated', body: lostDocumentBody } }, async (request, reply) =>
    reply.status(201).send(await addLostDocument(request.ctx, request.body)),
  );
  app.post('/api/border/lost-documents/:id/deactivate', { config: { access }, schema: { tags, summary: 'Take a document off the list', params: idParams } }, async (request) =>
    deactivateLostDocument(request.ctx, request.params.id),
  );
  app.post(
    '/api/border/lost-documents/imports',
    { config: { access }, schema: { tags, summary: `Import lost/stolen documents from a CSV (${upload}); dryRun=true previews it`, querystring: lostImportQuery } },
    async (request) => {
      const { text, fileName } = await readUploadedList(request);
      return importLostDocuments(request.ctx, text, { dryRun: request.query.dryRun, fileName });
    },
  );
};
