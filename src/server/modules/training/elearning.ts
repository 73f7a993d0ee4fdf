/**
 * Self-paced e-learning: modules of ordered lessons and quizzes, files (images, documents, video), and
 * each learner's progress: where they stopped, lessons done, quiz scores, completion.
 */
import { randomUUID } from 'node:crypto';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, conflict, invalid, notFound } from '../../platform/errors';
import { unsafeLinks } from '../../../common/markdown';
import { percentOf, scoreTest } from './scoring';
import * as store from './store';
import type { Answer, QuizQuestion } from './tables';

export const FILE_MAX_BYTES = 50 * 1024 * 1024;
const FILE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'video/mp4', 'video/webm'];

function learnerId(ctx: Ctx): string {
  if (ctx.actor.kind !== 'user') {
    throw new AppError('forbidden', 403, 'E-learning is for signed-in users');
  }
  return ctx.actor.userId;
}

/** The modules with the caller's progress (active ones only, unless the caller manages training). */
export async function listModules(ctx: Ctx) {
  const userId = learnerId(ctx);
  const modules = await store.selectModules(ctx.db);
  const progress = await store.selectUserProgress(ctx.db, userId);
  const manager = ctx.actor.kind === 'user' && ctx.actor.permissions.has('training.manage');
  const shown = modules.filter((m) => m.active || manager);
  const lessons = new Map<string, number>();
  for (const module of shown) {
    lessons.set(module.id, (await store.selectLessons(ctx.db, module.id)).length);
  }
  return {
    modules: shown.map((m) => {
      const p = progress.find((x) => x.moduleId === m.id);
      return { ...m, lessons: lessons.get(m.id)!, done: p?.doneLessonIds.length ?? 0, completedAt: p?.completedAt ?? null, lastLessonId: p?.lastLessonId ?? null };
    }),
  };
}

/** Adds a module. */
export async function createModule(ctx: Ctx, input: { code: string; title: string; description: string; passMark: number; active: boolean }) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertModule(tx, input);
    if (!row) {
      throw conflict(`A module with the code ${input.code} exists already`);
    }
    await recordAudit(tx, ctx, { action: 'training.module.create', entityType: 'training-module', entityId: row.id });
    return row;
  });
}

/** Changes a module's title, description, pass mark or availability. */
export async function updateModule(ctx: Ctx, id: string, input: { title: string; description: string; passMark: number; active: boolean }) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateModule(tx, id, input);
    if (!row) {
      throw notFound('Module');
    }
    await recordAudit(tx, ctx, { action: 'training.module.update', entityType: 'training-module', entityId: id });
    return row;
  });
}

/** A quiz question as the learner sees it (no answers). */
const forLearner = (q: QuizQuestion) => ({ id: q.id, kind: q.kind, text: q.text, points: q.points, options: q.options.map((o) => ({ id: o.id, text: o.text })) });

/** A module with its lessons (files described) and the caller's progress. */
export async function getModule(ctx: Ctx, id: string) {
  const userId = learnerId(ctx);
  const module = await store.selectModule(ctx.db, id);
  const manager = ctx.actor.kind === 'user' && ctx.actor.permissions.has('training.manage');
  if (!module || (!module.active && !manager)) {
    throw notFound('Module');
  }
  const lessons = await store.selectLessons(ctx.db, id);
  const files = await store.selectFileInfo(ctx.db, lessons.flatMap((l) => l.fileIds));
  const progress = await store.selectProgress(ctx.db, userId, id);
  return {
    ...module,
    lessons: lessons.map((l) => ({
      id: l.id,
      position: l.position,
      kind: l.kind,
      title: l.title,
      body: l.body,
      files: l.fileIds.map((fid) => files.find((f) => f.id === fid)).filter(Boolean).map((f) => ({ ...f!, url: `/api/training/files/${f!.id}` })),
      questions: manager ? l.questions : l.questions.map(forLearner),
    })),
    progress: { lastLessonId: progress?.lastLessonId ?? lessons[0]?.id ?? null, doneLessonIds: progress?.doneLessonIds ?? [], quizScores: progress?.quizScores ?? {}, completedAt: progress?.completedAt ?? null },
  };
}

export interface LessonInput {
  kind: 'lesson' | 'quiz';
  title: string;
  body: string;
  position: number;
  fileIds?: string[];
  questions?: (Omit<QuizQuestion, 'id' | 'options'> & { options: { text: string; correct: boolean }[] })[];
}

function lessonFields(input: LessonInput) {
  if (unsafeLinks(input.body).length > 0) {
    throw invalid('Links may point to web pages, e-mail or telephone numbers only', [{ field: 'body', message: 'Unsafe link' }]);
  }
  const questions: QuizQuestion[] = (input.questions ?? []).map((q) => ({ ...q, id: randomUUID().slice(0, 8), options: q.options.map((o) => ({ ...o, id: randomUUID().slice(0, 8) })) }));
  if (input.kind === 'quiz' && questions.length === 0) {
    throw invalid('A quiz needs at least one question', [{ field: 'questions', message: 'At least one' }]);
  }
  if (questions.some((q) => !q.options.some((o) => o.correct))) {
    throw invalid('Every quiz question needs a correct option', [{ field: 'questions', message: 'No correct option' }]);
  }
  return { kind: input.kind, title: input.title, body: input.body, position: input.position, fileIds: input.fileIds ?? [], questions };
}

/** Adds a lesson or quiz to a module. */
export async function addLesson(ctx: Ctx, moduleId: string, input: LessonInput) {
  requirePermission(ctx, 'training.manage');
  if (!(await store.selectModule(ctx.db, moduleId))) {
    throw notFound('Module');
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertLesson(tx, { moduleId, ...lessonFields(input) });
    await recordAudit(tx, ctx, { action: 'training.lesson.create', entityType: 'training-module', entityId: moduleId });
    return row;
  });
}

