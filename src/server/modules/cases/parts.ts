/** The parts of a case: persons, organisations involved, tasks, notes and services delivered. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, forbidden, invalid, notFound, ruleViolated } from '../../platform/errors';
import { personSummary } from '../people/service';
import { sees } from './access';
import { describeCase, loadCase, recordEvent, requireCaseWrite, type LoadedCase } from './case-view';
import * as parts from './parts-store';
import { presentTask } from './presenter';
import type { CasePersonRole, ServiceKind, TaskStatus } from './reference';
import * as store from './store';

/** Runs `work` on a case the caller may change as a whole; records the event and the audit entry. */
export async function changeCase<T>(
  ctx: Ctx,
  caseId: string,
  action: string,
  fields: string[],
  work: (loaded: LoadedCase, tx: Ctx['db'], txCtx: Ctx) => Promise<T>,
  /** What a hidden case is reported as, when the caller named a part of it (a task, a consent) rather than the case. */
  notFoundAs = 'Case',
): Promise<T> {
  requirePermission(ctx, 'cases.write');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, caseId, { lock: true }).catch((error: unknown) => {
      throw error instanceof AppError && error.code === 'not_found' ? notFound(notFoundAs) : error;
    });
    requireCaseWrite(ctx, loaded);
    const result = await work(loaded, tx, txCtx);
    await recordEvent(tx, txCtx, caseId, action, { fields });
    await recordAudit(tx, ctx, { action: `cases.${action}`, entityType: 'case', entityId: caseId, fields });
    return result;
  });
}

/** Links a person (visible to the caller) to a case. */
export async function addPerson(
  ctx: Ctx,
  caseId: string,
  input: { personId: string; role: CasePersonRole; relation?: string | null },
) {
  return changeCase(ctx, caseId, 'person.add', ['persons'], async (loaded, tx, txCtx) => {
    await personSummary(txCtx, input.personId);
    await store.insertCasePerson(tx, {
      caseId,
      personId: input.personId,
      role: input.role,
      relation: input.relation ?? null,
    });
    return describeCase(txCtx, loaded);
  });
}

/** Unlinks a person; a case keeps at least one. */
export async function removePerson(ctx: Ctx, caseId: string, personId: string) {
  return changeCase(ctx, caseId, 'person.remove', ['persons'], async (loaded, tx, txCtx) => {
    const persons = await store.selectCasePersons(tx, [caseId]);
    if (!persons.some((p) => p.personId === personId)) {
      throw notFound('Person of the case');
    }
    if (persons.length === 1) {
      throw ruleViolated('A case needs at least one person', [
        { field: 'personId', message: 'The last person of the case' },
      ]);
    }
    await store.deleteCasePerson(tx, caseId, personId);
    return describeCase(txCtx, loaded);
  });
}

/** Involves another organisation (full access for its caseworkers). */
export async function involveOrganisation(ctx: Ctx, caseId: string, organisationId: string) {
  return changeCase(ctx, caseId, 'organisation.add', ['organisations'], async (loaded, tx, txCtx) => {
    if ((await store.organisationNames(tx, [organisationId])).size === 0) {
      throw invalid('No such organisation', [{ field: 'organisationId', message: 'Unknown' }]);
    }
    if (organisationId !== loaded.row.ownerOrganisationId) {
      await store.insertCaseOrganisation(tx, caseId, organisationId);
    }
    return describeCase(txCtx, loaded);
  });
}

/** Ends an organisation's involvement. */
export async function releaseOrganisation(ctx: Ctx, caseId: string, organisationId: string) {
  return changeCase(ctx, caseId, 'organisation.remove', ['organisations'], async (loaded, tx, txCtx) => {
    if (!(await store.deleteCaseOrganisation(tx, caseId, organisationId))) {
      throw notFound('Organisation of the case');
    }
    return describeCase(txCtx, loaded);
  });
}

/** Adds a task to a case. */
export async function addTask(
  ctx: Ctx,
  caseId: string,
  input: { title: string; dueAt: string; remindAt?: string | null; assigneeUserId?: string | null },
) {
  return changeCase(ctx, caseId, 'task.add', ['tasks'], async (loaded, tx, txCtx) => {
    if (
      input.assigneeUserId &&
      !(await store.selectUserOfOrganisation(tx, input.assigneeUserId, loaded.row.ownerOrganisationId))
    ) {
      throw invalid('Tasks go to users of the owning organisation', [
        { field: 'assigneeUserId', message: 'Not a user of the owning organisation' },
      ]);
    }
    const [task] = await parts.insertTasks(tx, [
      {
        caseId,
        title: input.title,
        state: loaded.row.state,
        dueAt: new Date(input.dueAt),
        remindAt: input.remindAt ? new Date(input.remindAt) : null,
        assigneeUserId: input.assigneeUserId ?? null,
      },
    ]);
    return presentTask(task!, txCtx.now());
  });
}

