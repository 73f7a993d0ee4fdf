/** Availability rules: weekly windows in the interpreter's wall-clock time (daylight saving included), dated windows, unavailability. */
import { describe, expect, it } from 'vitest';
import { availabilityProblems, minutesOf, overlaps, timeOf, type Availability } from './availability';

const at = (iso: string) => new Date(iso);
const period = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
// Monday to Friday 09:00–17:00 Bucharest time.
const weekdays: Availability = { timeZone: 'Europe/Bucharest', weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 540, endMinute: 1020 })), dated: [], unavailable: [] };

describe('interpreter availability', () => {
  it('accepts a period inside a weekly window, in local time (winter: UTC+2, summer: UTC+3)', () => {
    // Tuesday 8 December 2026, 10:00–11:00 local = 08:00–09:00 UTC.
    expect(availabilityProblems(weekdays, period('2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'))).toEqual([]);
    // Tuesday 9 June 2026, 09:00–17:00 local = 06:00–14:00 UTC.
    expect(availabilityProblems(weekdays, period('2026-06-09T06:00:00Z', '2026-06-09T14:00:00Z'))).toEqual([]);
    expect(availabilityProblems(weekdays, period('2026-06-09T05:59:00Z', '2026-06-09T07:00:00Z'))).toEqual(['outside-availability']);
  });

  it('keeps local hours on the day clocks change (29 March 2026: 03:00 becomes 04:00)', () => {
    const sunday: Availability = { ...weekdays, weekly: [{ weekday: 7, startMinute: 600, endMinute: 720 }] };
    // 10:00 local after the change is 07:00 UTC.
    expect(availabilityProblems(sunday, period('2026-03-29T07:00:00Z', '2026-03-29T09:00:00Z'))).toEqual([]);
    expect(availabilityProblems(sunday, period('2026-03-29T06:30:00Z', '2026-03-29T07:30:00Z'))).toEqual(['outside-availability']);
  });

  it('refuses weekends and evenings, and a period straddling the end of a window', () => {
    expect(availabilityProblems(weekdays, period('2026-12-12T08:00:00Z', '2026-12-12T09:00:00Z'))).toEqual(['outside-availability']);
    expect(availabilityProblems(weekdays, period('2026-12-08T14:30:00Z', '2026-12-08T15:30:00Z'))).toEqual(['outside-availability']);
  });

  it('joins adjacent windows, and counts dated windows', () => {
    const split: Availability = { ...weekdays, weekly: [{ weekday: 2, startMinute: 540, endMinute: 720 }, { weekday: 2, startMinute: 720, endMinute: 900 }] };
    expect(availabilityProblems(split, period('2026-12-08T09:00:00Z', '2026-12-08T11:00:00Z'))).toEqual([]);
    const saturday: Availability = { ...weekdays, dated: [period('2026-12-12T06:00:00Z', '2026-12-12T12:00:00Z')] };
    expect(availabilityProblems(saturday, period('2026-12-12T08:00:00Z', '2026-12-12T09:00:00Z'))).toEqual([]);
  });

  it('reports unavailability and an interpreter who declared nothing', () => {
    const onLeave: Availability = { ...weekdays, unavailable: [period('2026-12-07T22:00:00Z', '2026-12-09T22:00:00Z')] };
    expect(availabilityProblems(onLeave, period('2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'))).toEqual(['unavailable']);
    expect(availabilityProblems({ timeZone: 'Europe/Bucharest', weekly: [], dated: [], unavailable: [] }, period('2026-12-08T08:00:00Z', '2026-12-08T09:00:00Z'))).toEqual(['no-availability-declared']);
  });

  it('treats periods as half-open: touching ends do not overlap', () => {
    expect(overlaps(period('2026-12-08T10:00:00Z', '2026-12-08T11:00:00Z'), period('2026-12-08T11:00:00Z', '2026-12-08T12:00:00Z'))).toBe(false);
    expect(overlaps(period('2026-12-08T10:00:00Z', '2026-12-08T11:00:00Z'), period('2026-12-08T10:59:00Z', '2026-12-08T12:00:00Z'))).toBe(true);
    expect(timeOf(minutesOf('09:30'))).toBe('09:30');
    expect(timeOf(1440)).toBe('24:00');
  });
});
