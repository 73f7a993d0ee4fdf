/** HTTP of referrals and transfers, trafficking signals, their exports and the HTCDS export, AVRR statistics (registered by `casesRoutes`). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { avrrStatistics } from './avrr';
import { referralsExport, signalsExport } from './exports';
import { listReferrals, referCase, respondToReferral } from './referrals';
import * as s from './schemas';
import { fileSignal, htcdsExport, mySignals, signalOptions } from './trafficking';

const tags = ['cases'];
const read = { access: { permission: 'cases.read' as const } };
const write = { access: { permission: 'cases.write' as const } };
const signal = { access: { permission: 'cases.signal' as const } };
const trafficking = { access: { permission: 'trafficking.cases' as const } };

/** Registers the referral, NRM and AVRR statistics routes under /api/cases. */
export const referralAndNrmRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---------- referrals ----------
  app.post(
    '/api/cases/:id/referrals',
    {
      config: write,
      schema: { tags, summary: 'Refer or transfer a case', params: s.idParams, body: s.referralBody },
    },
    async (request, reply) =>
      reply.status(201).send(await referCase(request.ctx, request.params.id, request.body)),
  );
  app.get(
    '/api/cases/referrals',
    {
      config: read,
      schema: {
        tags,
        summary: 'Referrals sent or received by my organisation',
        querystring: s.referralQuery,
      },
    },
    async (request) => listReferrals(request.ctx, request.query),
  );
  app.get(
    '/api/cases/referrals/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Referrals sent or received by my organisation as CSV or XLSX (streamed; X-Export-Rows announces the rows)',
        querystring: s.referralQuery.extend(exportFormatQuery.shape),
      },
    },
    async (request, reply) => sendExport(request.ctx, reply, referralsExport(request.ctx, request.query), request.query.format),
  );
  for (const response of ['accept', 'reject', 'complete', 'revoke'] as const) {
    app.post(
      `/api/cases/referrals/:referralId/${response}`,
      {
        config: write,
        schema: {
          tags,
          summary: `${response[0]!.toUpperCase()}${response.slice(1)} a referral`,
          params: s.referralParams,
          body: s.responseBody,
        },
      },
      async (request) =>
        respondToReferral(request.ctx, request.params.referralId, response, request.body.note ?? null),
    );
  }

  // ---------- trafficking, AVRR ----------
  app.get(
    '/api/cases/signals/options',
    { config: signal, schema: { tags, summary: 'Indicators and agencies for a trafficking signal' } },
    async (request) => signalOptions(request.ctx),
  );
  app.post(
    '/api/cases/signals',
    {
      config: signal,
      schema: { tags, summary: 'Signal a possible victim of trafficking', body: s.signalBody },
    },
    async (request, reply) => reply.status(201).send(await fileSignal(request.ctx, request.body)),
  );
  app.get(
    '/api/cases/signals',
    { config: signal, schema: { tags, summary: 'The signals I filed' } },
    async (request) => mySignals(request.ctx),
  );
  app.get(
    '/api/cases/signals/export',
    {
      config: signal,
      schema: {
        tags,
        summary: 'The signals I filed as CSV or XLSX (streamed; X-Export-Rows announces the rows)',
        querystring: exportFormatQuery,
      },
    },
    async (request, reply) => sendExport(request.ctx, reply, signalsExport(request.ctx), request.query.format),
  );
  app.get(
    '/api/cases/trafficking/export.csv',
    {
      config: trafficking,
      schema: { tags, summary: 'Trafficking cases as HTCDS 2.0 CSV', querystring: s.periodQuery },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="htcds-cases.csv"')
        .send(await htcdsExport(request.ctx, request.query)),
  );
  app.get(
    '/api/cases/avrr/statistics',
    {
      config: read,
      schema: {
        tags,
        summary: 'AVRR cases by country of return and vulnerability',
        querystring: s.periodQuery,
      },
    },
    async (request) => avrrStatistics(request.ctx, request.query),
  );
};
