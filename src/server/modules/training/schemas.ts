/** Zod schemas of the training API. */
import { z } from 'zod';

const isoDate = z.iso.date();
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Lower-case letters, digits and hyphens')
  .max(60);

export const courseBody = z.object({
  code,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(''),
  objectives: z.array(z.string().trim().min(2).max(300)).max(20).default([]),
  level: z.number().int().min(1).max(3).nullable().default(null),
  passMark: z.number().int().min(0).max(100).default(70),
  attendanceThreshold: z.number().int().min(0).max(100).default(80),
  active: z.boolean().default(true),
});
export const courseUpdateBody = courseBody.omit({ code: true });

export const questionBody = z.object({
  kind: z.enum(['single', 'multiple', 'true-false', 'short']),
  text: z.string().trim().min(3).max(2000),
  options: z.array(z.object({ text: z.string().trim().min(1).max(500), correct: z.boolean() })).max(10).default([]),
  partialCredit: z.boolean().default(false),
  points: z.number().int().min(1).max(100).default(1),
  active: z.boolean().optional(),
});

export const sessionBody = z.object({
  courseId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  startDate: isoDate,
  endDate: isoDate,
  siteId: z.uuid().nullish(),
  externalPlace: z.string().trim().min(2).max(300).nullish(),
  trainers: z.array(z.string().trim().min(2).max(200)).max(20).default([]),
  capacity: z.number().int().min(1).max(1000),
  prerequisiteModuleId: z.uuid().nullish(),
});
export const sessionQuery = z.object({ courseId: z.uuid().optional(), from: isoDate.optional(), to: isoDate.optional() });

export const enrolBody = z.union([
  z.object({ userId: z.uuid() }),
  z.object({ name: z.string().trim().min(2).max(200), organisationName: z.string().trim().min(2).max(200), sex: z.enum(['M', 'F', 'X', 'U']) }),
]);
export const attendanceBody = z.object({ day: isoDate, present: z.record(z.uuid(), z.boolean()) });
export const phaseParams = z.object({ id: z.uuid(), phase: z.enum(['pre', 'post']) });
export const testBody = z.object({ questionIds: z.array(z.uuid()).min(1).max(100), openFrom: z.iso.datetime({ offset: true }), openTo: z.iso.datetime({ offset: true }) });
const answers = z.record(z.string().max(60), z.union([z.string().max(5000), z.array(z.string().max(60)).max(20)]));
export const answersBody = z.object({ answers });
export const paperBody = z.object({ participantId: z.uuid(), answers });
export const scoresBody = z.object({ scores: z.record(z.uuid(), z.number().min(0).max(100)) });
export const takeParams = z.object({ code: z.string().max(20) });
export const takePhaseParams = takeParams.extend({ phase: z.enum(['pre', 'post']) });
export const periodQuery = z.object({ from: isoDate, to: isoDate });

export const moduleBody = z.object({ code, title: z.string().trim().min(3).max(200), description: z.string().trim().max(5000).default(''), passMark: z.number().int().min(0).max(100).default(70), active: z.boolean().default(true) });
export const lessonBody = z.object({
  kind: z.enum(['lesson', 'quiz']),
  title: z.string().trim().min(2).max(200),
  body: z.string().max(50_000).default(''),
  position: z.number().int().min(0).max(1000),
  fileIds: z.array(z.uuid()).max(20).optional(),
  questions: z
    .array(
      z.object({
        kind: z.enum(['single', 'multiple', 'true-false']),
        text: z.string().trim().min(3).max(2000),
        options: z.array(z.object({ text: z.string().trim().min(1).max(500), correct: z.boolean() })).min(2).max(10),
        partialCredit: z.boolean().default(false),
        points: z.number().int().min(1).max(100).default(1),
      }),
    )
    .max(50)
    .optional(),
});
