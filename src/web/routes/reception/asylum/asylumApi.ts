/** Shapes and queries of asylum applications, screenings, follow-ups, minors and representatives (/api/asylum). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryString } from '../../../api';
import type { PersonSummary } from '../../people/peopleApi';

export const APPLICATION_STATUSES = [
  'lodged',
  'interviewed',
  'granted-refugee',
  'granted-subsidiary',
  'rejected',
  'withdrawn',
  'appealed',
  'closed',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISION_OUTCOMES = ['granted-refugee', 'granted-subsidiary', 'rejected', 'withdrawn'] as const;
export const APPEAL_OUTCOMES = ['granted-refugee', 'granted-subsidiary', 'remitted', 'dismissed', 'withdrawn'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export type DeadlineState = 'ok' | 'due' | 'overdue';

export interface Deadline {
  kind: 'decision' | 'appeal';
  dueOn: string;
  daysLeft: number;
  state: DeadlineState;
}

export interface ApplicationSummary {
  id: string;
  number: string;
  person: PersonSummary;
  status: ApplicationStatus;
  lodgedOn: string;
  site: { id: string; name: string };
  decisionOutcome: string | null;
  decidedOn: string | null;
  deadline: Deadline | null;
}

export interface Application extends ApplicationSummary {
  note: string | null;
  decisionDueOn: string | null;
  notifiedOn: string | null;
  appealDueOn: string | null;
  closedOn: string | null;
  decision: { outcome: string; decidedOn: string; decidedBy: { id: string; name: string }; note: string | null } | null;
  interviews: {
    id: string;
    heldOn: string;
    interviewer: string;
    interpreterLanguage: string | null;
    interpreterLanguageName: string | null;
    notes: string | null;
    recordedBy: { id: string; name: string };
  }[];
  appeals: {
    id: string;
    lodgedOn: string;
    court: string | null;
    note: string | null;
    appealedFrom: string;
    outcome: string | null;
    outcomeOn: string | null;
  }[];
  deadlines: Deadline[];
  history: { at: string; action: string; fromStatus: string | null; toStatus: string | null; by: string; detail: Record<string, unknown> | null }[];
  can: {
    interview: boolean;
    decide: boolean;
    withdraw: boolean;
    notify: boolean;
    appeal: boolean;
    appealOutcome: boolean;
    close: boolean;
  };
}

export interface DeadlineRow {
  applicationId: string;
  number: string;
  person: PersonSummary;
  status: ApplicationStatus;
  kind: 'decision' | 'appeal';
  dueOn: string;
  daysLeft: number;
  state: DeadlineState;
}

export interface Questionnaire {
  version: number;
  createdAt: string;
  categories: { code: string; labels: string[] }[];
  questions: { code: string; category: string; text: string }[];
}

export interface ScreeningSummary {
  id: string;
  screenedOn: string;
  version: number;
  flagged: string[];
}

export interface FollowUp {
  id: string;
  person: PersonSummary;
  screeningId: string;
  category: string;
  labels: string[];
  dueOn: string;
  overdue: boolean;
  status: 'open' | 'done';
  assigneeOrganisation: { id: string; name: string } | null;
  assigneeTeam: string | null;
  outcome: string | null;
  doneOn: string | null;
  createdAt: string;
  can: { edit: boolean };
}

export interface Screening extends ScreeningSummary {
  person: PersonSummary;
  answers: Record<string, boolean>;
  note: string | null;
  labels: string[];
  screenedBy: { id: string; name: string };
  followUps: FollowUp[];
}

export type ScreeningResult = Screening | { id: string; restricted: true; flagged: string[] };

export const MINOR_VIEWS = ['all', 'unaccompanied', 'without-representative'] as const;
export type MinorView = (typeof MINOR_VIEWS)[number];

export interface MinorSummary {
  personId: string;
  person: PersonSummary;
  age: { min: number; max: number } | null;
  ageSource: 'assessment' | 'date-of-birth' | null;
  minor: boolean;
  hasAdultFamilyLink: boolean;
  manualFlag: boolean | null;
  unaccompanied: boolean;
  representative: { id: string; name: string; organisation: string; fromOn: string } | null;
}

export const ASSESSMENT_METHODS = [
  'document',
  'interview',
  'medical',
  'dental-xray',
  'bone-xray',
  'psychosocial',
  'other',
] as const;
export const TRACING_STATUSES = ['open', 'in-progress', 'located', 'reunited', 'closed'] as const;
export type TracingStatus = (typeof TRACING_STATUSES)[number];

export interface MinorFile extends MinorSummary {
  note: string | null;
  openedOn: string;
  assessments: {
    id: string;
    method: string;
    assessedOn: string;
    assessedBy: string;
    resultAge: number | null;
    resultDateOfBirth: string | null;
    note: string | null;
  }[];
  tracing: { id: string; openedOn: string; status: TracingStatus; contacts: string; outcome: string | null; updatedAt: string }[];
  representatives: { id: string; representativeId: string; name: string; organisation: string; fromOn: string; toOn: string | null }[];
  can: { edit: boolean };
}

export interface Representative {
  id: string;
  name: string;
  organisation: string;
  contact: string;
  trainedOn: string;
  active: boolean;
  caseload: number;
}

export interface PersonAsylum {
  person: PersonSummary;
  applications: ApplicationSummary[];
  screenings: ScreeningSummary[];
  vulnerabilities: { category: string; screeningId: string; screenedOn: string }[];
  minorFile: MinorFile | null;
  followUps: FollowUp[];
  can: { lodge: boolean; screen: boolean; openMinorFile: boolean };
}

export function applicationsQuery(filter: { status?: string; q?: string; offset?: number }) {
  return queryOptions({
    queryKey: ['asylum', 'applications', filter],
    queryFn: () =>
      api.get<{ applications: ApplicationSummary[]; total: number; can: { lodge: boolean } }>(
        `/api/asylum/applications${queryString({ ...filter, limit: 50 })}`,
      ),
  });
}

export function applicationQuery(id: string) {
  return queryOptions({
    queryKey: ['asylum', 'applications', 'one', id],
    queryFn: () => api.get<Application>(`/api/asylum/applications/${id}`),
  });
}

export const deadlinesQuery = queryOptions({
  queryKey: ['asylum', 'deadlines'],
  queryFn: () => api.get<{ deadlines: DeadlineRow[] }>('/api/asylum/deadlines'),
});

export const lodgingSitesQuery = queryOptions({
  queryKey: ['asylum', 'sites'],
  queryFn: () => api.get<{ sites: { id: string; name: string; type: string }[] }>('/api/asylum/sites'),
  staleTime: 300_000,
});

/** The questionnaire of `version`, or the latest. */
export function questionnaireQuery(version?: number) {
  return queryOptions({
    queryKey: ['asylum', 'questionnaire', version ?? 'latest'],
    queryFn: () => api.get<Questionnaire>(`/api/asylum/questionnaire${queryString({ version })}`),
    staleTime: 300_000,
  });
}

