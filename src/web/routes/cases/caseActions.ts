/** Writes on cases as mutations: each refreshes the case, the home page and the lists it may change. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api';
import { caseQuery, type CaseDetail, type Referral, type Signal } from './casesApi';

type Method = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function refresh(queryClient: QueryClient, caseId?: string) {
  await Promise.all([
    caseId ? queryClient.invalidateQueries({ queryKey: caseQuery(caseId).queryKey }) : undefined,
    queryClient.invalidateQueries({ queryKey: ['cases', 'home'] }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'list'] }),
  ]);
}

function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  switch (method) {
    case 'POST':
      return api.post<T>(path, body ?? {});
    case 'PATCH':
      return api.patch<T>(path, body ?? {});
    case 'PUT':
      return api.put<T>(path, body ?? {});
    case 'DELETE':
      return api.delete<T>(path);
  }
}

/**
 * A write on one case (`path` under /api/cases). An answer that is the whole case replaces the cached one.
 * Failures are shown by the dialog that asked (silent here): they often name a field to fix.
 */
export function useCaseWrite<B = object, T = unknown>(caseId: string, method: Method, path: string | ((body: B) => string)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: B) => send<T>(method, `/api/cases${typeof path === 'string' ? path : path(body)}`, body),
    meta: { silent: true },
    onSuccess: async (answer) => {
      const detail = answer as Partial<CaseDetail> | undefined;
      if (detail && detail.id === caseId && Array.isArray(detail.sections)) {
        queryClient.setQueryData(caseQuery(caseId).queryKey, detail as CaseDetail);
      }
      await refresh(queryClient, caseId);
    },
  });
}

export type ReferralStep = 'accept' | 'reject' | 'complete' | 'revoke';

/** Accepts, rejects, completes or revokes a referral; the case (if shown) and the home page are refreshed. */
export function useReferralStep(referral: Pick<Referral, 'id' | 'caseId'>, step: ReferralStep) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { note?: string }) => api.post<Referral>(`/api/cases/referrals/${referral.id}/${step}`, body),
    meta: { silent: true },
    onSuccess: () => refresh(queryClient, referral.caseId),
  });
}

export interface SignalBody {
  personId: string;
  indicators: string[];
  note?: string;
  location?: string;
  observedOn?: string;
  agencyOrganisationId?: string;
}

/** Files a signal (the trafficking indicators of a person) to an anti-trafficking agency. */
export function useFileSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignalBody) => api.post<Signal>('/api/cases/signals', body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'signals', 'mine'] }),
  });
}

export interface NewCaseBody {
  type: string;
  title: string;
  persons: { personId: string; role: string }[];
  assignedTeam?: string;
}

/** Opens a case. */
export function useOpenCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCaseBody) => api.post<CaseDetail>('/api/cases', body),
    meta: { silent: true },
    onSuccess: async (detail) => {
      queryClient.setQueryData(caseQuery(detail.id).queryKey, detail);
      await refresh(queryClient);
    },
  });
}

/** Marks a reminder read. */
export function useReadReminder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ status: 'ok' }>(`/api/cases/reminders/${id}/read`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'home'] }),
  });
}

/** Uploads an attachment as multipart (the JSON client cannot). */
export function useUploadAttachment(caseId: string, csrfToken: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file);
      const response = await fetch(`/api/cases/${caseId}/attachments`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'X-CSRF-Token': csrfToken, Accept: 'application/json' },
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as {
          error?: { code?: string; message?: string; fields?: { field: string; message: string }[] };
        };
        throw new ApiError(
          response.status,
          body.error?.code ?? 'http_error',
          body.error?.message ?? response.statusText,
          body.error?.fields ?? [],
        );
      }
      return response.json() as Promise<unknown>;
    },
    meta: { silent: true },
    onSuccess: () => refresh(queryClient, caseId),
  });
}
