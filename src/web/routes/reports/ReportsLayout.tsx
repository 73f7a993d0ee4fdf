/**
 * The reports frame: title, the filter every tab shares (it lives in the address, so it follows the user
 * from tab to tab and into a shared link), and one tab for the national indicators and one per module
 * dashboard the caller has (as the API lists them).
 */
import { Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { ReportFilters } from './ReportFilters';
import { dashboardQuery, dashboardsQuery, indicatorsQuery, type ReportFilter } from './reportsApi';
import { useReportText } from './cellFormat';

const route = getRouteApi('/app/reports');

const NATIONAL = '/reports/indicators';
const DASHBOARDS = '/reports/dashboards/';

/** The address of a module's dashboard. */
function dashboardPath(module: string): string {
  return `${DASHBOARDS}${module}`;
}

/** The module of a dashboard's address, null for the national page. */
function moduleOf(path: string): string | null {
  return path.startsWith(DASHBOARDS) ? path.slice(DASHBOARDS.length) : null;
}

/**
 * The open tab's answer for `filter`, observed without asking for it again (the tab's page does), so the
 * filter can show a refused period beside the field at fault.
 */
function useOpenReport(active: string | null, filter: ReportFilter) {
  const module = active ? moduleOf(active) : null;
  return useQuery({ ...(module ? dashboardQuery(module, filter) : indicatorsQuery(filter)), enabled: false });
}

/** The frame with its filter and tabs. */
export function ReportsLayout() {
  const { t } = useTranslation();
  const text = useReportText();
  const navigate = useNavigate();
  const filter = route.useSearch();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const dashboards = useQuery(dashboardsQuery);
  const tabs = [
    { path: NATIONAL, label: t('reports.tabs.indicators') },
    ...(dashboards.data ?? []).map((d) => ({ path: dashboardPath(d.module), label: text(`dashboards.${d.module}`) })),
  ];
  const active = tabs.find((tab) => pathname.startsWith(tab.path))?.path ?? null;
  const open = useOpenReport(active, filter);
  const go = (path: string, search: ReportFilter) => {
    const module = moduleOf(path);
    void (module
      ? navigate({ to: '/reports/dashboards/$module', params: { module }, search })
      : navigate({ to: NATIONAL, search }));
  };
  return (
    <>
      <PageTitle>{t('modules.reports.title')}</PageTitle>
      <Stack gap="md">
        <Text maw={820}>{t('reports.intro')}</Text>
        <ReportFilters
          filter={filter}
          onChange={(next) => go(active ?? NATIONAL, next)}
          errors={fieldErrors(open.error)}
        />
        <ErrorAlert error={dashboards.error} />
        <Tabs value={active} onChange={(value) => value && go(value, filter)} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('reports.tabs.label')}>
            {tabs.map((tab) => (
              <Tabs.Tab key={tab.path} value={tab.path}>
                {tab.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {active && (
            <Tabs.Panel value={active}>
              <Outlet />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
    </>
  );
}
