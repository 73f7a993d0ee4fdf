import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLostDocumentsCsv } from './lost-documents-csv';

const TODAY = '2026-03-01';
const header = 'number,issuing_state,reason,reported_at,source';

describe('readLostDocumentsCsv', () => {
  it('reads documents, normalising numbers and codes, defaulting the report date to today', () => {
    const result = readLostDocumentsCsv(`${header}\nab 123-456,syr,Stolen,2025-12-01,Interpol SLTD\nN0001,D,lost,,`, TODAY);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, number: 'AB123456', issuingState: 'SYR', reason: 'stolen', reportedAt: '2025-12-01', source: 'Interpol SLTD' },
      { line: 3, number: 'N0001', issuingState: 'D', reason: 'lost', reportedAt: TODAY, source: null },
    ]);
  });

  it('reports each bad row with its line and column', () => {
    const result = readLostDocumentsCsv(`${header}\n,SYR,lost,,\nA1,Syria,lost,,\nA2,SYR,burnt,,\nA3,SYR,lost,2026-02-30,\nA4,SYR,lost,2027-01-01,\nA5,SYR,lost,,\nA5,SYR,stolen,,`, TODAY);
    expect(result.rows.map((r) => r.number)).toEqual(['A5']);
    expect(result.errors).toEqual([
      { line: 2, column: 'number', message: 'The number is empty' },
      { line: 3, column: 'issuing_state', message: '"Syria" is not a three-letter ICAO code' },
      { line: 4, column: 'reason', message: 'Unknown reason "burnt"; use lost, stolen, revoked, invalidated' },
      { line: 5, column: 'reported_at', message: '"2026-02-30" is not a calendar date written YYYY-MM-DD' },
      { line: 6, column: 'reported_at', message: '2027-01-01 is in the future' },
      { line: 8, column: 'number', message: 'A5 (SYR) appears twice in the file' },
    ]);
    expect(readLostDocumentsCsv('numero,pays\n1,2', TODAY).errors[0]!.message).toMatch(/Missing column\(s\): number, issuing_state, reason/);
  });

  it('never throws, and every row it keeps is valid (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (body) => {
        const result = readLostDocumentsCsv(`${header}\n${body}`, TODAY);
        for (const row of result.rows) {
          expect(row.number).toMatch(/^[A-Z0-9<]{1,30}$/);
          expect(row.issuingState).toMatch(/^([A-Z]{3}|D)$/);
          expect(row.reportedAt <= TODAY).toBe(true);
        }
      }),
    );
  });
});
