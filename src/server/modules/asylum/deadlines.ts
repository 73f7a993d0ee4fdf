/** Pure date rules of asylum: deadlines of an application, and a minor's age from an assessment or the date of birth. */
import { ageOn } from '../../../common/dates/partial-date';
import { ADULT_AGE } from '../people/reference';
import type { ApplicationStatus } from './reference';

const DAY_MS = 86_400_000;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** `day` plus `days` calendar days (negative goes back). */
export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `day` plus `months` calendar months; a day the target month lacks becomes its last day (31 Aug + 6 = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

export type DeadlineKind = 'decision' | 'appeal';
export type DeadlineState = 'ok' | 'due' | 'overdue';

export interface Deadline {
  kind: DeadlineKind;
  dueOn: string;
  daysLeft: number;
  state: DeadlineState;
}

/** A deadline as seen on `today`: overdue once past, due within `dueSoonDays`, else ok. Its own day is still on time. */
export function deadlineOn(kind: DeadlineKind, dueOn: string, today: string, dueSoonDays: number): Deadline {
  const daysLeft = daysBetween(today, dueOn);
  const state: DeadlineState = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due' : 'ok';
  return { kind, dueOn, daysLeft, state };
}

/** The deadlines an application in its status runs against. */
export function applicationDeadlines(
  application: { status: ApplicationStatus; decisionDueOn: string; appealDueOn: string | null },
  today: string,
  dueSoonDays: number,
): Deadline[] {
  switch (application.status) {
    case 'lodged':
    case 'interviewed':
      return [deadlineOn('decision', application.decisionDueOn, today, dueSoonDays)];
    case 'rejected':
      return application.appealDueOn ? [deadlineOn('appeal', application.appealDueOn, today, dueSoonDays)] : [];
    case 'granted-subsidiary': {
      // Only while an appeal for refugee status is still possible; afterwards there is nothing to do.
      if (!application.appealDueOn) {
        return [];
      }
      const deadline = deadlineOn('appeal', application.appealDueOn, today, dueSoonDays);
      return deadline.state === 'overdue' ? [] : [deadline];
    }
    case 'granted-refugee':
    case 'withdrawn':
    case 'appealed':
    case 'closed':
      return [];
  }
}

/** An age assessment's result: a whole age on the day assessed, or an assessed date of birth. */
export interface AssessmentResult {
  assessedOn: string;
  resultAge: number | null;
  resultDateOfBirth: string | null;
}

/** Age today from an assessment: from its date of birth, or its age plus the whole years since it was made. */
export function assessedAgeOn(assessment: AssessmentResult, today: string): number {
  if (assessment.resultDateOfBirth) {
    return ageOn(assessment.resultDateOfBirth, today);
  }
  return (assessment.resultAge ?? 0) + Math.max(0, ageOn(assessment.assessedOn, today));
}

export interface DerivedAge {
  age: { min: number; max: number } | null;
  ageSource: 'assessment' | 'date-of-birth' | null;
  /** Under 18 even at the oldest age possible. */
  minor: boolean;
}

/** A person's age for child protection: the latest assessment if any, else the registry's date of birth. */
export function deriveAge(latestAssessment: AssessmentResult | null, registryAge: { min: number; max: number } | null, today: string): DerivedAge {
  if (latestAssessment) {
    const years = assessedAgeOn(latestAssessment, today);
    return { age: { min: years, max: years }, ageSource: 'assessment', minor: years < ADULT_AGE };
  }
  if (registryAge) {
    return { age: registryAge, ageSource: 'date-of-birth', minor: registryAge.max < ADULT_AGE };
  }
  return { age: null, ageSource: null, minor: false };
}

/** Unaccompanied: the clerk's flag when set, else a minor with no adult family link. */
export function isUnaccompanied(manualFlag: boolean | null, minor: boolean, hasAdultFamilyLink: boolean): boolean {
  return manualFlag ?? (minor && !hasAdultFamilyLink);
}
