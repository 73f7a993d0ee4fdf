/** Shapes and queries of /api/audit. */
import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';

export interface AuditEntry {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorLabel: string | null;
  actorOrganisationId: string | null;
  apiKeyId: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  fields: string[] | null;
  detail: Record<string, unknown> | null;
  purpose: string | null;
  outcome: 'success' | 'denied' | 'failure';
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  problems: { seq: number; problem: string; message: string }[];
}

export interface AuditFilter {
  action: string;
  entityType: string;
  entityId: string;
  actorUserId: string;
  /** yyyy-mm-dd, local day */
  from: string;
  /** yyyy-mm-dd, local day, inclusive */
  to: string;
}

export const EMPTY_FILTER: AuditFilter = {
  action: '',
  entityType: '',
  entityId: '',
  actorUserId: '',
  from: '',
  to: '',
};

const PAGE_SIZE = 100;

function localDayBound(day: string, end: boolean): string | undefined {
  if (!day) {
    return undefined;
  }
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The filter as the audit API takes it (days as instants of the local calendar). */
export function auditParams(filter: AuditFilter) {
  return {
    action: filter.action.trim(),
    entityType: filter.entityType.trim(),
    entityId: filter.entityId.trim(),
    actorUserId: filter.actorUserId.trim(),
    from: localDayBound(filter.from, false),
    to: localDayBound(filter.to, true),
  };
}

/** Audit entries matching the filter, newest first, a page at a time. */
export function auditQuery(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: ['audit', filter],
    initialPageParam: undefined as number | undefined,
    queryFn: async ({ pageParam }) => {
      const query = queryString({ ...auditParams(filter), beforeSeq: pageParam, limit: PAGE_SIZE });
      const { entries } = await api.get<{ entries: AuditEntry[] }>(`/api/audit${query}`);
      return entries;
    },
    getNextPageParam: (last) => (last.length === PAGE_SIZE ? last[last.length - 1]?.seq : undefined),
  });
}
