/**
 * Scoring rules (pure): one question, a whole test, and the knowledge gain of a group.
 * single and true-false: the points when the chosen option is right; multiple: all or nothing, or with
 * partial credit points × max(0, right chosen − wrong chosen) / right options; short: a trainer's score.
 */
import type { Answer, QuestionOption } from './tables';

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'short';

export interface ScorableQuestion {
  id: string;
  kind: QuestionKind;
  options: readonly QuestionOption[];
  partialCredit: boolean;
  points: number;
}

/** Points for one answer, or null when a person must score it (a short answer). */
export function scoreQuestion(question: ScorableQuestion, answer: Answer | undefined): number | null {
  switch (question.kind) {
    case 'short':
      return null;
    case 'single':
    case 'true-false': {
      const chosen = typeof answer === 'string' ? answer : undefined;
      return question.options.some((o) => o.id === chosen && o.correct) ? question.points : 0;
    }
    case 'multiple': {
      const chosen = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);
      const right = question.options.filter((o) => o.correct);
      const rightChosen = right.filter((o) => chosen.has(o.id)).length;
      const wrongChosen = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
      if (!question.partialCredit) {
        return rightChosen === right.length && wrongChosen === 0 ? question.points : 0;
      }
      return right.length === 0 ? 0 : (question.points * Math.max(0, rightChosen - wrongChosen)) / right.length;
    }
  }
}

export interface ScoredTest {
  points: Record<string, number>;
  score: number;
  maxScore: number;
  /** A short answer still waits for a trainer. */
  pending: boolean;
}

/** Scores a test: automatic points, plus the trainer's points for short answers where given. */
export function scoreTest(questions: readonly ScorableQuestion[], answers: Readonly<Record<string, Answer>>, manual: Readonly<Record<string, number>> = {}): ScoredTest {
  const points: Record<string, number> = {};
  let pending = false;
  for (const question of questions) {
    const automatic = scoreQuestion(question, answers[question.id]);
    if (automatic !== null) {
      points[question.id] = automatic;
    } else if (manual[question.id] !== undefined) {
      points[question.id] = Math.min(question.points, Math.max(0, manual[question.id]!));
    } else {
      pending = true;
    }
  }
  const score = Object.values(points).reduce((sum, p) => sum + p, 0);
  const maxScore = questions.reduce((sum, q) => sum + q.points, 0);
  return { points, score: Math.round(score * 100) / 100, maxScore, pending };
}

/** A score as a percentage of the maximum (0 when there is nothing to score). */
export function percentOf(score: number, maxScore: number): number {
  return maxScore === 0 ? 0 : Math.round((score / maxScore) * 1000) / 10;
}

export interface GainSummary {
  count: number;
  meanPre: number | null;
  meanPost: number | null;
  meanGain: number | null;
  /** Share (0–1) of those with both tests whose post-test is better than their pre-test. */
  improvedShare: number | null;
}

/** Knowledge gain of a group, over the members with both tests scored. */
export function gainOf(rows: readonly { pre: number | null; post: number | null }[]): GainSummary {
  const both = rows.filter((r): r is { pre: number; post: number } => r.pre !== null && r.post !== null);
  if (both.length === 0) {
    return { count: 0, meanPre: null, meanPost: null, meanGain: null, improvedShare: null };
  }
  const mean = (values: number[]) => Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10;
  return {
    count: both.length,
    meanPre: mean(both.map((r) => r.pre)),
    meanPost: mean(both.map((r) => r.post)),
    meanGain: mean(both.map((r) => r.post - r.pre)),
    improvedShare: Math.round((both.filter((r) => r.post > r.pre).length / both.length) * 1000) / 1000,
  };
}

/** Attendance as a percentage of the session's days. */
export function attendancePercent(daysPresent: number, sessionDays: number): number {
  return sessionDays === 0 ? 0 : Math.round((daysPresent / sessionDays) * 1000) / 10;
}

/** Every day of a session, start to end inclusive. */
export function sessionDays(startDate: string, endDate: string): string[] {
  const days: string[] = [];
  for (let day = new Date(`${startDate}T00:00:00Z`); day <= new Date(`${endDate}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push(day.toISOString().slice(0, 10));
  }
  return days;
}
