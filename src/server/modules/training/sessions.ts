/** Sessions: creation, participants (staff or external), attendance per day, the session's view. */
import { randomBytes } from 'node:crypto';
import { recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound, ruleViolated } from '../../platform/errors';
import { actorIds } from '../people/service';
import { attendancePercent, percentOf, sessionDays } from './scoring';
import * as store from './store';
import { trainingSessions } from './tables';

export interface SessionInput {
  courseId: string;
  title: string;
  startDate: string;
  endDate: string;
  siteId?: string | null;
  externalPlace?: string | null;
  trainers: string[];
  capacity: number;
  prerequisiteModuleId?: string | null;
}

/** Sessions the caller may see: their organisation's, or all for national coordinators. */
export const sessionScope = (ctx: Ctx) => recordScope(ctx, { organisation: trainingSessions.organisationId });

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random code of 10 characters without look-alike letters (for links and certificates). */
export function randomCode(): string {
  return Array.from(randomBytes(10), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** A session the caller may see, or 404. */
export async function visibleSession(ctx: Ctx, id: string, forUpdate = false) {
  const session = await store.selectSession(ctx.db, id, sessionScope(ctx), forUpdate);
  if (!session) {
    throw notFound('Session');
  }
  return session;
}

/** Sessions by course and period, each with where it takes place. */
export async function listSessions(ctx: Ctx, filter: { courseId?: string; from?: string; to?: string }) {
  requirePermission(ctx, 'training.manage');
  const rows = await store.selectSessions(ctx.db, filter, sessionScope(ctx));
  const siteNames = new Map((await store.selectActiveSites(ctx.db)).map((s) => [s.id, s.name]));
  return { sessions: rows.map((r) => ({ ...r.session, place: r.session.siteId ? (siteNames.get(r.session.siteId) ?? null) : r.session.externalPlace, courseTitle: r.courseTitle, participants: r.participants })) };
}

/** Staff to enrol, by name (any organisation: training is open to every agency). */
export async function searchStaffToEnrol(ctx: Ctx, q: string) {
  requirePermission(ctx, 'training.manage');
  return { users: q.trim().length < 2 ? [] : await store.searchStaff(ctx.db, q.trim(), 20) };
}

/** Sites where a session can take place. */
export async function trainingSites(ctx: Ctx) {
  requirePermission(ctx, 'training.manage');
  return { sites: await store.selectActiveSites(ctx.db) };
}

/** Plans a session of a course. */
export async function createSession(ctx: Ctx, input: SessionInput) {
  requirePermission(ctx, 'training.manage');
  if (input.endDate < input.startDate) {
    throw invalid('The session cannot end before it starts', [{ field: 'endDate', message: 'Before the start date' }]);
  }
  if (!input.siteId && !input.externalPlace) {
    throw invalid('Say where the session takes place: a site or an external place', [{ field: 'externalPlace', message: 'Required without a site' }]);
  }
  if (!(await store.selectCourse(ctx.db, input.courseId))) {
    throw invalid('The course does not exist', [{ field: 'courseId', message: 'Unknown course' }]);
  }
  if (input.siteId && !(await store.selectSiteName(ctx.db, input.siteId))) {
    throw invalid('The site does not exist', [{ field: 'siteId', message: 'Unknown site' }]);
  }
  if (input.prerequisiteModuleId && !(await store.selectModule(ctx.db, input.prerequisiteModuleId))) {
    throw invalid('The e-learning module does not exist', [{ field: 'prerequisiteModuleId', message: 'Unknown module' }]);
  }
  const organisationId = actorOrganisationId(ctx.actor);
  if (!organisationId) {
    throw invalid('Sessions are organised by a person of an organisation');
  }
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertSession(tx, { ...input, siteId: input.siteId ?? null, externalPlace: input.externalPlace ?? null, prerequisiteModuleId: input.prerequisiteModuleId ?? null, organisationId, createdBy: actorIds(ctx).userId });
    await recordAudit(tx, ctx, { action: 'training.session.create', entityType: 'training-session', entityId: row.id });
    return row;
  });
}

export type EnrolInput = { userId: string } | { name: string; organisationName: string; sex: 'M' | 'F' | 'X' | 'U' };

