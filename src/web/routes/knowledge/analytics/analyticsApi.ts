/** Shapes and queries of the knowledge analytics (/api/knowledge/analytics/*), and their CSV addresses. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { addDays } from '../../../../common/stays';
import { api, queryString } from '../../../api';
import { today } from '../calls/callsApi';
import type { CallOutcome } from '../knowledgeApi';

export interface Period {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, included. */
  to: string;
}

export interface SearchRow {
  query: string;
  language: string;
  searches: number;
  lastAt: string;
  results: number;
}

export interface HelpfulnessRow {
  articleId: string;
  key: string;
  language: string;
  helpful: number;
  notHelpful: number;
}

export interface CallsRow {
  /** Monday of the ISO week, YYYY-MM-DD. */
  week: string;
  categoryId: string | null;
  topic: string;
  language: string;
  outcome: CallOutcome;
  calls: number;
}

/** The reports the server also gives as CSV. */
export type Report = 'top-searches' | 'no-results' | 'helpfulness' | 'calls';

/** Length of the period the analytics open with, today included. */
const DEFAULT_DAYS = 30;

/** The last 30 days. */
export function defaultPeriod(): Period {
  const to = today();
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to };
}

/** Top searches and searches that found nothing. */
export function searchAnalyticsQuery(period: Period) {
  return queryOptions({
    queryKey: ['knowledge', 'analytics', 'searches', period],
    queryFn: () =>
      api.get<{ top: SearchRow[]; noResults: SearchRow[] }>(
        `/api/knowledge/analytics/searches${queryString({ ...period })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

/** "Was this helpful?" answers per article and language. */
export function helpfulnessQuery(period: Period) {
  return queryOptions({
    queryKey: ['knowledge', 'analytics', 'helpfulness', period],
    queryFn: async () =>
      (
        await api.get<{ rows: HelpfulnessRow[] }>(
          `/api/knowledge/analytics/helpfulness${queryString({ ...period })}`,
        )
      ).rows,
    placeholderData: keepPreviousData,
  });
}

/** Calls per week by topic, language and outcome; topics named in `language`. */
export function callAnalyticsQuery(period: Period, language: string) {
  return queryOptions({
    queryKey: ['knowledge', 'analytics', 'calls', period, language],
    queryFn: async () =>
      (
        await api.get<{ rows: CallsRow[] }>(
          `/api/knowledge/analytics/calls${queryString({ ...period, lang: language })}`,
        )
      ).rows,
    placeholderData: keepPreviousData,
  });
}

/** The address of a report as CSV (the server names the file). */
export function reportCsvUrl(report: Report, period: Period): string {
  return `/api/knowledge/analytics/${report}/csv${queryString({ ...period })}`;
}
