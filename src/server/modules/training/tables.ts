/** Tables of training: courses and their question bank, sessions, participants, attendance, tests and attempts, certificates, e-learning. */
import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** An answer option of a question. */
export interface QuestionOption {
  id: string;
  text: string;
  correct: boolean;
}

/** A question as a quiz lesson holds it (the same shape as the bank's). */
export interface QuizQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'true-false';
  text: string;
  options: QuestionOption[];
  partialCredit: boolean;
  points: number;
}

/** A participant's answer: an option, several options, or free text. */
export type Answer = string | string[];

export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    objectives: text('objectives').array().notNull().default(sql`'{}'::text[]`),
    level: integer('level'),
    passMark: integer('pass_mark').notNull().default(70),
    attendanceThreshold: integer('attendance_threshold').notNull().default(80),
    active: boolean('active').notNull().default(true),
    organisationId: uuid('organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_courses_code_idx').on(t.code)],
);

export const trainingQuestions = pgTable(
  'training_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id').notNull(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    options: jsonb('options').$type<QuestionOption[]>().notNull().default([]),
    partialCredit: boolean('partial_credit').notNull().default(false),
    points: integer('points').notNull().default(1),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_questions_course_idx').on(t.courseId)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id').notNull(),
    title: text('title').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    siteId: uuid('site_id'),
    externalPlace: text('external_place'),
    trainers: text('trainers').array().notNull().default(sql`'{}'::text[]`),
    capacity: integer('capacity').notNull(),
    prerequisiteModuleId: uuid('prerequisite_module_id'),
    organisationId: uuid('organisation_id').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_course_idx').on(t.courseId, t.startDate)],
);

export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull(),
    userId: uuid('user_id'),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id'),
    organisationName: text('organisation_name').notNull(),
    sex: text('sex').notNull().default('U'),
    /** The personal code of the test link (random, unguessable). */
    code: text('code').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_participants_code_idx').on(t.code),
    uniqueIndex('training_participants_user_idx').on(t.sessionId, t.userId),
    index('training_participants_session_idx').on(t.sessionId),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    participantId: uuid('participant_id').notNull(),
    day: date('day').notNull(),
    present: boolean('present').notNull(),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.participantId, t.day] })],
);

export const trainingTests = pgTable(
  'training_tests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id').notNull(),
    phase: text('phase').notNull(),
    questionIds: uuid('question_ids').array().notNull(),
    openFrom: timestamp('open_from', { withTimezone: true }).notNull(),
    openTo: timestamp('open_to', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('training_tests_phase_idx').on(t.sessionId, t.phase)],
);

export const trainingAttempts = pgTable(
  'training_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    testId: uuid('test_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    source: text('source').notNull(),
    answers: jsonb('answers').$type<Record<string, Answer>>().notNull(),
    /** Points per question: automatic for choices, a trainer's for short answers (absent until scored). */
    points: jsonb('points').$type<Record<string, number>>().notNull(),
    score: doublePrecision('score').notNull(),
    maxScore: doublePrecision('max_score').notNull(),
    pending: boolean('pending').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    enteredBy: uuid('entered_by'),
  },
  // One attempt per participant per phase: a link opens each test once.
  (t) => [uniqueIndex('training_attempts_once_idx').on(t.testId, t.participantId)],
);

export const trainingCertificates = pgTable(
  'training_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    code: text('code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    issuedBy: uuid('issued_by'),
  },
  (t) => [uniqueIndex('training_certificates_participant_idx').on(t.participantId), uniqueIndex('training_certificates_code_idx').on(t.code)],
);

export const trainingModules = pgTable(
  'training_modules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    passMark: integer('pass_mark').notNull().default(70),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_modules_code_idx').on(t.code)],
);

export const trainingLessons = pgTable(
  'training_lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    moduleId: uuid('module_id').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    fileIds: uuid('file_ids').array().notNull().default(sql`'{}'::uuid[]`),
    questions: jsonb('questions').$type<QuizQuestion[]>().notNull().default([]),
  },
  (t) => [index('training_lessons_module_idx').on(t.moduleId, t.position)],
);

export const trainingFiles = pgTable('training_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  moduleId: uuid('module_id').notNull(),
  name: text('name').notNull(),
  contentType: text('content_type').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  data: bytea('data').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const trainingProgress = pgTable(
  'training_progress',
  {
    userId: uuid('user_id').notNull(),
    moduleId: uuid('module_id').notNull(),
    lastLessonId: uuid('last_lesson_id'),
    doneLessonIds: uuid('done_lesson_ids').array().notNull().default(sql`'{}'::uuid[]`),
    quizScores: jsonb('quiz_scores').$type<Record<string, number>>().notNull().default({}),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.moduleId] })],
);
