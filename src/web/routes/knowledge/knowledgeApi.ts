/**
 * Shapes and queries of /api/knowledge/* that several screens share: languages, categories and the public
 * catalogue (see src/server/modules/knowledge/README.md). Each area's own calls live beside its screens.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../api';

// The server's own lists (a plain constant module), imported so the two cannot drift apart.
export {
  CALL_OUTCOMES,
  NOTICE_KINDS,
  NOTICE_STATUSES,
  VERSION_STATUSES,
  type CallOutcome,
  type NoticeKind,
  type VersionStatus,
} from '../../../server/modules/knowledge/reference';

/** A language articles may be written in, as editors configure it. */
export interface KnowledgeLanguage {
  code: string;
  nativeName: string;
  englishName: string;
  rtl: boolean;
  position: number;
  active: boolean;
}

/** A category with its names per language (editors' view, inactive ones included). */
export interface Category {
  id: string;
  key: string;
  parentId: string | null;
  position: number;
  names: Record<string, string>;
  active: boolean;
}

/** A language as the public catalogue lists it (active ones only). */
export interface PublicLanguage {
  code: string;
  nativeName: string;
  englishName: string;
  rtl: boolean;
}

/** An active category named in the reader's language, with its number of published articles. */
export interface PublicCategory {
  id: string;
  key: string;
  parentId: string | null;
  name: string;
  articles: number;
}

export interface Catalogue {
  languages: PublicLanguage[];
  categories: PublicCategory[];
}

/** The question and the answer (restricted Markdown) of one language. */
export interface ArticleTranslation {
  question: string;
  answer: string;
}

/**
 * The active languages and categories, names in `language`. Public, so every screen can use it whatever the
 * caller's permissions (agents and centre staff do not read the editors' configuration).
 */
export function catalogueQuery(language: string) {
  return queryOptions({
    queryKey: ['knowledge', 'catalogue', language],
    queryFn: () => api.get<Catalogue>(`/api/knowledge/public/catalogue${queryString({ lang: language })}`),
    staleTime: 60_000,
  });
}

/** The catalogue with category names in the interface language (Romanian, English and Arabic are all knowledge languages). */
export function useCatalogue() {
  const { i18n } = useTranslation();
  return useQuery(catalogueQuery(i18n.language));
}

/** Every configured language, inactive ones too (editors). */
export const languagesQuery = queryOptions({
  queryKey: ['knowledge', 'languages'],
  queryFn: async () =>
    (await api.get<{ languages: KnowledgeLanguage[] }>('/api/knowledge/languages')).languages,
});

/** Every category, inactive ones too (editors). */
export const categoriesQuery = queryOptions({
  queryKey: ['knowledge', 'categories'],
  queryFn: async () => (await api.get<{ categories: Category[] }>('/api/knowledge/categories')).categories,
});

/** A published article as readers get it: in `lang`, or in a fallback language with `fallbackUsed`. */
export interface PublicArticle {
  id: string;
  key: string;
  language: string;
  requestedLanguage: string;
  fallbackUsed: boolean;
  question: string;
  answer: string;
  category: { id: string; key: string; name: string } | null;
  availableLanguages: string[];
  publishedAt: string | null;
}

/** A published article for reading (public: the call screen and the kiosk). */
export function publicArticleQuery(id: string, language: string) {
  return queryOptions({
    queryKey: ['knowledge', 'public-article', id, language],
    queryFn: () =>
      api.get<PublicArticle>(
        `/api/knowledge/public/articles/${encodeURIComponent(id)}${queryString({ lang: language })}`,
      ),
  });
}
