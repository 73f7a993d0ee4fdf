/** The API usage tab of administration: the overview of partner organisations, and one organisation's usage. */
import { createRoute, type AnyRoute } from '@tanstack/react-router';
import { Guard } from '../../../components/Guard';
import { ApiUsagePage } from './ApiUsagePage';
import { OrganisationUsagePage } from './OrganisationUsagePage';
import { USAGE_PERIODS } from './usageApi';

const MANAGE = ['admin.apikeys.manage'];

/** The period in the address (`?days=7|30|90`), 30 days unless given. */
export function usageSearch(search: Record<string, unknown>): { days?: number } {
  const days = Number(search.days);
  return (USAGE_PERIODS as readonly number[]).includes(days) ? { days } : {};
}

/** The usage routes under the administration frame. */
export function apiUsageRoutes<TParent extends AnyRoute>(parent: TParent) {
  const overview = createRoute({
    getParentRoute: () => parent,
    path: '/api-usage',
    validateSearch: usageSearch,
    component: () => (
      <Guard anyOf={MANAGE}>
        <ApiUsagePage />
      </Guard>
    ),
  });
  const organisation = createRoute({
    getParentRoute: () => parent,
    path: '/api-usage/$organisationId',
    validateSearch: usageSearch,
    component: () => (
      <Guard anyOf={MANAGE}>
        <OrganisationUsagePage />
      </Guard>
    ),
  });
  return [overview, organisation] as const;
}
