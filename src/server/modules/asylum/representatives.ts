/** The register of trained legal representatives, their caseload, and assigning them to unaccompanied minors (history kept). */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, isUniqueViolation, notFound, ruleViolated } from '../../platform/errors';
import { actorIds } from '../people/service';
import { requireDateWithin } from './applications';
import * as store from './minor-store';
import type { RepresentativeRow } from './minor-store';
import { onMinorFile } from './minors';
import { asylumToday } from './settings';

export interface RepresentativeInput {
  name: string;
  organisation: string;
  contact: string;
  trainedOn: string;
  active?: boolean;
}

function present(row: { representative: RepresentativeRow; caseload: number }) {
  const r = row.representative;
  return { id: r.id, name: r.name, organisation: r.organisation, contact: r.contact, trainedOn: r.trainedOn, active: r.active, caseload: Number(row.caseload) };
}

/** Representatives with their caseload, by name (`activeOnly` leaves out the inactive). */
export async function listRepresentatives(ctx: Ctx, activeOnly: boolean) {
  requirePermission(ctx, 'reception.read');
  return { representatives: (await store.selectRepresentatives(ctx.db, activeOnly)).map(present) };
}

/** Adds a trained representative to the register. */
export async function createRepresentative(ctx: Ctx, input: RepresentativeInput) {
  requirePermission(ctx, 'reception.manage');
  requireDateWithin('trainedOn', input.trainedOn, asylumToday(ctx));
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertRepresentative(tx, { ...input, active: input.active ?? true });
    await recordAudit(tx, ctx, { action: 'asylum.representative.create', entityType: 'asylum-representative', entityId: row.id, fields: Object.keys(input) });
    return present({ representative: row, caseload: 0 });
  });
}

/** Changes a representative (an inactive one keeps their current minors until reassigned). */
export async function updateRepresentative(ctx: Ctx, id: string, patch: Partial<RepresentativeInput>) {
  requirePermission(ctx, 'reception.manage');
  if (patch.trainedOn) {
    requireDateWithin('trainedOn', patch.trainedOn, asylumToday(ctx));
  }
  return inTransaction(ctx, async (tx) => {
    if (!(await store.selectRepresentative(tx, id))) {
      throw notFound('Representative');
    }
    await store.updateRepresentative(tx, id, patch);
    await recordAudit(tx, ctx, { action: 'asylum.representative.update', entityType: 'asylum-representative', entityId: id, fields: Object.keys(patch) });
    return present((await store.selectRepresentative(tx, id))!);
  });
}

/** Assigns a representative to a minor from `fromOn` (today by default), ending the current assignment. */
export async function assignRepresentative(ctx: Ctx, personId: string, input: { representativeId: string; fromOn?: string; note?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  const today = asylumToday(ctx);
  const fromOn = input.fromOn ?? today;
  requireDateWithin('fromOn', fromOn, today);
  try {
    return await onMinorFile(ctx, personId, 'representative.assign', ['representative'], async (_row, txCtx) => {
      const found = await store.selectRepresentative(txCtx.db, input.representativeId);
      if (!found) {
        throw invalid('The representative is not in the register', [{ field: 'representativeId', message: 'Unknown representative' }]);
      }
      if (!found.representative.active) {
        throw ruleViolated(`${found.representative.name} is no longer an active representative`, [{ field: 'representativeId', message: 'Inactive representative' }]);
      }
      const [current] = await store.selectCurrentAssignments(txCtx.db, [personId]);
      if (current?.representative.id === input.representativeId) {
        throw conflict(`${found.representative.name} already represents this child`);
      }
      if (current && fromOn < current.assignment.fromOn) {
        throw invalid(`The current representative was assigned on ${current.assignment.fromOn}; the new one cannot start earlier`, [{ field: 'fromOn', message: 'Before the current assignment' }]);
      }
      const me = actorIds(ctx).userId;
      await store.endCurrentAssignment(txCtx.db, personId, fromOn, me);
      await store.insertAssignment(txCtx.db, { personId, representativeId: input.representativeId, fromOn, note: input.note ?? null, assignedBy: me });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflict('Someone assigned a representative to this child at the same moment; reload to see who');
    }
    throw error;
  }
}

/** Ends the minor's current assignment today (422 when there is none). */
export function unassignRepresentative(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'reception.manage');
  return onMinorFile(ctx, personId, 'representative.end', ['representative'], async (_row, txCtx) => {
    if (!(await store.endCurrentAssignment(txCtx.db, personId, asylumToday(ctx), actorIds(ctx).userId))) {
      throw ruleViolated('This child has no representative to unassign', [{ field: 'representativeId', message: 'None assigned' }]);
    }
  });
}
