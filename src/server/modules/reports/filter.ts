/** The one filter of every indicator: a period of the country's local days, optionally a site and an organisation. */
import { invalid } from '../../platform/errors';
import { zonedDayOf, zonedPeriod } from '../../../common/dates/zoned-day';

/** The country's calendar: the days of a period begin and end at local midnight here. */
export const REPORTS_TIME_ZONE = 'Europe/Bucharest';
/** The period when none is given: the last 30 days, today included. */
export const DEFAULT_PERIOD_DAYS = 30;
/** The longest period one answer covers: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

export interface FilterQuery {
  from?: string;
  to?: string;
  siteId?: string;
  organisationId?: string;
}

/** A resolved filter: days given or defaulted, and the instants bounding them. */
export interface IndicatorFilter {
  from: string;
  to: string;
  /** [start of `from`, start of the day after `to`) in the country's time zone. */
  between: { from: Date; to: Date };
  siteId?: string;
  organisationId?: string;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** Resolves the query against today (in the country's time zone); refuses a reversed or too long period naming the field. */
export function resolveFilter(query: FilterQuery, now: Date): IndicatorFilter {
  const to = query.to ?? zonedDayOf(now, REPORTS_TIME_ZONE);
  const from = query.from ?? shiftDay(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (from > to) {
    throw invalid(`The period ends (${to}) before it begins (${from})`, [{ field: 'to', message: `Before the first day of the period (${from})` }]);
  }
  const days = dayCount(from, to);
  if (days > MAX_PERIOD_DAYS) {
    throw invalid(`The period is ${days} days long; an indicator covers at most ${MAX_PERIOD_DAYS}`, [
      { field: 'from', message: `At most ${MAX_PERIOD_DAYS} days: begin on ${shiftDay(to, -(MAX_PERIOD_DAYS - 1))} or later` },
    ]);
  }
  return {
    from,
    to,
    between: zonedPeriod(from, to, REPORTS_TIME_ZONE),
    ...(query.siteId ? { siteId: query.siteId } : {}),
    ...(query.organisationId ? { organisationId: query.organisationId } : {}),
  };
}

/** The filter as written in audit entries and answers. */
export function describeFilter(filter: IndicatorFilter) {
  return { from: filter.from, to: filter.to, siteId: filter.siteId ?? null, organisationId: filter.organisationId ?? null, timeZone: REPORTS_TIME_ZONE };
}
