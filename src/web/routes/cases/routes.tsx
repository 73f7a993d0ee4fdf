/**
 * The case management routes, built the way the training ones are: a /cases frame with one route per tab
 * (/cases itself leads to the first tab the caller may open, the caseworker's home for caseworkers), and the
 * page of one case beside it under the same module guard.
 */
import { createRoute, redirect, type AnyRouteWithContext } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { CasePage } from './case/CasePage';
import { CasesLayout, firstCasesTab } from './CasesLayout';
import { CasesHomePage } from './home/CasesHomePage';
import { CaseListPage } from './list/CaseListPage';
import { SignalsPage } from './signals/SignalsPage';
import { AvrrStatisticsPage } from './statistics/AvrrStatisticsPage';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function flag(value: unknown): boolean | undefined {
  return value === true || value === 'true' ? true : undefined;
}

export interface CaseListSearch {
  type?: string;
  state?: string;
  q?: string;
  mine?: boolean;
  organisation?: string;
  includeClosed?: boolean;
  page?: number;
}

/** The signed-in case routes under `parent` (the signed-in shell, whose context carries `me`). */
export function casesRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const casesRoute = createRoute({
    getParentRoute: () => parent,
    path: '/cases',
    component: () => (
      <Guard module="cases">
        <CasesLayout />
      </Guard>
    ),
  });

  const casesIndexRoute = createRoute({
    getParentRoute: () => casesRoute,
    path: '/',
    beforeLoad: ({ context }) => {
      // The parent's type guarantees `me`; inside a generic function TypeScript cannot see it.
      const tab = firstCasesTab((context as { me: Me }).me);
      if (tab) {
        throw redirect({ to: tab, replace: true });
      }
    },
  });

  function tab<const P extends string>(path: P, permission: string, Page: ComponentType) {
    return createRoute({
      getParentRoute: () => casesRoute,
      path,
      component: () => (
        <Guard anyOf={[permission]}>
          <Page />
        </Guard>
      ),
    });
  }

  const listTab = createRoute({
    getParentRoute: () => casesRoute,
    path: '/list',
    validateSearch: (search: Record<string, unknown>): CaseListSearch => {
      const page = Number(search.page);
      return {
        type: text(search.type),
        state: text(search.state),
        q: text(search.q),
        mine: flag(search.mine),
        organisation: text(search.organisation),
        includeClosed: flag(search.includeClosed),
        page: Number.isInteger(page) && page > 1 ? page : undefined,
      };
    },
    component: () => (
      <Guard anyOf={['cases.read']}>
        <CaseListPage />
      </Guard>
    ),
  });

  const signalsTab = createRoute({
    getParentRoute: () => casesRoute,
    path: '/signals',
    validateSearch: (search: Record<string, unknown>): { personId?: string } => ({ personId: text(search.personId) }),
    component: () => (
      <Guard anyOf={['cases.signal']}>
        <SignalsPage />
      </Guard>
    ),
  });

  // One case sits outside the tabs (it belongs to no tab), under the same module guard.
  const caseRoute = createRoute({
    getParentRoute: () => parent,
    path: '/cases/$id',
    component: () => (
      <Guard module="cases" anyOf={['cases.read']}>
        <CasePage />
      </Guard>
    ),
  });

  return [
    casesRoute.addChildren([
      casesIndexRoute,
      tab('/home', 'cases.read', CasesHomePage),
      listTab,
      signalsTab,
      tab('/statistics', 'cases.read', AvrrStatisticsPage),
    ]),
    caseRoute,
  ] as const;
}
