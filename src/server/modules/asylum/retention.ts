/**
 * Retention of asylum records (called by the privacy module's purge): an application closed (final
 * rejection, appeal dismissed or withdrawn, application withdrawn) before the rule's cutoff goes with its
 * interviews, appeals and history. Granted applications carry no closure date and are never purged;
 * vulnerability screenings and minors' files are not covered by this rule.
 */
import { and, asc, count, inArray, isNotNull, lt, min } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { ExpiredSurvey, PurgedBatch } from '../privacy/contract';
import { asylumAppeals, asylumApplicationEvents, asylumApplications, asylumFollowUps, asylumInterviews, asylumMinorFiles, asylumScreenings, asylumVulnerabilityFlags } from './tables';

/** The day (YYYY-MM-DD, UTC) of an instant: applications are closed on a day. */
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
const closedBefore = (before: Date) => and(isNotNull(asylumApplications.closedOn), lt(asylumApplications.closedOn, dayOf(before)));

/** How many applications were closed before `before`'s day, and the earliest closure. */
export async function surveyClosedApplications(ctx: Ctx, before: Date): Promise<ExpiredSurvey> {
  const [row] = await ctx.db
    .select({ count: count(), oldest: min(asylumApplications.closedOn) })
    .from(asylumApplications)
    .where(closedBefore(before));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

/** Deletes up to `limit` applications closed before `before`'s day (earliest first) with interviews, appeals and history. */
export async function purgeClosedApplications(ctx: Ctx, before: Date, limit: number): Promise<PurgedBatch> {
  const db = ctx.db;
  const batch = await db
    .select({ id: asylumApplications.id })
    .from(asylumApplications)
    .where(closedBefore(before))
    .orderBy(asc(asylumApplications.closedOn), asc(asylumApplications.id))
    .limit(limit);
  if (batch.length === 0) {
    return { removed: 0, deleted: {} };
  }
  const ids = batch.map((a) => a.id);
  const interviews = await db.delete(asylumInterviews).where(inArray(asylumInterviews.applicationId, ids)).returning({ id: asylumInterviews.id });
  const appeals = await db.delete(asylumAppeals).where(inArray(asylumAppeals.applicationId, ids)).returning({ id: asylumAppeals.id });
  const events = await db.delete(asylumApplicationEvents).where(inArray(asylumApplicationEvents.applicationId, ids)).returning({ id: asylumApplicationEvents.id });
  const removed = await db.delete(asylumApplications).where(inArray(asylumApplications.id, ids)).returning({ id: asylumApplications.id });
  return {
    removed: removed.length,
    deleted: { asylum_applications: removed.length, asylum_interviews: interviews.length, asylum_appeals: appeals.length, asylum_application_events: events.length },
  };
}

/** The persons among `ids` that asylum records (applications, screenings, flags, follow-ups, minors' files) still refer to. */
export async function personsHeldByAsylum(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  if (ids.length === 0) {
    return held;
  }
  const list = [...ids];
  for (const table of [asylumApplications, asylumScreenings, asylumVulnerabilityFlags, asylumFollowUps, asylumMinorFiles] as const) {
    for (const row of await ctx.db.selectDistinct({ id: table.personId }).from(table).where(inArray(table.personId, list))) {
      held.add(row.id);
    }
  }
  return held;
}
