/** The partner API administration endpoints as the web app reads them: usage, and the scope reference of the key forms. */
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api';

export interface UsageCounts {
  calls: number;
  denied: number;
  rateLimited: number;
}

export type KeyStatus = 'active' | 'expired' | 'revoked';

export interface PartnerOverview {
  from: string;
  to: string;
  organisations: (UsageCounts & {
    organisation: { id: string; code: string; name: string; type: string };
    keys: number;
    activeKeys: number;
    scopes: string[];
    lastUsedAt: string | null;
  })[];
}

export interface OrganisationUsage {
  organisation: { id: string; code: string; name: string; type: string };
  from: string;
  to: string;
  defaultRateLimitPerMinute: number;
  days: (UsageCounts & { day: string })[];
  keys: (UsageCounts & {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    status: KeyStatus;
    rateLimitPerMinute: number | null;
    effectiveRateLimitPerMinute: number;
    lastUsedAt: string | null;
  })[];
  totals: UsageCounts;
  lastUsedAt: string | null;
}

export interface PartnerApiReference {
  defaultRateLimitPerMinute: number;
  scopes: { scope: string; endpoints: { method: string; url: string }[] }[];
}

/** The periods an administrator can look back over. */
export const USAGE_PERIODS = [7, 30, 90] as const;

/** Every organisation holding keys, over `days` days. */
export function partnerOverviewQuery(days: number) {
  return queryOptions({
    queryKey: ['admin', 'api-usage', days],
    queryFn: () => api.get<PartnerOverview>(`/api/admin/api-usage?days=${days}`),
  });
}

/** One organisation's usage over `days` days. */
export function organisationUsageQuery(organisationId: string, days: number) {
  return queryOptions({
    queryKey: ['admin', 'api-usage', organisationId, days],
    queryFn: () => api.get<OrganisationUsage>(`/api/admin/api-usage/organisations/${organisationId}?days=${days}`),
  });
}

export const partnerApiReferenceQuery = queryOptions({
  queryKey: ['admin', 'partner-api'],
  queryFn: () => api.get<PartnerApiReference>('/api/admin/partner-api'),
  staleTime: 5 * 60_000,
});
