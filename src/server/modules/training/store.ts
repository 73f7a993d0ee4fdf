/** SQL of training. */
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { organisations, sites, users } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';
import {
  trainingAttempts,
  trainingAttendance,
  trainingCertificates,
  trainingCourses,
  trainingFiles,
  trainingLessons,
  trainingModules,
  trainingParticipants,
  trainingProgress,
  trainingQuestions,
  trainingSessions,
  trainingTests,
} from './tables';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type QuestionRow = typeof trainingQuestions.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;
export type ParticipantRow = typeof trainingParticipants.$inferSelect;
export type TestRow = typeof trainingTests.$inferSelect;
export type AttemptRow = typeof trainingAttempts.$inferSelect;
export type ModuleRow = typeof trainingModules.$inferSelect;
export type LessonRow = typeof trainingLessons.$inferSelect;

const first = <T>(rows: T[]): T | undefined => rows[0];

// ---------- courses and questions ----------

export const selectCourses = (db: Executor) => db.select().from(trainingCourses).orderBy(asc(trainingCourses.title));
export const selectCourse = async (db: Executor, id: string) => first(await db.select().from(trainingCourses).where(eq(trainingCourses.id, id)));
export const insertCourse = async (db: Executor, row: typeof trainingCourses.$inferInsert) => first(await db.insert(trainingCourses).values(row).onConflictDoNothing().returning()) ?? null;
export const updateCourse = async (db: Executor, id: string, patch: Partial<typeof trainingCourses.$inferInsert>) => first(await db.update(trainingCourses).set(patch).where(eq(trainingCourses.id, id)).returning());
export const selectQuestions = (db: Executor, courseId: string) => db.select().from(trainingQuestions).where(eq(trainingQuestions.courseId, courseId)).orderBy(asc(trainingQuestions.createdAt));
export const selectQuestionsByIds = (db: Executor, ids: readonly string[]) => (ids.length === 0 ? Promise.resolve([] as QuestionRow[]) : db.select().from(trainingQuestions).where(inArray(trainingQuestions.id, [...ids])));
export const insertQuestion = async (db: Executor, row: typeof trainingQuestions.$inferInsert) => (await db.insert(trainingQuestions).values(row).returning())[0]!;
export const updateQuestion = async (db: Executor, id: string, patch: Partial<typeof trainingQuestions.$inferInsert>) => first(await db.update(trainingQuestions).set(patch).where(eq(trainingQuestions.id, id)).returning());

// ---------- sessions, participants, attendance ----------

export function selectSessions(db: Executor, filter: { courseId?: string; from?: string; to?: string }, scope: SQL | undefined) {
  return db
    .select({ session: trainingSessions, courseTitle: trainingCourses.title, participants: sql<number>`(select count(*)::int from ${trainingParticipants} p where p.session_id = ${trainingSessions.id})` })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(and(scope, filter.courseId ? eq(trainingSessions.courseId, filter.courseId) : undefined, filter.from ? gte(trainingSessions.endDate, filter.from) : undefined, filter.to ? lte(trainingSessions.startDate, filter.to) : undefined))
    .orderBy(desc(trainingSessions.startDate));
}
export const selectSession = async (db: Executor, id: string, scope: SQL | undefined, forUpdate = false) => {
  const query = db.select().from(trainingSessions).where(and(eq(trainingSessions.id, id), scope));
  return first(forUpdate ? await query.for('update') : await query);
};
export const insertSession = async (db: Executor, row: typeof trainingSessions.$inferInsert) => (await db.insert(trainingSessions).values(row).returning())[0]!;
export const selectParticipants = (db: Executor, sessionId: string) => db.select().from(trainingParticipants).where(eq(trainingParticipants.sessionId, sessionId)).orderBy(asc(trainingParticipants.name));
export const selectParticipant = async (db: Executor, id: string) => first(await db.select().from(trainingParticipants).where(eq(trainingParticipants.id, id)));
export const selectParticipantByCode = async (db: Executor, code: string) => first(await db.select().from(trainingParticipants).where(eq(trainingParticipants.code, code)));
export const insertParticipant = async (db: Executor, row: typeof trainingParticipants.$inferInsert) => first(await db.insert(trainingParticipants).values(row).onConflictDoNothing().returning()) ?? null;
export const countParticipants = async (db: Executor, sessionId: string) => (await db.select({ n: sql<number>`count(*)::int` }).from(trainingParticipants).where(eq(trainingParticipants.sessionId, sessionId)))[0]!.n;
export const selectAttendance = (db: Executor, participantIds: readonly string[]) => (participantIds.length === 0 ? Promise.resolve([]) : db.select().from(trainingAttendance).where(inArray(trainingAttendance.participantId, [...participantIds])));
export async function upsertAttendance(db: Executor, rows: { participantId: string; day: string; present: boolean; recordedBy: string | null }[]) {
  for (const row of rows) {
    await db.insert(trainingAttendance).values(row).onConflictDoUpdate({ target: [trainingAttendance.participantId, trainingAttendance.day], set: { present: row.present, recordedBy: row.recordedBy, recordedAt: new Date() } });
  }
}
export const selectUser = async (db: Executor, id: string) =>
  first(await db.select({ id: users.id, name: users.displayName, organisationId: users.organisationId, organisationName: organisations.name, status: users.status }).from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.id, id)));
