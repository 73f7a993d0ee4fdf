/** Local days as UTC instants, across daylight-saving changes. */
import { describe, expect, it } from 'vitest';
import { zonedDayStart, zonedPeriod } from './zoned-day';

describe('zoned days', () => {
  it('starts a Bucharest day at 22:00 or 21:00 UTC, winter or summer', () => {
    expect(zonedDayStart('2026-12-06', 'Europe/Bucharest').toISOString()).toBe('2026-12-05T22:00:00.000Z');
    expect(zonedDayStart('2026-07-01', 'Europe/Bucharest').toISOString()).toBe('2026-06-30T21:00:00.000Z');
    // The night the clocks go forward (29 March 2026) still starts at 22:00 UTC the day before.
    expect(zonedDayStart('2026-03-29', 'Europe/Bucharest').toISOString()).toBe('2026-03-28T22:00:00.000Z');
    expect(zonedDayStart('2026-03-30', 'Europe/Bucharest').toISOString()).toBe('2026-03-29T21:00:00.000Z');
  });

  it('bounds a period of local days', () => {
    expect(zonedPeriod('2026-12-01', '2026-12-06', 'Europe/Bucharest')).toEqual({ from: new Date('2026-11-30T22:00:00Z'), to: new Date('2026-12-06T22:00:00Z') });
    expect(zonedPeriod('2026-12-06', '2026-12-06', 'UTC')).toEqual({ from: new Date('2026-12-06T00:00:00Z'), to: new Date('2026-12-07T00:00:00Z') });
  });
});
