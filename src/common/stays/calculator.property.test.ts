import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStays, planTrip, type Stay } from './calculator';
import { addDays, daysBetween } from './days';

const BASE = '2023-01-01';

/** Stays within about two years of BASE; some open, some overlapping, in any order. */
const stayArb: fc.Arbitrary<Stay> = fc
  .record({
    start: fc.integer({ min: 0, max: 700 }),
    length: fc.integer({ min: 0, max: 120 }),
    open: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
  })
  .map(({ start, length, open }) => ({
    entry: addDays(BASE, start),
    exit: open ? null : addDays(BASE, start + length),
  }));
const staysArb = fc.array(stayArb, { maxLength: 8 });
const referenceArb = fc.integer({ min: 0, max: 800 }).map((offset) => addDays(BASE, offset));

/** The obvious reference: every day of presence in a Set, counted over the window. */
function naiveDaysUsed(stays: readonly Stay[], referenceDate: string): number {
  const days = new Set<string>();
  for (const stay of stays) {
    const exit = stay.exit ?? referenceDate;
    for (let day = stay.entry; day <= exit && day <= referenceDate; day = addDays(day, 1)) {
      days.add(day);
    }
  }
  const windowStart = addDays(referenceDate, -179);
  return [...days].filter((day) => day >= windowStart).length;
}

/** The stays as closed ranges cut at the reference date: what the calculator takes as recorded. */
function recordedUpTo(stays: readonly Stay[], referenceDate: string): Stay[] {
  return stays
    .filter((stay) => stay.entry <= referenceDate)
    .map((stay) => {
      const exit = stay.exit ?? referenceDate;
      return { entry: stay.entry, exit: exit < referenceDate ? exit : referenceDate };
    });
}

describe('evaluateStays: properties', () => {
  it('counts days as the naive day-by-day count does', () => {
    fc.assert(
      fc.property(staysArb, referenceArb, (stays, referenceDate) => {
        expect(evaluateStays(stays, { referenceDate }).daysUsed).toBe(naiveDaysUsed(stays, referenceDate));
      }),
    );
  });

  it('keeps days left ≥ 0, days used ≤ 180, and used + left = max(used, 90)', () => {
    fc.assert(
      fc.property(staysArb, referenceArb, (stays, referenceDate) => {
        const { daysUsed, daysLeft } = evaluateStays(stays, { referenceDate });
        expect(daysLeft).toBeGreaterThanOrEqual(0);
        expect(daysUsed).toBeLessThanOrEqual(180);
        expect(daysUsed + daysLeft).toBe(Math.max(daysUsed, 90));
      }),
    );
  });

  it('never lowers days used when a stay is added', () => {
    fc.assert(
      fc.property(staysArb, stayArb, referenceArb, (stays, extra, referenceDate) => {
        const before = evaluateStays(stays, { referenceDate }).daysUsed;
        const after = evaluateStays([...stays, extra], { referenceDate }).daysUsed;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('calls an overstay exactly when present with more than 90 days, starting on a lawful-to-unlawful edge', () => {
    fc.assert(
      fc.property(staysArb, referenceArb, (stays, referenceDate) => {
        const result = evaluateStays(stays, { referenceDate });
        expect(result.overstaying).toBe(result.present && result.daysUsed > 90);
        if (result.overstayStart === null) {
          expect(result.overstaying).toBe(false);
          return;
        }
        expect(result.overstayDays).toBe(daysBetween(result.overstayStart, referenceDate) + 1);
        expect(evaluateStays(stays, { referenceDate: result.overstayStart }).overstaying).toBe(true);
        expect(evaluateStays(stays, { referenceDate: addDays(result.overstayStart, -1) }).overstaying).toBe(
          false,
        );
      }),
    );
  });

  it('gives a latest legal exit consistent with days left and with the rule day by day', () => {
    fc.assert(
      fc.property(staysArb, referenceArb, (stays, referenceDate) => {
        const result = evaluateStays(stays, { referenceDate });
        const exit = result.latestLegalExit;
        // Days the continuous stay adds that were not already counted.
        const alreadyCounted = result.present ? 1 : 0;
        if (result.overstaying || (!result.present && result.daysLeft === 0)) {
          expect(exit).toBeNull();
          return;
        }
        expect(exit).not.toBeNull();
        const newDays = daysBetween(referenceDate, exit!) + 1 - alreadyCounted;
        expect(newDays).toBeGreaterThanOrEqual(result.daysLeft);
        // Staying until the exit day is lawful every day; one day longer is not.
        const until = (last: string): Stay[] => [
          ...recordedUpTo(stays, referenceDate),
          { entry: referenceDate, exit: last },
        ];
        for (let day = referenceDate; day <= exit!; day = addDays(day, 1)) {
          expect(evaluateStays(until(exit!), { referenceDate: day }).overstaying).toBe(false);
        }
        const dayAfter = addDays(exit!, 1);
        expect(evaluateStays(until(dayAfter), { referenceDate: dayAfter }).overstaying).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('plans trips that agree with evaluating them day by day', () => {
    const tripArb = fc.record({
      offset: fc.integer({ min: 1, max: 200 }),
      days: fc.integer({ min: 1, max: 120 }),
    });
    fc.assert(
      fc.property(staysArb, referenceArb, tripArb, (stays, referenceDate, { offset, days }) => {
        const entry = addDays(referenceDate, offset);
        const plan = planTrip(stays, { entry, days }, { referenceDate });
        expect(plan.allowedDays).toBeGreaterThanOrEqual(0);
        expect(plan.allowedDays).toBeLessThanOrEqual(90);
        expect(plan.allowed).toBe(plan.allowedDays >= days);
        const recorded = recordedUpTo(stays, referenceDate);
        if (plan.latestExit !== null) {
          const trip = [...recorded, { entry, exit: plan.latestExit }];
          expect(evaluateStays(trip, { referenceDate: plan.latestExit }).overstaying).toBe(false);
        }
        const firstBad = addDays(entry, plan.allowedDays);
        const tooLong = [...recorded, { entry, exit: firstBad }];
        expect(evaluateStays(tooLong, { referenceDate: firstBad }).overstaying).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
