/** How cases and their parts are shown: the JSON shapes of the README. */
import type { CaseAccessPolicy } from './access';
import type { TaskRow } from './parts-store';
import type { ReferralRow } from './referral-store';
import type { CaseEventRow, CaseRow } from './store';

type Names = Map<string, { id: string; name: string }>;

/** An organisation as `{ id, name }` (null when unknown). */
export function orgRef(names: Names, id: string | null) {
  if (!id) {
    return null;
  }
  const found = names.get(id);
  return { id, name: found?.name ?? '' };
}

/** A task as shown. */
export function presentTask(task: TaskRow, now: Date) {
  return {
    id: task.id,
    caseId: task.caseId,
    code: task.code,
    title: task.title,
    state: task.state,
    dueAt: task.dueAt.toISOString(),
    remindAt: task.remindAt?.toISOString() ?? null,
    assigneeUserId: task.assigneeUserId,
    status: task.status,
    doneAt: task.doneAt?.toISOString() ?? null,
    overdue: task.status === 'open' && task.dueAt.getTime() < now.getTime(),
  };
}

/** A referral as shown, with what the caller's organisation may do with it. */
export function presentReferral(
  row: { referral: ReferralRow; caseReference: string; caseType: string },
  names: Names,
  policy: CaseAccessPolicy,
) {
  const r = row.referral;
  const receiving = policy.write && r.toOrganisationId === policy.organisationId;
  const sending = policy.write && r.fromOrganisationId === policy.organisationId;
  return {
    id: r.id,
    caseId: r.caseId,
    caseReference: row.caseReference,
    caseType: row.caseType,
    kind: r.kind,
    fromOrganisation: orgRef(names, r.fromOrganisationId),
    toOrganisation: orgRef(names, r.toOrganisationId),
    sections: r.sections,
    reason: r.reason,
    details: r.details,
    consentId: r.consentId,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    respondedAt: r.respondedAt?.toISOString() ?? null,
    responseNote: r.responseNote,
    endedAt: r.endedAt?.toISOString() ?? null,
    can: {
      accept: receiving && r.status === 'pending',
      reject: receiving && r.status === 'pending',
      complete: receiving && r.status === 'accepted',
      revoke: sending && (r.status === 'pending' || r.status === 'accepted'),
    },
  };
}

/** The head of a case, common to lists and the case page. */
export function presentCaseHead(
  row: CaseRow,
  orgs: Names,
  userNames: Map<string, { id: string; displayName: string }>,
) {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    state: row.state,
    title: row.title,
    ownerOrganisation: orgRef(orgs, row.ownerOrganisationId)!,
    ownerUser: row.ownerUserId
      ? (userNames.get(row.ownerUserId) ?? { id: row.ownerUserId, displayName: '' })
      : null,
    assignedTeam: row.assignedTeam,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** One history entry. */
export function presentEvent(event: CaseEventRow) {
  return {
    id: event.id,
    at: event.at.toISOString(),
    kind: event.kind,
    fromState: event.fromState,
    toState: event.toState,
    actorLabel: event.actorLabel,
    detail: event.detail,
  };
}
