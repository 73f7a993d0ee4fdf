/** Shapes and queries of the call log (/api/knowledge/calls, escalation targets). */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { localDay } from '../../../../server/modules/border/travel-days';
import { api, queryString } from '../../../api';
import type { CallOutcome } from '../knowledgeApi';

export interface LoggedCall {
  id: string;
  agentId: string;
  startedAt: string;
  durationSeconds: number;
  callerLanguage: string;
  categoryId: string | null;
  articleIds: string[];
  outcome: CallOutcome;
  escalatedTo: string | null;
  note: string | null;
  agentName: string | null;
  escalatedToName: string | null;
}

export interface CallBody {
  startedAt: string;
  durationSeconds: number;
  callerLanguage: string;
  categoryId: string | null;
  articleIds: string[];
  outcome: CallOutcome;
  escalatedTo: string | null;
  note: string | null;
}

export interface EscalationTarget {
  id: string;
  name: string;
  type: string;
}

/**
 * The call centre's calendar day ('YYYY-MM-DD', Europe/Bucharest): the server counts call lists and
 * analytics periods in the same local days, whatever the time zone of the computer.
 */
export function today(now = new Date()): string {
  return localDay(now);
}

/** The calls of one of the call centre's days. */
export function todaysCallsQuery(day: string) {
  return queryOptions({
    queryKey: ['knowledge', 'calls', day],
    queryFn: async () => (await api.get<{ calls: LoggedCall[] }>(`/api/knowledge/calls${queryString({ from: day, to: day })}`)).calls,
  });
}

/** Organisations a call can be escalated to. */
export const escalationTargetsQuery = queryOptions({
  queryKey: ['knowledge', 'escalation-targets'],
  queryFn: async () =>
    (await api.get<{ organisations: EscalationTarget[] }>('/api/knowledge/escalation-targets')).organisations,
  staleTime: 5 * 60_000,
});

/** Logs a call; the lists of calls are refreshed. Failures are shown by the form (they name the field). */
export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallBody) => api.post<LoggedCall>('/api/knowledge/calls', body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['knowledge', 'calls'] }),
  });
}

/** "m:ss" of a number of seconds (h:mm:ss from an hour). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** Seconds from "m:ss", "h:mm:ss" or a number of minutes; null when it is not a duration. */
export function parseDuration(text: string): number | null {
  const value = text.trim();
  if (/^\d+$/.test(value)) {
    return Number(value) * 60;
  }
  const parts = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(value);
  if (!parts) {
    return null;
  }
  const [, hours, minutes, seconds] = parts;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) {
    return null;
  }
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}
