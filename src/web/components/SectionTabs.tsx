/** A module's frame with one tab per screen the caller may open, each its own address (admin, border). */
import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { PageTitle } from './PageTitle';
import { can, useMe, type Me } from '../session';

export interface SectionTab {
  path: string;
  key: string;
  /** The permission the tab needs; null: any signed-in user (e.g. one's own learning). */
  permission: string | null;
}

/** True when the caller may open the tab. */
function mayOpen(tab: SectionTab, me: Me | null | undefined): boolean {
  return tab.permission === null ? !!me : can(me, [tab.permission]);
}

/** The first tab the caller may open, if any (where the module's own address leads). */
export function firstTab<T extends SectionTab>(tabs: readonly T[], me: Me | null | undefined): T['path'] | undefined {
  return tabs.find((tab) => mayOpen(tab, me))?.path;
}

/** The title, the tabs the caller may open, and the open tab's page. */
export function SectionTabs({
  title,
  label,
  tabs,
  tabLabel,
}: {
  title: string;
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly SectionTab[];
  tabLabel: (key: string) => string;
}) {
  const me = useMe();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const allowed = tabs.filter((tab) => mayOpen(tab, me));
  const active = allowed.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Tabs
        value={active}
        onChange={(value) => {
          const tab = allowed.find((candidate) => candidate.path === value);
          if (tab) {
            void navigate({ to: tab.path });
          }
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" aria-label={label}>
          {allowed.map((tab) => (
            <Tabs.Tab key={tab.path} value={tab.path}>
              {tabLabel(tab.key)}
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
