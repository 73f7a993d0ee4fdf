/** Queries and addresses of /api/cases/* (see src/server/modules/cases/README.md); the shapes are in caseShapes.ts. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';
import type {
  AvrrStatistics,
  CaseDetail,
  CaseFilter,
  CasePerson,
  CaseListItem,
  CasesHome,
  CaseTypes,
  OrgRef,
  Referral,
  Signal,
} from './caseShapes';

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
export type * from './caseShapes';
export type { FieldDefinition, Requirement } from '../../../server/modules/cases/definitions';

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

/** A person's name as the case shows it. */
export function casePersonName(person: CasePerson): string {
  if (!person.person) {
    return '—';
  }
  return [person.person.surname, person.person.givenNames].filter(Boolean).join(', ') || person.person.registrationNumber;
}
