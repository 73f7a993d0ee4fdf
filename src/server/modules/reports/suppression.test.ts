/**
 * Small-count suppression: no small count shown, no lone hidden cell under a shown total, measures hidden with
 * their counts, and each hidden cell marked small (1 to threshold − 1) or secondary (hidden to protect one).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCounts } from './suppression';
import { column, totalOf, type RawRow, type Row } from './table';

const columns = [
  column('bcp', 'label'),
  column('entry', 'count'),
  column('exit', 'count'),
  column('transit', 'count'),
  column('total', 'count', { sumOf: ['entry', 'exit', 'transit'] }),
  column('medianSeconds', 'measure', { dependsOn: ['total'] }),
];

function tableOf(counts: [number, number, number][]): RawRow[] {
  return counts.map(([entry, exit, transit], i) => ({ values: { bcp: `BCP ${i}`, entry, exit, transit, total: entry + exit + transit, medianSeconds: 40 } }));
}

/** Every line of the table: rows across (with their total) and columns down (with the total row). */
function lines(rows: Row[], total: Row): { total: [Row, string]; cells: [Row, string][] }[] {
  const all = [...rows, total];
  const across = all.map((row) => ({ total: [row, 'total'] as [Row, string], cells: ['entry', 'exit', 'transit'].map((k) => [row, k] as [Row, string]) }));
  const down = ['entry', 'exit', 'transit', 'total'].map((k) => ({ total: [total, k] as [Row, string], cells: rows.map((row) => [row, k] as [Row, string]) }));
  return [...across, ...down];
}

describe('small-count suppression', () => {
  it('hides counts from 1 to threshold − 1 and shows zeros, and hides a second cell so a row total does not give the first away', () => {
    const rows = tableOf([[412, 380, 3]]);
    const result = suppressSmallCounts(columns, rows, totalOf(columns, rows, { medianSeconds: 41 }), 5, true);
    const row = result.rows[0]!;
    expect(row.values).toMatchObject({ entry: 412, exit: null, transit: null, total: 795 });
    expect(row.suppressed).toMatchObject({ entry: false, exit: true, transit: true, total: false, medianSeconds: false });
    // The 380 is hidden only to protect the 3: it must not read as a small count.
    expect(row.suppressedAs).toEqual({ exit: 'secondary', transit: 'small' });
    expect(result.total!.suppressedAs).toEqual({ exit: 'secondary', transit: 'small' });
  });

  it('hides the total when the lone hidden cell has no non-zero neighbour, and the median with it', () => {
    const rows = tableOf([
      [0, 0, 2],
      [30, 40, 50],
    ]);
    const result = suppressSmallCounts(columns, rows, totalOf(columns, rows), 5, true);
    expect(result.rows[0]!.values).toMatchObject({ entry: 0, exit: 0, transit: null, total: null, medianSeconds: null });
    // Column "transit" then hides a second cell (50) so the total row's 52 does not reveal the 2.
    expect(result.rows[1]!.suppressed).toMatchObject({ transit: true });
    expect(result.total!.values).toMatchObject({ transit: 52, total: 122 });
    // The row's total 2 is itself small; the median is hidden with it. In the second row the 50 protects the
    // 2 down its column and the 120 the hidden total 2 down the totals: hidden, not small.
    expect(result.rows[0]!.suppressedAs).toEqual({ transit: 'small', total: 'small', medianSeconds: 'secondary' });
    expect(result.rows[1]!.suppressedAs).toEqual({ transit: 'secondary', total: 'secondary', medianSeconds: 'secondary' });
  });

  it('changes nothing for a caller with record access or with the threshold at 1', () => {
    const rows = tableOf([[1, 2, 3]]);
    for (const [threshold, apply] of [
      [5, false],
      [1, true],
    ] as const) {
      const result = suppressSmallCounts(columns, rows, totalOf(columns, rows), threshold, apply);
      expect(result.rows[0]!.values).toMatchObject({ entry: 1, exit: 2, transit: 3, total: 6 });
      expect(Object.values(result.rows[0]!.suppressed).every((s) => !s)).toBe(true);
      expect(result.rows[0]!.suppressedAs).toEqual({});
    }
  });

  it('on any table: shown counts are as counted and never small, every small count is hidden as small, a cell hidden to protect one is never reported small, and no line with a shown total hides exactly one cell', () => {
    const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 500 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(count, count, count), { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 10 }), (counts, threshold) => {
        const rows = tableOf(counts);
        const total = totalOf(columns, rows, { medianSeconds: 10 });
        const result = suppressSmallCounts(columns, rows, total, threshold, true);
        [...result.rows, result.total!].forEach((row, r) => {
          const raw = r < rows.length ? rows[r]! : total;
          for (const key of ['entry', 'exit', 'transit', 'total']) {
            const value = raw.values[key] as number;
            const small = value >= 1 && value < threshold;
            // Reported small exactly when it is: a hidden 380 never reads as "< threshold".
            expect(row.suppressedAs[key]).toBe(small ? 'small' : row.suppressed[key] ? 'secondary' : undefined);
            if (row.suppressed[key]) {
              expect(row.values[key]).toBeNull();
            } else {
              expect(row.values[key]).toBe(raw.values[key]);
              expect((row.values[key] as number) === 0 || (row.values[key] as number) >= threshold).toBe(true);
            }
          }
          expect(row.suppressed.medianSeconds).toBe(row.suppressed.total);
          expect(row.suppressedAs.medianSeconds).toBe(row.suppressed.total ? 'secondary' : undefined);
          expect(Object.keys(row.suppressedAs).sort()).toEqual(Object.keys(row.suppressed).filter((k) => row.suppressed[k]).sort());
        });
        for (const line of lines(result.rows, result.total!)) {
          const [totalRow, totalKey] = line.total;
          if (!totalRow.suppressed[totalKey]) {
            expect(line.cells.filter(([row, key]) => row.suppressed[key]).length).not.toBe(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
