/**
 * Pre- and post-tests: set from the course's bank, taken once per phase through a participant's
 * personal link (no account) or entered from paper by a trainer, scored automatically, short answers
 * scored by a trainer; knowledge gain per session and per course.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import { gainOf, percentOf, scoreTest, type ScorableQuestion } from './scoring';
import { sessionScope, visibleSession } from './sessions';
import * as store from './store';
import type { Answer } from './tables';

export type Phase = 'pre' | 'post';

const scorable = (q: store.QuestionRow): ScorableQuestion => ({ id: q.id, kind: q.kind as ScorableQuestion['kind'], options: q.options, partialCredit: q.partialCredit, points: q.points });

/** The questions of a test, in its order. */
async function questionsOf(ctx: Ctx, test: store.TestRow) {
  const rows = await store.selectQuestionsByIds(ctx.db, test.questionIds);
  return test.questionIds.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
}

/** Sets a session's pre- or post-test from its course's bank. */
export async function setTest(ctx: Ctx, sessionId: string, phase: Phase, input: { questionIds: string[]; openFrom: string; openTo: string }) {
  requirePermission(ctx, 'training.manage');
  const session = await visibleSession(ctx, sessionId);
  if (input.openTo <= input.openFrom) {
    throw invalid('The test closes before it opens', [{ field: 'openTo', message: 'Before openFrom' }]);
  }
  const questions = await store.selectQuestionsByIds(ctx.db, input.questionIds);
  const foreign = input.questionIds.filter((id) => !questions.some((q) => q.id === id && q.courseId === session.courseId && q.active));
  if (input.questionIds.length === 0 || foreign.length > 0) {
    throw invalid('Choose the questions from this course’s bank', [{ field: 'questionIds', message: foreign.length > 0 ? 'Not in the course bank' : 'At least one' }]);
  }
  const tests = await store.selectTests(ctx.db, sessionId);
  const existing = tests.find((t) => t.phase === phase);
  if (existing && (await store.selectAttempts(ctx.db, [existing.id])).length > 0) {
    throw conflict('Participants have taken this test already; its questions can no longer change');
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.upsertTest(tx, { sessionId, phase, questionIds: input.questionIds, openFrom: new Date(input.openFrom), openTo: new Date(input.openTo) });
    await recordAudit(tx, ctx, { action: 'training.test.set', entityType: 'training-session', entityId: sessionId, detail: { phase, questions: input.questionIds.length } });
    return row;
  });
}

async function participantByCode(ctx: Ctx, code: string) {
  const participant = /^[A-Z2-9]{10}$/.test(code) ? await store.selectParticipantByCode(ctx.db, code) : undefined;
  if (!participant) {
    throw notFound('Test link');
  }
  return participant;
}

/** What a participant's link opens: their session and the tests open to them (public). */
export async function takeOverview(ctx: Ctx, code: string) {
  const participant = await participantByCode(ctx, code);
  const session = (await store.selectSession(ctx.db, participant.sessionId, undefined))!;
  const course = (await store.selectCourse(ctx.db, session.courseId))!;
  const tests = await store.selectTests(ctx.db, session.id);
  const attempts = await store.selectAttempts(ctx.db, tests.map((t) => t.id));
  const now = ctx.now();
  return {
    participant: { name: participant.name },
    session: { title: session.title, course: course.title, startDate: session.startDate, endDate: session.endDate },
    phases: (['pre', 'post'] as const).map((phase) => {
      const test = tests.find((t) => t.phase === phase);
      return { phase, open: !!test && test.openFrom <= now && now <= test.openTo, taken: !!test && attempts.some((a) => a.testId === test.id && a.participantId === participant.id) };
    }),
  };
}

async function openTest(ctx: Ctx, participant: store.ParticipantRow, phase: Phase) {
  const test = await store.selectTest(ctx.db, participant.sessionId, phase);
  const now = ctx.now();
  if (!test || now < test.openFrom || now > test.openTo) {
    throw new AppError('forbidden', 403, `The ${phase === 'pre' ? 'pre-test' : 'post-test'} is not open now`);
  }
  if ((await store.selectAttempts(ctx.db, [test.id])).some((a) => a.participantId === participant.id)) {
    throw conflict('You have already taken this test; it can be taken once');
  }
  return test;
}

/** The questions of an open test for a participant, without the answers (public). */
export async function takeQuestions(ctx: Ctx, code: string, phase: Phase) {
  const participant = await participantByCode(ctx, code);
  const test = await openTest(ctx, participant, phase);
  const questions = await questionsOf(ctx, test);
  return { phase, questions: questions.map((q) => ({ id: q.id, kind: q.kind, text: q.text, points: q.points, options: q.options.map((o) => ({ id: o.id, text: o.text })) })) };
}

async function recordAttempt(ctx: Ctx, test: store.TestRow, participantId: string, answers: Record<string, Answer>, source: 'online' | 'paper') {
  const questions = await questionsOf(ctx, test);
  const unknown = Object.keys(answers).filter((id) => !test.questionIds.includes(id));
  if (unknown.length > 0) {
    throw invalid('Some answers are to questions not in this test', [{ field: 'answers', message: unknown.join(', ') }]);
  }
  const scored = scoreTest(questions.map(scorable), answers);
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertAttempt(tx, { testId: test.id, participantId, source, answers, points: scored.points, score: scored.score, maxScore: scored.maxScore, pending: scored.pending, enteredBy: actorIds(ctx).userId });
    if (!row) {
      throw conflict('This test has already been taken by this participant; it can be taken once');
    }
    await recordAudit(tx, ctx, { action: `training.attempt.${source}`, entityType: 'training-participant', entityId: participantId, fields: ['answers', 'score'], detail: { phase: test.phase } });
    return { id: row.id, score: row.score, maxScore: row.maxScore, percent: percentOf(row.score, row.maxScore), pending: row.pending };
  });
}

