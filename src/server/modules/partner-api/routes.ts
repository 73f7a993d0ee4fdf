/**
 * HTTP of the partner API (/api/partner/*): what partner agencies' systems call with an API key. Each route
 * names the scope a key needs and the staff permission that also opens it; the OpenAPI page documents both
 * (see `openapi.ts`). The services live in the modules that own the data.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { partnerCrossings, partnerTravelHistory } from '../border/partner-crossings';
import { verifyForPartner } from '../documents/partner-verification';
import { lookupPersonsByDocument } from '../people/partner-lookup';
import {
  crossingsQuery,
  crossingsResponse,
  documentLookupQuery,
  documentLookupResponse,
  personIdParams,
  travelHistoryResponse,
  verifyRequest,
  verifyResponse,
} from './schemas';

const tags = ['partner API'];

/** Registers /api/partner/*. */
export const partnerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/partner/people/by-document',
    {
      config: { access: { apiScopes: ['people:lookup-by-document'], permission: 'people.read' } },
      schema: {
        tags,
        summary: 'Look up a person by an identity document (number and issuing state)',
        description:
          'Answers the few fields a partner needs to recognise the person and their standing. Persons under a sensitivity label (minors, victims, health) are never found. Every person returned is recorded in the audit trail against your key.',
        querystring: documentLookupQuery,
        response: { 200: documentLookupResponse },
      },
    },
    async (request) => ({ matches: await lookupPersonsByDocument(request.ctx, request.query) }),
  );
  app.get(
    '/api/partner/border/crossings',
    {
      config: { access: { apiScopes: ['border:crossings:read'], permission: 'border.crossings.read' } },
      schema: {
        tags,
        summary: 'Crossings at your organisation’s border crossing points, newest first',
        description: 'A key sees the crossings at the BCPs of the organisation it was issued to. Page with `before` = the previous answer’s `nextBefore`.',
        querystring: crossingsQuery,
        response: { 200: crossingsResponse },
      },
    },
    async (request) => partnerCrossings(request.ctx, request.query),
  );
  app.get(
    '/api/partner/people/:id/crossings',
    {
      config: { access: { apiScopes: ['border:crossings:read'], permission: 'border.crossings.read' } },
      schema: {
        tags,
        summary: 'A person’s crossings, oldest first',
        description: 'The person’s whole travel history (records merged into the person included); 404 for a person you may not see.',
        params: personIdParams,
        response: { 200: travelHistoryResponse },
      },
    },
    async (request) => partnerTravelHistory(request.ctx, request.params.id),
  );
  app.post(
    '/api/partner/documents/verify',
    {
      config: { access: { apiScopes: ['documents:verify'], permission: 'documents.read' } },
      schema: {
        tags,
        summary: 'Verify a temporary identity document: its scanned seal, or its number',
        description:
          'With `payload`: the seal’s signature against the published keys and the document’s current standing. With `documentNumber`: the standing only (valid, revoked, expired, reported lost or stolen, superseded, not issued, unknown), with nothing about the holder.',
        body: verifyRequest,
        response: { 200: verifyResponse },
      },
    },
    async (request) => verifyForPartner(request.ctx, request.body),
  );
};
