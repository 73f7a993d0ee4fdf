/** Shapes and queries of /api/cases/* (see src/server/modules/cases/README.md). */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';
import type { CaseType, FieldDefinition, Requirement } from '../../../server/modules/cases/definitions';
import type {
  CaseSection,
  ChecklistStatus,
  ReferralKind,
  ReferralStatus,
  ServiceKind,
  TaskStatus,
} from '../../../server/modules/cases/reference';

// The server's own lists (a plain constant module), imported so the two cannot drift apart.
export {
  CASE_PERSON_ROLES,
  CASE_SECTIONS,
  CHECKLIST_STATUSES,
  CONSENT_BASES,
  CONSENT_SCOPES,
  GRANTABLE_SECTIONS,
  REFERRAL_KINDS,
  REFERRAL_REASONS,
  RISK_LEVELS,
  SERVICE_KINDS,
  SPECIAL_NEEDS,
  TRAFFICKING_INDICATORS,
  CASES_TIME_ZONE,
  ATTACHMENT_TYPES,
  type CaseSection,
  type ChecklistStatus,
  type ServiceKind,
} from '../../../server/modules/cases/reference';
export type { CaseType, FieldDefinition, Requirement };

export const CASE_TYPE_CODES = ['protection', 'trafficking', 'avrr', 'family-reunification'] as const satisfies readonly CaseType[];

export interface OrgRef {
  id: string;
  name: string;
}
export interface UserRef {
  id: string;
  displayName: string;
}

/** What the people service tells about a person of a case (null when the caller may not see them). */
export interface CasePersonSummary {
  id: string;
  registrationNumber: string;
  givenNames: string;
  surname: string;
  sex: string;
  dateOfBirth: string | null;
  nationalities: string[];
  minor: boolean;
}

export type CaseAccess = 'full' | 'referral';

export interface CaseListItem {
  id: string;
  reference: string;
  type: CaseType;
  state: string;
  title: string;
  ownerOrganisation: OrgRef;
  ownerUser: UserRef | null;
  assignedTeam: string | null;
  openedAt: string;
  closedAt: string | null;
  access: CaseAccess;
  persons: { personId: string; role: string; name: string }[];
  openTasks: number;
  nextDueAt: string | null;
}

export interface Task {
  id: string;
  caseId: string;
  code: string;
  title: string;
  state: string;
  dueAt: string;
  remindAt: string | null;
  assigneeUserId: string | null;
  status: TaskStatus;
  doneAt: string | null;
  overdue: boolean;
}

export interface CaseRef {
  id: string;
  reference: string;
  type: CaseType;
  title: string;
}

export interface Referral {
  id: string;
  caseId: string;
  caseReference: string;
  caseType: CaseType;
  kind: ReferralKind;
  fromOrganisation: OrgRef;
  toOrganisation: OrgRef;
  sections: CaseSection[];
  reason: string;
  details: string | null;
  consentId: string | null;
  status: ReferralStatus;
  createdAt: string;
  respondedAt: string | null;
  responseNote: string | null;
  endedAt: string | null;
  can: { accept: boolean; reject: boolean; complete: boolean; revoke: boolean };
}

export type CaseData = Record<string, unknown>;

export interface CasePerson {
  personId: string;
  role: string;
  relation: string | null;
  person: CasePersonSummary | null;
}

export interface ChecklistEntry {
  item: string;
  status: ChecklistStatus;
  note: string | null;
  updatedAt: string | null;
}

export interface Note {
  id: string;
  body: string;
  authorLabel: string;
  authorOrganisation: OrgRef | null;
  createdAt: string;
}

export type RiskLevel = 'low' | 'medium' | 'high';

export interface Assessment {
  id: string;
  kind: string;
  individualRisk: RiskLevel;
  householdRisk: RiskLevel;
  communityRisk: RiskLevel;
  specialNeeds: string[];
  answers: Record<string, unknown> | null;
  notes: string | null;
  recordedAt: string;
}

