/** The knowledge base: one tab per screen the caller may open, each its own address under /knowledge. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

/** The tabs, each with the permission that opens it (the server checks the same one). */
export const KNOWLEDGE_TABS = [
  { path: '/knowledge/articles', key: 'articles', permission: 'knowledge.edit' },
  { path: '/knowledge/review', key: 'review', permission: 'knowledge.publish' },
  { path: '/knowledge/calls', key: 'calls', permission: 'calls.log' },
  { path: '/knowledge/analytics', key: 'analytics', permission: 'knowledge.publish' },
  { path: '/knowledge/categories', key: 'categories', permission: 'knowledge.publish' },
  { path: '/knowledge/notices', key: 'notices', permission: 'reception.manage' },
] as const;
type KnowledgeTabKey = (typeof KNOWLEDGE_TABS)[number]['key'];

/** The first knowledge tab the caller may open, if any. */
export function firstKnowledgeTab(me: Me | null | undefined) {
  return firstTab(KNOWLEDGE_TABS, me);
}

/** The knowledge frame with its tabs. */
export function KnowledgeLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.knowledge.title')}
      label={t('modules.knowledge.title')}
      tabs={KNOWLEDGE_TABS}
      tabLabel={(key) => t(`knowledge.tabs.${key as KnowledgeTabKey}`)}
    />
  );
}
