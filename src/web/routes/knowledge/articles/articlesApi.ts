/** Shapes, queries and workflow steps of the editors' articles (/api/knowledge/articles*). */
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, queryString } from '../../../api';
import type { ArticleTranslation, VersionStatus } from '../knowledgeApi';

/** Per language: live in the published version, only in the draft being worked on, or not written. */
export type TranslationState = 'published' | 'draft' | 'missing';

export interface ArticleSummary {
  id: string;
  key: string;
  title: string;
  categoryId: string;
  archived: boolean;
  liveVersion: number | null;
  working: { number: number; status: VersionStatus } | null;
  status: VersionStatus;
  translations: Record<string, TranslationState>;
  helpful: number;
  notHelpful: number;
  updatedAt: string;
}

export interface ArticleVersion {
  id: string;
  number: number;
  status: VersionStatus;
  categoryId: string;
  translations: Record<string, ArticleTranslation>;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
  submittedBy: string | null;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  publishedAt: string | null;
}

export interface ArticleActions {
  edit: boolean;
  revise: boolean;
  submit: boolean;
  publish: boolean;
  returnToDraft: boolean;
  archive: boolean;
}

export interface Article {
  id: string;
  key: string;
  archived: boolean;
  helpful: number;
  notHelpful: number;
  publishedVersionId: string | null;
  workingVersionId: string | null;
  versions: ArticleVersion[];
  can: ArticleActions;
}

export interface ArticleFilter {
  status?: VersionStatus;
  category?: string;
  /** A language code: only articles with no text at all in it. */
  missing?: string;
}

/** What a draft saves: the category and the written languages. */
export interface DraftBody {
  categoryId: string;
  translations: Record<string, ArticleTranslation>;
}

/** The editors' list (the active language codes come with it). */
export function articlesQuery(filter: ArticleFilter) {
  return queryOptions({
    queryKey: ['knowledge', 'articles', filter],
    queryFn: () =>
      api.get<{ languages: string[]; articles: ArticleSummary[] }>(
        `/api/knowledge/articles${queryString({ ...filter })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** One article with every version and what the caller may do next. */
export function articleQuery(id: string) {
  return queryOptions({
    queryKey: ['knowledge', 'article', id],
    queryFn: () => api.get<Article>(`/api/knowledge/articles/${id}`),
  });
}

/** The version being worked on, else the live one, else the newest (an archived article). */
export function shownVersion(article: Article): ArticleVersion | undefined {
  return (
    article.versions.find((v) => v.id === article.workingVersionId) ??
    article.versions.find((v) => v.id === article.publishedVersionId) ??
    [...article.versions].sort((a, b) => b.number - a.number)[0]
  );
}

/** A workflow step on one article and the body it takes. */
export type ArticleStep =
  | { step: 'revise' }
  | { step: 'review'; body: { decision: 'publish' | 'return'; note?: string } }
  | { step: 'archive'; body: { reason: string } };

function send(id: string, action: ArticleStep): Promise<Article> {
  switch (action.step) {
    case 'revise':
      return api.post<Article>(`/api/knowledge/articles/${id}/${action.step}`);
    case 'review':
    case 'archive':
      return api.post<Article>(`/api/knowledge/articles/${id}/${action.step}`, action.body);
  }
}

/**
 * Steps on one article. The answer replaces the cached article; the lists are refreshed. Failures are shown
 * where the step was asked (silent here), because they often name a field or the four-eyes rule. `onDone`
 * runs before the new answer is shown, which may remove the button that asked (a published version leaves
 * the review queue), so its confirmation is never lost with it.
 */
export function useArticleStep(id: string, onDone?: (article: Article, action: ArticleStep) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: ArticleStep) => send(id, action),
    meta: { silent: true },
    // A refusal usually means the article changed under this page (someone else acted): read it again.
    onError: () => queryClient.invalidateQueries({ queryKey: articleQuery(id).queryKey }),
    onSuccess: async (article, action) => {
      onDone?.(article, action);
      queryClient.setQueryData(articleQuery(article.id).queryKey, article);
      await queryClient.invalidateQueries({ queryKey: ['knowledge', 'articles'] });
    },
  });
}

/**
 * Saves what the editor wrote: a new article (POST, 201) or the draft being worked on (PUT), then, when
 * `submit`, sends it for review in the same action, so "Submit for review" never sends an older text.
 * `onDone` runs before the saved article is shown (the form then starts again from it).
 */
export function useSaveArticle(
  id: string | undefined,
  onDone: (article: Article, submitted: boolean) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key, submit }: { body: DraftBody; key?: string; submit: boolean }) => {
      const saved = id
        ? await api.put<Article>(`/api/knowledge/articles/${id}/draft`, body)
        : await api.post<Article>('/api/knowledge/articles', { key, ...body });
      return submit ? api.post<Article>(`/api/knowledge/articles/${saved.id}/submit`) : saved;
    },
    meta: { silent: true },
    onSuccess: async (article, { submit }) => {
      onDone(article, submit);
      queryClient.setQueryData(articleQuery(article.id).queryKey, article);
      await queryClient.invalidateQueries({ queryKey: ['knowledge', 'articles'] });
    },
  });
}

/** True when the server refused to publish because the caller sent this version for review (four-eyes). */
export function isFourEyesRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && /four.eyes/i.test(error.message);
}
