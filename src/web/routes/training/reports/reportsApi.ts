/** People trained over a period (/api/training/reports/trained), its files, and its figures by one dimension. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../../api';

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, included. */
  to: string;
}

export interface TrainedRow {
  organisation: string;
  course: string;
  /** YYYY-MM. */
  month: string;
  sex: string;
  /** Participants who reached the attendance threshold. */
  trained: number;
  /** Of those, the ones with both tests scored. */
  evaluated: number;
}

export interface TrainedReport {
  rows: TrainedRow[];
  totals: { trained: number; evaluated: number };
}

export const REPORT_DIMENSIONS = ['organisation', 'course', 'month', 'sex'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** The report for a period. */
export function trainedReportQuery(period: Period) {
  return queryOptions({
    queryKey: ['training', 'reports', 'trained', period],
    queryFn: () => api.get<TrainedReport>(`/api/training/reports/trained${queryString({ ...period })}`),
    placeholderData: keepPreviousData,
  });
}

/** The address of the report as a CSV or XLSX file. */
export function trainedReportFileUrl(format: 'csv' | 'xlsx', period: Period): string {
  return `/api/training/reports/trained.${format}${queryString({ ...period })}`;
}

/** Totals per value of one dimension, in its natural order (months in time, the others by size). */
export function totalsBy(
  rows: readonly TrainedRow[],
  dimension: ReportDimension,
): { key: string; trained: number; evaluated: number }[] {
  const totals = new Map<string, { key: string; trained: number; evaluated: number }>();
  for (const row of rows) {
    const key = row[dimension];
    const total = totals.get(key) ?? { key, trained: 0, evaluated: 0 };
    total.trained += row.trained;
    total.evaluated += row.evaluated;
    totals.set(key, total);
  }
  const list = [...totals.values()];
  return dimension === 'month'
    ? list.sort((a, b) => a.key.localeCompare(b.key))
    : list.sort((a, b) => b.trained - a.trained || a.key.localeCompare(b.key));
}
