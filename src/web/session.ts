/** The signed-in caller (GET /api/auth/me) as the web app sees it, and the permission checks built on it. */
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api, hasStatus, setCsrfToken } from './api';

export interface Me {
  user: {
    id: string;
    username: string;
    displayName: string;
    organisationId: string;
    organisationName: string;
    organisationType: string;
    siteIds: string[];
    roles: string[];
    language: string;
    totpEnabled: boolean;
    mustChangePassword: boolean;
  };
  permissions: string[];
  clearances: string[];
  national: boolean;
  csrfToken: string;
}

/**
 * The caller, or null when nobody is signed in (or the second factor is still owed).
 * A 401 after someone was signed in is thrown instead: the session ended (idle timeout, signed out
 * elsewhere), and the query cache's error handler takes the user back to the sign-in page.
 */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async ({ client }): Promise<Me | null> => {
    try {
      const me = await api.get<Me>('/api/auth/me');
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (hasStatus(error, 401)) {
        setCsrfToken(undefined);
        if (client.getQueryData<Me | null>(['me'])) {
          throw error;
        }
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

/**
 * The signed-in caller; only call inside the signed-in part of the app. While signing out the cached
 * caller is cleared a moment before the page changes, so the last known caller is kept for that moment.
 */
export function useMe(): Me {
  const { data } = useQuery(meQuery);
  const last = useRef<Me | null>(null);
  if (data) {
    last.current = data;
  }
  const me = data ?? last.current;
  if (!me) {
    throw new Error('useMe() outside the signed-in app');
  }
  return me;
}

/** True when the caller holds at least one of the permissions (or when none is asked for). */
export function can(me: Me | null | undefined, anyOf: readonly string[]): boolean {
  if (!me) {
    return false;
  }
  return anyOf.length === 0 || anyOf.some((p) => me.permissions.includes(p));
}

/** True when the caller holds any admin.* permission. */
export function canAdminister(me: Me | null | undefined): boolean {
  return !!me && me.permissions.some((p) => p.startsWith('admin.'));
}

/** Forgets everything cached for the previous user (after sign-out or a password change). */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(undefined);
  void queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  queryClient.setQueryData(meQuery.queryKey, null);
}
