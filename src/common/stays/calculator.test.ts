import { describe, expect, it } from 'vitest';
import { evaluateStays, planTrip, type Stay } from './calculator';

describe('evaluateStays: worked examples', () => {
  it('counts a single past stay and how long a new continuous stay may last', () => {
    const result = evaluateStays([{ entry: '2024-03-01', exit: '2024-03-10' }], {
      referenceDate: '2024-03-20',
    });
    expect(result).toMatchObject({
      windowStart: '2023-09-23',
      daysUsed: 10,
      daysLeft: 80,
      present: false,
      overstaying: false,
      overstayStart: null,
      // 80 more days, counting the reference day itself: 2024-03-20 + 79.
      latestLegalExit: '2024-06-07',
    });
  });

  it('counts entry and exit on the same day as one day', () => {
    const result = evaluateStays([{ entry: '2024-05-05', exit: '2024-05-05' }], {
      referenceDate: '2024-05-06',
    });
    expect(result.daysUsed).toBe(1);
    expect(result.daysLeft).toBe(89);
  });

  it('counts a day once when the person leaves and comes back on the same day', () => {
    const stays: Stay[] = [
      { entry: '2024-05-01', exit: '2024-05-05' },
      { entry: '2024-05-05', exit: '2024-05-08' },
    ];
    expect(evaluateStays(stays, { referenceDate: '2024-05-31' }).daysUsed).toBe(8);
  });

  it('lets a day drop out of the window on day 181', () => {
    const stays: Stay[] = [{ entry: '2024-01-01', exit: '2024-01-01' }];
    // The window ending 2024-06-28 is 2024-01-01 … 2024-06-28: 180 days, the stay is in it.
    expect(evaluateStays(stays, { referenceDate: '2024-06-28' })).toMatchObject({
      windowStart: '2024-01-01',
      daysUsed: 1,
    });
    // One day later 2024-01-01 is the 181st day back and no longer counts.
    expect(evaluateStays(stays, { referenceDate: '2024-06-29' })).toMatchObject({
      windowStart: '2024-01-02',
      daysUsed: 0,
      daysLeft: 90,
    });
  });

  it('counts only the part of a stay inside the window', () => {
    const stays: Stay[] = [{ entry: '2023-12-01', exit: '2024-01-31' }];
    expect(evaluateStays(stays, { referenceDate: '2024-06-28' }).daysUsed).toBe(31);
  });

  it('puts the overstay on day 91 of an open stay', () => {
    const stays: Stay[] = [{ entry: '2024-01-01' }];
    const day90 = evaluateStays(stays, { referenceDate: '2024-03-30' });
    expect(day90).toMatchObject({
      daysUsed: 90,
      daysLeft: 0,
      present: true,
      overstaying: false,
      latestLegalExit: '2024-03-30',
    });
    const day91 = evaluateStays(stays, { referenceDate: '2024-03-31' });
    expect(day91).toMatchObject({
      daysUsed: 91,
      daysLeft: 0,
      overstaying: true,
      overstayStart: '2024-03-31',
      overstayDays: 1,
      latestLegalExit: null,
    });
    expect(evaluateStays(stays, { referenceDate: '2024-04-09' })).toMatchObject({
      overstayStart: '2024-03-31',
      overstayDays: 10,
    });
  });

  it('finds the overstay start when earlier stays used part of the window', () => {
    const stays: Stay[] = [
      { entry: '2024-04-01', exit: null },
      { entry: '2024-01-01', exit: '2024-02-29' },
    ];
    // 60 days used before; the 31st day of the new stay (2024-05-01) is day 91 in the window.
    expect(evaluateStays(stays, { referenceDate: '2024-04-30' }).overstaying).toBe(false);
    expect(evaluateStays(stays, { referenceDate: '2024-05-10' })).toMatchObject({
      daysUsed: 100,
      overstaying: true,
      overstayStart: '2024-05-01',
      overstayDays: 10,
    });
  });

  it('adds several short stays, unsorted and overlapping, each day once', () => {
    const stays: Stay[] = [
      { entry: '2024-05-01', exit: '2024-05-20' },
      { entry: '2024-01-10', exit: '2024-01-19' },
      { entry: '2024-03-01', exit: '2024-03-31' },
      { entry: '2024-02-01', exit: '2024-02-15' },
      { entry: '2024-02-10', exit: '2024-02-12' }, // inside the February stay
      { entry: '2024-05-01', exit: '2024-05-20' }, // the same stay recorded twice
    ];
    const result = evaluateStays(stays, { referenceDate: '2024-06-15' });
    expect(result).toMatchObject({ windowStart: '2023-12-19', daysUsed: 76, daysLeft: 14, present: false });
    // Nothing leaves the window before 2024-06-28, so 14 days from the reference day: 06-15 … 06-28.
    expect(result.latestLegalExit).toBe('2024-06-28');
  });

  it('lets old days drop out while a new continuous stay goes on', () => {
    const stays: Stay[] = [{ entry: '2024-01-01', exit: '2024-03-20' }]; // 80 days
    const result = evaluateStays(stays, { referenceDate: '2024-06-20' });
    expect(result).toMatchObject({ daysUsed: 80, daysLeft: 10 });
    // From 2024-06-29 one old day leaves the window for each new day, so the person may stay
    // the full 90 days from 2024-06-20.
    expect(result.latestLegalExit).toBe('2024-09-17');
  });

  it('reports an overstay that has ended as past, not current, and no lawful day now', () => {
    const result = evaluateStays([{ entry: '2024-01-01', exit: '2024-04-09' }], {
      referenceDate: '2024-05-01',
    });
    expect(result).toMatchObject({
      daysUsed: 100,
      daysLeft: 0,
      present: false,
      overstaying: false,
      latestLegalExit: null,
    });
  });

  it('ignores recorded days after the reference date', () => {
    const stays: Stay[] = [{ entry: '2024-03-01', exit: '2024-03-31' }];
    expect(evaluateStays(stays, { referenceDate: '2024-03-10' })).toMatchObject({
      daysUsed: 10,
      present: true,
    });
    expect(evaluateStays([{ entry: '2024-04-01' }], { referenceDate: '2024-03-10' }).daysUsed).toBe(0);
  });

  it('applies another rule when asked', () => {
    const result = evaluateStays([{ entry: '2024-01-01' }], {
      referenceDate: '2024-01-31',
      rule: { maxDays: 30, windowDays: 60 },
    });
    expect(result).toMatchObject({ daysUsed: 31, overstaying: true, overstayStart: '2024-01-31' });
  });

  it('refuses impossible stays with a message naming the stay', () => {
    expect(() =>
      evaluateStays([{ entry: '2024-01-01' }, { entry: '2024-02-10', exit: '2024-02-01' }], {
        referenceDate: '2024-03-01',
      }),
    ).toThrow('Stay 2: exit 2024-02-01 is before entry 2024-02-10');
    expect(() => evaluateStays([{ entry: '2024-02-30' }], { referenceDate: '2024-03-01' })).toThrow(
      'Stay 1: entry "2024-02-30" is not a calendar date written YYYY-MM-DD',
    );
    expect(() => evaluateStays([], { referenceDate: '01/03/2024' })).toThrow(/Reference date/);
  });
});