export interface Service {
  id: string;
  personId: string | null;
  kind: ServiceKind;
  description: string | null;
  deliveredOn: string;
  location: string | null;
  amount: number | null;
  currency: string | null;
  providerOrganisation: OrgRef | null;
  createdAt: string;
}

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
  url: string;
}

export interface Consent {
  id: string;
  personId: string;
  scope: string;
  basis: 'consent' | 'legal-basis';
  legalBasis: string | null;
  givenBy: string | null;
  recordedOn: string;
  withdrawnAt: string | null;
}

export interface CaseEvent {
  id: string;
  at: string;
  kind: string;
  fromState: string | null;
  toState: string | null;
  actorLabel: string | null;
  detail: Record<string, unknown> | null;
}

export interface Problem {
  field: string;
  message: string;
}

export interface TransitionOption {
  to: string;
  allowed: boolean;
  problems: Problem[];
}

export interface CaseCan {
  edit: boolean;
  transition: boolean;
  addPerson: boolean;
  addTask: boolean;
  addNote: boolean;
  addService: boolean;
  addAttachment: boolean;
  recordConsent: boolean;
  assess: boolean;
  updateChecklist: boolean;
  refer: boolean;
  involve: boolean;
}

export interface CaseDetail {
  id: string;
  reference: string;
  type: CaseType;
  state: string;
  title: string;
  labels: string[];
  ownerOrganisation: OrgRef;
  ownerUser: UserRef | null;
  assignedTeam: string | null;
  organisations: OrgRef[];
  openedAt: string;
  stateEnteredAt: string;
  closedAt: string | null;
  closureReason: string | null;
  version: number;
  access: CaseAccess;
  sections: CaseSection[];
  data?: CaseData;
  persons?: CasePerson[];
  tasks?: Task[];
  checklist?: ChecklistEntry[];
  notes?: Note[];
  assessments?: Assessment[];
  services?: Service[];
  attachments?: Attachment[];
  consents?: Consent[];
  referrals?: Referral[];
  history?: CaseEvent[];
  can: CaseCan;
  transitions: TransitionOption[];
}

export interface StateDefinition {
  code: string;
  terminal?: boolean;
  requires?: Requirement[];
  deadline?: { name: string; days: string } | null;
}

export interface TypeDefinition {
  type: CaseType;
  labels: string[];
  initialState: string;
  states: StateDefinition[];
  transitions: { from: string; to: string; permission: string; organisationTypes?: string[] | null; requires?: Requirement[] }[];
  fields: FieldDefinition[];
  checklist: string[];
  can: { create: boolean };
}

export interface CaseTypes {
  types: TypeDefinition[];
  sections: CaseSection[];
  grantableSections: CaseSection[];
  personRoles: string[];
  serviceKinds: ServiceKind[];
  checklistStatuses: ChecklistStatus[];
  consentScopes: string[];
  consentBases: string[];
  riskLevels: RiskLevel[];
  specialNeeds: string[];
  referralReasons: string[];
}

export interface Reminder {
  id: string;
  kind: 'due-soon' | 'overdue';
  firedAt: string;
  readAt: string | null;
  task: { id: string; title: string; dueAt: string };
  case: CaseRef;
}

export type HomeTask = Task & { case: CaseRef };

export interface CasesHome {
  myCases: CaseListItem[];
  tasksDueToday: HomeTask[];
  tasksOverdue: HomeTask[];
  referralsWaiting: Referral[];
  reminders: Reminder[];
}

export interface CaseFilter {
  type?: string;
  state?: string;
  q?: string;
  mine?: boolean;
  organisation?: string;
  includeClosed?: boolean;
  page?: number;
}

export interface Signal {
  id: string;
  createdAt: string;
  personId: string;
  personName: string;
  indicators: string[];
  note: string | null;
  location: string | null;
  observedOn: string | null;
  agency: OrgRef;
}

/** Amounts of in-kind and cash assistance per currency (`inKindAmount`: one amount, as the README first said). */
interface AssistanceAmounts {
  inKindAmounts?: Record<string, number>;
  inKindAmount?: number;
}

