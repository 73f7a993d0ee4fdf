/**
 * Training figures for national indicators and dashboards: people trained by organisation and course,
 * counted exactly as the people-trained report counts them (attendance at the course's threshold), within
 * the caller's session scope. No audit here: the reporting service audits the request.
 */
import { and, eq } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { trainedGroups } from './reports';
import { sessionScope } from './sessions';
import { trainingParticipants, trainingSessions } from './tables';

/** Sessions starting on a day of the period, optionally at one site and participants of one organisation. */
export interface TrainingIndicatorFilter {
  from: string;
  to: string;
  siteId?: string;
  organisationId?: string;
}

/** People trained (and those evaluated by both tests) per participant organisation and course, by organisation then course. */
export async function peopleTrained(ctx: Ctx, filter: TrainingIndicatorFilter) {
  requirePermission(ctx, 'reports.read');
  const scope = and(
    sessionScope(ctx),
    filter.siteId ? eq(trainingSessions.siteId, filter.siteId) : undefined,
    filter.organisationId ? eq(trainingParticipants.organisationId, filter.organisationId) : undefined,
  );
  const groups = new Map<string, { organisation: string; course: string; trained: number; evaluated: number }>();
  for (const row of await trainedGroups(ctx.db, filter, scope)) {
    const key = `${row.organisation}\u0000${row.course}`;
    const group = groups.get(key) ?? { organisation: row.organisation, course: row.course, trained: 0, evaluated: 0 };
    group.trained += row.trained;
    group.evaluated += row.evaluated;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.organisation.localeCompare(b.organisation) || a.course.localeCompare(b.course));
}
