import { describe, expect, it } from 'vitest';
import { hiddenCellOf, hiddenCellsIn } from './hiddenCells';
import type { Column, Row } from './reportsApi';

const columns: Column[] = [
  { key: 'bcp', titleKey: 'columns.bcp', kind: 'label' },
  { key: 'entry', titleKey: 'columns.entry', kind: 'count' },
  { key: 'exit', titleKey: 'columns.exit', kind: 'count' },
  { key: 'transit', titleKey: 'columns.transit', kind: 'count' },
  { key: 'total', titleKey: 'columns.total', kind: 'count', sumOf: ['entry', 'exit', 'transit'] },
  { key: 'medianSeconds', titleKey: 'columns.medianSeconds', kind: 'measure', unit: 'seconds', dependsOn: ['total'] },
];
const [, entry, exit, transit, total, median] = columns as [Column, Column, Column, Column, Column, Column];

// The module README's example: 412 entries, 380 exits and 3 transits at one BCP, as an analyst gets them.
const nadlac: Row = {
  values: { bcp: 'Nădlac II', entry: 412, exit: null, transit: null, total: 795, medianSeconds: 41 },
  suppressed: { entry: false, exit: true, transit: true, total: false, medianSeconds: false },
  suppressedAs: { exit: 'secondary', transit: 'small' },
};

describe('why a hidden cell is hidden, as the screen writes it', () => {
  it('writes a small count as small and a larger count hidden to protect it as protecting, never small', () => {
    expect(hiddenCellOf(transit, nadlac)).toBe('small');
    expect(hiddenCellOf(exit, nadlac)).toBe('protecting');
    expect(hiddenCellOf(entry, nadlac)).toBeNull();
    expect(hiddenCellOf(total, nadlac)).toBeNull();
  });

  it('writes a measure hidden with its counts as derived', () => {
    const row: Row = { ...nadlac, suppressed: { ...nadlac.suppressed, total: true, medianSeconds: true }, suppressedAs: { ...nadlac.suppressedAs, total: 'secondary', medianSeconds: 'secondary' } };
    expect(hiddenCellOf(median, row)).toBe('derived');
    expect(hiddenCellOf(total, row)).toBe('protecting');
  });

  it('collects the kinds of hidden cells of the rows and the total, so the note explains only those', () => {
    const shown: Row = { values: { bcp: 'Giurgiu', entry: 40, exit: 30, transit: 0, total: 70, medianSeconds: 50 }, suppressed: { entry: false, exit: false, transit: false, total: false, medianSeconds: false }, suppressedAs: {} };
    expect([...hiddenCellsIn({ columns, rows: [shown], total: shown })]).toEqual([]);
    expect([...hiddenCellsIn({ columns, rows: [shown, nadlac], total: null })].sort()).toEqual(['protecting', 'small']);
    const hiddenMedian: Row = { ...shown, suppressed: { ...shown.suppressed, medianSeconds: true }, suppressedAs: { medianSeconds: 'secondary' } };
    expect([...hiddenCellsIn({ columns, rows: [shown], total: hiddenMedian })]).toEqual(['derived']);
  });
});
