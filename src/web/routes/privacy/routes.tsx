/** The privacy routes: a /privacy frame with the retention, purges and subject-access tabs. */
import { createRoute, redirect, type AnyRouteWithContext } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { Guard } from '../../components/Guard';
import type { Me } from '../../session';
import { firstPrivacyTab, PrivacyLayout } from './PrivacyLayout';
import { PurgesPage } from './PurgesPage';
import { RetentionPage } from './RetentionPage';
import { SubjectAccessPage } from './SubjectAccessPage';

/** The signed-in privacy routes under `parent` (the signed-in shell, whose context carries `me`). */
export function privacyRoutes<TParent extends AnyRouteWithContext<{ me: Me }>>(parent: TParent) {
  const frame = createRoute({
    getParentRoute: () => parent,
    path: '/privacy',
    component: () => (
      <Guard module="privacy">
        <PrivacyLayout />
      </Guard>
    ),
  });
  const index = createRoute({
    getParentRoute: () => frame,
    path: '/',
    beforeLoad: ({ context }) => {
      const tab = firstPrivacyTab((context as { me: Me }).me);
      if (tab) {
        throw redirect({ to: tab, replace: true });
      }
    },
  });
  const tab = <const P extends string>(path: P, permission: string, Page: ComponentType) =>
    createRoute({
      getParentRoute: () => frame,
      path,
      component: () => (
        <Guard anyOf={[permission]}>
          <Page />
        </Guard>
      ),
    });
  return [
    frame.addChildren([
      index,
      tab('/retention', 'privacy.retention.manage', RetentionPage),
      tab('/purges', 'privacy.retention.manage', PurgesPage),
      tab('/subject-access', 'privacy.subject-access', SubjectAccessPage),
    ]),
  ] as const;
}
