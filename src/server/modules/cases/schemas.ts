/** Zod schemas of the cases API. */
import { z } from 'zod';
import { CASE_TYPES } from './definitions';
import {
  CASE_PERSON_ROLES,
  CHECKLIST_STATUSES,
  CONSENT_BASES,
  CONSENT_SCOPES,
  GRANTABLE_SECTIONS,
  REFERRAL_KINDS,
  REFERRAL_REASONS,
  REFERRAL_STATUSES,
  RISK_LEVELS,
  SERVICE_KINDS,
  SPECIAL_NEEDS,
  TASK_STATUSES,
  TRAFFICKING_INDICATORS,
} from './reference';

const isoDate = z.iso.date();
const instant = z.iso.datetime({ offset: true });
const data = z.record(z.string(), z.unknown());
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const idParams = z.object({ id: z.uuid() });
export const casePersonParams = z.object({ id: z.uuid(), personId: z.uuid() });
export const caseOrganisationParams = z.object({ id: z.uuid(), organisationId: z.uuid() });
export const checklistParams = z.object({ id: z.uuid(), item: z.string().min(1).max(60) });
export const taskParams = z.object({ taskId: z.uuid() });
export const attachmentParams = z.object({ attachmentId: z.uuid() });
export const consentParams = z.object({ consentId: z.uuid() });
export const referralParams = z.object({ referralId: z.uuid() });

export const listQuery = z.object({
  type: z.enum(CASE_TYPES).optional(),
  state: z.string().max(40).optional(),
  q: z.string().trim().max(100).optional(),
  mine: booleanQuery.optional(),
  personId: z.uuid().optional(),
  includeClosed: booleanQuery.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const exportQuery = listQuery.omit({ page: true, pageSize: true });
export const countsQuery = z.object({ includeClosed: booleanQuery.optional() });
export const periodQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

const personLink = z.object({
  personId: z.uuid(),
  role: z.enum(CASE_PERSON_ROLES),
  relation: z.string().trim().max(100).nullish(),
});

export const createBody = z.object({
  type: z.enum(CASE_TYPES),
  title: z.string().trim().min(3).max(200),
  persons: z.array(personLink).min(1).max(50),
  data: data.optional(),
  assignedTeam: z.string().trim().max(100).nullish(),
});
export const updateBody = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(3).max(200).optional(),
  assignedTeam: z.string().trim().max(100).nullable().optional(),
  ownerUserId: z.uuid().nullable().optional(),
  data: data.optional(),
});
export const transitionBody = z.object({
  to: z.string().min(1).max(40),
  reason: z.string().trim().max(2000).nullish(),
  data: data.optional(),
  version: z.number().int().min(1).optional(),
});
export const personBody = personLink;
export const organisationBody = z.object({ organisationId: z.uuid() });
export const taskBody = z.object({
  title: z.string().trim().min(3).max(200),
  dueAt: instant,
  remindAt: instant.nullish(),
  assigneeUserId: z.uuid().nullish(),
});
export const taskUpdateBody = z.object({
  status: z.enum(TASK_STATUSES).optional(),
  dueAt: instant.optional(),
  remindAt: instant.nullable().optional(),
  assigneeUserId: z.uuid().nullable().optional(),
});
export const noteBody = z.object({ body: z.string().trim().min(1).max(10_000) });
export const serviceBody = z.object({
  kind: z.enum(SERVICE_KINDS),
  description: z.string().trim().max(2000).optional(),
  deliveredOn: isoDate,
  personId: z.uuid().nullish(),
  location: z.string().trim().max(200).nullish(),
  amount: z.number().min(0).max(1_000_000).nullish(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. EUR')
    .nullish(),
  providerOrganisationId: z.uuid().nullish(),
});
export const consentBody = z.object({
  personId: z.uuid(),
  scope: z.enum(CONSENT_SCOPES),
  basis: z.enum(CONSENT_BASES),
  legalBasis: z.string().trim().max(500).nullish(),
  givenBy: z.string().trim().max(200).nullish(),
  recordedOn: isoDate,
});
export const assessmentBody = z.object({
  kind: z.literal('risk-needs').default('risk-needs'),
  individualRisk: z.enum(RISK_LEVELS),
  householdRisk: z.enum(RISK_LEVELS),
  communityRisk: z.enum(RISK_LEVELS),
  specialNeeds: z.array(z.enum(SPECIAL_NEEDS)).max(SPECIAL_NEEDS.length).default([]),
  answers: data.optional(),
  notes: z.string().trim().max(5000).optional(),
});
export const checklistBody = z.object({
  status: z.enum(CHECKLIST_STATUSES),
  note: z.string().trim().max(500).nullish(),
});
export const referralBody = z.object({
  toOrganisationId: z.uuid(),
  kind: z.enum(REFERRAL_KINDS).default('referral'),
  sections: z.array(z.enum(GRANTABLE_SECTIONS)).max(GRANTABLE_SECTIONS.length).default(['summary']),
  reason: z.enum(REFERRAL_REASONS),
  details: z.string().trim().max(2000).optional(),
  consentId: z.uuid(),
});
export const referralQuery = z.object({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
});
export const responseBody = z.object({ note: z.string().trim().max(2000).nullish() });
export const signalBody = z.object({
  personId: z.uuid(),
  indicators: z.array(z.enum(TRAFFICKING_INDICATORS)).min(1).max(TRAFFICKING_INDICATORS.length),
  note: z.string().trim().max(2000).optional(),
  location: z.string().trim().max(200).nullish(),
  observedOn: isoDate.nullish(),
  agencyOrganisationId: z.uuid().nullish(),
});