/** A participant submits a test through their link; a second submission of the same phase is refused (public). */
export async function submitTake(ctx: Ctx, code: string, phase: Phase, answers: Record<string, Answer>) {
  const participant = await participantByCode(ctx, code);
  const test = await openTest(ctx, participant, phase);
  const { score, maxScore, percent, pending } = await recordAttempt(ctx, test, participant.id, answers, 'online');
  return { score, maxScore, percent, pending };
}

/** A trainer enters a participant's paper test. */
export async function enterPaperTest(ctx: Ctx, sessionId: string, phase: Phase, input: { participantId: string; answers: Record<string, Answer> }) {
  requirePermission(ctx, 'training.manage');
  await visibleSession(ctx, sessionId);
  const participant = await store.selectParticipant(ctx.db, input.participantId);
  if (!participant || participant.sessionId !== sessionId) {
    throw invalid('The participant is not enrolled in this session', [{ field: 'participantId', message: 'Not enrolled' }]);
  }
  const test = await store.selectTest(ctx.db, sessionId, phase);
  if (!test) {
    throw conflict(`This session has no ${phase === 'pre' ? 'pre-test' : 'post-test'} yet`);
  }
  return recordAttempt(ctx, test, participant.id, input.answers, 'paper');
}

/** A trainer scores the short answers of an attempt. */
export async function scoreShortAnswers(ctx: Ctx, attemptId: string, scores: Record<string, number>) {
  requirePermission(ctx, 'training.manage');
  const attempt = await store.selectAttempt(ctx.db, attemptId);
  const participant = attempt ? await store.selectParticipant(ctx.db, attempt.participantId) : undefined;
  if (!attempt || !participant) {
    throw notFound('Attempt');
  }
  const session = await visibleSession(ctx, participant.sessionId);
  const test = (await store.selectTests(ctx.db, session.id)).find((t) => t.id === attempt.testId)!;
  const questions = (await questionsOf(ctx, test)).map(scorable);
  const shortIds = new Set(questions.filter((q) => q.kind === 'short').map((q) => q.id));
  const wrong = Object.keys(scores).filter((id) => !shortIds.has(id));
  if (wrong.length > 0) {
    throw invalid('Only short answers are scored by hand', [{ field: 'scores', message: wrong.join(', ') }]);
  }
  const manual = Object.fromEntries(Object.entries(attempt.points).filter(([id]) => shortIds.has(id)));
  const scored = scoreTest(questions, attempt.answers, { ...manual, ...scores });
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateAttempt(tx, attemptId, { points: scored.points, score: scored.score, pending: scored.pending });
    await recordAudit(tx, ctx, { action: 'training.attempt.score', entityType: 'training-participant', entityId: participant.id, fields: ['score'] });
    return { id: row.id, score: row.score, maxScore: row.maxScore, percent: percentOf(row.score, row.maxScore), pending: row.pending };
  });
}

/** Pre and post percentages of a session's participants (pending attempts count as not yet scored). */
async function sessionScores(ctx: Ctx, sessionId: string) {
  const participants = await store.selectParticipants(ctx.db, sessionId);
  const tests = await store.selectTests(ctx.db, sessionId);
  const attempts = await store.selectAttempts(ctx.db, tests.map((t) => t.id));
  const percent = (participantId: string, phase: Phase) => {
    const test = tests.find((t) => t.phase === phase);
    const attempt = test && attempts.find((a) => a.testId === test.id && a.participantId === participantId && !a.pending);
    return attempt ? percentOf(attempt.score, attempt.maxScore) : null;
  };
  return participants.map((p) => {
    const pre = percent(p.id, 'pre');
    const post = percent(p.id, 'post');
    return { id: p.id, name: p.name, pre, post, gain: pre !== null && post !== null ? Math.round((post - pre) * 10) / 10 : null };
  });
}

/** Knowledge gain of a session: per participant and summarised. */
export async function sessionGain(ctx: Ctx, sessionId: string) {
  requirePermission(ctx, 'training.manage');
  await visibleSession(ctx, sessionId);
  const participants = await sessionScores(ctx, sessionId);
  return { participants, summary: gainOf(participants) };
}

/** Knowledge gain of a course: per session and over all its sessions. */
export async function courseGain(ctx: Ctx, courseId: string) {
  requirePermission(ctx, 'training.manage');
  const course = await store.selectCourse(ctx.db, courseId);
  if (!course) {
    throw notFound('Course');
  }
  const sessions = (await store.selectSessions(ctx.db, { courseId }, sessionScope(ctx))).map((r) => r.session);
  const perSession = [];
  const everyone = [];
  for (const session of sessions) {
    const scores = await sessionScores(ctx, session.id);
    everyone.push(...scores);
    perSession.push({ sessionId: session.id, title: session.title, startDate: session.startDate, summary: gainOf(scores) });
  }
  return { course: { id: course.id, title: course.title }, sessions: perSession, summary: gainOf(everyone) };
}
