import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWatchlistCsv } from './watchlist-csv';

const header = 'external_ref,name,aliases,date_of_birth,nationalities,document_numbers,action,valid_from,valid_to,note';

describe('readWatchlistCsv', () => {
  it('reads rows in any script with aliases, partial birth dates and lists', () => {
    const csv = `${header}\nNAT-1,محمد الحسن,Mohammed Al Hassan;Muhammad Alhasan,1980,SYR;IRQ,N1234567,refuse-entry,2024-01-01,,\nNAT-2,Иван Петров,,1975-03-02,RUS,,notify,,,"watch, do not stop"`;
    const result = readWatchlistCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ externalRef: 'NAT-1', name: 'محمد الحسن', aliases: ['Mohammed Al Hassan', 'Muhammad Alhasan'], birthFrom: '1980-01-01', birthTo: '1980-12-31', nationalities: ['SYR', 'IRQ'], action: 'refuse-entry' });
    expect(result.rows[1]).toMatchObject({ name: 'Иван Петров', note: 'watch, do not stop' });
  });

  it('reports each bad row with its line and column and keeps the good ones', () => {
    const csv = `${header}\nA,Good Name,,,,,monitor,,,\nB,,,,,,monitor,,,\nC,Bad Action,,,,,shoot,,,\nD,Bad Date,,2001-02-30,,,notify,,,\nE,Bad Nat,,,Syria,,notify,,,\nA,Duplicate Ref,,,,,notify,,,`;
    const result = readWatchlistCsv(csv);
    expect(result.rows.map((r) => r.externalRef)).toEqual(['A']);
    expect(result.errors).toEqual([
      { line: 3, column: 'name', message: 'The name is empty' },
      { line: 4, column: 'action', message: 'Unknown action "shoot"; use arrest, refuse-entry, notify, monitor' },
      { line: 5, column: 'date_of_birth', message: '2001-02 has no day 30' },
      { line: 6, column: 'nationalities', message: '"SYRIA" is not a three-letter ICAO code' },
      { line: 7, column: 'external_ref', message: 'The reference "A" appears twice in the file' },
    ]);
  });

  it('accepts validity dates in the future and keeps an estimated date of birth as estimated', () => {
    const result = readWatchlistCsv(`${header}\nF-1,Future Valid,,about 1980,,,notify,2020-01-01,2999-12-31,`, new Date('2026-03-01'));
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ validTo: '2999-12-31', dateOfBirth: '1980', dateOfBirthEstimated: true, birthFrom: '1978-01-01', birthTo: '1982-12-31' });
    expect(readWatchlistCsv(`${header}\nF-2,Bad Validity,,,,,notify,,2026-02-30,`).errors).toEqual([{ line: 2, column: 'valid_to', message: '2026-02 has no day 30' }]);
  });

  it('refuses a file without the required columns, and broken CSV, clearly', () => {
    expect(readWatchlistCsv('foo,bar\n1,2').errors[0]!.message).toMatch(/Missing column\(s\): name, action/);
    expect(readWatchlistCsv(`${header}\n"unterminated,x`).errors[0]!.message).toMatch(/not valid CSV/);
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const result = readWatchlistCsv(`${header}\n${body}`);
        expect(Array.isArray(result.rows) && Array.isArray(result.errors)).toBe(true);
        for (const row of result.rows) {
          expect(row.name.length).toBeGreaterThan(0);
          expect(!row.validFrom || !row.validTo || row.validFrom <= row.validTo).toBe(true);
        }
      }),
    );
  });
});
