import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, isIsoDate, isoDateOf, toDayNumber } from './days';

describe('calendar days', () => {
  it('numbers days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2); // 2000 is a leap year
    expect(toDayNumber('1900-03-01') - toDayNumber('1900-02-28')).toBe(1); // 1900 is not
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(daysBetween('2024-01-01', '2024-06-29')).toBe(180);
  });

  it('refuses dates that are not calendar days', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(() => toDayNumber('2024-04-31')).toThrow(/not a calendar date/);
  });

  it('takes the UTC day of a Date', () => {
    expect(isoDateOf(new Date('2024-03-05T23:59:59Z'))).toBe('2024-03-05');
  });

  it('agrees with Date.UTC and round-trips (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (dayNumber) => {
        const iso = fromDayNumber(dayNumber);
        expect(toDayNumber(iso)).toBe(dayNumber);
        expect(iso).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
