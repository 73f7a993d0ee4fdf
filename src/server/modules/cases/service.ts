/** Cases: open, read, change and move through their workflow. The rules are the engine's over the case-type definitions. */
import { randomBytes } from 'node:crypto';
import { can, clearancesOf, requirePermission } from '../../platform/access/policy';
import { requirePurpose } from '../../platform/access/purpose';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, forbidden, invalid, ruleViolated } from '../../platform/errors';
import { personSummary } from '../people/service';
import {
  caseFacts,
  describeCase,
  engineActor,
  loadCase,
  recordEvent,
  requireCaseWrite,
  type LoadedCase,
} from './case-view';
import { CASE_DEFINITIONS, definitionOf, stateOf, type CaseType } from './definitions';
import { actorMay, dataProblems, deadlineOnEntry, tasksOnEntry, transitionProblems } from './engine';
import * as parts from './parts-store';
import type { CasePersonRole } from './reference';
import { caseSettings } from './settings';
import * as store from './store';
import type { CaseData } from './tables';

const REFERENCE_PREFIX: Record<CaseType, string> = {
  protection: 'PR',
  trafficking: 'TR',
  avrr: 'AV',
  'family-reunification': 'FR',
};

export interface NewCaseInput {
  type: CaseType;
  title: string;
  persons: { personId: string; role: CasePersonRole; relation?: string | null }[];
  data?: CaseData;
  assignedTeam?: string | null;
}

function checkData(type: CaseType, data: CaseData): void {
  const problems = dataProblems(definitionOf(type), data);
  if (problems.length > 0) {
    throw invalid(
      `The case data does not fit a ${type} case: ${problems.map((p) => `${p.field} (${p.message})`).join('; ')}`,
      problems,
    );
  }
}

/**
 * Opens a case in its type's initial state, owned by `owner` (default: the caller and their
 * organisation), inside the caller's transaction; creates the initial tasks and checklist. The
 * persons must be visible to the caller (people service).
 */
export async function openCase(
  tx: Tx,
  txCtx: Ctx,
  input: NewCaseInput,
  owner: { organisationId: string; userId: string | null },
) {
  const definition = definitionOf(input.type);
  checkData(input.type, input.data ?? {});
  for (const person of input.persons) {
    await personSummary(txCtx, person.personId);
  }
  const now = txCtx.now();
  const initial = stateOf(definition, definition.initialState);
  const row = await store.insertCase(tx, {
    reference: `${REFERENCE_PREFIX[input.type]}-${now.getUTCFullYear()}-${randomBytes(3).toString('hex').toUpperCase()}`,
    type: input.type,
    state: initial.code,
    title: input.title,
    labels: [...definition.labels],
    ownerOrganisationId: owner.organisationId,
    ownerUserId: owner.userId,
    assignedTeam: input.assignedTeam ?? null,
    data: input.data ?? {},
    openedAt: now,
    stateEnteredAt: now,
    createdBy: txCtx.actor.kind === 'user' ? txCtx.actor.userId : null,
  });
  for (const person of input.persons) {
    await store.insertCasePerson(tx, {
      caseId: row.id,
      personId: person.personId,
      role: person.role,
      relation: person.relation ?? null,
    });
  }
  await parts.insertChecklist(tx, row.id, definition.checklist);
  await parts.insertTasks(
    tx,
    tasksOnEntry(initial, now, row.data).map((t) => ({ ...t, caseId: row.id })),
  );
  await recordEvent(
    tx,
    txCtx,
    row.id,
    'opened',
    { type: input.type, persons: input.persons.length },
    { to: initial.code },
  );
  await recordAudit(tx, txCtx, {
    action: 'cases.case.create',
    entityType: 'case',
    entityId: row.id,
    fields: ['type', 'title', 'persons', ...Object.keys(input.data ?? {})],
    detail: { type: input.type },
  });
  return row;
}

