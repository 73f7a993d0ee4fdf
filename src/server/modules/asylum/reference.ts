/** Reference lists of asylum: statuses and outcomes, screening categories and their labels, minors' records. */
import type { SensitivityLabel } from '../../platform/access/permissions';
import type { LegalStatus } from '../people/reference';

export const APPLICATION_STATUSES = ['lodged', 'interviewed', 'granted-refugee', 'granted-subsidiary', 'rejected', 'withdrawn', 'appealed', 'closed'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses in which the procedure is still running: a person may have one such application at a time. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['lodged', 'interviewed', 'rejected', 'appealed'];

export const DECISION_OUTCOMES = ['granted-refugee', 'granted-subsidiary', 'rejected', 'withdrawn'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const APPEAL_OUTCOMES = ['granted-refugee', 'granted-subsidiary', 'remitted', 'dismissed', 'withdrawn'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** The vulnerable persons of the Reception Conditions Directive (2013/33/EU, art. 21). */
export const VULNERABILITY_CATEGORIES = [
  'minor',
  'unaccompanied-minor',
  'disabled',
  'elderly',
  'pregnant',
  'single-parent',
  'trafficking',
  'serious-illness',
  'mental-disorder',
  'torture-violence',
] as const;
export type VulnerabilityCategory = (typeof VULNERABILITY_CATEGORIES)[number];

/** The labels a flagged category puts on the result: health and trafficking results are restricted. */
export const CATEGORY_LABELS: Record<VulnerabilityCategory, SensitivityLabel[]> = {
  minor: ['minor'],
  'unaccompanied-minor': ['minor'],
  disabled: ['health'],
  elderly: [],
  pregnant: ['health'],
  'single-parent': [],
  trafficking: ['trafficking'],
  'serious-illness': ['health'],
  'mental-disorder': ['health'],
  'torture-violence': ['health'],
};

/** The labels of a set of categories, sorted and without repeats. */
export function labelsOf(categories: readonly VulnerabilityCategory[]): SensitivityLabel[] {
  return [...new Set(categories.flatMap((c) => CATEGORY_LABELS[c]))].sort();
}

export const AGE_ASSESSMENT_METHODS = ['document', 'interview', 'medical', 'dental-xray', 'bone-xray', 'psychosocial', 'other'] as const;
export type AgeAssessmentMethod = (typeof AGE_ASSESSMENT_METHODS)[number];

export const TRACING_STATUSES = ['open', 'in-progress', 'located', 'reunited', 'closed'] as const;
export type TracingStatus = (typeof TRACING_STATUSES)[number];

export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The national rules; stored in `asylum_settings`, these are the defaults. */
export interface AsylumSettings {
  decisionDueMonths: number;
  appealDeadlineDays: number;
  dueSoonDays: number;
  followUpDueDays: number;
  statusAfterFinalRejection: LegalStatus;
}

export const DEFAULT_SETTINGS: AsylumSettings = {
  // Asylum Procedures Directive 2013/32/EU art. 31(3): six months from lodging.
  decisionDueMonths: 6,
  // Romania's ordinary procedure: 10 days from the notification of the decision.
  appealDeadlineDays: 10,
  dueSoonDays: 14,
  followUpDueDays: 7,
  statusAfterFinalRejection: 'irregular',
};

/** The calendar the asylum authority counts its days in. */
export const ASYLUM_TIME_ZONE = 'Europe/Bucharest';
