/** HTTP of asylum: applications and their steps, deadlines, settings, screening and follow-ups, minors and representatives. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getApplication, listApplications, listDeadlines, lodgeApplication, lodgingSites } from './applications';
import { assignableOrganisations, listFollowUps, updateFollowUp } from './follow-ups';
import { getMinorFile, listMinors, openMinorFile, openTracing, recordAgeAssessment, updateMinorFile, updateTracing } from './minors';
import { personOverview } from './overview';
import { closeApplication, decideApplication, lodgeAppeal, recordAppealOutcome, recordInterview, recordNotification } from './procedure';
import { getQuestionnaire, publishQuestionnaire } from './questionnaire';
import { assignRepresentative, createRepresentative, listRepresentatives, unassignRepresentative, updateRepresentative } from './representatives';
import { exportFormatQuery, sendExport } from '../../platform/export/http';
import { applicationsExport, deadlinesExport, followUpsExport, minorsExport, representativesExport } from './exports';
import * as s from './schemas';
import { getScreening, recordScreening } from './screening';
import { getSettings, updateSettings } from './settings';

const tags = ['asylum'];
const read = { access: { permission: 'reception.read' as const } };
const manage = { access: { permission: 'reception.manage' as const } };
const decide = { access: { permission: 'asylum.decide' as const } };
const base = '/api/asylum';

/** Registers /api/asylum/*. */
export const asylumRoutes: FastifyPluginAsyncZod = async (app) => {
  // ---------- applications ----------
  app.get(`${base}/applications`, { config: read, schema: { tags, summary: 'Asylum applications', querystring: s.applicationQuery } }, async (request) => listApplications(request.ctx, request.query));
  app.post(`${base}/applications`, { config: manage, schema: { tags, summary: 'Lodge an application (one open per person)', body: s.lodgeBody } }, async (request, reply) =>
    reply.status(201).send(await lodgeApplication(request.ctx, request.body)),
  );
  app.get(`${base}/applications/:id`, { config: read, schema: { tags, summary: 'An application with interviews, decision, appeals, deadlines and history', params: s.idParams } }, async (request) =>
    getApplication(request.ctx, request.params.id),
  );
  app.post(`${base}/applications/:id/interviews`, { config: manage, schema: { tags, summary: 'Record an interview', params: s.idParams, body: s.interviewBody } }, async (request, reply) =>
    reply.status(201).send(await recordInterview(request.ctx, request.params.id, request.body)),
  );
  app.post(`${base}/applications/:id/decision`, { config: decide, schema: { tags, summary: 'Record the decision (or a withdrawal)', params: s.idParams, body: s.decisionBody } }, async (request) =>
    decideApplication(request.ctx, request.params.id, request.body),
  );
  app.post(`${base}/applications/:id/notification`, { config: manage, schema: { tags, summary: 'Record when the decision was notified', params: s.idParams, body: s.notificationBody } }, async (request) =>
    recordNotification(request.ctx, request.params.id, request.body),
  );
  app.post(`${base}/applications/:id/appeals`, { config: manage, schema: { tags, summary: 'Lodge an appeal', params: s.idParams, body: s.appealBody } }, async (request, reply) =>
    reply.status(201).send(await lodgeAppeal(request.ctx, request.params.id, request.body)),
  );
  app.post(`${base}/applications/:id/appeal-outcome`, { config: decide, schema: { tags, summary: 'Record the outcome of the pending appeal', params: s.idParams, body: s.appealOutcomeBody } }, async (request) =>
    recordAppealOutcome(request.ctx, request.params.id, request.body),
  );
  app.post(`${base}/applications/:id/closure`, { config: manage, schema: { tags, summary: 'Close a rejection that became final', params: s.idParams, body: s.closureBody } }, async (request) =>
    closeApplication(request.ctx, request.params.id, request.body),
  );
  app.get(`${base}/applications/export`, { config: read, schema: { tags, summary: 'Applications of the filter as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: s.applicationQuery.omit({ limit: true, offset: true }).extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, applicationsExport(request.ctx, request.query), request.query.format),
  );
  app.get(`${base}/follow-ups/export`, { config: read, schema: { tags, summary: 'Follow-ups of the filter as CSV or XLSX (streamed)', querystring: s.followUpQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, followUpsExport(request.ctx, { status: request.query.status, overdue: request.query.overdue === 'true' }), request.query.format),
  );
  app.get(`${base}/minors/export`, { config: read, schema: { tags, summary: 'Minors’ files of a view as CSV or XLSX (streamed)', querystring: s.minorsQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, minorsExport(request.ctx, request.query.view), request.query.format),
  );
  app.get(`${base}/deadlines/export`, { config: read, schema: { tags, summary: 'Deadlines due soon or overdue as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: s.deadlineQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, deadlinesExport(request.ctx, request.query.state), request.query.format),
  );
  app.get(`${base}/deadlines`, { config: read, schema: { tags, summary: 'Decision and appeal deadlines due soon or overdue', querystring: s.deadlineQuery } }, async (request) => listDeadlines(request.ctx, request.query.state));
  app.get(`${base}/sites`, { config: read, schema: { tags, summary: 'Sites where an application can be lodged' } }, async (request) => lodgingSites(request.ctx));
  app.get(`${base}/settings`, { config: read, schema: { tags, summary: 'The national rules (deadlines, status after a final rejection)' } }, async (request) => getSettings(request.ctx));
  app.put(`${base}/settings`, { config: decide, schema: { tags, summary: 'Change the national rules', body: s.settingsBody } }, async (request) => updateSettings(request.ctx, request.body));
  app.get(`${base}/persons/:personId`, { config: read, schema: { tags, summary: 'A person’s asylum overview', params: s.personParams } }, async (request) => personOverview(request.ctx, request.params.personId));

  // ---------- screening and follow-ups ----------
  app.get(`${base}/questionnaire`, { config: read, schema: { tags, summary: 'The vulnerability questionnaire (latest or a version)', querystring: s.questionnaireQuery } }, async (request) =>
    getQuestionnaire(request.ctx, request.query.version),
  );
  app.post(`${base}/questionnaire`, { config: decide, schema: { tags, summary: 'Publish the next questionnaire version', body: s.questionnaireBody } }, async (request, reply) =>
    reply.status(201).send(await publishQuestionnaire(request.ctx, request.body.questions)),
  );
  app.post(`${base}/screenings`, { config: manage, schema: { tags, summary: 'Record a vulnerability screening', body: s.screeningBody } }, async (request, reply) => reply.status(201).send(await recordScreening(request.ctx, request.body)));
  app.get(`${base}/screenings/:id`, { config: read, schema: { tags, summary: 'A screening with its answers', params: s.idParams } }, async (request) => getScreening(request.ctx, request.params.id));
  app.get(`${base}/follow-ups`, { config: read, schema: { tags, summary: 'Follow-up tasks from screenings', querystring: s.followUpQuery } }, async (request) =>
    listFollowUps(request.ctx, { status: request.query.status, overdue: request.query.overdue === 'true' }),
  );
  app.patch(`${base}/follow-ups/:id`, { config: manage, schema: { tags, summary: 'Reassign, reschedule or complete a follow-up', params: s.idParams, body: s.followUpPatch } }, async (request) =>
    updateFollowUp(request.ctx, request.params.id, request.body),
  );
  app.get(`${base}/organisations`, { config: read, schema: { tags, summary: 'Organisations to assign follow-ups to' } }, async (request) => assignableOrganisations(request.ctx));

  // ---------- minors and representatives ----------
  app.get(`${base}/minors`, { config: read, schema: { tags, summary: 'Minors’ files (all, unaccompanied, without a representative)', querystring: s.minorsQuery } }, async (request) => listMinors(request.ctx, request.query.view));
  app.post(`${base}/minors`, { config: manage, schema: { tags, summary: 'Open a minor’s file', body: s.minorBody } }, async (request, reply) => reply.status(201).send(await openMinorFile(request.ctx, request.body)));
  app.get(`${base}/minors/:personId`, { config: read, schema: { tags, summary: 'A minor’s file', params: s.personParams } }, async (request) => getMinorFile(request.ctx, request.params.personId));
  app.patch(`${base}/minors/:personId`, { config: manage, schema: { tags, summary: 'Set the unaccompanied flag or the note', params: s.personParams, body: s.minorPatch } }, async (request) =>
    updateMinorFile(request.ctx, request.params.personId, request.body),
  );
  app.post(`${base}/minors/:personId/representative`, { config: manage, schema: { tags, summary: 'Assign a legal representative', params: s.personParams, body: s.assignBody } }, async (request) =>
    assignRepresentative(request.ctx, request.params.personId, request.body),
  );
  app.delete(`${base}/minors/:personId/representative`, { config: manage, schema: { tags, summary: 'End the current representative’s assignment', params: s.personParams } }, async (request) =>
    unassignRepresentative(request.ctx, request.params.personId),
  );
  app.post(`${base}/minors/:personId/age-assessments`, { config: manage, schema: { tags, summary: 'Record an age assessment', params: s.personParams, body: s.assessmentBody } }, async (request, reply) =>
    reply.status(201).send(await recordAgeAssessment(request.ctx, request.params.personId, request.body)),
  );
  app.post(`${base}/minors/:personId/family-tracing`, { config: manage, schema: { tags, summary: 'Open a family-tracing record', params: s.personParams, body: s.tracingBody } }, async (request, reply) =>
    reply.status(201).send(await openTracing(request.ctx, request.params.personId, request.body)),
  );
  app.patch(`${base}/family-tracing/:id`, { config: manage, schema: { tags, summary: 'Change a family-tracing record', params: s.idParams, body: s.tracingPatch } }, async (request) =>
    updateTracing(request.ctx, request.params.id, request.body),
  );
  app.get(`${base}/representatives`, { config: read, schema: { tags, summary: 'Legal representatives with their caseload', querystring: s.representativeQuery } }, async (request) =>
    listRepresentatives(request.ctx, request.query.active === 'true'),
  );
  app.get(`${base}/representatives/export`, { config: read, schema: { tags, summary: 'The register of legal representatives as CSV or XLSX (streamed; X-Export-Rows announces the rows)', querystring: s.representativeQuery.extend(exportFormatQuery.shape) } }, async (request, reply) =>
    sendExport(request.ctx, reply, representativesExport(request.ctx, { activeOnly: request.query.active === 'true' }), request.query.format),
  );
  app.post(`${base}/representatives`, { config: manage, schema: { tags, summary: 'Add a trained legal representative', body: s.representativeBody } }, async (request, reply) =>
    reply.status(201).send(await createRepresentative(request.ctx, request.body)),
  );
  app.patch(`${base}/representatives/:id`, { config: manage, schema: { tags, summary: 'Change a legal representative', params: s.idParams, body: s.representativeBody.partial() } }, async (request) =>
    updateRepresentative(request.ctx, request.params.id, request.body),
  );
};
