/**
 * The reports routes: a /reports frame holding the filter (its search parameters, shared by every tab) with
 * the national indicators and one dashboard per module under it; /reports itself opens the national page.
 */
import { createRoute, redirect, type AnyRouteWithContext } from '@tanstack/react-router';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { DashboardPage } from './DashboardPage';
import { IndicatorsPage } from './IndicatorsPage';
import type { ReportFilter } from './reportsApi';
import { ReportsLayout } from './ReportsLayout';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-fA-F-]{36}$/;

function matching(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** The filter from the address; anything malformed is dropped (the server's default takes its place). */
export function reportSearch(search: Record<string, unknown>): ReportFilter {
  const filter: ReportFilter = {
    from: matching(search.from, DAY),
    to: matching(search.to, DAY),
    siteId: matching(search.siteId, ID),
    organisationId: matching(search.organisationId, ID),
  };
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value)) as ReportFilter;
}

/** The signed-in reports routes under `parent` (the signed-in shell, whose context carries `me`). */
export function reportsRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const frame = createRoute({
    getParentRoute: () => parent,
    path: '/reports',
    validateSearch: reportSearch,
    component: () => (
      <Guard module="reports">
        <ReportsLayout />
      </Guard>
    ),
  });
  const index = createRoute({
    getParentRoute: () => frame,
    path: '/',
    beforeLoad: () => {
      throw redirect({ to: '/reports/indicators', search: true, replace: true });
    },
  });
  const indicators = createRoute({
    getParentRoute: () => frame,
    path: '/indicators',
    component: IndicatorsPage,
  });
  const dashboard = createRoute({
    getParentRoute: () => frame,
    path: '/dashboards/$module',
    component: DashboardPage,
  });
  return [frame.addChildren([index, indicators, dashboard])] as const;
}
