/** Interpreters: the pool, booking an interpreter, and the bookings of a period, each its own address. */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const INTERPRETER_TABS = [
  { path: '/interpreters/pool', key: 'pool', permission: 'interpreters.book' },
  { path: '/interpreters/new-booking', key: 'book', permission: 'interpreters.book' },
  { path: '/interpreters/bookings', key: 'bookings', permission: 'interpreters.book' },
] as const;

type InterpreterTabKey = (typeof INTERPRETER_TABS)[number]['key'];

/** The first tab the caller may open (where /interpreters leads). */
export function firstInterpreterTab(me: Me | null | undefined) {
  return (
    firstTab(INTERPRETER_TABS, me) ??
    (me?.permissions.includes('interpreters.manage') ? '/interpreters/pool' : undefined)
  );
}

/** The frame with its tabs. */
export function InterpretersLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.interpreters.title')}
      label={t('modules.interpreters.title')}
      tabs={INTERPRETER_TABS}
      tabLabel={(key) => t(`interpreters.tabs.${key as InterpreterTabKey}`)}
    />
  );
}
