import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntryIndex, type IndexedEntry } from './entry-index';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const SOURCES = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'];

function entry(n: number, keys: string[], overrides: Partial<IndexedEntry> = {}): IndexedEntry {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    sourceId: SOURCES[n % 2]!,
    names: [`Name ${n}`, `Alias ${n}`],
    nameKeys: keys,
    dateOfBirth: '1980-05-05',
    dateOfBirthEstimated: false,
    birthFrom: '1980-05-05',
    birthTo: '1980-05-05',
    nationalities: ['SYR'],
    validFrom: null,
    validTo: null,
    ...overrides,
  };
}

/** Shared-key counts the slow way, for comparison. */
function bruteForce(entries: { entry: IndexedEntry; live: boolean }[], query: string[]): Map<string, number> {
  const wanted = new Set(query);
  const counts = new Map<string, number>();
  for (const { entry: e, live } of entries) {
    const shared = new Set(e.nameKeys.filter((k) => wanted.has(k))).size;
    if (live && shared > 0) {
      counts.set(e.id, shared);
    }
  }
  return counts;
}

function matched(index: EntryIndex, query: string[]): Map<string, number> {
  const { ordinals, shared } = index.matchKeys(query, () => true);
  return new Map([...ordinals].map((ordinal, i) => [index.entry(ordinal).id, shared[i]!]));
}

