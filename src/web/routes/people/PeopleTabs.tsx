/** The people area's own navigation: search, register, duplicates (each shown only with its permission). */
import { Tabs } from '@mantine/core';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can, useMe } from '../../session';

const PEOPLE_TABS = [
  { path: '/people', key: 'search', permission: 'people.read' },
  { path: '/people/new', key: 'register', permission: 'people.write' },
  { path: '/people/duplicates', key: 'duplicates', permission: 'people.merge' },
] as const;

/** Tabs linking the people screens. */
export function PeopleTabs() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const tabs = PEOPLE_TABS.filter((tab) => can(me, [tab.permission]));
  const active = tabs.find((tab) => tab.path === pathname)?.path ?? null;
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        const tab = tabs.find((candidate) => candidate.path === value);
        if (tab) {
          void navigate({ to: tab.path });
        }
      }}
      mb="md"
    >
      <Tabs.List aria-label={t('people.tabsLabel')}>
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.path} value={tab.path}>
            {t(`people.tabs.${tab.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
