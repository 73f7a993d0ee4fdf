/**
 * Small-count suppression of an indicator's table, for callers who may not open the records behind it.
 * Primary: a count from 1 to threshold − 1 is hidden. Secondary: a line (a row across the cells its row
 * total sums, or a count column down the rows with the total row at its foot) that shows its total and
 * hides exactly one cell would give that cell away by subtraction, so the smallest other non-zero cell
 * of the line is hidden too, or the total when there is none; repeated until no line has a lone hidden
 * cell. Measures are hidden with any count they depend on. Each hidden cell says why: `small` (primary)
 * or `secondary` (a larger count, a total or a measure hidden to protect a small one). Pure, so it is
 * tested on its own.
 */
import type { Column, RawRow, Row, SuppressionReason } from './table';

interface Line {
  total: [number, string];
  cells: [number, string][];
}

/** The lines of a table whose total row has index `rows`. */
function linesOf(columns: readonly Column[], rows: number): Line[] {
  const lines: Line[] = [];
  const counts = columns.filter((c) => c.kind === 'count');
  for (let r = 0; r <= rows; r += 1) {
    for (const c of counts.filter((x) => x.sumOf)) {
      lines.push({ total: [r, c.key], cells: c.sumOf!.map((k) => [r, k] as [number, string]) });
    }
  }
  for (const c of counts) {
    lines.push({ total: [rows, c.key], cells: Array.from({ length: rows }, (_, r) => [r, c.key] as [number, string]) });
  }
  return lines;
}

/**
 * Applies suppression to `rows` and their `total` when `apply` (the caller lacks record access) and the
 * threshold is above 1; otherwise returns the cells as they are, every flag false.
 */
export function suppressSmallCounts(columns: readonly Column[], rows: readonly RawRow[], total: RawRow | null, threshold: number, apply: boolean): { rows: Row[]; total: Row | null } {
  const all = total ? [...rows, total] : [...rows];
  const flagged = columns.filter((c) => c.kind === 'count' || c.kind === 'measure');
  // Absent: shown; present: hidden, and why.
  const hidden = all.map(() => new Map<string, SuppressionReason>());
  const valueAt = (r: number, key: string) => all[r]!.values[key];
  if (apply && threshold > 1) {
    for (let r = 0; r < all.length; r += 1) {
      for (const c of columns.filter((x) => x.kind === 'count')) {
        const v = valueAt(r, c.key);
        if (typeof v === 'number' && v >= 1 && v < threshold) {
          hidden[r]!.set(c.key, 'small');
        }
      }
    }
    if (total) {
      const lines = linesOf(columns, rows.length);
      const isHidden = ([r, key]: [number, string]) => hidden[r]!.has(key);
      for (let changed = true; changed; ) {
        changed = false;
        for (const line of lines) {
          if (isHidden(line.total) || line.cells.filter(isHidden).length !== 1) {
            continue;
          }
          const candidates = line.cells.filter((cell) => !isHidden(cell) && typeof valueAt(...cell) === 'number' && (valueAt(...cell) as number) > 0);
          candidates.sort((a, b) => (valueAt(...a) as number) - (valueAt(...b) as number));
          // Every shown non-zero count is at least the threshold here (smaller ones are already hidden), and so
          // is a total over a hidden cell: a cell hidden now is never a small one.
          const [r, key] = candidates[0] ?? line.total;
          hidden[r]!.set(key, 'secondary');
          changed = true;
        }
      }
    }
    for (let r = 0; r < all.length; r += 1) {
      for (const c of columns.filter((x) => x.kind === 'measure' && x.dependsOn)) {
        if (c.dependsOn!.some((key) => hidden[r]!.has(key))) {
          hidden[r]!.set(c.key, 'secondary');
        }
      }
    }
  }
  const present = (row: RawRow, r: number): Row => ({
    values: Object.fromEntries(columns.map((c) => [c.key, hidden[r]!.has(c.key) ? null : (row.values[c.key] ?? null)])),
    suppressed: Object.fromEntries(flagged.map((c) => [c.key, hidden[r]!.has(c.key)])),
    suppressedAs: Object.fromEntries(hidden[r]!),
    ...(row.refs ? { refs: row.refs } : {}),
  });
  return { rows: rows.map(present), total: total ? present(total, rows.length) : null };
}
