/** Shapes and queries of the reports API (/api/reports/*): indicators, dashboards, filter choices and file addresses. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { addDays } from '../../../common/stays';
import { zonedDayOf } from '../../../common/dates/zoned-day';
import { DEFAULT_PERIOD_DAYS, REPORTS_TIME_ZONE } from '../../../server/modules/reports/filter';
// Type only: an indicator's table is the server's own shape, so the two cannot drift apart.
import type { CellValue, Column, Row } from '../../../server/modules/reports/table';
import { api, queryString } from '../../api';

export type { CellValue, Column, Row };

/** The filter every indicator shares, as it stands in the page's address (empty parts left out). */
export interface ReportFilter {
  /** First local day, YYYY-MM-DD; the server's default (the last 30 days) when absent. */
  from?: string;
  /** Last local day, included. */
  to?: string;
  siteId?: string;
  organisationId?: string;
}

export interface Indicator {
  key: string;
  module: string;
  titleKey: string;
  descriptionKey: string;
  /** The filters that mean something for this indicator's rows (the period always applies). */
  filters: { site: boolean; organisation: boolean };
  personal: boolean;
  /** The caller may open the rows behind it, so nothing is suppressed for them. */
  recordAccess: boolean;
  chart: { type: 'bar' | 'stacked-bar'; x: string; series: string[] };
  columns: Column[];
  rows: Row[];
  total: Row | null;
  anySuppressed: boolean;
}

export interface Report {
  filter: { from: string; to: string; siteId: string | null; organisationId: string | null; timeZone: string };
  suppression: { threshold: number };
  indicators: Indicator[];
}

export interface Dashboard {
  module: string;
  indicators: string[];
}

export interface FilterChoices {
  sites: { id: string; code: string; name: string; type: string }[];
  organisations: { id: string; name: string; type: string }[];
}

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

/** The period a report opens with when the address names none: the last 30 days in the country's calendar. */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const to = zonedDayOf(now, REPORTS_TIME_ZONE);
  return { from: addDays(to, -(DEFAULT_PERIOD_DAYS - 1)), to };
}

function filterQuery(filter: ReportFilter): string {
  return queryString({ ...filter });
}

/** Every indicator the caller may see (the national page); the previous answer stays on screen while the next is counted. */
export function indicatorsQuery(filter: ReportFilter) {
  return queryOptions({
    queryKey: ['reports', 'indicators', filter],
    queryFn: () => api.get<Report>(`/api/reports/indicators${filterQuery(filter)}`),
    placeholderData: keepPreviousData,
  });
}

/** One module's indicators. */
export function dashboardQuery(module: string, filter: ReportFilter) {
  return queryOptions({
    queryKey: ['reports', 'dashboards', module, filter],
    queryFn: () => api.get<Report>(`/api/reports/dashboards/${encodeURIComponent(module)}${filterQuery(filter)}`),
    placeholderData: keepPreviousData,
  });
}

/** The modules with a dashboard for the caller (nothing is counted to answer it). */
export const dashboardsQuery = queryOptions({
  queryKey: ['reports', 'dashboards'],
  queryFn: async () => (await api.get<{ dashboards: Dashboard[] }>('/api/reports/dashboards')).dashboards,
  staleTime: 5 * 60_000,
});

/** The sites and organisations the filter offers (within the caller's scope). */
export const filterChoicesQuery = queryOptions({
  queryKey: ['reports', 'filters'],
  queryFn: () => api.get<FilterChoices>('/api/reports/filters'),
  staleTime: 5 * 60_000,
});

/** The address of one indicator's table as a file (the server names it after the key and period). */
export function indicatorFileUrl(key: string, format: ExportFormat, filter: ReportFilter): string {
  return `/api/reports/indicators/${encodeURIComponent(key)}/export${queryString({ ...filter, format })}`;
}