/** Opens a case owned by the caller's organisation (needs the type's create permission and labels). */
export async function createCase(ctx: Ctx, input: NewCaseInput) {
  requirePermission(ctx, 'cases.write');
  const definition = definitionOf(input.type);
  requirePermission(ctx, definition.createPermission);
  const held = new Set(clearancesOf(ctx));
  if (definition.labels.some((label) => !held.has(label))) {
    throw forbidden(`Opening a ${input.type} case needs the ${definition.labels.join(', ')} clearance`);
  }
  const organisationId = actorOrganisationId(ctx.actor);
  if (!organisationId) {
    throw forbidden('Only a user of an organisation can open a case');
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await openCase(tx, txCtx, input, {
      organisationId,
      userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    return describeCase(txCtx, await loadCase(tx, txCtx, row.id));
  });
}

/** One case as the caller may see it (audited with the sections read). */
export async function getCase(ctx: Ctx, id: string) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, id);
    // Trafficking cases are the most sensitive records: opening one says why (recorded with the read).
    if (loaded.row.labels.includes('trafficking')) {
      requirePurpose(ctx, 'a trafficking case');
    }
    const described = await describeCase(txCtx, loaded);
    await recordAudit(tx, ctx, {
      action: 'cases.case.read',
      entityType: 'case',
      entityId: id,
      fields: loaded.access.sections,
      detail: { access: loaded.access.level },
    });
    return described;
  });
}

/** Changes title, team, owner or data of a case (the version read must still be current). */
export async function updateCase(
  ctx: Ctx,
  id: string,
  input: {
    version: number;
    title?: string;
    assignedTeam?: string | null;
    ownerUserId?: string | null;
    data?: CaseData;
  },
) {
  requirePermission(ctx, 'cases.write');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, id, { lock: true });
    requireCaseWrite(ctx, loaded);
    if (input.data) {
      checkData(loaded.row.type as CaseType, input.data);
    }
    if (
      input.ownerUserId &&
      !(await store.selectUserOfOrganisation(tx, input.ownerUserId, loaded.row.ownerOrganisationId))
    ) {
      throw invalid('The owner must be a user of the owning organisation', [
        { field: 'ownerUserId', message: 'Not a user of the owning organisation' },
      ]);
    }
    const row = await store.updateCase(
      tx,
      id,
      {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.assignedTeam !== undefined ? { assignedTeam: input.assignedTeam } : {}),
        ...(input.ownerUserId !== undefined ? { ownerUserId: input.ownerUserId } : {}),
        ...(input.data ? { data: { ...loaded.row.data, ...input.data } } : {}),
      },
      input.version,
    );
    if (!row) {
      throw conflict('The case was changed by someone else meanwhile; reload it and make your change again');
    }
    const changed = Object.keys(input)
      .filter((k) => k !== 'version' && k !== 'data')
      .concat(Object.keys(input.data ?? {}).map((k) => `data.${k}`));
    await recordEvent(tx, txCtx, id, 'updated', { fields: changed });
    await recordAudit(tx, ctx, {
      action: 'cases.case.update',
      entityType: 'case',
      entityId: id,
      fields: changed,
    });
    return describeCase(txCtx, { ...loaded, row });
  });
}

/**
 * Moves a loaded case to `to` inside the caller's transaction: data merged, requirements checked, deadline
 * set, entry tasks created, history and audit written. Access and permission are the caller's to check.
 */
