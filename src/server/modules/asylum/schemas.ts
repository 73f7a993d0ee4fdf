/** Zod schemas of the asylum API: one definition for validation, types and the OpenAPI page. */
import { z } from 'zod';
import { LEGAL_STATUSES } from '../people/reference';
import { languageCode } from '../people/schemas';
import { AGE_ASSESSMENT_METHODS, APPEAL_OUTCOMES, APPLICATION_STATUSES, DECISION_OUTCOMES, FOLLOW_UP_STATUSES, TRACING_STATUSES, VULNERABILITY_CATEGORIES } from './reference';

const isoDate = z.iso.date();
const note = z.string().trim().max(5000).nullish();
const shortText = z.string().trim().min(1).max(300);

export const idParams = z.object({ id: z.uuid() });
export const personParams = z.object({ personId: z.uuid() });

export const applicationQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
  personId: z.uuid().optional(),
  q: z.string().trim().max(30).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const lodgeBody = z.object({ personId: z.uuid(), lodgedOn: isoDate, siteId: z.uuid(), note });
export const interviewBody = z.object({ heldOn: isoDate, interviewer: shortText, interpreterLanguage: languageCode.nullish(), notes: z.string().trim().max(20_000).nullish() });
export const decisionBody = z.object({ outcome: z.enum(DECISION_OUTCOMES), decidedOn: isoDate, notifiedOn: isoDate.nullish(), note });
export const notificationBody = z.object({ notifiedOn: isoDate });
export const appealBody = z.object({ lodgedOn: isoDate, court: z.string().trim().max(300).nullish(), note });
export const appealOutcomeBody = z.object({ outcome: z.enum(APPEAL_OUTCOMES), decidedOn: isoDate, note });
export const closureBody = z.object({ closedOn: isoDate, note });
export const deadlineQuery = z.object({ state: z.enum(['due', 'overdue']).optional() });
export const settingsBody = z.object({
  decisionDueMonths: z.number().int().min(1).max(36),
  appealDeadlineDays: z.number().int().min(1).max(90),
  dueSoonDays: z.number().int().min(0).max(90),
  followUpDueDays: z.number().int().min(1).max(90),
  statusAfterFinalRejection: z.enum(LEGAL_STATUSES),
});

export const questionnaireQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const questionnaireBody = z.object({
  questions: z
    .array(
      z.object({
        code: z
          .string()
          .trim()
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and hyphens')
          .max(60),
        category: z.enum(VULNERABILITY_CATEGORIES),
        text: z.string().trim().min(5).max(1000),
      }),
    )
    .min(1)
    .max(200),
});
export const screeningBody = z.object({
  personId: z.uuid(),
  version: z.number().int().min(1),
  screenedOn: isoDate,
  answers: z.record(z.string().max(60), z.boolean()),
  note,
});
export const followUpQuery = z.object({ status: z.enum(FOLLOW_UP_STATUSES).default('open'), overdue: z.enum(['true', 'false']).optional() });
export const followUpPatch = z.object({
  assigneeOrganisationId: z.uuid().nullish(),
  assigneeTeam: z.string().trim().max(200).nullish(),
  dueOn: isoDate.optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  outcome: note,
});

export const minorsQuery = z.object({ view: z.enum(['all', 'unaccompanied', 'without-representative']).default('all') });
export const minorBody = z.object({ personId: z.uuid(), unaccompanied: z.boolean().nullish(), note });
export const minorPatch = z.object({ unaccompanied: z.boolean().nullish(), note });
export const assignBody = z.object({ representativeId: z.uuid(), fromOn: isoDate.optional(), note });
export const assessmentBody = z.object({
  method: z.enum(AGE_ASSESSMENT_METHODS),
  assessedOn: isoDate,
  assessedBy: shortText,
  resultAge: z.number().int().min(0).max(80).nullish(),
  resultDateOfBirth: isoDate.nullish(),
  note,
});
export const tracingBody = z.object({ openedOn: isoDate, status: z.enum(TRACING_STATUSES), contacts: z.string().trim().max(5000).default(''), outcome: note });
export const tracingPatch = z.object({ status: z.enum(TRACING_STATUSES).optional(), contacts: z.string().trim().max(5000).optional(), outcome: note });
export const representativeQuery = z.object({ active: z.enum(['true', 'false']).optional() });
export const representativeBody = z.object({ name: shortText, organisation: shortText, contact: shortText, trainedOn: isoDate, active: z.boolean().optional() });
