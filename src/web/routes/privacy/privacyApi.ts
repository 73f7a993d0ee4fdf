/** Shapes and queries of privacy (/api/privacy): retention rules, dry-run report, purges, subject-access exports. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, queryString, saveFile } from '../../api';

export const RECORD_TYPES = ['border.crossing', 'cases.closed-case', 'reception.ended-placement', 'asylum.closed-application', 'people.person'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
export type RunStatus = 'running' | 'finished' | 'failed' | 'interrupted';

export interface PurgeRun {
  id: string;
  recordType: RecordType;
  trigger: 'schedule' | 'request' | 'command-line';
  status: RunStatus;
  keepMonths: number;
  countedFrom: string;
  cutoff: string;
  removed: number;
  deleted: Record<string, number>;
  batches: number;
  error: string | null;
  startedBy: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface RetentionRule {
  recordType: RecordType;
  keepMonths: number;
  countedFrom: string;
  enabled: boolean;
  note: string | null;
  version: number;
  cutoff: string;
  updatedAt: string;
  updatedBy: string | null;
  running: boolean;
  scheduledOn: string | null;
  lastRun: PurgeRun | null;
}

export interface ReportLine {
  recordType: RecordType;
  enabled: boolean;
  keepMonths: number;
  countedFrom: string;
  cutoff: string;
  count: number;
  oldest: string | null;
}

/** The i18n key part of a record type (dots would nest). */
export const typeKey = (type: string) => type.replace(/\./g, '_') as 'border_crossing';

export const rulesQuery = queryOptions({
  queryKey: ['privacy', 'rules'],
  queryFn: () => api.get<{ rules: RetentionRule[] }>('/api/privacy/retention/rules'),
});

export function runsQuery(recordType?: RecordType) {
  return queryOptions({
    queryKey: ['privacy', 'runs', recordType ?? 'all'],
    queryFn: () => api.get<{ runs: PurgeRun[] }>(`/api/privacy/retention/runs${queryString({ recordType, limit: 100 })}`),
  });
}

/** One purge, re-read every second while it runs. */
export function runQuery(id: string) {
  return queryOptions({
    queryKey: ['privacy', 'run', id],
    queryFn: () => api.get<PurgeRun>(`/api/privacy/retention/runs/${id}`),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}

/** The dry run (all rules): asked for on purpose, never in the background. */
export function useDryRun() {
  return useMutation({ mutationFn: () => api.get<{ at: string; report: ReportLine[] }>('/api/privacy/retention/report'), meta: { silent: true } });
}

/** Changes a rule. */
export function useUpdateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ recordType, ...body }: { recordType: RecordType; version: number; keepMonths: number; enabled: boolean; note: string | null }) =>
      api.patch<{ rules: RetentionRule[] }>(`/api/privacy/retention/rules/${recordType}`, body),
    onSuccess: (data) => client.setQueryData(rulesQuery.queryKey, data),
    meta: { silent: true },
  });
}

/** Starts a purge (202 with the run). */
export function useStartPurge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (recordType: RecordType) => api.post<PurgeRun>(`/api/privacy/retention/rules/${recordType}/purge`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['privacy'] }),
    meta: { silent: true },
  });
}

/** Makes a subject-access export and hands the ZIP to the browser; resolves with whether it is complete. */
export function useSubjectAccessExport() {
  return useMutation({
    mutationFn: async ({ personId, purpose }: { personId: string; purpose: string }) => {
      const file = await downloadFile('/api/privacy/subject-access', { personId, purpose }, 'subject-access.zip');
      saveFile(file);
      return { fileName: file.fileName, complete: file.headers.get('x-export-complete') !== 'false' };
    },
    meta: { silent: true },
  });
}
