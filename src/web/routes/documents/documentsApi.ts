/** Shapes and queries of /api/documents/* (see src/server/modules/documents/README.md). */
import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';
import type { DocumentTypeInput } from '../../../server/modules/documents/document-types';
import type { EffectiveStatus as DocumentStatus } from '../../../server/modules/documents/reference';

// The server's own lists (a plain constant module), imported so the two cannot drift apart.
export {
  DOCUMENT_STATUSES as STORED_STATUSES,
  REGISTER_STATUSES as EFFECTIVE_STATUSES,
  REPLACE_REASONS,
  type EffectiveStatus as DocumentStatus,
  type ReplaceReason,
} from '../../../server/modules/documents/reference';

/** A document type as the server keeps it (fee in minor units: bani for RON; 0 means no fee). */
export type DocumentType = DocumentTypeInput;

export interface IssuingOffice {
  siteId: string;
  code: string;
  name: string;
  active: boolean;
  blockSize: number;
  lowWater: number;
  series: { prefix: string; remaining: number }[];
}

export interface NumberBlock {
  id: string;
  prefix: string;
  first: string;
  last: string;
  /** Null once the block is used up. */
  next: string | null;
  issued: number;
  spoiled: number;
  remaining: number;
  drawnAt: string;
}

export interface SpoiledNumber {
  number: string;
  reason: string;
  at: string;
  byName: string;
}

/** The block POST /offices/:siteId/blocks drew. */
export interface DrawnBlock {
  prefix: string;
  first: string;
  last: string;
}

/** What the applicant paid, or why they did not. */
export type FeeInput =
  { status: 'paid'; receipt: string } | { status: 'waived'; reason: string } | { status: 'none' };
export type DocumentFee =
  | { status: 'paid'; receipt: string; amount?: number; currency?: string }
  | { status: 'waived'; reason: string }
  | { status: 'none' };

export interface DocumentSummary {
  id: string;
  number: string | null;
  type: { code: string; nameEn: string; nameRo: string };
  status: DocumentStatus;
  effectiveStatus: DocumentStatus;
  person: { id: string; registrationNumber: string; givenNames: string; surname: string };
  office: { siteId: string; code: string; name: string };
  requestedAt: string;
  issuedOn: string | null;
  expiresOn: string | null;
}

export interface DocumentEvent {
  at: string;
  action: string;
  actorName: string;
  detail: Record<string, unknown>;
}

export interface DocumentActions {
  approve: boolean;
  reject: boolean;
  print: boolean;
  spoil: boolean;
  handOver: boolean;
  revoke: boolean;
  reportLost: boolean;
  renew: boolean;
  replace: boolean;
}

export interface IssuedDocument extends DocumentSummary {
  fee: DocumentFee;
  note: string | null;
  requestedBy: { id: string; name: string };
  approvedBy: { id: string; name: string } | null;
  approvedAt: string | null;
  printedAt: string | null;
  printCount: number;
  handedOverAt: string | null;
  receivedBy: string | null;
  hasReceipt: boolean;
  revokedAt: string | null;
  statusReason: string | null;
  renews: { id: string; number: string | null } | null;
  replaces: { id: string; number: string | null; reason: string } | null;
  supersededBy: { id: string; number: string | null } | null;
  mrz: [string, string, string] | null;
  sealPayload: string | null;
  events: DocumentEvent[];
  can: DocumentActions;
}

export interface OfficeCountRow {
  siteId: string;
  officeName: string;
  type: string;
  issued: number;
  handedOver: number;
  revoked: number;
  reportedLost: number;
  expired: number;
}

export interface SigningKey {
  keyId: string;
  algorithm: 'Ed25519';
  /** base64url of the raw 32-byte public key. */
  publicKey: string;
  status: 'current' | 'retired' | 'revoked';
  createdAt: string;
  retiredAt: string | null;
  revokedAt: string | null;
}

export interface RegisterFilter {
  office?: string;
  type?: string;
  status?: DocumentStatus;
  from?: string;
  to?: string;
  number?: string;
  personId?: string;
}

/** Every document type, active or not (the apply form offers only the active ones). */
export const documentTypesQuery = queryOptions({
  queryKey: ['documents', 'types'],
  queryFn: async () => (await api.get<{ types: DocumentType[] }>('/api/documents/types')).types,
});

/** The issuing offices with their number settings and the numbers each series has left. */
export const officesQuery = queryOptions({
  queryKey: ['documents', 'offices'],
  queryFn: async () => (await api.get<{ offices: IssuingOffice[] }>('/api/documents/offices')).offices,
});

/** An office's blocks and spoiled numbers: the accounting of every number it received. */
export function officeNumbersQuery(siteId: string) {
  return queryOptions({
    queryKey: ['documents', 'offices', siteId, 'numbers'],
    queryFn: () =>
      api.get<{ blocks: NumberBlock[]; spoiled: SpoiledNumber[] }>(
        `/api/documents/offices/${siteId}/numbers`,
      ),
  });
}

/** The register, a page at a time (the server's cursor leads to the next page). */
export function registerQuery(filter: RegisterFilter, limit = 50) {
  return infiniteQueryOptions({
    queryKey: ['documents', 'register', filter, limit],
    queryFn: ({ pageParam }) =>
      api.get<{ documents: DocumentSummary[]; next: string | null }>(
        `/api/documents${queryString({ ...filter, limit, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export interface Period {
  from: string;
  to: string;
}

/** Documents issued per office and type over a period of issue dates (both ends required). */
export function countsQuery(period: Period) {
  return queryOptions({
    queryKey: ['documents', 'counts', period],
    queryFn: async () =>
      (await api.get<{ rows: OfficeCountRow[] }>(`/api/documents/counts${queryString({ ...period })}`)).rows,
    placeholderData: keepPreviousData,
  });
}

/** One document with its timeline and what the caller may do next. */
export function documentQuery(id: string) {
  return queryOptions({
    queryKey: ['documents', 'document', id],
    queryFn: () => api.get<IssuedDocument>(`/api/documents/${id}`),
  });
}

/** A person's document history, newest first. */
export function personDocumentsQuery(personId: string) {
  return queryOptions({
    queryKey: ['documents', 'person', personId],
    queryFn: async () =>
      (await api.get<{ documents: DocumentSummary[] }>(`/api/documents/persons/${personId}`)).documents,
  });
}

/**
 * The keys as the configuration screen lists them. The server lets browsers cache the published keys for a
 * few minutes (right for verifiers), so this list asks past that cache to show a rotation or revocation at once.
 */
export const signingKeysQuery = queryOptions({
  queryKey: ['documents', 'keys'],
  queryFn: async () =>
    (await api.get<{ keys: SigningKey[] }>(`/api/documents/keys${queryString({ fresh: Date.now() })}`)).keys,
});

/** The address of a document's card (PDF, front and back). */
export function cardPdfUrl(id: string): string {
  return `/api/documents/${id}/card.pdf`;
}
