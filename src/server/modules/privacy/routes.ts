/** HTTP of privacy: retention rules, dry-run report, purges and their progress; subject-access exports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_PURPOSE_LENGTH } from '../../platform/access/purpose';
import { RECORD_TYPES } from './record-types';
import { getRetentionRun, listRetentionRules, listRetentionRuns, retentionReport, runRetentionPurge, startRetentionPurge, updateRetentionRule } from './retention';
import { exportSubjectAccess } from './subject-access';

const tags = ['privacy'];
const manage = { access: { permission: 'privacy.retention.manage' as const } };
const subjectAccess = { access: { permission: 'privacy.subject-access' as const } };
const recordType = z.enum(RECORD_TYPES);
const typeParams = z.object({ recordType });
const ruleBody = z.object({
  version: z.number().int().min(1),
  keepMonths: z.number().int().min(1, 'Keep records at least one month').max(1200, 'At most 100 years (1200 months)').optional(),
  enabled: z.boolean().optional(),
  note: z.string().trim().max(1000).nullish(),
});
const runsQuery = z.object({ recordType: recordType.optional(), limit: z.coerce.number().int().min(1).max(200).optional() });
const exportBody = z.object({ personId: z.uuid(), purpose: z.string().max(MAX_PURPOSE_LENGTH).nullish() });

/** Registers /api/privacy/*. */
export const privacyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/privacy/retention/rules', { config: manage, schema: { tags, summary: 'Retention rules per record type, with today’s cutoff and the latest purge' } }, async (request) => listRetentionRules(request.ctx));
  app.patch('/api/privacy/retention/rules/:recordType', { config: manage, schema: { tags, summary: 'Change a rule’s period, switch or note (audited)', params: typeParams, body: ruleBody } }, async (request) =>
    updateRetentionRule(request.ctx, request.params.recordType, request.body),
  );
  app.get('/api/privacy/retention/report', { config: manage, schema: { tags, summary: 'Dry run: per rule, how many records would go and the oldest (changes nothing)', querystring: z.object({ recordType: recordType.optional() }) } }, async (request) =>
    retentionReport(request.ctx, request.query.recordType),
  );
  app.post('/api/privacy/retention/rules/:recordType/purge', { config: manage, schema: { tags, summary: 'Purge the expired records of a type now (202 with the run; follow it at /runs/:id)', params: typeParams } }, async (request, reply) => {
    const run = await startRetentionPurge(request.ctx, request.params.recordType, 'request');
    // The batches run after the answer; the run's row shows the progress and the outcome.
    void runRetentionPurge(request.ctx, run.id).catch((error: unknown) => request.log.error({ err: error }, 'retention purge failed'));
    return reply.status(202).send(run);
  });
  app.get('/api/privacy/retention/runs', { config: manage, schema: { tags, summary: 'Purges, newest first', querystring: runsQuery } }, async (request) => listRetentionRuns(request.ctx, request.query));
  app.get('/api/privacy/retention/runs/:id', { config: manage, schema: { tags, summary: 'One purge and its progress', params: z.object({ id: z.uuid() }) } }, async (request) => getRetentionRun(request.ctx, request.params.id));

  app.post('/api/privacy/subject-access', { config: subjectAccess, schema: { tags, summary: 'Everything held about one person as a ZIP (JSON per module + PDF summary); needs a purpose (428 without)', body: exportBody } }, async (request, reply) => {
    const result = await exportSubjectAccess(request.ctx, request.body.personId, request.body.purpose);
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="${result.fileName}"`)
      .header('x-export-complete', String(result.complete))
      .header('cache-control', 'no-store')
      .send(result.zip);
  });
};
