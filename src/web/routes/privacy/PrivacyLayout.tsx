/** Privacy: retention rules, the purges run under them, and subject access, each its own address. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const PRIVACY_TABS = [
  { path: '/privacy/retention', key: 'retention', permission: 'privacy.retention.manage' },
  { path: '/privacy/purges', key: 'purges', permission: 'privacy.retention.manage' },
  { path: '/privacy/subject-access', key: 'subjectAccess', permission: 'privacy.subject-access' },
] as const;

type PrivacyTabKey = (typeof PRIVACY_TABS)[number]['key'];

/** The first tab the caller may open (where /privacy leads). */
export function firstPrivacyTab(me: Me | null | undefined) {
  return firstTab(PRIVACY_TABS, me);
}

/** The frame with its tabs. */
export function PrivacyLayout() {
  const { t } = useTranslation();
  return <SectionTabs title={t('modules.privacy.title')} label={t('modules.privacy.title')} tabs={PRIVACY_TABS} tabLabel={(key) => t(`privacy.tabs.${key as PrivacyTabKey}`)} />;
}