export function screeningQuery(id: string) {
  return queryOptions({
    queryKey: ['asylum', 'screenings', id],
    queryFn: () => api.get<Screening>(`/api/asylum/screenings/${id}`),
  });
}

export function followUpsQuery(status: 'open' | 'done', overdue: boolean) {
  return queryOptions({
    queryKey: ['asylum', 'follow-ups', status, overdue],
    queryFn: () =>
      api.get<{ followUps: FollowUp[] }>(
        `/api/asylum/follow-ups${queryString({ status, overdue: overdue ? 'true' : undefined })}`,
      ),
  });
}

export const followUpOrganisationsQuery = queryOptions({
  queryKey: ['asylum', 'organisations'],
  queryFn: () => api.get<{ organisations: { id: string; name: string }[] }>('/api/asylum/organisations'),
  staleTime: 300_000,
});

export function minorsQuery(view: MinorView) {
  return queryOptions({
    queryKey: ['asylum', 'minors', 'list', view],
    queryFn: () => api.get<{ minors: MinorSummary[] }>(`/api/asylum/minors${queryString({ view })}`),
  });
}

export function minorQuery(personId: string) {
  return queryOptions({
    queryKey: ['asylum', 'minors', 'one', personId],
    queryFn: () => api.get<MinorFile>(`/api/asylum/minors/${personId}`),
  });
}

export function representativesQuery(activeOnly: boolean) {
  return queryOptions({
    queryKey: ['asylum', 'representatives', activeOnly],
    queryFn: () =>
      api.get<{ representatives: Representative[] }>(
        `/api/asylum/representatives${queryString({ active: activeOnly ? 'true' : undefined })}`,
      ),
  });
}

export function personAsylumQuery(personId: string) {
  return queryOptions({
    queryKey: ['asylum', 'persons', personId],
    queryFn: () => api.get<PersonAsylum>(`/api/asylum/persons/${personId}`),
  });
}

/** A write under /api/asylum that refreshes every asylum list and page afterwards. */
export function useAsylumWrite<TBody, TResult>(send: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['asylum'] }),
  });
}
