/** Shapes and queries of synchronisation with remote border posts (/api/sync/*): a post's own status, headquarters' view of the posts, conflicts. */
import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';

export type LinkState = 'up' | 'degraded' | 'down';

/** A watchlist as a post uses it. */
export interface PostWatchlist {
  sourceId: string;
  code: string;
  name: string;
  version: number;
  active: boolean;
}

/** What a border post says about its link with headquarters. */
export interface EdgeSyncStatus {
  mode: 'edge';
  site: { id: string; code: string; name: string } | null;
  link: {
    state: LinkState;
    forcedDown: boolean;
    lastAttemptAt: string | null;
    lastSuccessAt: string | null;
    lastError: string | null;
    consecutiveFailures: number;
  };
  outbox: { queueLength: number; oldestUnsentAt: string | null; rejected: number; sentTotal: number };
  watchlists: PostWatchlist[];
  lostDocuments: { count: number };
  lastDownAt: string | null;
}

/** Headquarters answers only its mode. */
export type SyncStatus = EdgeSyncStatus | { mode: 'hq' };

/** One post as headquarters sees it. */
export interface PostOverview {
  siteId: string;
  code: string;
  name: string;
  lastContactAt: string | null;
  /** Silent for longer than headquarters' limit (or never called), as the server judges it. */
  stale: boolean;
  queueLength: number | null;
  oldestUnsentAt: string | null;
  changesApplied: number;
  lastChangeAt: string | null;
  rejected: number;
  openConflicts: number;
  watchlists: { sourceId: string; code: string; hqVersion: number; postVersion: number | null; lag: number | null }[];
  maxVersionLag: number | null;
  credentials: number;
}

export type ConflictStatus = 'open' | 'resolved';
export type ConflictChoice = 'keep-hq' | 'take-post';

/** A person edited both at a post and at headquarters. */
export interface SyncConflict {
  id: string;
  personId: string;
  registrationNumber: string | null;
  site: { id: string; code: string; name: string };
  fields: string[];
  status: ConflictStatus;
  detectedAt: string;
  resolution: ConflictChoice | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

/** Who changed one side and when (either may be unknown: a post that did not say, a history that does not). */
export interface ConflictChange {
  at: string | null;
  by: string | null;
}

/** A conflict with the values of both sides, who changed each and when (reading it is audited). */
export interface SyncConflictDetail extends SyncConflict {
  person: { givenNames: string | null; surname: string | null };
  hq: Record<string, unknown>;
  post: Record<string, unknown>;
  base: Record<string, unknown> | null;
  postChange: ConflictChange;
  hqChange: ConflictChange;
  resolvedByName: string | null;
  note: string | null;
  can: { resolve: boolean };
}

/** How often the desk asks its post for the link state. */
export const EDGE_STATUS_REFRESH_MS = 3_000;

/** This server's synchronisation status, refreshed every few seconds at a post (headquarters has no link to watch). */
export const syncStatusQuery = queryOptions({
  queryKey: ['sync', 'status'],
  queryFn: () => api.get<SyncStatus>('/api/sync/status'),
  refetchInterval: (query) => (query.state.data?.mode === 'hq' ? false : EDGE_STATUS_REFRESH_MS),
  retry: false,
});

/** Headquarters' view of its posts, with the silence after which it calls a post stale. */
export interface PostsOverview {
  staleAfterMinutes: number;
  posts: PostOverview[];
}

/** Every post with a site credential, refreshed every quarter minute. */
export const syncPostsQuery = queryOptions({
  queryKey: ['sync', 'posts'],
  queryFn: () => api.get<PostsOverview>('/api/sync/posts'),
  refetchInterval: 15_000,
});

/** Conflicts to review (open) or reviewed (resolved). */
export function syncConflictsQuery(status: ConflictStatus) {
  return queryOptions({
    queryKey: ['sync', 'conflicts', status],
    queryFn: async () => (await api.get<{ conflicts: SyncConflict[] }>(`/api/sync/conflicts${queryString({ status })}`)).conflicts,
  });
}

/** One conflict with both versions. */
export function syncConflictQuery(id: string) {
  return queryOptions({
    queryKey: ['sync', 'conflict', id],
    queryFn: () => api.get<SyncConflictDetail>(`/api/sync/conflicts/${id}`),
  });
}

/** Resolves a conflict: keep headquarters' values or take the post's. */
export function resolveConflict(id: string, choice: ConflictChoice, note: string) {
  return api.post<unknown>(`/api/sync/conflicts/${id}/resolve`, { choice, note });
}