/** Changes a task: done, cancelled, reopened, rescheduled or reassigned. */
export async function updateTask(
  ctx: Ctx,
  taskId: string,
  input: { status?: TaskStatus; dueAt?: string; remindAt?: string | null; assigneeUserId?: string | null },
) {
  requirePermission(ctx, 'cases.write');
  const task = await parts.selectTask(ctx.db, taskId);
  if (!task) {
    throw notFound('Task');
  }
  return changeCase(
    ctx,
    task.caseId,
    'task.update',
    ['tasks'],
    async (_loaded, tx, txCtx) => {
      const now = txCtx.now();
      const row = await parts.updateTask(tx, taskId, {
        ...(input.status
          ? {
              status: input.status,
              doneAt: input.status === 'done' ? now : null,
              doneBy: input.status === 'done' && ctx.actor.kind === 'user' ? ctx.actor.userId : null,
            }
          : {}),
        ...(input.dueAt ? { dueAt: new Date(input.dueAt), overdueNotifiedAt: null } : {}),
        ...(input.remindAt !== undefined
          ? { remindAt: input.remindAt ? new Date(input.remindAt) : null, remindedAt: null }
          : {}),
        ...(input.assigneeUserId !== undefined ? { assigneeUserId: input.assigneeUserId } : {}),
      });
      return presentTask(row, now);
    },
    'Task',
  );
}

/** Adds a note: by the organisations working on the case, or by a referral's receiver when notes are granted. */
export async function addNote(ctx: Ctx, caseId: string, body: string) {
  requirePermission(ctx, 'cases.write');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, caseId, { lock: true });
    if (!sees(loaded.access, 'notes') || loaded.row.closedAt) {
      throw forbidden('You may not add notes to this case');
    }
    const author = ctx.actor.kind === 'user' ? ctx.actor : null;
    const note = await parts.insertNote(tx, {
      caseId,
      body,
      authorUserId: author?.userId ?? null,
      authorLabel: author?.displayName ?? 'system',
      authorOrganisationId: author?.organisationId ?? null,
    });
    await recordEvent(tx, txCtx, caseId, 'note.add');
    await recordAudit(tx, ctx, {
      action: 'cases.note.add',
      entityType: 'case',
      entityId: caseId,
      fields: ['notes'],
    });
    return {
      id: note.id,
      body: note.body,
      authorLabel: note.authorLabel,
      createdAt: note.createdAt.toISOString(),
    };
  });
}

export interface ServiceInput {
  kind: ServiceKind;
  description?: string;
  deliveredOn: string;
  personId?: string | null;
  location?: string | null;
  amount?: number | null;
  currency?: string | null;
  providerOrganisationId?: string | null;
}

/** Records a service delivered (support, visit, in-kind assistance with its amount). */
export async function addService(ctx: Ctx, caseId: string, input: ServiceInput) {
  requirePermission(ctx, 'cases.write');
  if ((input.amount ?? null) !== null && !input.currency) {
    throw invalid('An amount needs its currency', [
      { field: 'currency', message: 'Required with an amount' },
    ]);
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, caseId, { lock: true });
    if (!sees(loaded.access, 'services') || loaded.row.closedAt) {
      throw forbidden('You may not record services on this case');
    }
    if (
      input.personId &&
      !(await store.selectCasePersons(tx, [caseId])).some((p) => p.personId === input.personId)
    ) {
      throw invalid('The person is not on this case', [
        { field: 'personId', message: 'Not a person of the case' },
      ]);
    }
    const row = await parts.insertService(tx, {
      caseId,
      kind: input.kind,
      description: input.description ?? '',
      deliveredOn: input.deliveredOn,
      personId: input.personId ?? null,
      location: input.location ?? null,
      amount: input.amount === null || input.amount === undefined ? null : input.amount.toFixed(2),
      currency: input.currency ?? null,
      providerOrganisationId:
        input.providerOrganisationId ?? (ctx.actor.kind === 'user' ? ctx.actor.organisationId : null),
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordEvent(tx, txCtx, caseId, 'service.add', { kind: input.kind });
    await recordAudit(tx, ctx, {
      action: 'cases.service.add',
      entityType: 'case',
      entityId: caseId,
      fields: ['services'],
    });
    return {
      ...row,
      amount: row.amount === null ? null : Number(row.amount),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
