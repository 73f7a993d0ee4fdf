/** Follow-up tasks from positive screenings: list, reassign, mark done. Each carries its category's label. */
import { can, recordScope, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { actorIds, visiblePersonSummaries } from '../people/service';
import type { PersonSummary } from './presenter';
import type { FollowUpStatus } from './reference';
import { asylumToday } from './settings';
import * as store from './store';
import * as screeningStore from './screening-store';
import type { FollowUpRow } from './screening-store';
import { asylumFollowUps } from './tables';

/** Follow-ups the caller may see: assigned to their organisation (all for national callers), holding every label. */
export const followUpScope = (ctx: Ctx) => recordScope(ctx, { organisation: asylumFollowUps.assigneeOrganisationId, labels: asylumFollowUps.labels });

/** Follow-ups as shown, leaving out those whose person the caller may not see. */
export async function presentFollowUps(ctx: Ctx, rows: FollowUpRow[], known?: Map<string, PersonSummary>) {
  const persons = known ?? (await visiblePersonSummaries(ctx, rows.map((r) => r.personId)));
  const organisations = await store.selectOrganisationNames(ctx.db, rows.map((r) => r.assigneeOrganisationId));
  const today = asylumToday(ctx);
  const edit = can(ctx, 'reception.manage');
  return rows.flatMap((row) => {
    const person = persons.get(row.personId);
    if (!person) {
      return [];
    }
    return [
      {
        id: row.id,
        person,
        screeningId: row.screeningId,
        category: row.category,
        labels: row.labels,
        dueOn: row.dueOn,
        overdue: row.status === 'open' && row.dueOn < today,
        status: row.status as FollowUpStatus,
        assigneeOrganisation: row.assigneeOrganisationId ? { id: row.assigneeOrganisationId, name: organisations.get(row.assigneeOrganisationId) ?? '' } : null,
        assigneeTeam: row.assigneeTeam,
        outcome: row.outcome,
        doneOn: row.doneOn,
        createdAt: row.createdAt,
        can: { edit },
      },
    ];
  });
}

/** The follow-ups of the list's filter as shown (no audit: the callers audit). */
export async function followUpsOf(ctx: Ctx, filter: { status: FollowUpStatus; overdue?: boolean }) {
  const rows = await screeningStore.selectFollowUps(ctx.db, { status: filter.status, overdueBefore: filter.overdue ? asylumToday(ctx) : undefined }, followUpScope(ctx));
  return presentFollowUps(ctx, rows);
}

/** Open (or done) follow-ups, earliest due first; `overdue` keeps only those past due. Audited with the count. */
export async function listFollowUps(ctx: Ctx, filter: { status: FollowUpStatus; overdue?: boolean }) {
  requirePermission(ctx, 'reception.read');
  const followUps = await followUpsOf(ctx, filter);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'asylum.follow-up.list', entityType: 'asylum-follow-up', detail: { count: followUps.length, status: filter.status } }));
  return { followUps };
}

export interface FollowUpPatch {
  assigneeOrganisationId?: string | null;
  assigneeTeam?: string | null;
  dueOn?: string;
  status?: FollowUpStatus;
  outcome?: string | null;
}

/** Reassigns, reschedules or completes a follow-up. */
export async function updateFollowUp(ctx: Ctx, id: string, patch: FollowUpPatch) {
  requirePermission(ctx, 'reception.manage');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await screeningStore.selectFollowUp(tx, id, followUpScope(ctx));
    if (!row || !(await visiblePersonSummaries(txCtx, [row.personId])).has(row.personId)) {
      throw notFound('Follow-up');
    }
    if (patch.assigneeOrganisationId && !(await store.selectOrganisationNames(tx, [patch.assigneeOrganisationId])).has(patch.assigneeOrganisationId)) {
      throw invalid('The organisation does not exist', [{ field: 'assigneeOrganisationId', message: 'Unknown organisation' }]);
    }
    const done = patch.status === 'done' && row.status !== 'done';
    const reopened = patch.status === 'open' && row.status !== 'open';
    const updated = await screeningStore.updateFollowUp(tx, id, {
      ...(patch.assigneeOrganisationId !== undefined ? { assigneeOrganisationId: patch.assigneeOrganisationId } : {}),
      ...(patch.assigneeTeam !== undefined ? { assigneeTeam: patch.assigneeTeam?.trim() || null } : {}),
      ...(patch.dueOn !== undefined ? { dueOn: patch.dueOn } : {}),
      ...(patch.outcome !== undefined ? { outcome: patch.outcome } : {}),
      ...(done ? { status: 'done', doneOn: asylumToday(ctx), doneBy: actorIds(ctx).userId } : {}),
      ...(reopened ? { status: 'open', doneOn: null, doneBy: null } : {}),
    });
    await recordAudit(tx, ctx, { action: 'asylum.follow-up.update', entityType: 'asylum-follow-up', entityId: id, fields: Object.keys(patch) });
    const [presented] = await presentFollowUps(txCtx, [updated]);
    return presented!;
  });
}

/** Organisations a follow-up can be assigned to. */
export async function assignableOrganisations(ctx: Ctx) {
  requirePermission(ctx, 'reception.read');
  return { organisations: await store.selectOrganisations(ctx.db) };
}