/** Active users whose name or username contains `q` (to enrol staff), with their organisation. */
export function searchStaff(db: Executor, q: string, limit: number) {
  const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username, organisationName: organisations.name })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(and(eq(users.status, 'active'), sql`(${users.displayName} ilike ${pattern} or ${users.username} ilike ${pattern})`))
    .orderBy(asc(users.displayName))
    .limit(limit);
}
/** Active sites where a session can take place. */
export const selectActiveSites = (db: Executor) => db.select({ id: sites.id, name: sites.name, type: sites.type }).from(sites).where(eq(sites.active, true)).orderBy(asc(sites.name));
export const updateModule = async (db: Executor, id: string, patch: Partial<typeof trainingModules.$inferInsert>) => first(await db.update(trainingModules).set(patch).where(eq(trainingModules.id, id)).returning());
export const selectSiteName = async (db: Executor, id: string) => first(await db.select({ name: sites.name }).from(sites).where(eq(sites.id, id)))?.name ?? null;

// ---------- tests and attempts ----------

export const selectTests = (db: Executor, sessionId: string) => db.select().from(trainingTests).where(eq(trainingTests.sessionId, sessionId));
export const selectTest = async (db: Executor, sessionId: string, phase: string) => first(await db.select().from(trainingTests).where(and(eq(trainingTests.sessionId, sessionId), eq(trainingTests.phase, phase))));
export async function upsertTest(db: Executor, row: typeof trainingTests.$inferInsert) {
  return (await db.insert(trainingTests).values(row).onConflictDoUpdate({ target: [trainingTests.sessionId, trainingTests.phase], set: { questionIds: row.questionIds, openFrom: row.openFrom, openTo: row.openTo } }).returning())[0]!;
}
export const selectAttempts = (db: Executor, testIds: readonly string[]) => (testIds.length === 0 ? Promise.resolve([] as AttemptRow[]) : db.select().from(trainingAttempts).where(inArray(trainingAttempts.testId, [...testIds])));
export const selectAttempt = async (db: Executor, id: string) => first(await db.select().from(trainingAttempts).where(eq(trainingAttempts.id, id)));
export const insertAttempt = async (db: Executor, row: typeof trainingAttempts.$inferInsert) => first(await db.insert(trainingAttempts).values(row).onConflictDoNothing().returning()) ?? null;
export const updateAttempt = async (db: Executor, id: string, patch: Partial<typeof trainingAttempts.$inferInsert>) => (await db.update(trainingAttempts).set(patch).where(eq(trainingAttempts.id, id)).returning())[0]!;

// ---------- certificates ----------

