/** HTTP of case management: cases and their parts, referrals, trafficking signals and export, AVRR statistics, the caseworker's home. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, invalid } from '../../platform/errors';
import { subscribeToCrossings } from '../border/crossing-events';
import { addAttachment, getAttachment } from './attachments';
import { confirmDepartureOnExit } from './avrr';
import {
  addNote,
  addPerson,
  addService,
  addTask,
  involveOrganisation,
  releaseOrganisation,
  removePerson,
  updateTask,
} from './parts';
import { recordAssessment, recordConsent, setChecklistItem, withdrawConsent } from './records';
import {
  ATTACHMENT_MAX_BYTES,
  CASE_PERSON_ROLES,
  CASE_SECTIONS,
  CHECKLIST_STATUSES,
  CONSENT_BASES,
  CONSENT_SCOPES,
  GRANTABLE_SECTIONS,
  REFERRAL_REASONS,
  RISK_LEVELS,
  SERVICE_KINDS,
  SPECIAL_NEEDS,
} from './reference';
import { caseworkerHome, readReminder } from './reminders';
import * as s from './schemas';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { caseCounts, casesExport, listCases } from './case-lists';
import { caseTypes, createCase, getCase, transitionCase, updateCase } from './service';
import { otherOrganisations } from './organisations';
import { referralAndNrmRoutes } from './routes-referrals';

const tags = ['cases'];
const read = { access: { permission: 'cases.read' as const } };
const write = { access: { permission: 'cases.write' as const } };

/** Registers /api/cases/* and subscribes the AVRR departure check to the border's crossings. */
export const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  subscribeToCrossings(confirmDepartureOnExit);

  // ---------- reference, home ----------
  app.get(
    '/api/cases/types',
    {
      config: read,
      schema: { tags, summary: 'Case types (states, transitions, fields) and reference lists' },
    },
    async (request) => ({
      types: caseTypes(request.ctx),
      sections: CASE_SECTIONS,
      grantableSections: GRANTABLE_SECTIONS,
      personRoles: CASE_PERSON_ROLES,
      serviceKinds: SERVICE_KINDS,
      checklistStatuses: CHECKLIST_STATUSES,
      consentScopes: CONSENT_SCOPES,
      consentBases: CONSENT_BASES,
      riskLevels: RISK_LEVELS,
      specialNeeds: SPECIAL_NEEDS,
      referralReasons: REFERRAL_REASONS,
    }),
  );
  app.get(
    '/api/cases/home',
    {
      config: read,
      schema: { tags, summary: 'My cases, tasks due today and overdue, referrals waiting, reminders' },
    },
    async (request) => caseworkerHome(request.ctx),
  );
  app.post(
    '/api/cases/reminders/:id/read',
    { config: read, schema: { tags, summary: 'Mark a reminder read', params: s.idParams } },
    async (request) => readReminder(request.ctx, request.params.id),
  );
  app.get(
    '/api/cases/organisations',
    { config: write, schema: { tags, summary: 'Organisations to refer to or involve' } },
    async (request) => otherOrganisations(request.ctx),
  );

  // ---------- cases ----------
  app.get(
    '/api/cases',
    { config: read, schema: { tags, summary: 'Cases I may see', querystring: s.listQuery } },
    async (request) => listCases(request.ctx, request.query),
  );
  app.get(
    '/api/cases/counts',
    { config: read, schema: { tags, summary: 'Counts of the cases I may see', querystring: s.countsQuery } },
    async (request) => caseCounts(request.ctx, request.query.includeClosed ?? false),
  );
  app.get(
    '/api/cases/export',
    { config: read, schema: { tags, summary: 'The cases of the list I may see as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: s.exportQuery.extend(exportFormatQuery.shape) } },
    async (request, reply) => sendExport(request.ctx, reply, casesExport(request.ctx, request.query), request.query.format),
  );
  app.post(
    '/api/cases',
    { config: write, schema: { tags, summary: 'Open a case', body: s.createBody } },
    async (request, reply) => reply.status(201).send(await createCase(request.ctx, request.body)),
  );
  app.get(
    '/api/cases/:id',
    { config: read, schema: { tags, summary: 'A case (the sections I may see)', params: s.idParams } },
    async (request) => getCase(request.ctx, request.params.id),
  );
  app.patch(
    '/api/cases/:id',
    {
      config: write,
      schema: { tags, summary: 'Change title, team, owner or data', params: s.idParams, body: s.updateBody },
    },
    async (request) => updateCase(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/transitions',
    {
      config: write,
      schema: { tags, summary: 'Move a case to another state', params: s.idParams, body: s.transitionBody },
    },
    async (request) => transitionCase(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/api/cases/:id/persons',
    { config: write, schema: { tags, summary: 'Link a person', params: s.idParams, body: s.personBody } },
    async (request, reply) =>
      reply.status(201).send(await addPerson(request.ctx, request.params.id, request.body)),
  );
  app.delete(
    '/api/cases/:id/persons/:personId',
    { config: write, schema: { tags, summary: 'Unlink a person', params: s.casePersonParams } },
    async (request) => removePerson(request.ctx, request.params.id, request.params.personId),
  );
  app.post(
    '/api/cases/:id/organisations',
    {
      config: write,
      schema: {
        tags,
        summary: 'Involve an organisation (full access)',
        params: s.idParams,
        body: s.organisationBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await involveOrganisation(request.ctx, request.params.id, request.body.organisationId)),
  );
  app.delete(
    '/api/cases/:id/organisations/:organisationId',
    {
      config: write,
      schema: { tags, summary: 'End an organisation’s involvement', params: s.caseOrganisationParams },
    },
    async (request) => releaseOrganisation(request.ctx, request.params.id, request.params.organisationId),
  );

  // ---------- parts ----------
  app.post(
    '/api/cases/:id/tasks',
    { config: write, schema: { tags, summary: 'Add a task', params: s.idParams, body: s.taskBody } },
    async (request, reply) =>
      reply.status(201).send(await addTask(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/api/cases/tasks/:taskId',
    {
      config: write,
      schema: { tags, summary: 'Change a task', params: s.taskParams, body: s.taskUpdateBody },
    },
    async (request) => updateTask(request.ctx, request.params.taskId, request.body),
  );
  app.post(
    '/api/cases/:id/notes',
    { config: write, schema: { tags, summary: 'Add a note', params: s.idParams, body: s.noteBody } },
    async (request, reply) =>
      reply.status(201).send(await addNote(request.ctx, request.params.id, request.body.body)),
  );
  app.post(
    '/api/cases/:id/attachments',
    {
      config: write,
      schema: {
        tags,
        summary: `Attach a file (multipart "file", PDF/JPEG/PNG, ≤ ${ATTACHMENT_MAX_BYTES / 1048576} MB)`,
        params: s.idParams,
      },
    },
    async (request, reply) => {
      let part;
      try {
        part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES } });
      } catch {
        throw invalid('Send the file as multipart/form-data, field "file"', [
          { field: 'file', message: 'Unreadable upload' },
        ]);
      }
      if (!part) {
        throw invalid('Attach the file as the multipart field "file"', [
          { field: 'file', message: 'Missing' },
        ]);
      }
      let data: Buffer;
      try {
        data = await part.toBuffer();
      } catch (error) {
        if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError(
            'payload_too_large',
            413,
            `The file is larger than ${ATTACHMENT_MAX_BYTES / 1048576} MB`,
            [{ field: 'file', message: `At most ${ATTACHMENT_MAX_BYTES / 1048576} MB` }],
          );
        }
        throw error;
      }
      return reply
        .status(201)
        .send(await addAttachment(request.ctx, request.params.id, { name: part.filename, data }));
    },
  );
  app.get(
    '/api/cases/attachments/:attachmentId',
    { config: read, schema: { tags, summary: 'An attachment’s file', params: s.attachmentParams } },
    async (request, reply) => {
      const file = await getAttachment(request.ctx, request.params.attachmentId);
      return reply
        .type(file.contentType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.name)}"`)
        .send(file.data);
    },
  );
  app.post(
    '/api/cases/:id/services',
    {
      config: write,
      schema: { tags, summary: 'Record a service delivered', params: s.idParams, body: s.serviceBody },
    },
    async (request, reply) =>
      reply.status(201).send(await addService(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/cases/:id/consents',
    {
      config: write,
      schema: { tags, summary: 'Record a consent or a legal basis', params: s.idParams, body: s.consentBody },
    },
    async (request, reply) =>
      reply.status(201).send(await recordConsent(request.ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/cases/consents/:consentId/withdraw',
    { config: write, schema: { tags, summary: 'Withdraw a consent', params: s.consentParams } },
    async (request) => withdrawConsent(request.ctx, request.params.consentId),
  );
  app.post(
    '/api/cases/:id/assessments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record the risk and special-needs assessment',
        params: s.idParams,
        body: s.assessmentBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordAssessment(request.ctx, request.params.id, request.body)),
  );
  app.put(
    '/api/cases/:id/checklist/:item',
    {
      config: write,
      schema: {
        tags,
        summary: 'Set a checklist item’s status',
        params: s.checklistParams,
        body: s.checklistBody,
      },
    },
    async (request) => setChecklistItem(request.ctx, request.params.id, request.params.item, request.body),
  );

  await app.register(referralAndNrmRoutes);
};
