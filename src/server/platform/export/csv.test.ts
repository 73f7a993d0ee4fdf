/** Exported CSV: quoted as RFC 4180 wants, formulas neutralised, any script kept. */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('neutralises formula starts and keeps the rest', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('\'=HYPERLINK("http://evil")');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe(-3);
    expect(csvCell('azil')).toBe('azil');
  });

  it('reads back every value, in any script, as text that never starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 10 }), (values) => {
        const csv = toCsv(values, [{ header: 'value', value: (v) => v }]);
        const rows = parse(csv.slice(1), { relax_column_count: true }) as string[][];
        expect(rows.slice(1).map((r) => r[0] ?? '')).toEqual(values.map((v) => String(csvCell(v))));
        for (const [cell] of rows.slice(1)) {
          expect(cell ?? '').not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
    );
  });
});
