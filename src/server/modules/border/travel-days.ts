/**
 * From recorded crossings to the stays the 90/180 calculator counts (`src/common/stays`). Pure.
 * A crossing's day is its calendar day at the BCP (the border's time zone), not in UTC.
 */
import type { Stay } from '../../../common/stays';
import { BORDER_TIME_ZONE } from './reference';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day ('YYYY-MM-DD') of an instant in a time zone. */
export function localDay(at: Date, timeZone: string = BORDER_TIME_ZONE): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(at);
}

/** True when the runtime knows the time zone (a site's details may name one). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export interface DatedCrossing {
  id: string;
  direction: string;
  at: Date;
  /** Local calendar day of the crossing. */
  day: string;
}

export interface StayTimeline {
  stays: Stay[];
  /** The entry still without an exit, if the person's last movement was an entry. */
  openEntry: { crossingId: string; day: string } | null;
  /** Movements that do not pair up, for an officer to look at; the days counted are the ones known. */
  anomalies: { crossingId: string; problem: 'exit-without-entry' | 'entry-without-exit' }[];
}

/**
 * Pairs entries with the next exit, in time order (ties: as given). Transit does not count. An exit
 * with no recorded entry counts its own day only, and an entry followed by another entry counts its own
 * day only: only the days the records prove are counted, and both are reported as anomalies.
 */
export function staysFromCrossings(crossings: readonly DatedCrossing[]): StayTimeline {
  const stays: Stay[] = [];
  const anomalies: StayTimeline['anomalies'] = [];
  let open: { crossingId: string; day: string } | null = null;
  const ordered = [...crossings].filter((c) => c.direction === 'entry' || c.direction === 'exit');
  ordered.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const crossing of ordered) {
    if (crossing.direction === 'entry') {
      if (open) {
        stays.push({ entry: open.day, exit: open.day });
        anomalies.push({ crossingId: open.crossingId, problem: 'entry-without-exit' });
      }
      open = { crossingId: crossing.id, day: crossing.day };
    } else if (open) {
      stays.push({ entry: open.day, exit: crossing.day });
      open = null;
    } else {
      stays.push({ entry: crossing.day, exit: crossing.day });
      anomalies.push({ crossingId: crossing.id, problem: 'exit-without-entry' });
    }
  }
  if (open) {
    stays.push({ entry: open.day, exit: null });
  }
  return { stays, openEntry: open, anomalies };
}
