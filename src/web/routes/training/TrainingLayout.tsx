/**
 * Training: one tab per screen the caller may open, each its own address under /training. Coordinators
 * (training.manage) get courses, sessions, e-learning and reports; everyone signed in gets "My learning".
 * SectionTabs asks one permission of every tab, so this frame draws the same tabs with an open one.
 */
import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { can, useMe, type Me } from '../../session';

export const TRAINING_TABS = [
  { path: '/training/courses', key: 'courses', permission: 'training.manage' },
  { path: '/training/sessions', key: 'sessions', permission: 'training.manage' },
  { path: '/training/modules', key: 'modules', permission: 'training.manage' },
  { path: '/training/reports', key: 'reports', permission: 'training.manage' },
  // Every signed-in person learns: no permission asked.
  { path: '/training/learning', key: 'learning', permission: null },
] as const;

type TrainingTab = (typeof TRAINING_TABS)[number];

function allowedTabs(me: Me | null | undefined): TrainingTab[] {
  return TRAINING_TABS.filter((tab) => tab.permission === null || can(me, [tab.permission]));
}

/** The first training tab the caller may open (where /training leads). */
export function firstTrainingTab(me: Me | null | undefined): TrainingTab['path'] | undefined {
  return me ? allowedTabs(me)[0]?.path : undefined;
}

/** The training frame with its tabs. */
export function TrainingLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const allowed = allowedTabs(me);
  const active = allowed.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  return (
    <>
      <PageTitle>{t('modules.training.title')}</PageTitle>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = allowed.find((candidate) => candidate.path === value);
          if (tab) {
            void navigate({ to: tab.path });
          }
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('modules.training.title')}>
          {allowed.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {t(`training.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {active && (
          <Tabs.Panel value={active}>
            <Outlet />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
