/**
 * Cases: the caseworker's home, the case list, the trafficking indicators a first-line professional files,
 * and the return statistics; one tab per screen the caller may open, each its own address under /cases.
 */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const CASES_TABS = [
  { path: '/cases/home', key: 'home', permission: 'cases.read' },
  { path: '/cases/list', key: 'list', permission: 'cases.read' },
  { path: '/cases/signals', key: 'signals', permission: 'cases.signal' },
  { path: '/cases/statistics', key: 'statistics', permission: 'cases.read' },
] as const;
type CasesTabKey = (typeof CASES_TABS)[number]['key'];

/** The first cases tab the caller may open (where /cases leads). */
export function firstCasesTab(me: Me | null | undefined) {
  return firstTab(CASES_TABS, me);
}

/** The cases frame with its tabs. */
export function CasesLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.cases.title')}
      label={t('modules.cases.title')}
      tabs={CASES_TABS}
      tabLabel={(key) => t(`cases.tabs.${key as CasesTabKey}`)}
    />
  );
}
