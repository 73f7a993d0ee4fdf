/**
 * The reception and asylum routes, built the way the training ones are: a /reception frame with one route
 * per tab, and the pages of one centre, application, minor, person or exercise beside it under the same
 * module guard.
 */
import { createRoute, redirect, type AnyRouteWithContext } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { ApplicationPage } from './asylum/ApplicationPage';
import { ApplicationsPage } from './asylum/ApplicationsPage';
import { FollowUpsPage } from './asylum/FollowUpsPage';
import { PersonAsylumPage } from './asylum/PersonAsylumPage';
import { CentrePage } from './centres/CentrePage';
import { CentresPage } from './centres/CentresPage';
import { BoardPage } from './influx/BoardPage';
import { ExercisePage } from './influx/ExercisePage';
import { ExercisesPage } from './influx/ExercisesPage';
import { InfluxPage } from './influx/InfluxPage';
import { MinorPage } from './minors/MinorPage';
import { MinorsPage } from './minors/MinorsPage';
import { RepresentativesPage } from './minors/RepresentativesPage';
import { firstReceptionTab, ReceptionLayout } from './ReceptionLayout';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

const READ = ['reception.read'];

/** The signed-in reception routes under `parent` (the signed-in shell, whose context carries `me`). */
export function receptionRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const receptionRoute = createRoute({
    getParentRoute: () => parent,
    path: '/reception',
    component: () => (
      <Guard module="reception">
        <ReceptionLayout />
      </Guard>
    ),
  });

  const receptionIndexRoute = createRoute({
    getParentRoute: () => receptionRoute,
    path: '/',
    beforeLoad: ({ context }) => {
      // The parent's type guarantees `me`; inside a generic function TypeScript cannot see it.
      const tab = firstReceptionTab((context as { me: Me }).me);
      if (tab) {
        throw redirect({ to: tab, replace: true });
      }
    },
  });

  function tab<const P extends string>(path: P, anyOf: string[], Page: ComponentType) {
    return createRoute({
      getParentRoute: () => receptionRoute,
      path,
      component: () => (
        <Guard anyOf={anyOf}>
          <Page />
        </Guard>
      ),
    });
  }

  // The board and the pre-registration remember the plan (and exercise) in the address, to share or reload.
  const planSearch = (search: Record<string, unknown>): { plan?: string; exercise?: string } => ({
    plan: text(search.plan),
    exercise: text(search.exercise),
  });

  const influxTab = createRoute({
    getParentRoute: () => receptionRoute,
    path: '/influx',
    validateSearch: planSearch,
    component: () => (
      <Guard anyOf={['influx.preregister']}>
        <InfluxPage />
      </Guard>
    ),
  });

  const boardTab = createRoute({
    getParentRoute: () => receptionRoute,
    path: '/board',
    validateSearch: planSearch,
    component: () => (
      <Guard anyOf={READ}>
        <BoardPage />
      </Guard>
    ),
  });

  const minorsTab = createRoute({
    getParentRoute: () => receptionRoute,
    path: '/minors',
    validateSearch: (search: Record<string, unknown>): { view?: string } => ({ view: text(search.view) }),
    component: () => (
      <Guard anyOf={READ}>
        <MinorsPage />
      </Guard>
    ),
  });

  function page<const P extends string>(path: P, Page: ComponentType) {
    return createRoute({
      getParentRoute: () => parent,
      path,
      component: () => (
        <Guard module="reception">
          <Page />
        </Guard>
      ),
    });
  }

  return [
    receptionRoute.addChildren([
      receptionIndexRoute,
      tab('/centres', READ, CentresPage),
      influxTab,
      boardTab,
      tab('/exercises', READ, ExercisesPage),
      tab('/applications', READ, ApplicationsPage),
      minorsTab,
      tab('/representatives', READ, RepresentativesPage),
      tab('/follow-ups', READ, FollowUpsPage),
    ]),
    page('/reception/centres/$id', CentrePage),
    page('/reception/applications/$id', ApplicationPage),
    page('/reception/minors/$personId', MinorPage),
    page('/reception/people/$personId', PersonAsylumPage),
    page('/reception/exercises/$id', ExercisePage),
  ] as const;
}
