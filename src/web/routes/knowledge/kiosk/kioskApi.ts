/** What a kiosk reads and sends (all public, no sign-in): a centre's notices, a topic's articles, feedback. */
import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import { api, hasStatus, queryString } from '../../../api';

export interface KioskNotice {
  id: string;
  kind: string;
  language: string;
  fallbackUsed: boolean;
  title: string;
  body: string;
}

export interface CategoryArticles {
  category: { id: string; key: string; parentId: string | null; name: string };
  articles: { id: string; key: string; question: string; language: string; translated: boolean }[];
}

export interface KioskCentre {
  centre: { code: string; name: string };
  notices: KioskNotice[];
}

/**
 * The centre and the notices its kiosk shows today, in `language` where written; null for an unknown centre
 * (an answer, not a failure: the kiosk says so on its screen rather than in an error message).
 */
export function kioskNoticesQuery(centre: string, language: string) {
  return queryOptions({
    queryKey: ['kiosk', 'notices', centre, language],
    queryFn: async (): Promise<KioskCentre | null> => {
      try {
        return await api.get<KioskCentre>(
          `/api/knowledge/public/kiosk/${encodeURIComponent(centre)}/notices${queryString({ lang: language })}`,
        );
      } catch (error) {
        if (hasStatus(error, 404)) {
          return null;
        }
        throw error;
      }
    },
    // A kiosk stays open for days: today's notices are read again every few minutes.
    refetchInterval: 5 * 60_000,
    // The centre's name stays in the bar while the notices of a newly chosen language come.
    placeholderData: keepPreviousData,
  });
}

/** A topic's published articles (its sub-topics' too), questions in `language` or a fallback. */
export function categoryArticlesQuery(id: string, language: string) {
  return queryOptions({
    queryKey: ['kiosk', 'category', id, language],
    queryFn: () =>
      api.get<CategoryArticles>(
        `/api/knowledge/public/categories/${encodeURIComponent(id)}${queryString({ lang: language })}`,
      ),
  });
}

/** Records "was this helpful?" from the kiosk. */
export function useKioskFeedback(articleId: string) {
  return useMutation({
    mutationFn: (body: { language: string; helpful: boolean }) =>
      api.post<{ recorded: true }>(
        `/api/knowledge/public/articles/${encodeURIComponent(articleId)}/feedback`,
        {
          ...body,
          channel: 'kiosk',
        },
      ),
    meta: { silent: true },
  });
}
