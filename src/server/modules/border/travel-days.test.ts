import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStays } from '../../../common/stays';
import { localDay, staysFromCrossings, type DatedCrossing } from './travel-days';

let next = 0;
function crossing(direction: string, day: string, time = '12:00'): DatedCrossing {
  next += 1;
  return { id: `c${next}`, direction, at: new Date(`${day}T${time}:00Z`), day };
}

describe('localDay', () => {
  it('gives the calendar day at the border, not in UTC', () => {
    expect(localDay(new Date('2026-02-02T23:30:00Z'))).toBe('2026-02-03');
    expect(localDay(new Date('2026-07-01T20:59:00Z'))).toBe('2026-07-01');
    expect(localDay(new Date('2026-07-01T21:00:00Z'))).toBe('2026-07-02');
    expect(localDay(new Date('2026-02-02T23:30:00Z'), 'UTC')).toBe('2026-02-02');
  });
});

describe('staysFromCrossings', () => {
  it('pairs entries with exits, keeps the open entry, ignores transit', () => {
    const entry = crossing('entry', '2026-01-01');
    const timeline = staysFromCrossings([crossing('exit', '2026-01-10'), entry, crossing('transit', '2026-01-05'), crossing('entry', '2026-02-01')]);
    expect(timeline.stays).toEqual([
      { entry: '2026-01-01', exit: '2026-01-10' },
      { entry: '2026-02-01', exit: null },
    ]);
    expect(timeline.openEntry?.day).toBe('2026-02-01');
    expect(timeline.anomalies).toEqual([]);
  });

  it('counts only the proven day of an exit without entry and of an entry followed by another entry', () => {
    const exit = crossing('exit', '2026-01-03');
    const lonely = crossing('entry', '2026-01-05');
    const timeline = staysFromCrossings([exit, lonely, crossing('entry', '2026-01-20'), crossing('exit', '2026-01-21')]);
    expect(timeline.stays).toEqual([
      { entry: '2026-01-03', exit: '2026-01-03' },
      { entry: '2026-01-05', exit: '2026-01-05' },
      { entry: '2026-01-20', exit: '2026-01-21' },
    ]);
    expect(timeline.anomalies).toEqual([
      { crossingId: exit.id, problem: 'exit-without-entry' },
      { crossingId: lonely.id, problem: 'entry-without-exit' },
    ]);
    expect(timeline.openEntry).toBeNull();
  });

  it('orders by time within a day: leaving and coming back the same day', () => {
    const timeline = staysFromCrossings([crossing('entry', '2026-03-01', '18:00'), crossing('entry', '2026-02-20', '08:00'), crossing('exit', '2026-03-01', '07:00')]);
    expect(timeline.stays).toEqual([
      { entry: '2026-02-20', exit: '2026-03-01' },
      { entry: '2026-03-01', exit: null },
    ]);
  });

  it('always gives stays the calculator accepts, at most one open, never more days than the crossings span (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('entry', 'exit', 'transit'), day), { maxLength: 30 }), (moves) => {
        const timeline = staysFromCrossings(moves.map(([direction, d]) => crossing(direction, d)));
        expect(timeline.stays.filter((s) => s.exit === null).length).toBeLessThanOrEqual(1);
        const evaluation = evaluateStays(timeline.stays, { referenceDate: '2026-03-01' });
        expect(evaluation.daysUsed).toBeLessThanOrEqual(180);
        const withoutTransit = moves.filter(([direction]) => direction !== 'transit');
        if (withoutTransit.length === 0) {
          expect(evaluation.daysUsed).toBe(0);
        }
      }),
    );
  });
});
