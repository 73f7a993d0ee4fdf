/**
 * Retention of cases (called by the privacy module's purge): a closed case whose closure lies before the
 * rule's cutoff goes whole — its persons' roles, organisations, tasks, reminders, notes, attachments,
 * services, consents, assessments, checklist, referrals, signals and history. Open cases are never purged,
 * however old.
 */
import { and, asc, count, inArray, isNotNull, lt, min } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import type { ExpiredSurvey, PurgedBatch } from '../privacy/contract';
import {
  caseAssessments,
  caseAttachments,
  caseChecklistItems,
  caseConsents,
  caseEvents,
  caseNotes,
  caseOrganisations,
  casePersons,
  caseReferrals,
  caseReminders,
  cases,
  caseServices,
  caseSignals,
  caseTasks,
} from './tables';

/** The rows that hang on a case (each with a `caseId` column), deleted before the case itself. */
const CASE_PARTS = {
  case_reminders: caseReminders,
  case_tasks: caseTasks,
  case_notes: caseNotes,
  case_attachments: caseAttachments,
  case_services: caseServices,
  case_referrals: caseReferrals,
  case_consents: caseConsents,
  case_assessments: caseAssessments,
  case_checklist_items: caseChecklistItems,
  case_signals: caseSignals,
  case_events: caseEvents,
  case_organisations: caseOrganisations,
  case_persons: casePersons,
} as const;

const closedBefore = (before: Date) => and(isNotNull(cases.closedAt), lt(cases.closedAt, before));

/** How many cases were closed before `before`, and the earliest closure. */
export async function surveyClosedCases(ctx: Ctx, before: Date): Promise<ExpiredSurvey> {
  const [row] = await ctx.db.select({ count: count(), oldest: min(cases.closedAt) }).from(cases).where(closedBefore(before));
  return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest).toISOString() : null };
}

async function deleteParts(db: Executor, ids: string[]): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  // One table after the other: a transaction has one connection to share.
  for (const [name, table] of Object.entries(CASE_PARTS)) {
    const rows = await db.delete(table).where(inArray(table.caseId, ids)).returning({ caseId: table.caseId });
    deleted[name] = rows.length;
  }
  return deleted;
}

/** Deletes up to `limit` cases closed before `before` (earliest closure first) with everything that hangs on them. */
export async function purgeClosedCases(ctx: Ctx, before: Date, limit: number): Promise<PurgedBatch> {
  const batch = await ctx.db.select({ id: cases.id }).from(cases).where(closedBefore(before)).orderBy(asc(cases.closedAt), asc(cases.id)).limit(limit);
  if (batch.length === 0) {
    return { removed: 0, deleted: {} };
  }
  const ids = batch.map((c) => c.id);
  const deleted = await deleteParts(ctx.db, ids);
  const removed = await ctx.db.delete(cases).where(inArray(cases.id, ids)).returning({ id: cases.id });
  return { removed: removed.length, deleted: { cases: removed.length, ...deleted } };
}

/** The persons among `ids` that case records (a case's persons, services, consents, signals) still refer to. */
export async function personsHeldByCases(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  if (ids.length === 0) {
    return held;
  }
  const list = [...ids];
  for (const table of [casePersons, caseConsents, caseSignals] as const) {
    for (const row of await ctx.db.selectDistinct({ id: table.personId }).from(table).where(inArray(table.personId, list))) {
      held.add(row.id);
    }
  }
  for (const row of await ctx.db.selectDistinct({ id: caseServices.personId }).from(caseServices).where(and(isNotNull(caseServices.personId), inArray(caseServices.personId, list)))) {
    held.add(row.id!);
  }
  return held;
}
