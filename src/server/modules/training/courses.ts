/** Courses and their question bank. */
import { randomUUID } from 'node:crypto';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { QuestionKind } from './scoring';
import * as store from './store';
import type { QuestionOption } from './tables';

export interface CourseInput {
  code: string;
  title: string;
  description: string;
  objectives: string[];
  level: number | null;
  passMark: number;
  attendanceThreshold: number;
  active: boolean;
}

export interface QuestionInput {
  kind: QuestionKind;
  text: string;
  options: { text: string; correct: boolean }[];
  partialCredit: boolean;
  points: number;
  active?: boolean;
}

/** Every course. */
export async function listCourses(ctx: Ctx) {
  requirePermission(ctx, 'training.manage');
  return { courses: await store.selectCourses(ctx.db) };
}

/** One course with its question bank. */
export async function getCourse(ctx: Ctx, id: string) {
  requirePermission(ctx, 'training.manage');
  const course = await store.selectCourse(ctx.db, id);
  if (!course) {
    throw notFound('Course');
  }
  return { ...course, questions: await store.selectQuestions(ctx.db, id) };
}

/** Adds a course. */
export async function createCourse(ctx: Ctx, input: CourseInput) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertCourse(tx, { ...input, organisationId: actorOrganisationId(ctx.actor) });
    if (!row) {
      throw conflict(`A course with the code ${input.code} exists already`);
    }
    await recordAudit(tx, ctx, { action: 'training.course.create', entityType: 'training-course', entityId: row.id });
    return row;
  });
}

/** Changes a course. */
export async function updateCourse(ctx: Ctx, id: string, input: Omit<CourseInput, 'code'>) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateCourse(tx, id, input);
    if (!row) {
      throw notFound('Course');
    }
    await recordAudit(tx, ctx, { action: 'training.course.update', entityType: 'training-course', entityId: id });
    return row;
  });
}

/** The stored options of a question: ids given here; true/false gets its two fixed options. */
function optionsOf(input: QuestionInput): QuestionOption[] {
  switch (input.kind) {
    case 'short':
      return [];
    case 'true-false': {
      const trueIsCorrect = input.options[0]?.correct ?? true;
      return [
        { id: 'true', text: 'True', correct: trueIsCorrect },
        { id: 'false', text: 'False', correct: !trueIsCorrect },
      ];
    }
    case 'single':
    case 'multiple': {
      const correct = input.options.filter((o) => o.correct).length;
      if (input.options.length < 2) {
        throw invalid('A choice question needs at least two options', [{ field: 'options', message: 'At least two' }]);
      }
      if (correct === 0 || (input.kind === 'single' && correct !== 1)) {
        throw invalid(input.kind === 'single' ? 'A single-choice question has exactly one correct option' : 'Mark at least one option correct', [{ field: 'options', message: 'Correct options' }]);
      }
      return input.options.map((o) => ({ id: randomUUID().slice(0, 8), text: o.text, correct: o.correct }));
    }
  }
}

/** Adds a question to a course's bank. */
export async function addQuestion(ctx: Ctx, courseId: string, input: QuestionInput) {
  requirePermission(ctx, 'training.manage');
  if (!(await store.selectCourse(ctx.db, courseId))) {
    throw notFound('Course');
  }
  const options = optionsOf(input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertQuestion(tx, { courseId, kind: input.kind, text: input.text, options, partialCredit: input.kind === 'multiple' && input.partialCredit, points: input.points });
    await recordAudit(tx, ctx, { action: 'training.question.create', entityType: 'training-question', entityId: row.id });
    return row;
  });
}

/** Changes a question (or retires it with active: false); tests already taken keep their scores. */
export async function updateQuestion(ctx: Ctx, id: string, input: QuestionInput) {
  requirePermission(ctx, 'training.manage');
  const options = optionsOf(input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateQuestion(tx, id, { kind: input.kind, text: input.text, options, partialCredit: input.kind === 'multiple' && input.partialCredit, points: input.points, active: input.active ?? true });
    if (!row) {
      throw notFound('Question');
    }
    await recordAudit(tx, ctx, { action: 'training.question.update', entityType: 'training-question', entityId: id });
    return row;
  });
}