describe('the in-memory entry index', () => {
  it('reads back what it stored: id, source, names, date of birth, nationalities', () => {
    const index = EntryIndex.build([entry(7, ['a'], { nationalities: ['SYR', 'IRQ'], dateOfBirth: '1980', dateOfBirthEstimated: true })]);
    const { ordinals } = index.matchKeys(['a'], () => true);
    expect(index.entry(ordinals[0]!)).toEqual({
      ordinal: 0,
      id: '00000000-0000-4000-8000-000000000007',
      sourceId: SOURCES[1],
      names: ['Name 7', 'Alias 7'],
      dateOfBirth: '1980',
      dateOfBirthEstimated: true,
      nationalities: ['SYR', 'IRQ'],
    });
  });

  it('counts shared keys exactly as a scan would, through bulk build, later additions and removals', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(keySet, { maxLength: 40 }), fc.array(keySet, { maxLength: 20 }), fc.array(fc.nat(59), { maxLength: 15 }), keySet, (bulk, later, removals, query) => {
        const all = [...bulk, ...later].map((keys, n) => ({ entry: entry(n, keys), live: true }));
        const index = EntryIndex.build(all.slice(0, bulk.length).map((e) => e.entry));
        for (const added of all.slice(bulk.length)) {
          index.add(added.entry);
        }
        for (const n of removals) {
          const target = all[n];
          if (target?.live && target.entry.nameKeys.length > 0) {
            expect(index.remove(target.entry.id, target.entry.nameKeys)).toBe(true);
            target.live = false;
          }
        }
        expect(matched(index, query)).toEqual(bruteForce(all, query));
        expect(index.liveCount).toBe(all.filter((e) => e.live).length);
      }),
    );
  });

  it('returns the best by shared keys first, and with a limit exactly the first of them, skipping those not accepted', () => {
    const keySet = fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(keySet, { maxLength: 60 }), keySet, fc.integer({ min: 1, max: 30 }), fc.array(fc.nat(59), { maxLength: 10 }), (listed, query, limit, refused) => {
        const index = EntryIndex.build(listed.map((keys, n) => entry(n, keys)));
        const accept = (ordinal: number) => !refused.includes(ordinal);
        const all = index.matchKeys(query, accept);
        // Best first: shared counts never rise along the list.
        expect([...all.shared]).toEqual([...all.shared].sort((a, b) => b - a));
        expect([...all.ordinals].every((o) => accept(o))).toBe(true);
        expect(new Map([...all.ordinals].map((o, i) => [index.entry(o).id, all.shared[i]!]))).toEqual(
          new Map([...bruteForce(listed.map((keys, n) => ({ entry: entry(n, keys), live: true })), query)].filter(([id]) => accept(Number(id.slice(-12))))),
        );
        const best = index.matchKeys(query, accept, null, limit);
        expect([...best.ordinals]).toEqual([...all.ordinals].slice(0, limit));
        expect([...best.shared]).toEqual([...all.shared].slice(0, limit));
      }),
    );
  });

  it('keeps to entries that may be born in a window of years as a scan would, reading only their slices', () => {
    const year = fc.option(fc.integer({ min: 1975, max: 1986 }), { nil: null });
    const listed = fc.record({ keys: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 5 }), from: year, width: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(listed, { maxLength: 60 }), fc.array(listed, { maxLength: 10 }), fc.integer({ min: 1974, max: 1988 }), fc.integer({ min: 0, max: 3 }), (bulk, later, from, width) => {
        const all = [...bulk, ...later].map((l, n) =>
          entry(n, l.keys, l.from === null ? { birthFrom: null, birthTo: null } : { birthFrom: `${l.from}-01-01`, birthTo: `${l.from + l.width}-12-31` }),
        );
        const index = EntryIndex.build(all.slice(0, bulk.length));
        all.slice(bulk.length).forEach((e) => index.add(e));
        const window = { from, to: from + width };
        const { ordinals } = index.matchKeys(KEYS, () => true, window);
        const expected = all.filter((e) => e.nameKeys.length > 0 && (e.birthFrom === null || (Number(e.birthFrom.slice(0, 4)) <= window.to && Number(e.birthTo!.slice(0, 4)) >= window.from)));
        expect(new Set([...ordinals].map((o) => index.entry(o).id))).toEqual(new Set(expected.map((e) => e.id)));
      }),
    );
  });

  it('keeps entries born within the window or of unknown birth, and those valid on the day', () => {
    const index = EntryIndex.build([
      entry(0, ['a'], { birthFrom: '1980-01-01', birthTo: '1980-12-31' }),
      entry(1, ['a'], { birthFrom: '1975-03-03', birthTo: '1975-03-03' }),
      entry(2, ['a'], { birthFrom: null, birthTo: null, dateOfBirth: null }),
      entry(3, ['a'], { birthFrom: '1950-01-01', birthTo: '1990-12-31' }),
      entry(4, ['a'], { validFrom: '2026-01-01', validTo: '2026-06-30' }),
    ]);
    const born = [0, 1, 2, 3].filter((o) => index.bornWithin(o, 1979, 1981));
    expect(born).toEqual([0, 2, 3]);
    expect(index.validOn(4, '2026-03-01')).toBe(true);
    expect(index.validOn(4, '2026-07-01')).toBe(false);
    expect(index.validOn(0, '2026-07-01')).toBe(true);
  });

  it('among entries born on a known day or month keeps only the dates given, and every year-only, estimated or unknown date', () => {
    const born = (n: number, dateOfBirth: string | null, dateOfBirthEstimated = false) => {
      const year = dateOfBirth?.slice(0, 4);
      return entry(n, ['a'], { dateOfBirth, dateOfBirthEstimated, birthFrom: year ? `${year}-01-01` : null, birthTo: year ? `${year}-12-31` : null });
    };
    const index = EntryIndex.build([
      born(0, '1980-05-07'),
      born(1, '1980-07-05'),
      born(2, '1980-05-08'),
      born(3, '1981-05-07'),
      born(4, '1980'),
      born(5, '1980-05'),
      born(9, '1980-06'),
      born(6, '1980-05-09', true),
      born(7, null),
      born(8, '1979-02-02'),
    ]);
    const ids = (window: Parameters<EntryIndex['matchKeys']>[2]) => [...index.matchKeys(['a'], () => true, window).ordinals].sort((a, b) => a - b);
    expect(ids({ from: 1979, to: 1981, dates: [19800507, 19800705, 19790507, 19810507, 19800500] })).toEqual([0, 1, 3, 4, 5, 7, 8]);
    // No dates given: the years alone decide.
    expect(ids({ from: 1979, to: 1981, dates: [] })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ids({ from: 1979, to: 1981 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('asks for a rebuild once later changes outgrow the bulk', () => {
    const index = EntryIndex.build(Array.from({ length: 10 }, (_, n) => entry(n, ['a'])));
    expect(index.wantsRebuild).toBe(false);
    for (let n = 10; n < 10_020; n += 1) {
      index.add(entry(n, ['b']));
    }
    expect(index.wantsRebuild).toBe(true);
  });
});
