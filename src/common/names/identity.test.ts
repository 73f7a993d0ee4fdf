import { describe, expect, it } from 'vitest';
import { birthDateRange, closeBirthDates, birthDateNumber, parseBirthDate, relateBirthDates } from './birth-date';
import fc from 'fast-check';
import { adjustForDateOfBirth, adjustForNationality, identityCeiling, identitySimilarity, OTHER_DAY_CEILING, scoreIdentity } from './identity';
import { generateLabelledPairs } from './testset';

const relate = (a: string, b: string): string => relateBirthDates(parseBirthDate(a)!, parseBirthDate(b)!);

describe('parseBirthDate', () => {
  it('reads full, year-month and year-only dates in ISO and day-first forms', () => {
    expect(parseBirthDate('1990-05-17')).toEqual({ year: 1990, month: 5, day: 17, plusMinusYears: 0 });
    expect(parseBirthDate('17.05.1990')).toEqual({ year: 1990, month: 5, day: 17, plusMinusYears: 0 });
    expect(parseBirthDate('1990-05')).toEqual({ year: 1990, month: 5, day: undefined, plusMinusYears: 0 });
    expect(parseBirthDate('05/1990')).toEqual({ year: 1990, month: 5, day: undefined, plusMinusYears: 0 });
    expect(parseBirthDate('1990')).toEqual({ year: 1990, month: undefined, day: undefined, plusMinusYears: 0 });
    expect(parseBirthDate('1990-00-00')).toMatchObject({ year: 1990, month: undefined });
    expect(parseBirthDate('1990-XX-XX')).toMatchObject({ year: 1990, month: undefined });
  });

  it('reads approximate dates, with ± years when stated and 2 otherwise', () => {
    expect(parseBirthDate('about 1990')).toMatchObject({ year: 1990, plusMinusYears: 2 });
    expect(parseBirthDate('~1990')).toMatchObject({ year: 1990, plusMinusYears: 2 });
    expect(parseBirthDate('circa 1985 ± 5')).toMatchObject({ year: 1985, plusMinusYears: 5 });
    expect(parseBirthDate('1990±1')).toMatchObject({ year: 1990, plusMinusYears: 1 });
  });

  it('refuses what is not a date', () => {
    expect(parseBirthDate('')).toBeUndefined();
    expect(parseBirthDate('1990-02-30')).toBeUndefined();
    expect(parseBirthDate('1990-13')).toBeUndefined();
    expect(parseBirthDate('yesterday')).toBeUndefined();
    expect(parseBirthDate('0990')).toBeUndefined();
  });

  it('turns a partial date into the range of days it allows', () => {
    const year = birthDateRange(parseBirthDate('1990')!);
    expect(year.to - year.from).toBe(364);
    const month = birthDateRange(parseBirthDate('1992-02')!);
    expect(month.to - month.from).toBe(28);
  });
});

describe('relateBirthDates', () => {
  it('compares full dates, tolerating swapped day and month and a year off by one', () => {
    expect(relate('1990-05-17', '17.05.1990')).toBe('same');
    expect(relate('1990-05-07', '1990-07-05')).toBe('dayMonthSwapped');
    expect(relate('1990-05-17', '1991-05-17')).toBe('yearOffByOne');
    expect(relate('1990-05-17', '1990-09-02')).toBe('sameYearOtherDay');
    expect(relate('1990-05-17', '1975-01-01')).toBe('different');
  });

  it('lets partial dates agree when their ranges overlap', () => {
    expect(relate('1990', '1990-05-17')).toBe('overlap');
    expect(relate('1990-05', '1990-05-17')).toBe('overlap');
    expect(relate('about 1990', '1991-12-31')).toBe('overlap');
    expect(relate('1990-05', '1990-06-01')).toBe('near');
    expect(relate('1990', '1995')).toBe('different');
  });
});

