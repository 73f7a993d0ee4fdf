/**
 * HTTP of the synchronisation. At headquarters: the site-credential endpoints posts call (upload, pull,
 * list pages), the posts view, conflicts and credentials. At an edge: the status, "sync now" and (in
 * development only) the link switch. `GET /api/sync/status` exists on both (HQ answers its mode).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SyncConfig } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { entryChangesBetween, lostDocumentsPage } from '../border/sync-lists';
import { uploadSchema, reportSchema, type Change } from './changes';
import { getConflict, listConflicts, resolveConflict } from './conflicts';
import { issueSiteCredential, siteOfCredential } from './credentials';
import { edgeSyncOf } from './edge';
import { applyChanges } from './hq-apply';
import { answerPull, type PersonCursor } from './hq-feed';
import { listPosts } from './posts';

const tags = ['sync'];
const site = { access: { apiScopes: ['sync:site' as const] } };
const monitor = { access: { permission: 'sync.monitor' as const } };
const manage = { access: { permission: 'sync.manage' as const } };
const desk = { access: { permission: 'border.crossings.record' as const } };
const idParams = z.object({ id: z.uuid() });

const personCursor = z.union([
  z.object({ phase: z.literal('initial'), after: z.uuid().or(z.literal('00000000-0000-0000-0000-000000000000')), horizon: z.number().int() }),
  z.object({ phase: z.literal('feed'), xid: z.number().int(), seq: z.number().int() }),
]);

/** HQ's endpoints: posts call them with their site credential; people monitor and review. */
function hqRoutes(config: Extract<SyncConfig, { mode: 'hq' }>): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/sync/changes',
      { config: site, bodyLimit: 16 * 1024 * 1024, schema: { tags, summary: 'A post uploads a batch of changes; answers one acknowledgement per change', body: uploadSchema } },
      async (request) => {
        const post = await siteOfCredential(request.ctx);
        return { acks: await applyChanges(request.ctx, post, request.body.changes as Change[], request.body.report) };
      },
    );
    app.post(
      '/api/sync/pull',
      {
        config: site,
        schema: { tags, summary: 'What changed for the post since its cursors', body: z.object({ report: reportSchema, directoryDigest: z.string().nullable(), persons: personCursor.nullable() }) },
      },
      async (request) => answerPull(request.ctx, await siteOfCredential(request.ctx), { ...request.body, persons: request.body.persons as PersonCursor | null }),
    );
    app.get(
      '/api/sync/watchlists/:id/entries',
      {
        config: site,
        schema: {
          tags,
          summary: "A page of a list's entries added and removed between two versions",
          params: idParams,
          querystring: z.object({ from: z.coerce.number().int().min(0), to: z.coerce.number().int().min(0), after: z.string().regex(/^[ar]:[0-9a-f-]{36}$/).optional(), limit: z.coerce.number().int().min(1).max(10_000).default(5000) }),
        },
      },
      async (request) => {
        await siteOfCredential(request.ctx);
        const q = request.query;
        return entryChangesBetween(request.ctx.db, request.params.id, q.from, q.to, q.after ?? null, q.limit);
      },
    );
    app.get(
      '/api/sync/lost-documents',
      { config: site, schema: { tags, summary: 'A page of the lost/stolen documents list', querystring: z.object({ after: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(10_000).default(5000) }) } },
      async (request) => {
        await siteOfCredential(request.ctx);
        return { documents: await lostDocumentsPage(request.ctx.db, request.query.after ?? null, request.query.limit) };
      },
    );
    app.get('/api/sync/posts', { config: monitor, schema: { tags, summary: 'Every post: last contact (stale when silent too long), reported queue, watchlist version lag' } }, async (request) =>
      listPosts(request.ctx, { staleAfterMinutes: config.staleAfterMinutes }),
    );
    app.get('/api/sync/conflicts', { config: monitor, schema: { tags, summary: 'Persons edited at a post and at headquarters, for review', querystring: z.object({ status: z.enum(['open', 'resolved']).default('open') }) } }, async (request) =>
      listConflicts(request.ctx, request.query.status),
    );
    app.get('/api/sync/conflicts/:id', { config: monitor, schema: { tags, summary: 'One conflict with both versions (audited)', params: idParams } }, async (request) => getConflict(request.ctx, request.params.id));
    app.post(
      '/api/sync/conflicts/:id/resolve',
      { config: manage, schema: { tags, summary: "Keep headquarters' values or take the post's", params: idParams, body: z.object({ choice: z.enum(['keep-hq', 'take-post']), note: z.string().trim().min(3).max(1000) }) } },
      async (request) => resolveConflict(request.ctx, request.params.id, request.body),
    );
    app.post(
      '/api/sync/sites/:id/credentials',
      { config: manage, schema: { tags, summary: 'Issue a site credential for a BCP (the secret is shown once)', params: idParams, body: z.object({ expiresInDays: z.number().int().min(1).max(3650).default(365) }).default({ expiresInDays: 365 }) } },
      async (request, reply) => reply.status(201).send(await issueSiteCredential(request.ctx, request.params.id, request.body.expiresInDays)),
    );
    app.get('/api/sync/status', { config: desk, schema: { tags, summary: 'The synchronisation status of this server' } }, async () => ({ mode: 'hq' as const }));
  };
}

function edgeOf(db: Parameters<typeof edgeSyncOf>[0]) {
  const edge = edgeSyncOf(db);
  if (!edge) {
    throw new AppError('unavailable', 503, 'Synchronisation has not started on this post yet');
  }
  return edge;
}

/** The edge's endpoints. */
function edgeRoutes(config: Extract<SyncConfig, { mode: 'edge' }>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/sync/status', { config: desk, schema: { tags, summary: "This post's link, queue and watchlist versions" } }, async (request) => edgeOf(request.ctx.db).status());
    app.post('/api/sync/run', { config: desk, schema: { tags, summary: 'Run a sync cycle now; answers the status after it' } }, async (request) => edgeOf(request.ctx.db).runCycle());
    if (config.devLinkControl) {
      app.post(
        '/api/sync/link',
        { config: desk, schema: { tags, summary: 'Development only: take the link to headquarters down or up', body: z.object({ state: z.enum(['down', 'up']) }) } },
        async (request) => {
          const edge = edgeOf(request.ctx.db);
          edge.setLinkDown(request.body.state === 'down');
          return edge.status();
        },
      );
    }
  };
}

/** The routes of this server's side. */
export function syncRoutes(config: SyncConfig): FastifyPluginAsyncZod {
  return config.mode === 'edge' ? edgeRoutes(config) : hqRoutes(config);
}
