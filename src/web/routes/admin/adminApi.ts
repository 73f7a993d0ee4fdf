/** Shapes and queries of /api/admin/*. */
import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api';

export interface Organisation {
  id: string;
  code: string;
  name: string;
  type: string;
  active: boolean;
  createdAt: string;
}

export interface Site {
  id: string;
  organisationId: string;
  code: string;
  name: string;
  type: string;
  details: Record<string, unknown>;
  active: boolean;
  createdAt: string;
}

export interface Role {
  id: string;
  code: string;
  name: string;
  permissions: string[];
  national: boolean;
  requireTotp: boolean;
  builtin: boolean;
  createdAt: string;
}

export interface RolesResponse {
  roles: Role[];
  permissions: string[];
  apiScopes: string[];
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  organisationId: string;
  clearances: string[];
  language: string;
  status: 'active' | 'disabled';
  failedLogins: number;
  lockedUntil: string | null;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  locked: boolean;
  roles: string[];
  siteIds: string[];
}

export interface ApiKey {
  id: string;
  organisationId: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  /** Requests per minute; null: the configured default for keys. */
  rateLimitPerMinute: number | null;
}

export type CreatedApiKey = ApiKey & { key: string };

export const organisationsQuery = queryOptions({
  queryKey: ['admin', 'organisations'],
  queryFn: () => api.get<Organisation[]>('/api/admin/organisations'),
});

export const sitesQuery = queryOptions({
  queryKey: ['admin', 'sites'],
  queryFn: () => api.get<Site[]>('/api/admin/sites'),
});

export const rolesQuery = queryOptions({
  queryKey: ['admin', 'roles'],
  queryFn: () => api.get<RolesResponse>('/api/admin/roles'),
});

/** Users matching a text filter (username or name). */
export function usersQuery(q: string) {
  return queryOptions({
    queryKey: ['admin', 'users', q],
    queryFn: () => api.get<AdminUser[]>(`/api/admin/users${queryString({ q })}`),
  });
}

export const apiKeysQuery = queryOptions({
  queryKey: ['admin', 'api-keys'],
  queryFn: () => api.get<ApiKey[]>('/api/admin/api-keys'),
});

/** Organisation names by id, for tables that show an organisation column. */
export function organisationNames(organisations: Organisation[] | undefined): Map<string, string> {
  return new Map((organisations ?? []).map((o) => [o.id, o.name]));
}
