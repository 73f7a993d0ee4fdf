/** HTTP of temporary identity documents: types, offices and numbers, applications and lifecycle, register, card, keys, verification. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { applyForDocument, renewDocument, replaceDocument } from './applications';
import { registerExport } from './exports';
import { createDocumentType, listDocumentTypes, updateDocumentType } from './document-types';
import { approveDocument, handOverDocument, printDocument, rejectDocument, reportDocumentLost, revokeDocument, spoilCard } from './lifecycle';
import { configureOffice, drawOfficeBlock, listOffices, officeNumbers } from './offices';
import { cardPdf, documentCounts, getDocument, listDocuments, personDocuments, receiptOf } from './register';
import {
  applicationBody,
  countsQuery,
  documentTypeBody,
  documentTypeUpdateBody,
  drawBlockBody,
  handOverBody,
  officeSettingsBody,
  reasonBody,
  registerQuery,
  renewBody,
  replaceBody,
  reportLostBody,
  verifyBody,
} from './schemas';
import { listPublishedKeys, revokeSigningKey, rotateSigningKey, verifySeal } from './verification';

const tags = ['documents'];
const idParams = z.object({ id: z.uuid() });
const siteParams = z.object({ siteId: z.uuid() });

/** Registers /api/documents/*. `verifyPerMinute` limits verification attempts per client address. */
export function documentRoutes(options: { verifyPerMinute: number }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/documents/keys', { config: { access: { public: true } }, schema: { tags, summary: 'The issuing authority’s public keys (Ed25519, raw, base64url) to verify seals offline' } }, async (request, reply) => {
      void reply.header('cache-control', 'public, max-age=300');
      return listPublishedKeys(request.ctx);
    });
    app.post(
      '/api/documents/verify',
      {
        config: { access: { public: true }, rateLimit: { max: options.verifyPerMinute, timeWindow: 60_000, keyGenerator: (request) => `verify:${request.ip}` } },
        schema: { tags, summary: 'Verify a scanned card barcode: signature and current status (public, rate-limited, logged without personal data)', body: verifyBody },
      },
      async (request) => verifySeal(request.ctx, request.body.payload),
    );
    app.post('/api/documents/keys/rotate', { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Retire the signing key and make a new one' } }, async (request, reply) =>
      reply.status(201).send(await rotateSigningKey(request.ctx)),
    );
    app.post(
      '/api/documents/keys/:keyId/revoke',
      { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Revoke a signing key (its seals stop verifying)', params: z.object({ keyId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/) }), body: reasonBody } },
      async (request) => revokeSigningKey(request.ctx, request.params.keyId, request.body.reason),
    );

    app.get('/api/documents/types', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'Document types' } }, async (request) => listDocumentTypes(request.ctx));
    app.post('/api/documents/types', { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Add a document type', body: documentTypeBody } }, async (request, reply) =>
      reply.status(201).send(await createDocumentType(request.ctx, request.body)),
    );
    app.put(
      '/api/documents/types/:code',
      { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Change a document type', params: z.object({ code: documentTypeBody.shape.code }), body: documentTypeUpdateBody } },
      async (request) => updateDocumentType(request.ctx, request.params.code, request.body),
    );

    app.get('/api/documents/offices', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'Issuing offices with their number settings and numbers left' } }, async (request) => listOffices(request.ctx));
    app.put(
      '/api/documents/offices/:siteId',
      { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Set an office’s block size and low-water mark', params: siteParams, body: officeSettingsBody } },
      async (request) => configureOffice(request.ctx, request.params.siteId, request.body),
    );
    app.post(
      '/api/documents/offices/:siteId/blocks',
      { config: { access: { permission: 'documents.configure' } }, schema: { tags, summary: 'Draw a block of numbers for an office now', params: siteParams, body: drawBlockBody } },
      async (request, reply) => reply.status(201).send(await drawOfficeBlock(request.ctx, request.params.siteId, request.body.prefix)),
    );
    app.get(
      '/api/documents/offices/:siteId/numbers',
      { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'An office’s number blocks and spoiled numbers (every gap explained)', params: siteParams } },
      async (request) => officeNumbers(request.ctx, request.params.siteId),
    );

    app.get('/api/documents', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'The register of issued documents', querystring: registerQuery } }, async (request) => {
      const q = request.query;
      return listDocuments(request.ctx, { siteId: q.office, typeCode: q.type, status: q.status, issuedFrom: q.from, issuedTo: q.to, numberPrefix: q.number, personId: q.personId, cursor: q.cursor, limit: q.limit });
    });
    app.get(
      '/api/documents/export',
      { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'The register of the filter as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: registerQuery.omit({ cursor: true, limit: true }).extend(exportFormatQuery.shape) } },
      async (request, reply) => {
        const q = request.query;
        return sendExport(request.ctx, reply, registerExport(request.ctx, { siteId: q.office, typeCode: q.type, status: q.status, issuedFrom: q.from, issuedTo: q.to, numberPrefix: q.number, personId: q.personId }), q.format);
      },
    );
    app.get('/api/documents/counts', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'Documents issued per office and type in a period', querystring: countsQuery } }, async (request) =>
      documentCounts(request.ctx, request.query),
    );
    app.get(
      '/api/documents/persons/:personId',
      { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'A person’s document history', params: z.object({ personId: z.uuid() }) } },
      async (request) => personDocuments(request.ctx, request.params.personId),
    );
    app.post('/api/documents/applications', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Apply for a document for a person', body: applicationBody } }, async (request, reply) =>
      reply.status(201).send(await applyForDocument(request.ctx, request.body)),
    );
    app.get('/api/documents/:id', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'One document with its timeline', params: idParams } }, async (request) =>
      getDocument(request.ctx, request.params.id),
    );
    app.post('/api/documents/:id/approve', { config: { access: { permission: 'documents.approve' } }, schema: { tags, summary: 'Approve (not by the requester): number, MRZ and seal', params: idParams } }, async (request) =>
      approveDocument(request.ctx, request.params.id),
    );
    app.post('/api/documents/:id/reject', { config: { access: { permission: 'documents.approve' } }, schema: { tags, summary: 'Reject an application', params: idParams, body: reasonBody } }, async (request) =>
      rejectDocument(request.ctx, request.params.id, request.body.reason),
    );
    app.post('/api/documents/:id/print', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Record that the card was printed', params: idParams } }, async (request) =>
      printDocument(request.ctx, request.params.id),
    );
    app.get('/api/documents/:id/card.pdf', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'The card as a PDF (ID-1, front and back)', params: idParams } }, async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      const pdf = await cardPdf(request.ctx, request.params.id, `${origin}/verify`);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="card-${request.params.id}.pdf"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    });
    app.get('/api/documents/:id/receipt', { config: { access: { permission: 'documents.read' } }, schema: { tags, summary: 'The signature or photo of receipt taken at hand-over (PNG)', params: idParams } }, async (request, reply) =>
      reply.type('image/png').header('cache-control', 'private, no-store').send(await receiptOf(request.ctx, request.params.id)),
    );
    app.post('/api/documents/:id/spoil', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Record a spoiled card: its number is voided, a new one assigned', params: idParams, body: reasonBody } }, async (request) =>
      spoilCard(request.ctx, request.params.id, request.body.reason),
    );
    app.post('/api/documents/:id/hand-over', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Hand the card over to its holder', params: idParams, body: handOverBody } }, async (request) =>
      handOverDocument(request.ctx, request.params.id, request.body),
    );
    app.post('/api/documents/:id/revoke', { config: { access: { permission: 'documents.approve' } }, schema: { tags, summary: 'Revoke a document (listed for the border as revoked)', params: idParams, body: reasonBody } }, async (request) =>
      revokeDocument(request.ctx, request.params.id, request.body.reason),
    );
    app.post('/api/documents/:id/report-lost', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Report a document lost or stolen (listed for the border)', params: idParams, body: reportLostBody } }, async (request) =>
      reportDocumentLost(request.ctx, request.params.id, request.body),
    );
    app.post('/api/documents/:id/renew', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Apply to renew a document', params: idParams, body: renewBody } }, async (request, reply) =>
      reply.status(201).send(await renewDocument(request.ctx, request.params.id, request.body)),
    );
    app.post('/api/documents/:id/replace', { config: { access: { permission: 'documents.issue' } }, schema: { tags, summary: 'Apply to replace a lost, stolen or damaged document', params: idParams, body: replaceBody } }, async (request, reply) =>
      reply.status(201).send(await replaceDocument(request.ctx, request.params.id, request.body)),
    );
  };
}
