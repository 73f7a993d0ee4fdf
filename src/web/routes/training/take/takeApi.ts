/** The public (no sign-in) side of training: a participant's test link and a certificate's verification. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, hasStatus } from '../../../api';
import type { Question } from '../courses/coursesApi';
import type { Answer, Phase } from '../sessions/sessionsApi';

export interface TakeOverview {
  participant: { name: string };
  session: { title: string; course: string; startDate: string; endDate: string };
  phases: { phase: Phase; open: boolean; taken: boolean }[];
}

/** A test as the participant sees it: no right answers. */
export interface PublicTest {
  phase: Phase;
  questions: Pick<Question, 'id' | 'kind' | 'text' | 'options' | 'points'>[];
}

export interface TestResult {
  score: number;
  maxScore: number;
  percent: number;
  /** True while short answers wait for a trainer's points. */
  pending: boolean;
}

/** A valid certificate's facts; an unknown code answers `valid: false` alone. */
export type CertificateCheck =
  | {
      valid: true;
      participant: string;
      course: string;
      session: { startDate: string; endDate: string; place: string | null };
      issuedAt: string;
    }
  | { valid: false };

/** The participant's name, the session and which tests are open. */
export function takeOverviewQuery(code: string) {
  return queryOptions({
    queryKey: ['training', 'take', code],
    queryFn: () => api.get<TakeOverview>(`/api/training/take/${encodeURIComponent(code)}`),
  });
}

/** A test to take, or why it cannot be taken: already taken (409) or not open (403) are answers, not failures. */
export type TestToTake = { state: 'ready'; test: PublicTest } | { state: 'taken' } | { state: 'closed' };

/** The questions of one open test. */
export function publicTestQuery(code: string, phase: Phase) {
  return queryOptions({
    queryKey: ['training', 'take', code, phase],
    queryFn: async (): Promise<TestToTake> => {
      try {
        return {
          state: 'ready',
          test: await api.get<PublicTest>(`/api/training/take/${encodeURIComponent(code)}/${phase}`),
        };
      } catch (error) {
        if (hasStatus(error, 409)) {
          return { state: 'taken' };
        }
        if (hasStatus(error, 403)) {
          return { state: 'closed' };
        }
        throw error;
      }
    },
    // The answers being written must not be replaced by a fresh copy.
    staleTime: Infinity,
  });
}

/** Submits the answers once; the failure (e.g. already taken) is shown on the page (silent here). */
export function useSubmitTest(code: string, phase: Phase) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Record<string, Answer>) =>
      api.post<TestResult>(`/api/training/take/${encodeURIComponent(code)}/${phase}`, { answers }),
    meta: { silent: true },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: takeOverviewQuery(code).queryKey, exact: true }),
  });
}

/** What the public page says of a certificate's code. */
export function certificateCheckQuery(code: string) {
  return queryOptions({
    queryKey: ['training', 'certificate-check', code],
    queryFn: async (): Promise<CertificateCheck> => {
      try {
        return await api.get<CertificateCheck>(`/api/training/certificates/${encodeURIComponent(code)}`);
      } catch (error) {
        // An unknown code is simply not a valid certificate.
        if (hasStatus(error, 404)) {
          return { valid: false };
        }
        throw error;
      }
    },
  });
}