export interface AvrrStatistics {
  rows: ({ countryOfReturn: string; vulnerability: string; cases: number; departed: number } & AssistanceAmounts)[];
  totals: { cases: number; departed: number } & AssistanceAmounts;
}

export const PAGE_SIZE = 50;

/** The case types, their states and fields, and the reference lists the forms pick from. */
export const caseTypesQuery = queryOptions({
  queryKey: ['cases', 'types'],
  queryFn: () => api.get<CaseTypes>('/api/cases/types'),
  staleTime: 10 * 60_000,
});

/** The caller's home: cases, tasks due, referrals waiting, reminders. */
export const casesHomeQuery = queryOptions({
  queryKey: ['cases', 'home'],
  queryFn: () => api.get<CasesHome>('/api/cases/home'),
});

/** A page of the case list (the organisation filter is applied to the page the server sends). */
export function casesQuery(filter: CaseFilter) {
  const { type, state, q, page, mine, includeClosed } = filter;
  const rest = { type, state, q, page };
  return queryOptions({
    queryKey: ['cases', 'list', { ...rest, mine, includeClosed }],
    queryFn: () =>
      api.get<{ cases: CaseListItem[]; total: number }>(
        `/api/cases${queryString({
          ...rest,
          mine: mine ? 'true' : undefined,
          includeClosed: includeClosed ? 'true' : undefined,
          pageSize: PAGE_SIZE,
        })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Referrals to or from the caller's organisation, by status. */
export function referralsQuery(filter: { direction: 'incoming' | 'outgoing'; status?: string }) {
  return queryOptions({
    queryKey: ['cases', 'home', 'referrals', filter],
    queryFn: async () =>
      (await api.get<{ referrals: Referral[] }>(`/api/cases/referrals${queryString({ ...filter })}`)).referrals,
  });
}

/** One case with the sections the caller sees. */
export function caseQuery(id: string) {
  return queryOptions({ queryKey: ['cases', 'case', id], queryFn: () => api.get<CaseDetail>(`/api/cases/${id}`) });
}

/** The organisations a case can be referred to or involve. */
export const organisationsQuery = queryOptions({
  queryKey: ['cases', 'organisations'],
  queryFn: async () =>
    (await api.get<{ organisations: (OrgRef & { type: string })[] }>('/api/cases/organisations')).organisations,
  staleTime: 5 * 60_000,
});

/** Indicators and the agencies a signal can go to. */
export const signalOptionsQuery = queryOptions({
  queryKey: ['cases', 'signals', 'options'],
  queryFn: () => api.get<{ indicators: string[]; agencies: OrgRef[] }>('/api/cases/signals/options'),
  staleTime: 10 * 60_000,
});

/** The caller's own signals. */
export const mySignalsQuery = queryOptions({
  queryKey: ['cases', 'signals', 'mine'],
  queryFn: async () => (await api.get<{ signals: Signal[] }>('/api/cases/signals')).signals,
});

/** AVRR cases by country of return and vulnerability, opened in a period. */
export function avrrStatisticsQuery(period: { from: string; to: string }) {
  return queryOptions({
    queryKey: ['cases', 'avrr', 'statistics', period],
    queryFn: () => api.get<AvrrStatistics>(`/api/cases/avrr/statistics${queryString({ ...period })}`),
    placeholderData: keepPreviousData,
  });
}

/** The address of the HTCDS export of trafficking cases opened in a period (all when none). */
export function htcdsExportUrl(period: { from?: string; to?: string } = {}): string {
  return `/api/cases/trafficking/export.csv${queryString({ ...period })}`;
}

/** The address of the CSV of the case list. */
export function caseListExportUrl(filter: CaseFilter): string {
  return `/api/cases/export.csv${queryString({
    type: filter.type,
    state: filter.state,
    includeClosed: filter.includeClosed ? 'true' : undefined,
  })}`;
}

/** A person's name as the case shows it. */
export function casePersonName(person: CasePerson): string {
  if (!person.person) {
    return '—';
  }
  return [person.person.surname, person.person.givenNames].filter(Boolean).join(', ') || person.person.registrationNumber;
}
