/**
 * The training routes, built the way router.tsx builds the documents ones: a /training frame with one route
 * per tab, the pages that belong to no tab beside it under the same module guard, and the public pages
 * (a participant's test link, a certificate's check) under the root, outside the signed-in shell.
 */
import { createRoute, redirect, type AnyRoute, type AnyRouteWithContext } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { CertificatePage } from './certificates/CertificatePage';
import { CoursePage } from './courses/CoursePage';
import { CoursesPage } from './courses/CoursesPage';
import { ModuleEditorPage } from './elearning/ModuleEditorPage';
import { ModulesPage } from './elearning/ModulesPage';
import { LearnModulePage } from './learning/LearnModulePage';
import { MyLearningPage } from './learning/MyLearningPage';
import { ReportsPage } from './reports/ReportsPage';
import { SessionPage } from './sessions/SessionPage';
import { SessionsPage } from './sessions/SessionsPage';
import { TakePage } from './take/TakePage';
import { firstTrainingTab, TrainingLayout } from './TrainingLayout';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

const MANAGE = ['training.manage'];

/** The signed-in training routes under `parent` (the signed-in shell, whose context carries `me`). */
export function trainingRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const trainingRoute = createRoute({
    getParentRoute: () => parent,
    path: '/training',
    component: () => (
      <Guard module="training">
        <TrainingLayout />
      </Guard>
    ),
  });

  const trainingIndexRoute = createRoute({
    getParentRoute: () => trainingRoute,
    path: '/',
    beforeLoad: ({ context }) => {
      // The parent's type guarantees `me`; inside a generic function TypeScript cannot see it.
      const tab = firstTrainingTab((context as { me: Me }).me);
      if (tab) {
        throw redirect({ to: tab, replace: true });
      }
    },
  });

  function tab<const P extends string>(path: P, anyOf: string[] | undefined, Page: ComponentType) {
    return createRoute({
      getParentRoute: () => trainingRoute,
      path,
      component: () => (
        <Guard anyOf={anyOf}>
          <Page />
        </Guard>
      ),
    });
  }

  const sessionsTab = createRoute({
    getParentRoute: () => trainingRoute,
    path: '/sessions',
    validateSearch: (search: Record<string, unknown>): { courseId?: string; from?: string; to?: string } => ({
      courseId: text(search.courseId),
      from: text(search.from),
      to: text(search.to),
    }),
    component: () => (
      <Guard anyOf={MANAGE}>
        <SessionsPage />
      </Guard>
    ),
  });

  // The pages of one course, session or module sit outside the tabs, under the same module guard.
  function page<const P extends string>(path: P, anyOf: string[] | undefined, Page: ComponentType) {
    return createRoute({
      getParentRoute: () => parent,
      path,
      component: () => (
        <Guard module="training" anyOf={anyOf}>
          <Page />
        </Guard>
      ),
    });
  }

  const learnModuleRoute = createRoute({
    getParentRoute: () => parent,
    path: '/training/learning/$id',
    validateSearch: (search: Record<string, unknown>): { lesson?: string } => ({
      lesson: text(search.lesson),
    }),
    component: () => (
      <Guard module="training">
        <LearnModulePage />
      </Guard>
    ),
  });

  return [
    trainingRoute.addChildren([
      trainingIndexRoute,
      tab('/courses', MANAGE, CoursesPage),
      sessionsTab,
      tab('/modules', MANAGE, ModulesPage),
      tab('/reports', MANAGE, ReportsPage),
      tab('/learning', undefined, MyLearningPage),
    ]),
    page('/training/courses/$id', MANAGE, CoursePage),
    page('/training/sessions/$id', MANAGE, SessionPage),
    page('/training/modules/$id', MANAGE, ModuleEditorPage),
    learnModuleRoute,
  ] as const;
}

/** The public training pages under `root`: no sign-in, outside the signed-in shell. */
export function publicTrainingRoutes<TRoot extends AnyRoute>(root: TRoot) {
  // A participant opens their personal link to take the pre- and post-test.
  const takeRoute = createRoute({
    getParentRoute: () => root,
    path: '/training/take/$code',
    component: TakePage,
  });
  // Anyone holding a certificate (or its QR code) checks it.
  const certificateRoute = createRoute({
    getParentRoute: () => root,
    path: '/training/certificates/$code',
    component: CertificatePage,
  });
  return [takeRoute, certificateRoute] as const;
}
