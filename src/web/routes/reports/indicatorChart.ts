/**
 * What an indicator's chart draws: one bar (or stack) per value of the chart's category column, with the
 * series summed over the table rows that share it (e.g. documents of every type at one office). Hidden
 * small counts are not drawn; a bar that leaves one out says so, and the table beside it shows every cell.
 */
import type { CellValue, Indicator } from './reportsApi';

export interface ChartBar {
  /** The category column's value (a name or a code; null when not recorded). */
  category: CellValue;
  /** Series values summed over the rows of this category, hidden cells left out. */
  values: Record<string, number>;
  /** True when at least one hidden cell of this category is missing from the bar. */
  partial: boolean;
}

/** The bars of an indicator's chart, in the order of the table's rows. */
export function chartBars(indicator: Pick<Indicator, 'chart' | 'rows'>): ChartBar[] {
  const { x, series } = indicator.chart;
  const bars = new Map<string, ChartBar>();
  for (const row of indicator.rows) {
    const category = row.values[x] ?? null;
    const id = category === null ? '\u0000' : String(category);
    let bar = bars.get(id);
    if (!bar) {
      bar = { category, values: Object.fromEntries(series.map((s) => [s, 0])), partial: false };
      bars.set(id, bar);
    }
    for (const s of series) {
      const value = row.values[s];
      if (typeof value === 'number') {
        bar.values[s] = (bar.values[s] ?? 0) + value;
      } else if (row.suppressed[s]) {
        bar.partial = true;
      }
    }
  }
  return [...bars.values()];
}

/** True when the chart has something to draw (a bar above zero). */
export function hasBars(bars: readonly ChartBar[]): boolean {
  return bars.some((bar) => Object.values(bar.values).some((value) => value > 0));
}
