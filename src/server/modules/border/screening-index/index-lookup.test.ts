import { describe, expect, it } from 'vitest';
import { SCREENING_STEP } from '../name-screening';
import { entryFromRow } from '../watchlist-entries';
import type { SourceRow } from '../watchlist-store';
import { EntryIndex, type IndexedEntry } from './entry-index';
import { screenNamesOnIndex, type IndexQuery } from './index-lookup';

const SOURCE_ID = '11111111-1111-4111-8111-111111111111';

function source(threshold: number): SourceRow {
  return { id: SOURCE_ID, code: 'NAT', name: 'National', kind: 'national', threshold, active: true, currentVersion: 1, createdBy: null, createdAt: new Date() };
}

function listed(n: number, name: string, dateOfBirth: string): IndexedEntry {
  const row = entryFromRow(
    { line: n, externalRef: `E${n}`, name, aliases: [], dateOfBirth, dateOfBirthEstimated: false, birthFrom: dateOfBirth, birthTo: dateOfBirth, nationalities: ['IRN'], documentNumbers: [], action: 'refuse-entry', validFrom: null, validTo: null, note: null },
    SOURCE_ID,
    1,
  );
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sourceId: SOURCE_ID,
    names: row.names.map((x) => x.name),
    nameKeys: row.nameKeys ?? [],
    dateOfBirth,
    dateOfBirthEstimated: false,
    birthFrom: dateOfBirth,
    birthTo: dateOfBirth,
    nationalities: ['IRN'],
    validFrom: null,
    validTo: null,
  };
}

/** Day `n` of 1960, as a date of birth other than the listed person's. */
function otherDay(n: number): string {
  const day = new Date(Date.UTC(1960, 0, 1 + (n % 360)));
  return day.toISOString().slice(0, 10);
}

describe('screening on the index', () => {
  // Hundreds of listed Zahras born in the same year, on other days, share the common part's keys with a
  // misspelt "Zahra Sadedhi" as much as the listed Zahra Sadeghi does: ranked by shared keys alone, the
  // listed person could fall out of the best few.
  const namesakes = Array.from({ length: 600 }, (_, n) => listed(n + 1, `Zahra ${['Rezaei', 'Ahmadi', 'Hosseini', 'Karimi', 'Moradi', 'Jafari'][n % 6]}`, otherDay(n + 40)));
  const person = listed(1000, 'Zahra Sadeghi', '1960-10-21');
  const index = EntryIndex.build([...namesakes, person]);
  const query: IndexQuery = { names: ['Zahra Sadedhi'], dateOfBirth: '1960-10-21', dateOfBirthEstimated: false, nationalities: ['IRN'], bornYears: { from: 1960, to: 1960 }, today: '2026-12-07' };

  it('finds a misspelt listed person among namesakes born on other days with a small pre-rank', () => {
    const hits = screenNamesOnIndex(index, new Map([[SOURCE_ID, source(0.8)]]), query, { breadth: SCREENING_STEP, preRank: 5, scored: 5 });
    expect(hits.map((h) => h.entryId)).toEqual([person.id]);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(0.8);
  });

  it('ranks namesakes born on other days too when a list threshold is low enough for them to reach it', () => {
    // At 0.5 another day's namesake with the right name can reach the threshold, so the dates must not filter.
    const namesake = listed(2000, 'Zahra Sadeghi', '1960-03-03');
    const lowered = EntryIndex.build([...namesakes, person, namesake]);
    const hits = screenNamesOnIndex(lowered, new Map([[SOURCE_ID, source(0.5)]]), query, { breadth: SCREENING_STEP, preRank: 700, scored: 700 });
    expect(hits.map((h) => h.entryId)).toContain(namesake.id);
    const strict = screenNamesOnIndex(lowered, new Map([[SOURCE_ID, source(0.8)]]), query, { breadth: SCREENING_STEP, preRank: 700, scored: 700 });
    expect(strict.map((h) => h.entryId)).toEqual([person.id]);
  });
});
