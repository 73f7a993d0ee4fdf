/**
 * The short-stay rule "90 days in any 180-day period" (Schengen Borders Code, art. 6), as a
 * calculator: days used and left on a day, overstay, latest legal exit, and planned trips.
 *
 * Every day on which the person is in the territory counts once, entry and exit days included;
 * the window is the 180 days ending on (and including) the day being evaluated. A day of presence
 * is lawful when the window ending on it holds at most 90 days of presence.
 */
import { isIsoDate, isoDateOf, fromDayNumber, toDayNumber, type IsoDate } from './days';

/** One stay in the territory: the entry day and the exit day, or no exit while the person is still in. */
export interface Stay {
  entry: IsoDate;
  exit?: IsoDate | null;
}

/** The numbers of a stay rule: at most `maxDays` days of presence in any `windowDays` consecutive days. */
export interface StayRule {
  maxDays: number;
  windowDays: number;
}

/** The Schengen-style rule: 90 days in any 180. */
export const SHORT_STAY_RULE: StayRule = { maxDays: 90, windowDays: 180 };

/** What to evaluate: the day (default: today, UTC) and the rule (default: 90/180). */
export interface StayOptions {
  referenceDate?: IsoDate;
  rule?: StayRule;
}

/** The person's position under the rule on the reference date. */
export interface StayEvaluation {
  referenceDate: IsoDate;
  /** First day of the window; the window ends on the reference date. */
  windowStart: IsoDate;
  /** Days of presence in the window, the reference date included. */
  daysUsed: number;
  /** Days still available in the window (never negative). */
  daysLeft: number;
  /** In the territory on the reference date (an open stay or a stay covering that day). */
  present: boolean;
  /** Present on the reference date with more than the allowed days in the window. */
  overstaying: boolean;
  /** First day of the overstay that is still going on, or null. */
  overstayStart: IsoDate | null;
  /** Days of that overstay up to and including the reference date (0 when not overstaying). */
  overstayDays: number;
  /** Last day the person may leave on, staying continuously from the reference date; null when no day is lawful. */
  latestLegalExit: IsoDate | null;
}

/** A trip being planned: the intended entry day and how many days (entry and exit days included). */
export interface PlannedTrip {
  entry: IsoDate;
  days: number;
}

/** Whether a planned trip keeps to the rule, and how long it could be. */
export interface TripPlan {
  entry: IsoDate;
  requestedDays: number;
  /** True when every day of the requested trip is lawful. */
  allowed: boolean;
  /** Most consecutive days, from the entry day, that are lawful (0 when entering on that day already breaks the rule). */
  allowedDays: number;
  /** Last lawful exit day for a trip starting on the entry day, or null. */
  latestExit: IsoDate | null;
  /** First day of the requested trip that would break the rule, or null when allowed. */
  firstUnlawfulDay: IsoDate | null;
}

/** Inclusive range of day numbers. */
interface DayRange {
  start: number;
  end: number;
}

/** Evaluates a person's stays on the reference date (open stays count up to that day). */
export function evaluateStays(stays: readonly Stay[], options: StayOptions = {}): StayEvaluation {
  const rule = checkRule(options.rule ?? SHORT_STAY_RULE);
  const reference = referenceDayOf(options);
  const presence = presenceUpTo(stays, reference);
  const windowStart = reference - rule.windowDays + 1;
  const daysUsed = countDays(presence, windowStart, reference);
  const present = isPresent(presence, reference);
  const overstaying = present && daysUsed > rule.maxDays;
  const overstayStart = overstaying ? startOfOverstay(presence, reference, rule) : null;
  const lastLawful = lastLawfulDay(presence, reference, rule);
  return {
    referenceDate: fromDayNumber(reference),
    windowStart: fromDayNumber(windowStart),
    daysUsed,
    daysLeft: Math.max(0, rule.maxDays - daysUsed),
    present,
    overstaying,
    overstayStart: overstayStart === null ? null : fromDayNumber(overstayStart),
    overstayDays: overstayStart === null ? 0 : reference - overstayStart + 1,
    latestLegalExit: lastLawful === null ? null : fromDayNumber(lastLawful),
  };
}

/**
 * Checks a planned trip against the stays recorded up to the reference date (open stays are
 * taken to end on that day, as the person has to leave before entering again).
 */