describe('planTrip: worked examples', () => {
  const fullStay: Stay[] = [{ entry: '2024-01-01', exit: '2024-03-30' }]; // 90 days

  it('allows a new 90-day stay entering exactly 180 days after the first entry', () => {
    const plan = planTrip(fullStay, { entry: '2024-06-29', days: 90 }, { referenceDate: '2024-06-01' });
    expect(plan).toEqual({
      entry: '2024-06-29',
      requestedDays: 90,
      allowed: true,
      allowedDays: 90,
      latestExit: '2024-09-26',
      firstUnlawfulDay: null,
    });
    // Recorded as it happened, the re-entry day is lawful with no day to spare.
    const onEntry = evaluateStays([...fullStay, { entry: '2024-06-29' }], { referenceDate: '2024-06-29' });
    expect(onEntry).toMatchObject({ daysUsed: 90, daysLeft: 0, overstaying: false });
  });

  it('refuses entering one day earlier: the window would hold 91 days', () => {
    const plan = planTrip(fullStay, { entry: '2024-06-28', days: 1 }, { referenceDate: '2024-06-01' });
    expect(plan).toMatchObject({
      allowed: false,
      allowedDays: 0,
      latestExit: null,
      firstUnlawfulDay: '2024-06-28',
    });
  });

  it('says how many days of a longer trip fit', () => {
    const plan = planTrip(
      [{ entry: '2024-01-01', exit: '2024-03-10' }], // 70 days
      { entry: '2024-05-01', days: 30 },
      { referenceDate: '2024-04-01' },
    );
    expect(plan).toMatchObject({
      allowed: false,
      allowedDays: 20,
      latestExit: '2024-05-20',
      firstUnlawfulDay: '2024-05-21',
    });
  });

  it('takes an open stay to end on the reference date', () => {
    const plan = planTrip(
      [{ entry: '2024-03-01' }],
      { entry: '2024-04-15', days: 60 },
      { referenceDate: '2024-03-31' },
    );
    // 31 days used in March, so 59 more fit before old days start to leave the window.
    expect(plan).toMatchObject({ allowed: false, allowedDays: 59 });
  });

  it('refuses a trip of no days', () => {
    expect(() => planTrip([], { entry: '2024-05-01', days: 0 }, { referenceDate: '2024-04-01' })).toThrow(
      /at least 1/,
    );
  });
});
