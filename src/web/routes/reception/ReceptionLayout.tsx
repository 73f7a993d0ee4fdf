/**
 * Reception and asylum: one tab per screen the caller may open, each its own address under /reception.
 * Centres, the live board, asylum and minors need reception.read; pre-registration needs influx.preregister.
 */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const RECEPTION_TABS = [
  { path: '/reception/centres', key: 'centres', permission: 'reception.read' },
  { path: '/reception/influx', key: 'influx', permission: 'influx.preregister' },
  { path: '/reception/board', key: 'board', permission: 'reception.read' },
  { path: '/reception/exercises', key: 'exercises', permission: 'reception.read' },
  { path: '/reception/applications', key: 'applications', permission: 'reception.read' },
  { path: '/reception/minors', key: 'minors', permission: 'reception.read' },
  { path: '/reception/representatives', key: 'representatives', permission: 'reception.read' },
  { path: '/reception/follow-ups', key: 'followUps', permission: 'reception.read' },
] as const;

type ReceptionTabKey = (typeof RECEPTION_TABS)[number]['key'];

/** The first reception tab the caller may open (where /reception leads). */
export function firstReceptionTab(me: Me | null | undefined) {
  return firstTab(RECEPTION_TABS, me);
}

/** The reception frame with its tabs. */
export function ReceptionLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.reception.title')}
      label={t('modules.reception.title')}
      tabs={RECEPTION_TABS}
      tabLabel={(key) => t(`reception.tabs.${key as ReceptionTabKey}`)}
    />
  );
}
