/** Capacity arithmetic, the choice of a centre, wristband numbers and the exercise generator (pure). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseCentre, figuresOf, isWristbandNumber, quantile, splitNameAsGiven, sumFigures, wristbandNumber } from './capacity';
import { generateArrivals, simulateDesks } from './exercise-generator';

const counts = fc.record({ capacity: fc.nat(2000), blocked: fc.nat(500), occupied: fc.nat(2500), reserved: fc.nat(500) });

describe('capacity arithmetic', () => {
  it('never shows negative free places, and free − over-capacity is always capacity − blocked − occupied − reserved', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const f = figuresOf(c);
        expect(f.free).toBeGreaterThanOrEqual(0);
        expect(f.overCapacityBy).toBeGreaterThanOrEqual(0);
        expect(f.free === 0 || f.overCapacityBy === 0).toBe(true);
        expect(f.free - f.overCapacityBy).toBe(c.capacity - c.blocked - c.occupied - c.reserved);
      }),
    );
  });

  it('sums centres into a national figure whose occupancy is the sum of the centres’ occupancy', () => {
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 20 }), (all) => {
        const national = sumFigures(all);
        expect(national.occupied).toBe(all.reduce((s, c) => s + c.occupied, 0));
        expect(national.free).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('allocates a whole group to the centre with the most room, over capacity only when no centre has room', () => {
    fc.assert(
      fc.property(fc.array(counts, { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 12 }), (all, size) => {
        const centres = all.map((c, i) => ({ ...c, siteId: `c${i}` }));
        const choice = chooseCentre(centres, size)!;
        const left = (c: (typeof centres)[number]) => c.capacity - c.blocked - c.occupied - c.reserved;
        const anyRoom = centres.some((c) => left(c) >= size);
        expect(choice.overCapacity).toBe(!anyRoom);
        const chosen = centres.find((c) => c.siteId === choice.siteId)!;
        expect(left(chosen)).toBe(Math.max(...centres.map(left)));
      }),
    );
    expect(chooseCentre([], 3)).toBeNull();
  });
});

describe('wristband numbers', () => {
  it('carry a check letter that catches a mistyped digit', () => {
    const number = wristbandNumber(1234, false);
    expect(number).toMatch(/^WB-0001234[A-Z]$/);
    expect(isWristbandNumber(number)).toBe(true);
    expect(isWristbandNumber(number.replace('1234', '1235'))).toBe(false);
    expect(wristbandNumber(7, true)).toMatch(/^XB-0000007[A-Z]$/);
  });
});

describe('names as given and quantiles', () => {
  it('takes the last word as the surname', () => {
    expect(splitNameAsGiven('  Amina  Bibi Rahimi ')).toEqual({ givenNames: 'Amina Bibi', surname: 'Rahimi' });
    expect(splitNameAsGiven('Yusuf')).toEqual({ givenNames: '', surname: 'Yusuf' });
  });
  it('reads p50 and p95 by nearest rank', () => {
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('exercise generator', () => {
  const parameters = { people: 300, minutes: 60, familyShare: 0.5, minorShare: 0.2, vulnerableShare: 0.15, seed: 42, clerks: 3, secondsPerPerson: 60 };
  const start = new Date('2026-03-01T08:00:00Z');

  it('generates exactly N people over T minutes, the same for the same seed, with families, minors and vulnerable people', () => {
    const arrivals = generateArrivals(parameters, start);
    expect(arrivals).toHaveLength(300);
    expect(generateArrivals(parameters, start)).toEqual(arrivals);
    expect(arrivals.every((a) => a.arrivesAt >= start && a.arrivesAt.getTime() < start.getTime() + 60 * 60_000)).toBe(true);
    const groups = new Map<string, number>();
    arrivals.forEach((a) => groups.set(a.groupKey, (groups.get(a.groupKey) ?? 0) + 1));
    expect([...groups.values()].some((n) => n >= 3)).toBe(true);
    expect(arrivals.some((a) => a.child && groups.get(a.groupKey) === 1)).toBe(true);
    expect(arrivals.filter((a) => a.vulnerable).length).toBeGreaterThan(15);
  });

  it('queues groups at the desks: nobody is done before arriving, and a desk serves one group at a time', () => {
    const slots = simulateDesks(generateArrivals(parameters, start), parameters);
    expect(slots.every((s) => s.doneAt.getTime() >= s.arrivesAt.getTime() + s.members.length * 60_000)).toBe(true);
    // 300 people × 60 s over 3 desks need at least 100 minutes of desk time.
    expect(Math.max(...slots.map((s) => s.doneAt.getTime())) - start.getTime()).toBeGreaterThanOrEqual(100 * 60_000);
  });
});
