/** Border management: one tab per screen the caller may open, each its own address under /border. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const BORDER_TABS = [
  { path: '/border/desk', key: 'desk', permission: 'border.crossings.record' },
  { path: '/border/crossings', key: 'crossings', permission: 'border.crossings.read' },
  { path: '/border/alerts', key: 'alerts', permission: 'border.alerts.resolve' },
  { path: '/border/supervision', key: 'supervision', permission: 'border.alerts.supervise' },
  { path: '/border/watchlists', key: 'watchlists', permission: 'border.watchlists.manage' },
  { path: '/border/lost-documents', key: 'lostDocuments', permission: 'border.watchlists.manage' },
  { path: '/border/overstayers', key: 'overstayers', permission: 'border.crossings.read' },
  { path: '/border/statistics', key: 'statistics', permission: 'border.crossings.read' },
  { path: '/border/posts', key: 'posts', permission: 'sync.monitor' },
] as const;
type BorderTabKey = (typeof BORDER_TABS)[number]['key'];

/** The first border tab the caller may open, if any. */
export function firstBorderTab(me: Me | null | undefined) {
  return firstTab(BORDER_TABS, me);
}

/** The border frame with its tabs. */
export function BorderLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.border.title')}
      label={t('modules.border.title')}
      tabs={BORDER_TABS}
      tabLabel={(key) => t(`border.tabs.${key as BorderTabKey}`)}
    />
  );
}
