/** Border management: one tab per screen the caller may open, each its own address under /border. */
import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { can, useMe, type Me } from '../../session';

export const BORDER_TABS = [
  { path: '/border/desk', key: 'desk', permission: 'border.crossings.record' },
  { path: '/border/crossings', key: 'crossings', permission: 'border.crossings.read' },
  { path: '/border/alerts', key: 'alerts', permission: 'border.alerts.resolve' },
  { path: '/border/supervision', key: 'supervision', permission: 'border.alerts.supervise' },
  { path: '/border/watchlists', key: 'watchlists', permission: 'border.watchlists.manage' },
  { path: '/border/lost-documents', key: 'lostDocuments', permission: 'border.watchlists.manage' },
  { path: '/border/overstayers', key: 'overstayers', permission: 'border.crossings.read' },
  { path: '/border/statistics', key: 'statistics', permission: 'border.crossings.read' },
] as const;

type BorderPath = (typeof BORDER_TABS)[number]['path'];

/** The first border tab the caller may open, if any. */
export function firstBorderTab(me: Me | null | undefined): BorderPath | undefined {
  return BORDER_TABS.find((tab) => can(me, [tab.permission]))?.path;
}

/** The border frame with its tabs. */
export function BorderLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tabs = BORDER_TABS.filter((tab) => can(me, [tab.permission]));
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  return (
    <>
      <PageTitle>{t('modules.border.title')}</PageTitle>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = tabs.find((candidate) => candidate.path === value);
          if (tab) {
            void navigate({ to: tab.path });
          }
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={t('modules.border.title')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {t(`border.tabs.${tab.key}`)}
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
