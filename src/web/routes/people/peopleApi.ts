/** Shapes and queries of /api/people/*. */
import { queryOptions } from '@tanstack/react-query';
import type { MrzDocumentType } from '../../../common/mrz';
import { api, ApiError, queryString } from '../../api';

export { LEGAL_STATUSES, RELATIONS, SENSITIVITY_LABELS, SEXES } from '../../reference';

// The kinds below mirror the enums of personBody in src/server/modules/people/schemas.ts.
export const OTHER_NAME_KINDS = ['alias', 'previous', 'maiden', 'spelling'] as const;
export const CONTACT_KINDS = ['phone', 'email', 'other'] as const;
export const ADDRESS_KINDS = ['residence', 'postal', 'centre', 'abroad'] as const;
export const MERGE_FIELDS = [
  'givenNames',
  'surname',
  'originalName',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'nationalities',
  'legalStatus',
  'photo',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export interface AgeRange {
  min: number;
  max: number;
}

export interface PersonSummary {
  id: string;
  registrationNumber: string;
  givenNames: string;
  surname: string;
  originalName: string | null;
  sex: string;
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  nationalities: string[];
  legalStatus: string | null;
  hasPhoto: boolean;
  age: AgeRange | null;
  minor: boolean;
  mergedInto: string | null;
}

export interface IdentityDocument {
  id: string;
  kind: string;
  number: string;
  issuingState: string;
  surname: string | null;
  givenNames: string | null;
  nationality: string | null;
  dateOfBirth: string | null;
  sex: string | null;
  issueDate: string | null;
  expiryDate: string | null;
  mrzFormat: string | null;
  flags: string[];
  createdAt: string;
}

export interface LegalStatusRecord {
  id: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  recordedAt: string;
}

export interface OtherName {
  name: string;
  kind: (typeof OTHER_NAME_KINDS)[number];
  script?: string;
}

export interface Contact {
  kind: (typeof CONTACT_KINDS)[number];
  value: string;
}

export interface Address {
  kind: (typeof ADDRESS_KINDS)[number];
  line: string;
  city?: string;
  country?: string;
  from?: string;
  to?: string;
}

export interface FamilyMember {
  linkId: string;
  relation: string;
  person: PersonSummary;
}

export interface Person extends PersonSummary {
  originalScript: string | null;
  otherNames: OtherName[];
  placeOfBirth: string | null;
  languages: string[];
  contacts: Contact[];
  addresses: Address[];
  sensitivity: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
  can: { edit: boolean; merge: boolean };
  documents: IdentityDocument[];
  legalStatuses: LegalStatusRecord[];
  family: FamilyMember[];
  possiblyUnaccompanied: boolean;
}

export interface SearchResult {
  person: PersonSummary;
  score: number;
  reasons: string[];
}

export interface HistoryEntry {
  id: number;
  at: string;
  actorLabel: string | null;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  detail: Record<string, unknown> | null;
}

export interface Merge {
  id: string;
  survivorId: string;
  mergedId: string;
  reason: string;
  mergedAt: string;
  undoneAt: string | null;
}

export interface MrzCheck {
  field: string;
  ok: boolean;
  expected: string;
  found: string;
  message: string;
}

export interface MrzProblem {
  code: string;
  field?: string;
  message: string;
}

export type MrzResult =
  | {
      ok: true;
      document: {
        format: string;
        documentType: MrzDocumentType;
        issuingState: string;
        documentNumber: string;
        surname: string;
        givenNames: string;
        nationality: string;
        dateOfBirth: string;
        sex: string;
        expiryDate: string;
        lines: string[];
      };
      checks: MrzCheck[];
      warnings: MrzProblem[];
      flags: { expired: boolean; invalidCheckDigits: boolean };
    }
  | { ok: false; errors: MrzProblem[] };

export interface DuplicateJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  found: number;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
}

export interface DuplicatePair {
  id: string;
  score: number;
  explanation: string[];
  a: PersonSummary;
  b: PersonSummary;
}

export interface SearchCriteria {
  q?: string;
  dateOfBirth?: string;
  nationality?: string;
  document?: string;
  registrationNumber?: string;
}

/** True when the criteria hold something to search for. */
export function hasCriteria(criteria: SearchCriteria): boolean {
  return Object.values(criteria).some((v) => typeof v === 'string' && v.trim() !== '');
}

export function searchQuery(criteria: SearchCriteria) {
  return queryOptions({
    queryKey: ['people', 'search', criteria],
    queryFn: () => api.get<{ results: SearchResult[] }>(`/api/people/search${queryString({ ...criteria })}`),
    enabled: hasCriteria(criteria),
  });
}

export function personQuery(id: string) {
  return queryOptions({ queryKey: ['people', 'person', id], queryFn: () => api.get<Person>(`/api/people/${id}`) });
}

export function historyQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'person', id, 'history'],
    queryFn: () => api.get<HistoryEntry[]>(`/api/people/${id}/history`),
  });
}

export function mergesQuery(id: string) {
  return queryOptions({
    queryKey: ['people', 'person', id, 'merges'],
    queryFn: () => api.get<Merge[]>(`/api/people/${id}/merges`),
  });
}

export const duplicateJobQuery = queryOptions({
  queryKey: ['people', 'duplicates', 'job'],
  queryFn: () => api.get<{ job: DuplicateJob | null }>('/api/people/duplicates/jobs/latest'),
});

export const duplicateQueueQuery = queryOptions({
  queryKey: ['people', 'duplicates', 'queue'],
  queryFn: () => api.get<{ items: DuplicatePair[] }>('/api/people/duplicates'),
});

/** The display name in Latin letters: "SURNAME, Given names". */
export function latinName(person: Pick<PersonSummary, 'givenNames' | 'surname'>): string {
  return [person.surname, person.givenNames].filter(Boolean).join(', ');
}

/** Uploads a photo as multipart (the JSON client cannot). */
export async function uploadPhoto(id: string, file: File, csrf: string | undefined): Promise<void> {
  const body = new FormData();
  body.append('photo', file);
  const response = await fetch(`/api/people/${id}/photo`, {
    method: 'PUT',
    body,
    credentials: 'same-origin',
    headers: csrf ? { 'X-CSRF-Token': csrf } : {},
  });
  if (!response.ok) {
    const parsed = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(
      response.status,
      parsed.error?.code ?? 'http_error',
      parsed.error?.message ?? `The server answered ${response.status}`,
    );
  }
}