/** Enrols a participant (a staff member, or an external person by name); capacity and prerequisites are enforced. */
export async function enrol(ctx: Ctx, sessionId: string, input: EnrolInput) {
  requirePermission(ctx, 'training.manage');
  return inTransaction(ctx, async (tx, txCtx) => {
    const session = await visibleSession(txCtx, sessionId, true);
    if ((await store.countParticipants(tx, sessionId)) >= session.capacity) {
      throw conflict(`The session is full (${session.capacity} places)`);
    }
    let person: { userId: string | null; name: string; organisationId: string | null; organisationName: string; sex: string };
    if ('userId' in input) {
      const user = await store.selectUser(tx, input.userId);
      if (!user) {
        throw invalid('The user does not exist', [{ field: 'userId', message: 'Unknown user' }]);
      }
      if (session.prerequisiteModuleId) {
        const progress = await store.selectProgress(tx, user.id, session.prerequisiteModuleId);
        if (!progress?.completedAt) {
          const module = await store.selectModule(tx, session.prerequisiteModuleId);
          throw ruleViolated(`${user.name} has not completed the e-learning module "${module?.title ?? ''}" this session requires`, [{ field: 'userId', message: 'Prerequisite module not completed' }]);
        }
      }
      person = { userId: user.id, name: user.name, organisationId: user.organisationId, organisationName: user.organisationName, sex: 'U' };
    } else {
      person = { userId: null, name: input.name, organisationId: null, organisationName: input.organisationName, sex: input.sex };
    }
    const row = await store.insertParticipant(tx, { sessionId, ...person, code: randomCode() });
    if (!row) {
      throw conflict(`${person.name} is already enrolled`);
    }
    await recordAudit(tx, ctx, { action: 'training.participant.enrol', entityType: 'training-participant', entityId: row.id, fields: ['name', 'organisation', 'sex'] });
    return { ...row, link: `/training/take/${row.code}` };
  });
}

/** Records who was present on one day of the session. */
export async function recordAttendance(ctx: Ctx, sessionId: string, input: { day: string; present: Record<string, boolean> }) {
  requirePermission(ctx, 'training.manage');
  const session = await visibleSession(ctx, sessionId);
  if (!sessionDays(session.startDate, session.endDate).includes(input.day)) {
    throw invalid(`${input.day} is not a day of this session (${session.startDate} to ${session.endDate})`, [{ field: 'day', message: 'Outside the session' }]);
  }
  const participants = new Set((await store.selectParticipants(ctx.db, sessionId)).map((p) => p.id));
  const unknown = Object.keys(input.present).filter((id) => !participants.has(id));
  if (unknown.length > 0) {
    throw invalid('Some participants are not enrolled in this session', [{ field: 'present', message: unknown.join(', ') }]);
  }
  await inTransaction(ctx, async (tx) => {
    await store.upsertAttendance(tx, Object.entries(input.present).map(([participantId, present]) => ({ participantId, day: input.day, present, recordedBy: actorIds(ctx).userId })));
    await recordAudit(tx, ctx, { action: 'training.attendance.record', entityType: 'training-session', entityId: sessionId, detail: { day: input.day, count: Object.keys(input.present).length } });
  });
  return getSession(ctx, sessionId);
}

/** A session with its participants: attendance, test scores, certificate; its days and tests. */
export async function getSession(ctx: Ctx, id: string) {
  requirePermission(ctx, 'training.manage');
  const details = await sessionDetails(ctx, id);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'training.session.read', entityType: 'training-session', entityId: id, fields: ['participants', 'attendance', 'scores'] }));
  return details;
}

/** A session with its participants, attendance, scores and certificates (no audit: the callers audit). */
export async function sessionDetails(ctx: Ctx, id: string) {
  const session = await visibleSession(ctx, id);
  const course = (await store.selectCourse(ctx.db, session.courseId))!;
  const participants = await store.selectParticipants(ctx.db, id);
  const ids = participants.map((p) => p.id);
  const attendance = await store.selectAttendance(ctx.db, ids);
  const tests = await store.selectTests(ctx.db, id);
  const attempts = await store.selectAttempts(ctx.db, tests.map((t) => t.id));
  const certificates = await store.selectCertificates(ctx.db, ids);
  const days = sessionDays(session.startDate, session.endDate);
  const phaseOf = new Map(tests.map((t) => [t.id, t.phase]));
  return {
    ...session,
    course: { id: course.id, code: course.code, title: course.title, passMark: course.passMark, attendanceThreshold: course.attendanceThreshold },
    place: session.siteId ? await store.selectSiteName(ctx.db, session.siteId) : session.externalPlace,
    days,
    tests: tests.map((t) => ({ id: t.id, phase: t.phase, questionIds: t.questionIds, openFrom: t.openFrom, openTo: t.openTo })),
    participants: participants.map((p) => {
      const present = attendance.filter((a) => a.participantId === p.id);
      const scores = Object.fromEntries(
        attempts
          .filter((a) => a.participantId === p.id)
          .map((a) => [phaseOf.get(a.testId)!, { attemptId: a.id, percent: percentOf(a.score, a.maxScore), score: a.score, maxScore: a.maxScore, pending: a.pending, source: a.source, answers: a.answers, points: a.points }]),
      );
      return {
        id: p.id,
        name: p.name,
        userId: p.userId,
        organisationName: p.organisationName,
        sex: p.sex,
        code: p.code,
        link: `/training/take/${p.code}`,
        attendance: Object.fromEntries(present.map((a) => [a.day, a.present])),
        attendancePercent: attendancePercent(present.filter((a) => a.present).length, days.length),
        pre: scores.pre ?? null,
        post: scores.post ?? null,
        certificate: certificates.find((c) => c.participantId === p.id) ? { code: certificates.find((c) => c.participantId === p.id)!.code } : null,
      };
    }),
  };
}
