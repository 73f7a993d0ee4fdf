import { describe, expect, it } from 'vitest';
import { chartBars, hasBars } from './indicatorChart';
import { indicatorFileUrl, type Row } from './reportsApi';

const chart = { type: 'bar' as const, x: 'office', series: ['issued'] };

function row(office: string | null, issued: number | null, suppressed = issued === null): Row {
  return { values: { office, type: 'TID', issued }, suppressed: { issued: suppressed }, suppressedAs: suppressed ? { issued: 'small' } : {} };
}

describe('the bars of an indicator chart', () => {
  it('sums the rows of one category and keeps the order of the table', () => {
    const bars = chartBars({ chart, rows: [row('Cluj', 7), row('Bucharest', 12), row('Cluj', 5)] });
    expect(bars).toEqual([
      { category: 'Cluj', values: { issued: 12 }, partial: false },
      { category: 'Bucharest', values: { issued: 12 }, partial: false },
    ]);
  });

  it('leaves hidden counts out and marks the bar that misses one', () => {
    const bars = chartBars({ chart, rows: [row('Cluj', 7), row('Cluj', null), row('Iași', null)] });
    expect(bars).toEqual([
      { category: 'Cluj', values: { issued: 7 }, partial: true },
      { category: 'Iași', values: { issued: 0 }, partial: true },
    ]);
  });

  it('keeps a category that is not recorded apart from the text "null"', () => {
    const bars = chartBars({ chart, rows: [row(null, 6), row('null', 8)] });
    expect(bars.map((bar) => bar.category)).toEqual([null, 'null']);
  });

  it('has nothing to draw when every count is zero or hidden', () => {
    expect(hasBars(chartBars({ chart, rows: [row('Cluj', 0), row('Iași', null)] }))).toBe(false);
    expect(hasBars(chartBars({ chart, rows: [row('Cluj', 5)] }))).toBe(true);
  });
});

describe('the address of an indicator file', () => {
  it('carries the filter and the format, and leaves empty parts out', () => {
    expect(indicatorFileUrl('border.crossings', 'xlsx', { from: '2027-01-01', to: '2027-01-31', siteId: '' })).toBe(
      '/api/reports/indicators/border.crossings/export?from=2027-01-01&to=2027-01-31&format=xlsx',
    );
  });
});
