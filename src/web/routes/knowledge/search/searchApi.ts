/**
 * The knowledge search as the call screen (GET /api/knowledge/search) and the kiosk (the public search) use it:
 * while the words are being typed it asks with typing=1 (the last word matches as a prefix and nothing is
 * logged); Enter, or the kiosk's search key, asks once more without it, and that finished search is logged.
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, queryString } from '../../../api';

/** One result, with [start, end) ranges of the words to highlight. */
export interface SearchHit {
  articleId: string;
  key: string;
  language: string;
  categoryId: string;
  question: string;
  questionHighlights: [number, number][];
  snippet: string;
  snippetHighlights: [number, number][];
  score: number;
}

export interface SearchResults {
  results: SearchHit[];
  total: number;
}

export interface SearchRequest {
  q: string;
  lang: string;
  typing: boolean;
  /** Every language, not only `lang`. */
  all?: boolean;
}

/** Who searches: an agent (signed in, logged as channel agent) or a kiosk (public, channel kiosk). */
export type SearchScope = 'agent' | 'kiosk';

const PATHS: Record<SearchScope, string> = {
  agent: '/api/knowledge/search',
  kiosk: '/api/knowledge/public/search',
};

/** The results of one request; the previous results stay on screen while the next ones come. */
export function searchQuery(scope: SearchScope, request: SearchRequest) {
  return queryOptions({
    queryKey: ['knowledge', 'search', scope, request],
    queryFn: () =>
      api.get<SearchResults>(
        `${PATHS[scope]}${queryString({
          q: request.q,
          lang: request.lang,
          typing: request.typing ? 1 : undefined,
          all: request.all ? 1 : undefined,
          channel: scope === 'kiosk' ? 'kiosk' : undefined,
          limit: 10,
        })}`,
      ),
    enabled: request.q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

/** How long typing pauses before the results follow. */
const TYPING_PAUSE_MS = 200;

/**
 * A search box's state: `text` as typed, `setText` (searches with typing=1 once typing pauses), `finish`
 * (the finished search, logged) and `clear`; `results` belong to the last request made.
 */
export function useSearchBox(scope: SearchScope, lang: string, all = false) {
  const [text, setText] = useState('');
  const [request, setRequest] = useState<SearchRequest>({ q: '', lang, typing: true, all });
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setRequest((current) =>
        current.q === text && current.lang === lang && current.all === all
          ? current
          : { q: text, lang, typing: true, all },
      );
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, lang, all]);
  const query = useQuery(searchQuery(scope, request));
  const empty = text.trim().length === 0;
  return {
    text,
    setText,
    finish: () => setRequest({ q: text, lang, typing: false, all }),
    clear: () => {
      setText('');
      setRequest({ q: '', lang, typing: true, all });
    },
    request,
    results: empty ? undefined : query.data,
    isFetching: query.isFetching,
    error: query.error,
  };
}
