/** Deadlines, the state machine and age derivation: worked examples and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors';
import { addDays, addMonths, applicationDeadlines, assessedAgeOn, daysBetween, deadlineOn, deriveAge, isUnaccompanied } from './deadlines';
import { flaggedCategories, STANDARD_QUESTIONS } from './questionnaire';
import { APPLICATION_STATUSES, labelsOf, VULNERABILITY_CATEGORIES } from './reference';
import { ALLOWED_FROM, allowedActions, requireTransition, statusAfterAppeal, type ApplicationAction } from './transitions';

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('deadline arithmetic', () => {
  it('adds months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-10-31', 1)).toBe('2026-11-30');
    expect(addMonths('2026-12-10', 3)).toBe('2027-03-10');
  });

  it('counts an appeal deadline in calendar days from the notification, across months and years', () => {
    expect(addDays('2026-12-28', 10)).toBe('2027-01-07');
    expect(addDays('2028-02-25', 10)).toBe('2028-03-06');
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
  });

  it('reads a deadline as ok, due within the warning window, or overdue once its own day has passed', () => {
    expect(deadlineOn('appeal', '2026-05-11', '2026-05-01', 14)).toEqual({ kind: 'appeal', dueOn: '2026-05-11', daysLeft: 10, state: 'due' });
    expect(deadlineOn('appeal', '2026-05-11', '2026-05-11', 14).state).toBe('due');
    expect(deadlineOn('appeal', '2026-05-11', '2026-05-12', 14)).toMatchObject({ daysLeft: -1, state: 'overdue' });
    expect(deadlineOn('decision', '2026-07-15', '2026-05-01', 14)).toMatchObject({ daysLeft: 75, state: 'ok' });
  });

  it('runs the decision deadline while pending, the appeal deadline after a notified rejection, none when final', () => {
    const base = { decisionDueOn: '2026-07-15', appealDueOn: '2026-05-11' };
    expect(applicationDeadlines({ ...base, status: 'lodged' }, '2026-05-01', 14).map((d) => d.kind)).toEqual(['decision']);
    expect(applicationDeadlines({ ...base, status: 'interviewed' }, '2026-05-01', 14).map((d) => d.kind)).toEqual(['decision']);
    expect(applicationDeadlines({ ...base, status: 'rejected' }, '2026-05-20', 14)).toMatchObject([{ kind: 'appeal', state: 'overdue' }]);
    expect(applicationDeadlines({ ...base, status: 'rejected', appealDueOn: null }, '2026-05-20', 14)).toEqual([]);
    expect(applicationDeadlines({ ...base, status: 'granted-subsidiary' }, '2026-05-01', 14)).toMatchObject([{ kind: 'appeal', state: 'due' }]);
    expect(applicationDeadlines({ ...base, status: 'granted-subsidiary' }, '2026-05-20', 14)).toEqual([]);
    for (const status of ['granted-refugee', 'withdrawn', 'appealed', 'closed'] as const) {
      expect(applicationDeadlines({ ...base, status }, '2026-05-01', 14)).toEqual([]);
    }
  });

  it('property: adding months lands in the right month, never later in the month, and keeps the day when the month has it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 36 }), (start, months) => {
        const result = addMonths(start, months);
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBeLessThanOrEqual(d);
        if (rd < d) {
          expect(addDays(result, 1).slice(5, 7)).not.toBe(result.slice(5, 7));
        }
        expect(result >= start).toBe(true);
      }),
    );
  });

  it('property: days added are days between, and the state follows the days left', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 90 }), (today, offset, soon) => {
        const dueOn = addDays(today, offset);
        expect(daysBetween(today, dueOn)).toBe(offset);
        const deadline = deadlineOn('appeal', dueOn, today, soon);
        expect(deadline.state).toBe(offset < 0 ? 'overdue' : offset <= soon ? 'due' : 'ok');
      }),
    );
  });
});

describe('the application state machine', () => {
  const actions = Object.keys(ALLOWED_FROM) as ApplicationAction[];

  it('allows each action only from its statuses and refuses every other pair with a 409 naming the status', () => {
    for (const status of APPLICATION_STATUSES) {
      for (const action of actions) {
        if (ALLOWED_FROM[action].includes(status)) {
          expect(() => requireTransition(status, action)).not.toThrow();
        } else {
          let error: unknown;
          try {
            requireTransition(status, action);
          } catch (caught) {
            error = caught;
          }
          expect(error, `${action} from ${status}`).toBeInstanceOf(AppError);
          expect((error as AppError).status).toBe(409);
          expect((error as AppError).message).toContain(status);
          expect((error as AppError).fields?.[0]?.field).toBe('status');
        }
      }
    }
  });

  it('leaves no step after a final status', () => {
    expect(allowedActions('granted-refugee')).toEqual([]);
    expect(allowedActions('withdrawn')).toEqual([]);
    expect(allowedActions('closed')).toEqual([]);
    expect(allowedActions('lodged')).toEqual(['interview', 'withdraw']);
  });

  it('leads an appeal outcome to protection, a new decision, or the end (keeping subsidiary protection when that was appealed)', () => {
    expect(statusAfterAppeal('granted-refugee', 'rejected')).toBe('granted-refugee');
    expect(statusAfterAppeal('remitted', 'rejected')).toBe('interviewed');
    expect(statusAfterAppeal('dismissed', 'rejected')).toBe('closed');
    expect(statusAfterAppeal('withdrawn', 'rejected')).toBe('closed');
    expect(statusAfterAppeal('dismissed', 'granted-subsidiary')).toBe('granted-subsidiary');
  });
});

describe('age of a minor', () => {
  it('takes the latest assessment over the date of birth, and ages it by the whole years since', () => {
    expect(assessedAgeOn({ assessedOn: '2025-03-01', resultAge: 16, resultDateOfBirth: null }, '2026-02-28')).toBe(16);
    expect(assessedAgeOn({ assessedOn: '2025-03-01', resultAge: 16, resultDateOfBirth: null }, '2026-03-01')).toBe(17);
    expect(assessedAgeOn({ assessedOn: '2025-03-01', resultAge: null, resultDateOfBirth: '2009-06-10' }, '2026-06-09')).toBe(16);
    expect(deriveAge({ assessedOn: '2026-01-10', resultAge: 19, resultDateOfBirth: null }, { min: 15, max: 16 }, '2026-02-01')).toEqual({ age: { min: 19, max: 19 }, ageSource: 'assessment', minor: false });
    expect(deriveAge(null, { min: 15, max: 16 }, '2026-02-01')).toEqual({ age: { min: 15, max: 16 }, ageSource: 'date-of-birth', minor: true });
    // A birth range that allows 18 is not certainly a minor.
    expect(deriveAge(null, { min: 17, max: 18 }, '2026-02-01').minor).toBe(false);
    expect(deriveAge(null, null, '2026-02-01')).toEqual({ age: null, ageSource: null, minor: false });
  });

  it('takes the clerk’s flag over what is derived', () => {
    expect(isUnaccompanied(null, true, false)).toBe(true);
    expect(isUnaccompanied(null, true, true)).toBe(false);
    expect(isUnaccompanied(false, true, false)).toBe(false);
    expect(isUnaccompanied(true, false, true)).toBe(true);
  });

  it('property: an assessed age never falls with time, grows by one a year, and is a minor below 18', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (assessedOn, age, a, b) => {
        const assessment = { assessedOn, resultAge: age, resultDateOfBirth: null };
        const earlier = addDays(assessedOn, Math.min(a, b));
        const later = addDays(assessedOn, Math.max(a, b));
        expect(assessedAgeOn(assessment, later)).toBeGreaterThanOrEqual(assessedAgeOn(assessment, earlier));
        // A year and a day later (an assessment made on 29 February counts the year from 1 March).
        expect(assessedAgeOn(assessment, addDays(addMonths(assessedOn, 12), 1))).toBe(age + 1);
        expect(deriveAge(assessment, null, later).minor).toBe(assessedAgeOn(assessment, later) < 18);
      }),
    );
  });
});

describe('screening categories', () => {
  it('flags a category when any of its questions is answered yes, and labels health and trafficking results', () => {
    const answers = Object.fromEntries(STANDARD_QUESTIONS.map((q) => [q.code, false]));
    expect(flaggedCategories(STANDARD_QUESTIONS, answers)).toEqual([]);
    const flagged = flaggedCategories(STANDARD_QUESTIONS, { ...answers, controlled: true, elderly: true, torture: true });
    expect(flagged).toEqual(['elderly', 'trafficking', 'torture-violence']);
    expect(labelsOf(flagged)).toEqual(['health', 'trafficking']);
    expect(labelsOf(['elderly', 'single-parent'])).toEqual([]);
  });

  it('asks at least one question for every category of the directive', () => {
    for (const category of VULNERABILITY_CATEGORIES) {
      expect(STANDARD_QUESTIONS.some((q) => q.category === category), category).toBe(true);
    }
  });
});
