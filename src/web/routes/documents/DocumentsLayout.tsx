/** Temporary identity documents: one tab per screen the caller may open, each its own address under /documents. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const DOCUMENTS_TABS = [
  { path: '/documents/register', key: 'register', permission: 'documents.read' },
  { path: '/documents/approvals', key: 'approvals', permission: 'documents.approve' },
  { path: '/documents/offices', key: 'offices', permission: 'documents.read' },
  { path: '/documents/types', key: 'types', permission: 'documents.configure' },
  { path: '/documents/keys', key: 'keys', permission: 'documents.configure' },
] as const;
type DocumentsTabKey = (typeof DOCUMENTS_TABS)[number]['key'];

/** The first documents tab the caller may open, if any. */
export function firstDocumentsTab(me: Me | null | undefined) {
  return firstTab(DOCUMENTS_TABS, me);
}

/** The documents frame with its tabs. */
export function DocumentsLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.documents.title')}
      label={t('modules.documents.title')}
      tabs={DOCUMENTS_TABS}
      tabLabel={(key) => t(`documents.tabs.${key as DocumentsTabKey}`)}
    />
  );
}