export async function applyTransition(
  tx: Tx,
  txCtx: Ctx,
  loaded: LoadedCase,
  to: string,
  options: {
    reason?: string | null;
    data?: CaseData;
    eventKind?: string;
    detail?: Record<string, unknown>;
  } = {},
) {
  const { row, definition } = loaded;
  const transition = definition.transitions.find((t) => t.from === row.state && t.to === to);
  if (!transition) {
    throw ruleViolated(`A ${row.type} case cannot go from ${row.state} to ${to}`, [
      { field: 'to', message: `Not a transition from ${row.state}` },
    ]);
  }
  if (options.data) {
    checkData(row.type as CaseType, options.data);
  }
  const facts = await caseFacts(tx, row, options.data);
  const problems = transitionProblems(definition, transition, facts, options.reason);
  if (problems.length > 0) {
    throw ruleViolated(
      `The case cannot move to ${to} yet: ${problems.map((p) => `${p.field} — ${p.message}`).join('; ')}`,
      problems,
    );
  }
  const now = txCtx.now();
  const target = stateOf(definition, to);
  const data = { ...facts.data };
  const deadline = deadlineOnEntry(target, now, data, caseSettings());
  if (deadline) {
    data[deadline.name] = deadline.day;
  }
  const updated = await store.updateCase(tx, row.id, {
    state: to,
    stateEnteredAt: now,
    data,
    ...(target.terminal ? { closedAt: now, closureReason: options.reason ?? null } : {}),
  });
  if (target.terminal) {
    await parts.cancelOpenTasks(tx, row.id);
  }
  await parts.insertTasks(
    tx,
    tasksOnEntry(target, now, data).map((t) => ({ ...t, caseId: row.id })),
  );
  await recordEvent(
    tx,
    txCtx,
    row.id,
    options.eventKind ?? 'transition',
    {
      ...(options.reason ? { reason: options.reason } : {}),
      ...(deadline ? { [deadline.name]: deadline.day } : {}),
      ...options.detail,
    },
    { from: row.state, to },
  );
  await recordAudit(tx, txCtx, {
    action: 'cases.case.transition',
    entityType: 'case',
    entityId: row.id,
    fields: ['state', ...Object.keys(options.data ?? {}).map((k) => `data.${k}`)],
    detail: { from: row.state, to },
  });
  return { ...loaded, row: updated! };
}

/** Moves a case along its workflow, as the caller (see README: 403 / 422 / 409). */
export async function transitionCase(
  ctx: Ctx,
  id: string,
  input: { to: string; reason?: string | null; data?: CaseData; version?: number },
) {
  requirePermission(ctx, 'cases.write');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, id, { lock: true });
    requireCaseWrite(ctx, loaded);
    if (input.version !== undefined && input.version !== loaded.row.version) {
      throw conflict('The case was changed by someone else meanwhile; reload it and try again');
    }
    const transition = loaded.definition.transitions.find(
      (t) => t.from === loaded.row.state && t.to === input.to,
    );
    if (transition && !actorMay(transition, await engineActor(tx, ctx))) {
      const who = transition.organisationTypes ? ` of a ${transition.organisationTypes.join(' or ')}` : '';
      throw forbidden(
        `Moving a ${loaded.row.type} case from ${loaded.row.state} to ${input.to} needs the ${transition.permission} permission${who}`,
      );
    }
    return describeCase(txCtx, await applyTransition(tx, txCtx, loaded, input.to, input));
  });
}

/** The case types as the interface needs them, with whether the caller may open each. */
export function caseTypes(ctx: Ctx) {
  requirePermission(ctx, 'cases.read');
  const held = new Set(clearancesOf(ctx));
  return Object.values(CASE_DEFINITIONS)
    .filter((d) => can(ctx, d.readPermission))
    .map((d) => ({
      type: d.type,
      labels: d.labels,
      initialState: d.initialState,
      states: d.states.map((s) => ({
        code: s.code,
        terminal: s.terminal ?? false,
        requires: s.requires ?? [],
        tasks: s.tasks ?? [],
        deadline: s.deadline ?? null,
      })),
      transitions: d.transitions.map((t) => ({
        from: t.from,
        to: t.to,
        permission: t.permission,
        organisationTypes: t.organisationTypes ?? null,
        requires: t.requires ?? [],
      })),
      fields: d.fields,
      checklist: d.checklist,
      can: {
        create: can(ctx, 'cases.write') && can(ctx, d.createPermission) && d.labels.every((l) => held.has(l)),
      },
    }));
}
