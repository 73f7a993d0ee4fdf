/** Shapes and queries of GET /api/border/statistics. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { addDays } from '../../../../common/stays';
import type { Direction } from '../../../../server/modules/border/reference';
// Type only: the report's shape is the service's return type, so the two cannot drift apart.
import type { borderStatistics } from '../../../../server/modules/border/statistics';
import { localDay } from '../../../../server/modules/border/travel-days';
import { api, queryString } from '../../../api';

export {
  ALERT_STATUSES,
  DIRECTIONS,
  type AlertStatus,
  type Decision,
  type Direction,
} from '../../../../server/modules/border/reference';

export type BorderStatistics = Awaited<ReturnType<typeof borderStatistics>>;

export interface StatisticsFilter {
  /** First local day at the border, YYYY-MM-DD. */
  from: string;
  /** Last local day, included. */
  to: string;
  siteId: string;
  direction: Direction | '';
}

/** Length of the period a report opens with, today included. */
const DEFAULT_DAYS = 30;

/** The last 30 days at the border, all BCPs, every direction. */
export function defaultFilter(now = new Date()): StatisticsFilter {
  const to = localDay(now);
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to, siteId: '', direction: '' };
}

/** The report for a filter; the previous report stays on screen while the next one is counted. */
export function statisticsQuery(filter: StatisticsFilter) {
  return queryOptions({
    queryKey: ['border', 'statistics', filter],
    queryFn: () => api.get<BorderStatistics>(`/api/border/statistics${queryString({ ...filter })}`),
    placeholderData: keepPreviousData,
  });
}
