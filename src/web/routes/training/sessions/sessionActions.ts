/**
 * What a coordinator does on a session's page, as mutations: enrol, record a day's attendance, set a test,
 * enter a paper test, score short answers, issue a certificate. Each reads the session (and its gain) again.
 * Failures are shown where they were asked for (silent here), because they name a field or a rule.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import type { Sex } from '../../../reference';
import type { Answer, Participant, Phase } from './sessionsApi';

/** An attempt as the server answers it after entry or scoring. */
interface AttemptResult {
  id: string;
  score: number;
  maxScore: number;
  percent: number;
  pending: boolean;
}

export type EnrolBody = { userId: string } | { name: string; organisationName: string; sex: Sex };

function useSessionMutation<TBody, TResult>(sessionId: string, call: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    meta: { silent: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['training', 'sessions', sessionId] }),
        queryClient.invalidateQueries({ queryKey: ['training', 'sessions', 'list'] }),
        queryClient.invalidateQueries({ queryKey: ['training', 'reports'] }),
      ]),
  });
}

/** Enrols a member of staff or an external person; the answer carries the personal test link. */
export function useEnrol(sessionId: string) {
  return useSessionMutation(sessionId, (body: EnrolBody) =>
    api.post<Participant>(`/api/training/sessions/${sessionId}/participants`, body),
  );
}

/** Records one day's attendance for every participant. */
export function useSaveAttendance(sessionId: string) {
  return useSessionMutation(sessionId, (body: { day: string; present: Record<string, boolean> }) =>
    api.put<unknown>(`/api/training/sessions/${sessionId}/attendance`, body),
  );
}

/** Sets the questions and the opening times of the pre- or post-test. */
export function useSaveTest(sessionId: string, phase: Phase) {
  return useSessionMutation(sessionId, (body: { questionIds: string[]; openFrom: string; openTo: string }) =>
    api.put<unknown>(`/api/training/sessions/${sessionId}/tests/${phase}`, body),
  );
}

/** Enters a test a participant wrote on paper. */
export function usePaperTest(sessionId: string, phase: Phase) {
  return useSessionMutation(sessionId, (body: { participantId: string; answers: Record<string, Answer> }) =>
    api.post<AttemptResult>(`/api/training/sessions/${sessionId}/tests/${phase}/paper`, body),
  );
}

/** Gives the points of the short answers of an attempt. */
export function useScoreAttempt(sessionId: string) {
  return useSessionMutation(
    sessionId,
    ({ attemptId, scores }: { attemptId: string; scores: Record<string, number> }) =>
      api.put<AttemptResult>(`/api/training/attempts/${attemptId}/scores`, { scores }),
  );
}

/** Issues a participant's certificate (or returns the one issued); a 422 names what is missing. */
export function useIssueCertificate(sessionId: string) {
  return useSessionMutation(sessionId, (participantId: string) =>
    api.post<{ code: string }>(`/api/training/participants/${participantId}/certificate`),
  );
}
