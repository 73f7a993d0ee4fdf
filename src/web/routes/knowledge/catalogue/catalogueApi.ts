/** Saving categories and languages (reviewers); both change what the public catalogue and the search show. */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import type { Category, KnowledgeLanguage } from '../knowledgeApi';

export type CategoryBody = Omit<Category, 'id'>;

/** Everything that shows categories or languages is read again. */
function refreshCatalogue(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: (query) =>
      query.queryKey[0] === 'knowledge' &&
      ['categories', 'languages', 'catalogue', 'articles'].includes(String(query.queryKey[1])),
  });
}

/** Adds a category (no id) or changes one (its key stays). */
export function useSaveCategory(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: CategoryBody) =>
      id
        ? api.put<Category>(`/api/knowledge/categories/${id}`, body)
        : api.post<Category>('/api/knowledge/categories', { key, ...body }),
    meta: { silent: true },
    onSuccess: () => refreshCatalogue(queryClient),
  });
}

/** Adds or changes a language (its code is its address). */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, ...body }: KnowledgeLanguage) =>
      api.put<KnowledgeLanguage>(`/api/knowledge/languages/${encodeURIComponent(code)}`, body),
    meta: { silent: true },
    onSuccess: () => refreshCatalogue(queryClient),
  });
}