export const selectCertificates = (db: Executor, participantIds: readonly string[]) => (participantIds.length === 0 ? Promise.resolve([]) : db.select().from(trainingCertificates).where(inArray(trainingCertificates.participantId, [...participantIds])));
export const selectCertificateByCode = async (db: Executor, code: string) => first(await db.select().from(trainingCertificates).where(eq(trainingCertificates.code, code)));
export const insertCertificate = async (db: Executor, row: typeof trainingCertificates.$inferInsert) => first(await db.insert(trainingCertificates).values(row).onConflictDoNothing().returning()) ?? null;

// ---------- e-learning ----------

export const selectModules = (db: Executor) => db.select().from(trainingModules).orderBy(asc(trainingModules.title));
export const selectModule = async (db: Executor, id: string) => first(await db.select().from(trainingModules).where(eq(trainingModules.id, id)));
export const insertModule = async (db: Executor, row: typeof trainingModules.$inferInsert) => first(await db.insert(trainingModules).values(row).onConflictDoNothing().returning()) ?? null;
export const selectLessons = (db: Executor, moduleId: string) => db.select().from(trainingLessons).where(eq(trainingLessons.moduleId, moduleId)).orderBy(asc(trainingLessons.position));
export const insertLesson = async (db: Executor, row: typeof trainingLessons.$inferInsert) => (await db.insert(trainingLessons).values(row).returning())[0]!;
export const updateLesson = async (db: Executor, id: string, moduleId: string, patch: Partial<typeof trainingLessons.$inferInsert>) =>
  first(await db.update(trainingLessons).set(patch).where(and(eq(trainingLessons.id, id), eq(trainingLessons.moduleId, moduleId))).returning());
export const insertFile = async (db: Executor, row: typeof trainingFiles.$inferInsert) => (await db.insert(trainingFiles).values(row).returning({ id: trainingFiles.id }))[0]!;
export const selectFile = async (db: Executor, id: string) => first(await db.select().from(trainingFiles).where(eq(trainingFiles.id, id)));
export const selectFileInfo = (db: Executor, ids: readonly string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: trainingFiles.id, name: trainingFiles.name, contentType: trainingFiles.contentType, size: trainingFiles.size }).from(trainingFiles).where(inArray(trainingFiles.id, [...ids]));
export const selectProgress = async (db: Executor, userId: string, moduleId: string) => first(await db.select().from(trainingProgress).where(and(eq(trainingProgress.userId, userId), eq(trainingProgress.moduleId, moduleId))));
export const selectUserProgress = (db: Executor, userId: string) => db.select().from(trainingProgress).where(eq(trainingProgress.userId, userId));
export async function saveProgress(db: Executor, row: typeof trainingProgress.$inferInsert) {
  await db
    .insert(trainingProgress)
    .values(row)
    .onConflictDoUpdate({ target: [trainingProgress.userId, trainingProgress.moduleId], set: { lastLessonId: row.lastLessonId, doneLessonIds: row.doneLessonIds, quizScores: row.quizScores, completedAt: row.completedAt, updatedAt: new Date() } });
}
export function selectModuleCompletion(db: Executor, moduleId: string) {
  return db
    .select({ progress: trainingProgress, name: users.displayName, organisationName: organisations.name })
    .from(trainingProgress)
    .innerJoin(users, eq(users.id, trainingProgress.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(trainingProgress.moduleId, moduleId))
    .orderBy(asc(organisations.name), asc(users.displayName));
}

// ---------- reports ----------

/** Participants of sessions overlapping a period, with what the trained-people counts need. */
export function selectReportRows(db: Executor, period: { from: string; to: string }, scope: SQL | undefined) {
  return db
    .select({ participant: trainingParticipants, session: trainingSessions, course: { id: trainingCourses.id, title: trainingCourses.title, attendanceThreshold: trainingCourses.attendanceThreshold } })
    .from(trainingParticipants)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingParticipants.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(and(gte(trainingSessions.startDate, period.from), lte(trainingSessions.startDate, period.to), scope));
}
