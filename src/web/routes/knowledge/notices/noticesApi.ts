/** Shapes and queries of a centre's kiosk notices (/api/knowledge/centres/:id/notices, /api/knowledge/notices/:id). */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../../api';
import { useMe } from '../../../session';
import { sitesQuery } from '../../admin/adminApi';
import type { NoticeKind } from '../knowledgeApi';

export type NoticeStatus = 'draft' | 'published' | 'archived';

/** A notice's title and body (restricted Markdown) in one language. */
export interface NoticeText {
  title: string;
  body: string;
}

export interface Notice {
  id: string;
  siteId: string;
  kind: NoticeKind;
  translations: Record<string, NoticeText>;
  status: NoticeStatus;
  validFrom: string;
  validTo: string | null;
  updatedAt: string;
  publishedAt: string | null;
}

export interface NoticeBody {
  kind: NoticeKind;
  translations: Record<string, NoticeText>;
  validFrom: string;
  validTo: string | null;
}

/** The site types whose staff write kiosk notices. */
const CENTRE_TYPES = new Set(['reception-centre', 'contingency-centre']);

/**
 * The centres whose notices the caller writes: the reception and contingency centres they are posted to, or
 * for a national role every one they can see (their posts first, so the first is their own centre).
 */
export function useCentres() {
  const me = useMe();
  const sites = useQuery(sitesQuery);
  return useMemo(() => {
    const posted = new Set(me.user.siteIds);
    const centres = (sites.data ?? []).filter((site) => CENTRE_TYPES.has(site.type) && site.active);
    const offered = me.national ? centres : centres.filter((site) => posted.has(site.id));
    const ordered = [...offered].sort(
      (a, b) => Number(posted.has(b.id)) - Number(posted.has(a.id)) || a.name.localeCompare(b.name),
    );
    return { centres: ordered, isPending: sites.isPending, error: sites.error };
  }, [me, sites.data, sites.isPending, sites.error]);
}

/** A centre's notices, every status. */
export function centreNoticesQuery(siteId: string) {
  return queryOptions({
    queryKey: ['knowledge', 'notices', siteId],
    queryFn: () =>
      api.get<{ centre: { id: string; code: string; name: string }; notices: Notice[] }>(
        `/api/knowledge/centres/${siteId}/notices`,
      ),
  });
}

/** Writes a new notice (draft) or changes one, its status included (publish, archive). */
export function useSaveNotice(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, ...body }: NoticeBody & { id?: string; status?: NoticeStatus }) =>
      id
        ? api.put<Notice>(`/api/knowledge/notices/${id}`, { ...body, status: status ?? 'draft' })
        : api.post<Notice>(`/api/knowledge/centres/${siteId}/notices`, body),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreNoticesQuery(siteId).queryKey }),
  });
}