/** Changes a lesson. */
export async function updateLesson(ctx: Ctx, moduleId: string, lessonId: string, input: LessonInput) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateLesson(tx, lessonId, moduleId, lessonFields(input));
    if (!row) {
      throw notFound('Lesson');
    }
    await recordAudit(tx, ctx, { action: 'training.lesson.update', entityType: 'training-module', entityId: moduleId });
    return row;
  });
}

/** Stores a file for a module's lessons (images, PDF, MP4/WebM video). */
export async function uploadFile(ctx: Ctx, moduleId: string, file: { name: string; contentType: string; data: Buffer }) {
  requirePermission(ctx, 'training.manage');
  if (!(await store.selectModule(ctx.db, moduleId))) {
    throw notFound('Module');
  }
  if (!FILE_TYPES.includes(file.contentType)) {
    throw invalid(`Files may be ${FILE_TYPES.join(', ')}; this one is ${file.contentType}`, [{ field: 'file', message: 'Type not allowed' }]);
  }
  if (file.data.length > FILE_MAX_BYTES) {
    throw new AppError('payload_too_large', 413, `The file is larger than ${FILE_MAX_BYTES / 1024 / 1024} MB`);
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertFile(tx, { moduleId, name: file.name.slice(0, 200), contentType: file.contentType, size: file.data.length, data: file.data });
    await recordAudit(tx, ctx, { action: 'training.file.upload', entityType: 'training-module', entityId: moduleId, detail: { size: file.data.length } });
    return { id: row.id, url: `/api/training/files/${row.id}` };
  });
}

/** A lesson file (any signed-in user). */
export async function getFile(ctx: Ctx, id: string) {
  learnerId(ctx);
  const file = await store.selectFile(ctx.db, id);
  if (!file) {
    throw notFound('File');
  }
  return file;
}

async function lessonOf(ctx: Ctx, moduleId: string, lessonId: string) {
  const lessons = await store.selectLessons(ctx.db, moduleId);
  const lesson = lessons.find((l) => l.id === lessonId);
  if (!lesson) {
    throw notFound('Lesson');
  }
  return { lesson, lessons };
}

/** Remembers the lesson the learner opened, so they come back to it. */
export async function openLesson(ctx: Ctx, moduleId: string, lessonId: string) {
  const userId = learnerId(ctx);
  await lessonOf(ctx, moduleId, lessonId);
  const progress = await store.selectProgress(ctx.db, userId, moduleId);
  await store.saveProgress(ctx.db, { userId, moduleId, lastLessonId: lessonId, doneLessonIds: progress?.doneLessonIds ?? [], quizScores: progress?.quizScores ?? {}, completedAt: progress?.completedAt ?? null });
  return { lastLessonId: lessonId };
}

/** Marks a lesson done; a quiz is scored and done only when passed. The module completes when all are done. */
export async function completeLesson(ctx: Ctx, moduleId: string, lessonId: string, answers: Record<string, Answer> = {}) {
  const userId = learnerId(ctx);
  const module = (await store.selectModule(ctx.db, moduleId))!;
  const { lesson, lessons } = await lessonOf(ctx, moduleId, lessonId);
  const progress = await store.selectProgress(ctx.db, userId, moduleId);
  const done = new Set(progress?.doneLessonIds ?? []);
  const quizScores = { ...(progress?.quizScores ?? {}) };
  let result: { percent: number; passed: boolean } | null = null;
  if (lesson.kind === 'quiz') {
    const scored = scoreTest(lesson.questions, answers);
    const percent = percentOf(scored.score, scored.maxScore);
    quizScores[lessonId] = Math.max(percent, quizScores[lessonId] ?? 0);
    result = { percent, passed: percent >= module.passMark };
    if (result.passed) {
      done.add(lessonId);
    }
  } else {
    done.add(lessonId);
  }
  const completed = lessons.every((l) => done.has(l.id));
  const completedAt = progress?.completedAt ?? (completed ? ctx.now() : null);
  await inTransaction(ctx, async (tx) => {
    await store.saveProgress(tx, { userId, moduleId, lastLessonId: lessonId, doneLessonIds: [...done], quizScores, completedAt });
    if (completed && !progress?.completedAt) {
      await recordAudit(tx, ctx, { action: 'training.module.complete', entityType: 'training-module', entityId: moduleId });
    }
  });
  return { lessonId, done: done.has(lessonId), quiz: result, completedAt };
}

/** Completion of a module per learner and per organisation (coordinators). */
export async function moduleCompletion(ctx: Ctx, moduleId: string) {
  requirePermission(ctx, 'training.manage');
  const module = await store.selectModule(ctx.db, moduleId);
  if (!module) {
    throw notFound('Module');
  }
  const lessons = (await store.selectLessons(ctx.db, moduleId)).length;
  const rows = await store.selectModuleCompletion(ctx.db, moduleId);
  const learners = rows.map((r) => ({ userId: r.progress.userId, name: r.name, organisation: r.organisationName, done: r.progress.doneLessonIds.length, lessons, completedAt: r.progress.completedAt, updatedAt: r.progress.updatedAt }));
  const organisations = [...new Set(learners.map((l) => l.organisation))].map((organisation) => {
    const of = learners.filter((l) => l.organisation === organisation);
    return { organisation, started: of.length, completed: of.filter((l) => l.completedAt).length };
  });
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'training.module.completion.read', entityType: 'training-module', entityId: moduleId }));
  return { module: { id: module.id, title: module.title }, learners, organisations };
}
