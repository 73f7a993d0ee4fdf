/** Reference lists of case management: sections, roles of persons, statuses, service kinds, indicators. */

/** The parts of a case; a referral grants some of them to the receiving organisation. */
export const CASE_SECTIONS = [
  'summary',
  'details',
  'persons',
  'tasks',
  'notes',
  'assessments',
  'services',
  'attachments',
  'consents',
  'checklist',
  'referrals',
  'history',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

/** Sections a referral can grant (referrals and history stay with the organisations working the case). */
export const GRANTABLE_SECTIONS = [
  'summary',
  'details',
  'persons',
  'tasks',
  'notes',
  'assessments',
  'services',
  'attachments',
  'consents',
  'checklist',
] as const satisfies readonly CaseSection[];

export const CASE_PERSON_ROLES = [
  'principal',
  'victim',
  'family-member',
  'child',
  'guardian',
  'sponsor',
  'other',
] as const;
export type CasePersonRole = (typeof CASE_PERSON_ROLES)[number];

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const CHECKLIST_STATUSES = ['pending', 'in-progress', 'done', 'not-needed'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const SERVICE_KINDS = [
  'legal',
  'social',
  'psychological',
  'medical',
  'shelter',
  'education',
  'mobile-team-visit',
  'counselling',
  'in-kind-assistance',
  'cash-assistance',
  'follow-up-visit',
  'interpretation',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const CONSENT_SCOPES = ['referral', 'data-sharing', 'interview'] as const;
export const CONSENT_BASES = ['consent', 'legal-basis'] as const;
export type ConsentBasis = (typeof CONSENT_BASES)[number];

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;

/** Special needs recorded by the standardised risk and special-needs assessment. */
export const SPECIAL_NEEDS = [
  'medical-care',
  'mental-health-support',
  'safe-accommodation',
  'child-protection',
  'disability-support',
  'pregnancy',
  'substance-dependence',
  'legal-assistance',
  'interpretation',
  'protection-from-traffickers',
] as const;

export const REFERRAL_KINDS = ['referral', 'transfer'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];
export const REFERRAL_STATUSES = ['pending', 'accepted', 'rejected', 'completed', 'revoked'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** HTCDS `cas_ReasonForOutgoingReferral` value names. */
export const REFERRAL_REASONS = [
  'AdditionalServicesRequired',
  'MigrationOrChangeOfLocation',
  'Other',
] as const;

/** Indicators of trafficking a first-line professional checks (after the IOM/UNODC indicator lists). */
export const TRAFFICKING_INDICATORS = [
  'documents-withheld',
  'debt-bondage',
  'restricted-movement',
  'threats-to-person-or-family',
  'physical-or-sexual-abuse',
  'deceived-about-work',
  'excessive-working-hours',
  'little-or-no-pay',
  'isolation-or-unaware-of-location',
  'controlled-by-others',
  'fear-of-authorities',
  'minor-without-guardian',
  'signs-of-recruitment-online',
] as const;

/** The time zone in which "today" is counted for tasks (the country's). */
export const CASES_TIME_ZONE = 'Europe/Bucharest';

/** Attachments: at most this many bytes, of these types (checked from the file's content). */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