describe('adjustForDateOfBirth', () => {
  it('raises for the same date and lowers for a different one, always within [0, 1]', () => {
    expect(adjustForDateOfBirth(0.8, '1990-05-17', '1990-05-17')).toMatchObject({ effect: 'raised' });
    expect(adjustForDateOfBirth(0.8, '1990-05-17', '1990-05-17').after).toBeCloseTo(0.87, 2);
    expect(adjustForDateOfBirth(0.8, '1990-05-17', '1975-01-01')).toMatchObject({ effect: 'lowered', after: 0.8 * 0.55 });
    expect(adjustForDateOfBirth(1, '1990', '1990-01-01').after).toBeLessThanOrEqual(1);
  });

  it('lowers partial dates with different months as much as full dates of the same year, a year-only one less', () => {
    const months = adjustForDateOfBirth(0.8, '1990-05', '1990-02-16');
    expect(months).toMatchObject({ effect: 'lowered', reason: 'partial dates with different months' });
    expect(months.after).toBeCloseTo(adjustForDateOfBirth(0.8, '1990-05-17', '1990-02-16').after, 10);
    expect(adjustForDateOfBirth(0.8, '1991', '1990-11-08').after).toBeGreaterThan(months.after);
    expect(adjustForDateOfBirth(0.8, '1990-05', '1990-05-16')).toMatchObject({ effect: 'raised' });
  });

  it('lowers only a little for swapped day and month or a year off by one', () => {
    const swapped = adjustForDateOfBirth(0.8, '1990-05-07', '1990-07-05').after;
    const offByOne = adjustForDateOfBirth(0.8, '1990-05-17', '1991-05-17').after;
    const different = adjustForDateOfBirth(0.8, '1990-05-17', '1975-01-01').after;
    expect(swapped).toBeGreaterThan(offByOne);
    expect(offByOne).toBeGreaterThan(different);
    expect(swapped).toBeLessThan(0.8);
  });

  it('raises less for a partial date than for a full one, and nothing when a date is unknown', () => {
    const full = adjustForDateOfBirth(0.7, '1990-05-17', '1990-05-17').after;
    const yearOnly = adjustForDateOfBirth(0.7, '1990', '1990-05-17').after;
    const approximate = adjustForDateOfBirth(0.7, 'about 1990', '1991').after;
    expect(full).toBeGreaterThan(yearOnly);
    expect(yearOnly).toBeGreaterThan(approximate);
    expect(approximate).toBeGreaterThan(0.7);
    expect(adjustForDateOfBirth(0.7, undefined, '1990')).toMatchObject({ effect: 'unchanged', after: 0.7 });
    expect(adjustForDateOfBirth(0.7, 'unknown', '1990')).toMatchObject({ effect: 'unchanged', after: 0.7 });
  });
});

describe('adjustForNationality', () => {
  it('raises slightly for a shared nationality and lowers slightly for different countries', () => {
    expect(adjustForNationality(0.8, ['SYR'], ['syr', 'TUR'])).toMatchObject({ effect: 'raised' });
    expect(adjustForNationality(0.8, ['SYR'], ['IRQ'])).toMatchObject({ effect: 'lowered', after: 0.8 * 0.93 });
  });

  it('does not hold statelessness, refugee status or an unspecified nationality against a match', () => {
    expect(adjustForNationality(0.8, ['XXA'], ['SYR']).effect).toBe('unchanged');
    expect(adjustForNationality(0.8, ['XXB'], ['AFG']).effect).toBe('unchanged');
    expect(adjustForNationality(0.8, ['XXX'], ['XXX']).effect).toBe('unchanged');
    expect(adjustForNationality(0.8, ['XXA'], ['XXA']).effect).toBe('raised');
    expect(adjustForNationality(0.8, [], ['SYR']).effect).toBe('unchanged');
  });
});

describe('scoreIdentity', () => {
  it('takes the best pair of names and explains the adjustments', () => {
    const result = scoreIdentity(
      { names: ['Mohammed Ali Hassan', 'Abu Ali'], dateOfBirth: '1990-05-17', nationalities: ['SYR'] },
      { names: ['محمد حسن'], dateOfBirth: 'about 1990', nationalities: ['SYR', 'XXB'] },
    );
    expect(result.name.query).toBe('Mohammed Ali Hassan');
    expect(result.score).toBeGreaterThan(result.name.score);
    expect(result.adjustments.map((a) => [a.factor, a.effect])).toEqual([
      ['dateOfBirth', 'raised'],
      ['nationality', 'raised'],
    ]);
  });

  it('lets a conflicting full date of birth pull a name match below the threshold', () => {
    const result = scoreIdentity(
      { names: ['Ahmad Karimi'], dateOfBirth: '1990-05-17' },
      { names: ['Ahmed Karimy'], dateOfBirth: '1962-11-02' },
    );
    expect(result.name.score).toBeGreaterThan(0.9);
    expect(result.score).toBeLessThan(0.6);
  });

  it('stays within [0, 1] and copes with persons without names', () => {
    expect(scoreIdentity({ names: [] }, { names: ['Ali'] }).score).toBe(0);
    const perfect = scoreIdentity({ names: ['Ali Hassan'], dateOfBirth: '1990-01-01', nationalities: ['IRQ'] }, { names: ['Ali Hassan'], dateOfBirth: '1990-01-01', nationalities: ['IRQ'] });
    expect(perfect.score).toBe(1);
  });
});

describe('identitySimilarity', () => {
  it('gives exactly the score of scoreIdentity, without the explanation', () => {
    const dates = [undefined, '1990', '1990-05', '1990-05-17', 'about 1989', '1991-05-17'];
    const nationalities = [undefined, ['SYR'], ['AFG'], ['XXA']];
    generateLabelledPairs(400, 11).forEach((pair, i) => {
      const query = { names: [pair.a], dateOfBirth: dates[i % dates.length], nationalities: nationalities[i % nationalities.length] };
      const candidate = { names: [pair.b, `${pair.a} Junior`], dateOfBirth: dates[(i * 7) % dates.length], nationalities: nationalities[(i * 3) % nationalities.length] };
      expect(identitySimilarity(query, candidate)).toBe(scoreIdentity(query, candidate).score);
    });
  });
});

