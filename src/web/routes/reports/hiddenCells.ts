/**
 * How a hidden cell of an indicator reads on screen: a small count is written "< threshold"; a larger
 * count or total hidden only to protect a small one, and a measure worked out from a hidden count, are
 * written "hidden" — never "< threshold", which would misread a hidden 380 as fewer than 5.
 */
import type { Column, Indicator, Row } from './reportsApi';

/** `small`: a count from 1 to threshold − 1; `protecting`: a count or total hidden to protect one; `derived`: a measure of hidden counts. */
export type HiddenCell = 'small' | 'protecting' | 'derived';

/** Why this cell is hidden, or null when it is shown. */
export function hiddenCellOf(column: Pick<Column, 'key' | 'kind'>, row: Pick<Row, 'suppressed' | 'suppressedAs'>): HiddenCell | null {
  if (!row.suppressed[column.key]) {
    return null;
  }
  if (column.kind === 'measure') {
    return 'derived';
  }
  return row.suppressedAs[column.key] === 'small' ? 'small' : 'protecting';
}

/** The kinds of hidden cells in an indicator's rows and total, for the notes that explain them. */
export function hiddenCellsIn(indicator: Pick<Indicator, 'columns' | 'rows' | 'total'>): Set<HiddenCell> {
  const kinds = new Set<HiddenCell>();
  for (const row of indicator.total ? [...indicator.rows, indicator.total] : indicator.rows) {
    for (const column of indicator.columns) {
      const kind = hiddenCellOf(column, row);
      if (kind) {
        kinds.add(kind);
      }
    }
  }
  return kinds;
}
