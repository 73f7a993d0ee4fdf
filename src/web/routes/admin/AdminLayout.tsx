/** Administration: one tab per area the caller may manage, each its own address under /admin. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const ADMIN_TABS = [
  { path: '/admin/organisations', key: 'organisations', permission: 'admin.organisations.manage' },
  { path: '/admin/sites', key: 'sites', permission: 'admin.sites.manage' },
  { path: '/admin/users', key: 'users', permission: 'admin.users.manage' },
  { path: '/admin/roles', key: 'roles', permission: 'admin.roles.manage' },
  { path: '/admin/api-keys', key: 'apiKeys', permission: 'admin.apikeys.manage' },
  { path: '/admin/api-usage', key: 'apiUsage', permission: 'admin.apikeys.manage' },
] as const;
type AdminTabKey = (typeof ADMIN_TABS)[number]['key'];

/** The first administration tab the caller may open, if any. */
export function firstAdminTab(me: Me | null | undefined) {
  return firstTab(ADMIN_TABS, me);
}

/** The administration frame with its tabs. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.admin.title')}
      label={t('admin.tabsLabel')}
      tabs={ADMIN_TABS}
      tabLabel={(key) => t(`admin.tabs.${key as AdminTabKey}`)}
    />
  );
}
