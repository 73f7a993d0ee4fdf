import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, ageRange, parsePartialDate, rangesOverlap } from './partial-date';

const today = new Date('2026-11-23T10:00:00Z');

describe('parsePartialDate', () => {
  it('reads full, year-month and year-only dates as the ranges they cover', () => {
    expect(parsePartialDate('1990-05-17', { today })).toMatchObject({ ok: true, range: { from: '1990-05-17', to: '1990-05-17' } });
    expect(parsePartialDate('1990-02', { today })).toMatchObject({ ok: true, range: { from: '1990-02-01', to: '1990-02-28' } });
    expect(parsePartialDate('1992-02', { today })).toMatchObject({ ok: true, range: { to: '1992-02-29' } });
    expect(parsePartialDate('1990', { today })).toMatchObject({ ok: true, range: { from: '1990-01-01', to: '1990-12-31' } });
  });

  it('widens estimated dates', () => {
    expect(parsePartialDate('about 2010', { today })).toMatchObject({
      ok: true,
      date: { value: '2010', estimated: true },
      range: { from: '2008-01-01', to: '2012-12-31' },
    });
    expect(parsePartialDate('2010-06-01', { today, estimated: true })).toMatchObject({ range: { from: '2009-01-01', to: '2011-12-31' } });
  });

  it('refuses impossible, malformed and future dates with a specific message', () => {
    expect(parsePartialDate('2023-02-30', { today })).toEqual({ ok: false, message: '2023-02 has no day 30' });
    expect(parsePartialDate('1990-13', { today })).toEqual({ ok: false, message: 'There is no month 13' });
    expect(parsePartialDate('17/05/1990', { today })).toMatchObject({ ok: false, message: expect.stringContaining('YYYY-MM-DD') });
    expect(parsePartialDate('2030', { today })).toEqual({ ok: false, message: 'The date 2030 is in the future' });
    expect(parsePartialDate("1990'; drop table persons;--", { today }).ok).toBe(false);
  });

  it('never throws and always yields an ordered range (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (text, estimated) => {
        const result = parsePartialDate(text, { today, estimated });
        if (result.ok) {
          expect(result.range.from <= result.range.to).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: today, noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const result = parsePartialDate(iso, { today });
        expect(result).toMatchObject({ ok: true, range: { from: iso, to: iso } });
        // A coarser form of the same date covers it.
        const year = parsePartialDate(iso.slice(0, 4), { today });
        expect(year.ok && rangesOverlap(year.range, { from: iso, to: iso })).toBe(true);
      }),
    );
  });
});

describe('ages', () => {
  it('counts whole years, birthday included', () => {
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(ageOn('2008-11-24', '2026-11-23')).toBe(17);
    expect(ageRange({ from: '2008-01-01', to: '2008-12-31' }, '2026-11-23')).toEqual({ min: 17, max: 18 });
  });
});