describe('identityCeiling', () => {
  const dates = [undefined, '1990', '1990-05', '1990-05-17', '1990-06-02', 'about 1989', '1991-05-17', '1985-01-01', '17.05.1990'];
  const nationalities = [undefined, ['SYR'], ['AFG'], ['XXA'], ['SYR', 'IRQ']];

  it('is never below the score of any names under the same dates and nationalities (property)', () => {
    const pairs = generateLabelledPairs(300, 23);
    fc.assert(
      fc.property(fc.nat(pairs.length - 1), fc.nat(dates.length - 1), fc.nat(dates.length - 1), fc.nat(nationalities.length - 1), fc.nat(nationalities.length - 1), (p, d1, d2, n1, n2) => {
        const query = { dateOfBirth: dates[d1], nationalities: nationalities[n1] };
        const candidate = { dateOfBirth: dates[d2], nationalities: nationalities[n2] };
        const pair = pairs[p]!;
        const score = identitySimilarity({ names: [pair.a], ...query }, { names: [pair.b, pair.a], ...candidate });
        expect(score).toBeLessThanOrEqual(identityCeiling(query, candidate) + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('is reached by a perfect name, and keeps a different date of birth under 0.6', () => {
    const query = { dateOfBirth: '1990-05-17', nationalities: ['SYR'] };
    expect(identityCeiling(query, query)).toBe(identitySimilarity({ names: ['Ali Hassan'], ...query }, { names: ['Ali Hassan'], ...query }));
    expect(identityCeiling(query, { dateOfBirth: '1970-02-01', nationalities: ['SYR'] })).toBeLessThan(0.6);
    expect(identityCeiling(query, { dateOfBirth: '1990-08-02', nationalities: ['SYR'] })).toBeLessThan(0.8);
  });
});

describe('closeBirthDates', () => {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
  const nationalities = fc.constantFrom<string[] | undefined>(undefined, ['SYR'], ['AFG'], ['XXA'], ['SYR', 'IRQ']);

  it('keeps out only dates whose ceiling is at most OTHER_DAY_CEILING, and keeps in every closer one (property)', () => {
    // Dates near each other (same year, same day of another year, swapped) are where the rule could slip.
    const nearby = day.chain((a) =>
      fc.tuple(
        fc.constant(a),
        fc.oneof(
          day,
          fc.integer({ min: -1, max: 1 }).map((years) => `${Number(a.slice(0, 4)) + years}${a.slice(4)}`),
          fc.constant(`${a.slice(0, 5)}${a.slice(8, 10)}-${a.slice(5, 7)}`),
          fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: 28 }).map((d) => `${a.slice(0, 5)}${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
          // Partial dates: year and month (near or not), a year, approximate ones.
          fc.integer({ min: -1, max: 1 }).chain((years) => fc.integer({ min: 1, max: 12 }).map((m) => `${Number(a.slice(0, 4)) + years}-${String(m).padStart(2, '0')}`)),
          fc.constant(a.slice(0, 7)),
          fc.constant(a.slice(0, 4)),
          fc.constant(`about ${a}`),
        ),
      ),
    );
    fc.assert(
      fc.property(nearby, nationalities, nationalities, ([a, b], n1, n2) => {
        const first = parseBirthDate(a)!;
        const second = parseBirthDate(b);
        fc.pre(second !== undefined);
        const number = birthDateNumber(second);
        const ruledOut = number !== 0 && !closeBirthDates(first).includes(number);
        const ceiling = identityCeiling({ dateOfBirth: a, nationalities: n1 }, { dateOfBirth: b, nationalities: n2 });
        if (ruledOut) {
          expect(ceiling).toBeLessThanOrEqual(OTHER_DAY_CEILING);
        } else {
          // Nothing closer is ruled out: what is kept can beat another day.
          expect(identityCeiling({ dateOfBirth: a, nationalities: ['SYR'] }, { dateOfBirth: b, nationalities: ['SYR'] })).toBeGreaterThan(OTHER_DAY_CEILING);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rules nothing out for a partial or approximate date; numbers a year, an estimate or none as 0', () => {
    for (const text of ['1990', '1990-05', 'about 1990-05-17', '1990-05-17 ± 1']) {
      expect(closeBirthDates(parseBirthDate(text)!)).toEqual([]);
    }
    for (const text of ['1990', 'about 1990-05-17', '1990-05-17 ± 1']) {
      expect(birthDateNumber(parseBirthDate(text))).toBe(0);
    }
    expect(birthDateNumber(parseBirthDate('1990-05'))).toBe(19900500);
    expect(closeBirthDates(parseBirthDate('1990-05-07')!).sort()).toEqual([19890507, 19900500, 19900507, 19900705, 19910507]);
    expect(OTHER_DAY_CEILING).toBeLessThan(0.8);
  });
});
