/** Training's lists as exports: sessions of a course or period, and a session's participants (their lists' own functions, computed whole). */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { computedExport } from '../../platform/export/stream';
import { listSessions, sessionDetails } from './sessions';

/** The sessions of the list's filter. */
export function sessionsExport(ctx: Ctx, filter: { courseId?: string; from?: string; to?: string }) {
  requirePermission(ctx, 'training.manage');
  return computedExport({
    list: 'training.sessions',
    entityType: 'training-session',
    filter: { courseId: filter.courseId ?? null, from: filter.from ?? null, to: filter.to ?? null },
    columns: [
      { header: 'course', value: (s) => s.courseTitle },
      { header: 'startDate', value: (s) => s.startDate },
      { header: 'endDate', value: (s) => s.endDate },
      { header: 'place', value: (s) => s.place },
      { header: 'capacity', value: (s) => s.capacity },
      { header: 'participants', value: (s) => s.participants },
    ],
    load: async () => (await listSessions(ctx, filter)).sessions,
  });
}

/** A session's participants with attendance, scores and certificate. */
export function participantsExport(ctx: Ctx, sessionId: string) {
  requirePermission(ctx, 'training.manage');
  return computedExport({
    list: 'training.participants',
    entityType: 'training-session',
    filter: { sessionId },
    columns: [
      { header: 'name', value: (p) => p.name },
      { header: 'organisation', value: (p) => p.organisationName },
      { header: 'sex', value: (p) => p.sex },
      { header: 'attendancePercent', value: (p) => p.attendancePercent },
      { header: 'prePercent', value: (p) => p.pre?.percent },
      { header: 'postPercent', value: (p) => p.post?.percent },
      { header: 'certificate', value: (p) => p.certificate?.code },
    ],
    load: async () => (await sessionDetails(ctx, sessionId)).participants,
  });
}
