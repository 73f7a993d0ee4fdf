/** Scoring rules: partial credit as configured, manual short answers, knowledge gain, attendance. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendancePercent, gainOf, scoreQuestion, scoreTest, sessionDays, type ScorableQuestion } from './scoring';

const multiple = (partialCredit: boolean): ScorableQuestion => ({
  id: 'm',
  kind: 'multiple',
  partialCredit,
  points: 3,
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: true },
    { id: 'd', text: 'D', correct: false },
  ],
});

describe('scoring', () => {
  it('gives multiple-choice partial credit as configured', () => {
    expect(scoreQuestion(multiple(true), ['a', 'b'])).toBe(2);
    expect(scoreQuestion(multiple(true), ['a', 'b', 'd'])).toBe(1);
    expect(scoreQuestion(multiple(true), ['d'])).toBe(0);
    expect(scoreQuestion(multiple(true), ['a', 'b', 'c'])).toBe(3);
    expect(scoreQuestion(multiple(false), ['a', 'b'])).toBe(0);
    expect(scoreQuestion(multiple(false), ['a', 'b', 'c'])).toBe(3);
    expect(scoreQuestion(multiple(false), ['a', 'b', 'c', 'd'])).toBe(0);
  });

  it('never gives less than 0 or more than the points, whatever is chosen', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.subarray(['a', 'b', 'c', 'd', 'x']), (partial, chosen) => {
        const points = scoreQuestion(multiple(partial), chosen)!;
        expect(points).toBeGreaterThanOrEqual(0);
        expect(points).toBeLessThanOrEqual(3);
      }),
    );
  });

  it('scores single and true/false answers, and leaves short answers to a trainer', () => {
    const single: ScorableQuestion = { id: 's', kind: 'single', partialCredit: false, points: 2, options: [{ id: 'x', text: 'X', correct: false }, { id: 'y', text: 'Y', correct: true }] };
    const truth: ScorableQuestion = { id: 't', kind: 'true-false', partialCredit: false, points: 1, options: [{ id: 'true', text: 'True', correct: false }, { id: 'false', text: 'False', correct: true }] };
    const short: ScorableQuestion = { id: 'w', kind: 'short', partialCredit: false, points: 4, options: [] };
    const pending = scoreTest([single, truth, short], { s: 'y', t: 'true', w: 'Non-refoulement' });
    expect(pending).toEqual({ points: { s: 2, t: 0 }, score: 2, maxScore: 7, pending: true });
    expect(scoreTest([single, truth, short], { s: 'y', t: 'false', w: 'x' }, { w: 9 })).toEqual({ points: { s: 2, t: 1, w: 4 }, score: 7, maxScore: 7, pending: false });
  });

  it('summarises knowledge gain over those with both tests', () => {
    expect(gainOf([{ pre: 40, post: 80 }, { pre: 60, post: 50 }, { pre: 50, post: null }])).toEqual({ count: 2, meanPre: 50, meanPost: 65, meanGain: 15, improvedShare: 0.5 });
    expect(gainOf([{ pre: null, post: 70 }]).count).toBe(0);
  });

  it('counts session days and attendance', () => {
    expect(sessionDays('2026-03-30', '2026-04-02')).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02']);
    expect(attendancePercent(3, 4)).toBe(75);
  });
});