export function planTrip(stays: readonly Stay[], trip: PlannedTrip, options: StayOptions = {}): TripPlan {
  const rule = checkRule(options.rule ?? SHORT_STAY_RULE);
  if (!Number.isInteger(trip.days) || trip.days < 1) {
    throw new RangeError(`A planned trip lasts a whole number of days, at least 1 (got ${trip.days})`);
  }
  const entry = dayOf(trip.entry, 'Planned entry');
  const presence = presenceUpTo(stays, referenceDayOf(options));
  const lastLawful = lastLawfulDay(presence, entry, rule);
  const allowedDays = lastLawful === null ? 0 : lastLawful - entry + 1;
  const allowed = allowedDays >= trip.days;
  return {
    entry: fromDayNumber(entry),
    requestedDays: trip.days,
    allowed,
    allowedDays,
    latestExit: lastLawful === null ? null : fromDayNumber(lastLawful),
    firstUnlawfulDay: allowed ? null : fromDayNumber(entry + allowedDays),
  };
}

/**
 * Last day D such that a person present every day from `from` to D (on top of the recorded
 * presence) breaks the rule on none of those days; null when `from` itself would break it.
 */
function lastLawfulDay(presence: readonly DayRange[], from: number, rule: StayRule): number | null {
  let lastLawful: number | null = null;
  // Continuous presence alone breaks the rule after maxDays days, so the loop is short.
  for (let day = from; day <= from + rule.maxDays; day += 1) {
    const windowStart = day - rule.windowDays + 1;
    const recorded = countDays(presence, windowStart, from - 1);
    const continuous = day - Math.max(from, windowStart) + 1;
    if (recorded + continuous > rule.maxDays) {
      break;
    }
    lastLawful = day;
  }
  return lastLawful;
}

/** Walks back from an overstay day while the person was present and the window was over the limit. */
function startOfOverstay(presence: readonly DayRange[], reference: number, rule: StayRule): number {
  let start = reference;
  while (
    isPresent(presence, start - 1) &&
    countDays(presence, start - rule.windowDays, start - 1) > rule.maxDays
  ) {
    start -= 1;
  }
  return start;
}

/** Days of presence between two days, both included. */
function countDays(presence: readonly DayRange[], from: number, to: number): number {
  let total = 0;
  for (const range of presence) {
    const start = Math.max(range.start, from);
    const end = Math.min(range.end, to);
    if (end >= start) {
      total += end - start + 1;
    }
  }
  return total;
}

function isPresent(presence: readonly DayRange[], day: number): boolean {
  return presence.some((range) => range.start <= day && day <= range.end);
}

/** The stays as sorted, merged day ranges, cut at `lastDay`; overlapping stays count each day once. */
function presenceUpTo(stays: readonly Stay[], lastDay: number): DayRange[] {
  const ranges: DayRange[] = [];
  stays.forEach((stay, index) => {
    const label = `Stay ${index + 1}`;
    const start = dayOf(stay.entry, `${label}: entry`);
    const exit = stay.exit === undefined || stay.exit === null ? null : dayOf(stay.exit, `${label}: exit`);
    if (exit !== null && exit < start) {
      throw new RangeError(`${label}: exit ${stay.exit} is before entry ${stay.entry}`);
    }
    // Recorded days after the reference date have not happened yet as far as this evaluation goes.
    const end = Math.min(exit ?? lastDay, lastDay);
    if (start <= end) {
      ranges.push({ start, end });
    }
  });
  ranges.sort((a, b) => a.start - b.start);
  const merged: DayRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end + 1) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

function referenceDayOf(options: StayOptions): number {
  return dayOf(options.referenceDate ?? isoDateOf(new Date()), 'Reference date');
}

function dayOf(date: IsoDate, label: string): number {
  if (typeof date !== 'string' || !isIsoDate(date)) {
    throw new RangeError(`${label} "${String(date)}" is not a calendar date written YYYY-MM-DD`);
  }
  return toDayNumber(date);
}

function checkRule(rule: StayRule): StayRule {
  if (
    !Number.isInteger(rule.maxDays) ||
    !Number.isInteger(rule.windowDays) ||
    rule.maxDays < 1 ||
    rule.windowDays <= rule.maxDays
  ) {
    throw new RangeError(
      `A stay rule needs whole numbers with 1 ≤ maxDays < windowDays (got ${rule.maxDays}/${rule.windowDays})`,
    );
  }
  return rule;
}
