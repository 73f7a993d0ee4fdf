/** The shape of an indicator's table: columns with what they hold, rows of cells, a total row. */

export type ColumnKind = 'label' | 'count' | 'figure' | 'measure';

export interface Column {
  key: string;
  titleKey: string;
  kind: ColumnKind;
  /** Label columns holding codes: the code list they come from. */
  codes?: string;
  unit?: 'seconds';
  /** A row-total count column: the count columns of the same row it sums. */
  sumOf?: string[];
  /** A measure: the count columns it is derived from (suppressed with any of them). */
  dependsOn?: string[];
}

export type CellValue = string | number | null;

/** A row before suppression: every cell as counted. */
export interface RawRow {
  values: Record<string, CellValue>;
  refs?: { siteId?: string; organisationId?: string };
}

/**
 * Why a cell is hidden: `small` — a count from 1 to threshold − 1; `secondary` — a larger count or a total
 * hidden only so that a small count of its row or column cannot be worked out by subtraction, or a measure
 * derived from a hidden count.
 */
export type SuppressionReason = 'small' | 'secondary';

export interface Row {
  values: Record<string, CellValue>;
  /** Every count and measure column: true when hidden. */
  suppressed: Record<string, boolean>;
  /** The hidden cells only, each with why it is hidden. */
  suppressedAs: Record<string, SuppressionReason>;
  refs?: { siteId?: string; organisationId?: string };
}

/** Shorthand for a column whose title key follows its key. */
export function column(key: string, kind: ColumnKind, extra: Omit<Column, 'key' | 'titleKey' | 'kind'> = {}): Column {
  return { key, titleKey: `columns.${key}`, kind, ...extra };
}

/** The total row of `rows`: each count and figure column summed; labels empty; measures from `measures` (computed over all rows by the owner). */
export function totalOf(columns: readonly Column[], rows: readonly RawRow[], measures: Record<string, CellValue> = {}): RawRow {
  const values: Record<string, CellValue> = {};
  for (const c of columns) {
    if (c.kind === 'count' || c.kind === 'figure') {
      values[c.key] = rows.reduce((sum, row) => sum + (typeof row.values[c.key] === 'number' ? (row.values[c.key] as number) : 0), 0);
    } else if (c.kind === 'measure') {
      values[c.key] = measures[c.key] ?? null;
    } else {
      values[c.key] = null;
    }
  }
  return { values };
}
