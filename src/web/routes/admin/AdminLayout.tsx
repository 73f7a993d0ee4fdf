/** Administration: one tab per area the caller may manage, each its own address under /admin. */
import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { can, useMe, type Me } from '../../session';

export const ADMIN_TABS = [
  { path: '/admin/organisations', key: 'organisations', permission: 'admin.organisations.manage' },
  { path: '/admin/sites', key: 'sites', permission: 'admin.sites.manage' },
  { path: '/admin/users', key: 'users', permission: 'admin.users.manage' },
  { path: '/admin/roles', key: 'roles', permission: 'admin.roles.manage' },
  { path: '/admin/api-keys', key: 'apiKeys', permission: 'admin.apikeys.manage' },
] as const;

type AdminPath = (typeof ADMIN_TABS)[number]['path'];

/** The first administration tab the caller may open, if any. */
export function firstAdminTab(me: Me | null | undefined): AdminPath | undefined {
  return ADMIN_TABS.find((tab) => can(me, [tab.permission]))?.path;
}

/** The administration frame with its tabs. */
export function AdminLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tabs = ADMIN_TABS.filter((tab) => can(me, [tab.permission]));
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  return (
    <>
      <PageTitle>{t('modules.admin.title')}</PageTitle>
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
        <Tabs.List mb="md" aria-label={t('admin.tabsLabel')}>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {t(`admin.tabs.${tab.key}`)}
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
