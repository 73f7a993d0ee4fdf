/**
 * Whether a period lies inside an interpreter's declared availability: weekly windows in the interpreter's
 * wall-clock time, dated windows, minus unavailability. Pure: no database, no clock.
 */
import { zonedDayOf, zonedTime } from '../../../common/dates/zoned-day';

export interface WeeklyWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight. */
  startMinute: number;
  endMinute: number;
}

export interface Period {
  startsAt: Date;
  endsAt: Date;
}

export interface Availability {
  timeZone: string;
  weekly: readonly WeeklyWindow[];
  dated: readonly Period[];
  unavailable: readonly Period[];
}

/** Why a period is not plainly available. */
export type AvailabilityProblem = 'no-availability-declared' | 'outside-availability' | 'unavailable';

const DAY_MS = 86_400_000;

/** ISO weekday of a local day. */
function isoWeekday(day: string): number {
  const d = new Date(`${day}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

function addDays(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The weekly windows as instants over the local days the period touches (one day either side for safety). */
function weeklyIntervals(availability: Availability, period: Period): Period[] {
  const intervals: Period[] = [];
  const last = zonedDayOf(period.endsAt, availability.timeZone);
  for (let day = addDays(zonedDayOf(period.startsAt, availability.timeZone), -1); day <= last; day = addDays(day, 1)) {
    const weekday = isoWeekday(day);
    for (const w of availability.weekly) {
      if (w.weekday === weekday) {
        intervals.push({ startsAt: zonedTime(day, w.startMinute, availability.timeZone), endsAt: zonedTime(day, w.endMinute, availability.timeZone) });
      }
    }
  }
  return intervals;
}

/** True when the union of `intervals` covers `period` without a gap. */
function covers(intervals: readonly Period[], period: Period): boolean {
  const sorted = [...intervals].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  let reached = period.startsAt.getTime();
  for (const i of sorted) {
    if (i.startsAt.getTime() > reached) {
      break;
    }
    reached = Math.max(reached, i.endsAt.getTime());
    if (reached >= period.endsAt.getTime()) {
      return true;
    }
  }
  return reached >= period.endsAt.getTime();
}

/** True when two half-open periods share an instant (touching ends do not overlap). */
export function overlaps(a: Period, b: Period): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** The problems with booking `period` given the interpreter's availability; empty when it is inside it. */
export function availabilityProblems(availability: Availability, period: Period): AvailabilityProblem[] {
  const problems: AvailabilityProblem[] = [];
  if (availability.unavailable.some((u) => overlaps(u, period))) {
    problems.push('unavailable');
  }
  if (availability.weekly.length === 0 && availability.dated.length === 0) {
    problems.push('no-availability-declared');
  } else if (!covers([...weeklyIntervals(availability, period), ...availability.dated], period)) {
    problems.push('outside-availability');
  }
  return problems;
}

/** "09:00" → 540. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** 540 → "09:00"; 1440 → "24:00". */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
