/** The steps of a document's life as mutations: each answers the document as it now is (or the new one). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../api';
import { documentQuery, type IssuedDocument } from './documentsApi';

/** The path segment of each step under /api/documents/:id/. */
export type DocumentStep =
  'approve' | 'reject' | 'print' | 'spoil' | 'hand-over' | 'revoke' | 'report-lost' | 'renew' | 'replace';

/**
 * A step on one document. The answer replaces the cached document (for renew and replace it is the new
 * document, so the old one is fetched again); lists and counts are refreshed. Failures are shown by the
 * dialog or row that asked (silent here), because they often name a field or a rule to fix.
 */
export function useDocumentStep(id: string, step: DocumentStep) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: object = {}) => api.post<IssuedDocument>(`/api/documents/${id}/${step}`, body),
    meta: { silent: true },
    onSuccess: async (document) => {
      queryClient.setQueryData(documentQuery(document.id).queryKey, document);
      await Promise.all([
        document.id === id
          ? undefined
          : queryClient.invalidateQueries({ queryKey: documentQuery(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'register'] }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'person'] }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'counts'] }),
        queryClient.invalidateQueries({ queryKey: ['documents', 'offices'] }),
      ]);
    },
  });
}

/** True when the server refused an approval because the approver is the one who asked for the document. */
export function isFourEyesRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status === 409 &&
    (/four.eyes/i.test(error.code) || /four.eyes|requested/i.test(error.message))
  );
}
