/** Loading one case the caller may see and describing it: only the sections their access includes, and what they may do next. */
import { can } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { forbidden, notFound } from '../../platform/errors';
import { actorIds, visiblePersonSummaries } from '../people/service';
import { accessOf, caseAccessPolicy, sees, type CaseAccess, type CaseAccessPolicy } from './access';
import { definitionOf, type CaseTypeDefinition } from './definitions';
import { actorMay, transitionProblems, transitionsFrom, type Actor, type CaseFacts } from './engine';
import * as parts from './parts-store';
import { orgRef, presentCaseHead, presentEvent, presentTask } from './presenter';
import { presentReferrals } from './referral-view';
import type { ChecklistStatus } from './reference';
import * as store from './store';
import type { CaseRow } from './store';

export interface LoadedCase {
  row: CaseRow;
  access: CaseAccess;
  definition: CaseTypeDefinition;
  policy: CaseAccessPolicy;
}

/** The case if the caller may see it, else 404 (identical to a missing case). */
export async function loadCase(
  db: Executor,
  ctx: Ctx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<LoadedCase> {
  const policy = caseAccessPolicy(ctx);
  const found = await store.selectVisibleCase(db, id, policy, options.lock);
  if (!found) {
    throw notFound('Case');
  }
  return { row: found.row, access: accessOf(found), definition: definitionOf(found.row.type), policy };
}

/** The caller may change the case as a whole (full access and `cases.write`), else 403. */
export function requireCaseWrite(ctx: Ctx, loaded: LoadedCase): void {
  if (loaded.access.level !== 'full' || !can(ctx, 'cases.write')) {
    throw forbidden(
      'Only caseworkers of the organisations working on this case may do this; a referral grants reading its parts',
    );
  }
  if (loaded.row.closedAt) {
    throw forbidden('The case is closed');
  }
}

/** Who the caller is for the engine: permissions and their organisation's type. */
export async function engineActor(db: Executor, ctx: Ctx): Promise<Actor> {
  const orgId = ctx.actor.kind === 'user' || ctx.actor.kind === 'apiKey' ? ctx.actor.organisationId : null;
  const org = orgId ? (await store.organisationNames(db, [orgId])).get(orgId) : undefined;
  return {
    has: (p) => can(ctx, p),
    organisationType: ctx.actor.kind === 'system' ? 'system' : (org?.type ?? null),
  };
}

/** The facts the engine checks requirements against. */
export async function caseFacts(
  db: Executor,
  row: CaseRow,
  extraData: Record<string, unknown> = {},
): Promise<CaseFacts> {
  const checklist = await parts.selectChecklist(db, row.id);
  return {
    data: { ...row.data, ...extraData },
    checklist: new Map(checklist.map((c) => [c.item, c.status as ChecklistStatus])),
    assessments: await parts.countAssessments(db, row.id),
  };
}

/** A history entry by the caller. */
export async function recordEvent(
  tx: Executor,
  ctx: Ctx,
  caseId: string,
  kind: string,
  detail: Record<string, unknown> = {},
  states: { from?: string; to?: string } = {},
): Promise<void> {
  const actor = actorIds(ctx);
  await store.insertEvent(tx, {
    caseId,
    at: ctx.now(),
    kind,
    fromState: states.from ?? null,
    toState: states.to ?? null,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    actorOrganisationId: ctx.actor.kind === 'user' ? ctx.actor.organisationId : null,
    detail,
  });
}

/** The full description of a loaded case (inside the caller's transaction, `ctx.db` being it). */
export async function describeCase(ctx: Ctx, loaded: LoadedCase) {
  const { row, access, definition, policy } = loaded;
  const db = ctx.db;
  const now = ctx.now();
  const show = (section: Parameters<typeof sees>[1]) => sees(access, section);
  const involved = await store.selectCaseOrganisations(db, row.id);
  const persons = show('persons') ? await store.selectCasePersons(db, [row.id]) : [];
  const summaries =
    persons.length > 0
      ? await visiblePersonSummaries(
          ctx,
          persons.map((p) => p.personId),
        )
      : new Map();
  const notes = show('notes') ? await parts.selectNotes(db, row.id) : [];
  const services = show('services') ? await parts.selectServices(db, row.id) : [];
  const orgs = await store.organisationNames(db, [
    row.ownerOrganisationId,
    ...notes.map((n) => n.authorOrganisationId),
    ...services.map((s) => s.providerOrganisationId),
  ]);
  const users = await store.userNames(db, [row.ownerUserId]);
  const full = access.level === 'full';
  const writer = full && can(ctx, 'cases.write') && !row.closedAt;
  const actor = await engineActor(db, ctx);
  const facts = await caseFacts(db, row);
  const transitions = full
    ? transitionsFrom(definition, row.state).map((t) => {
        const problems = transitionProblems(definition, t, facts, 'given');
        return {
          to: t.to,
          allowed: writer && actorMay(t, actor) && problems.length === 0,
          permitted: writer && actorMay(t, actor),
          needsReason: definition.states.find((s) => s.code === t.to)?.terminal === true,
          problems,
        };
      })
    : [];
  return {
    ...presentCaseHead(row, orgs, users),
    labels: row.labels,
    organisations: involved,
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    closureReason: row.closureReason,
    version: row.version,
    access: access.level,
    sections: access.sections,
    ...(show('details') ? { data: row.data } : {}),
    ...(show('persons')
      ? {
          persons: persons.map((p) => ({
            personId: p.personId,
            role: p.role,
            relation: p.relation,
            person: summaries.get(p.personId) ?? null,
          })),
        }
      : {}),
    ...(show('tasks')
      ? { tasks: (await parts.selectTasks(db, row.id)).map((t) => presentTask(t, now)) }
      : {}),
    ...(show('checklist')
      ? {
          checklist: (await parts.selectChecklist(db, row.id)).map((c) => ({
            item: c.item,
            status: c.status,
            note: c.note,
            updatedAt: c.updatedAt.toISOString(),
          })),
        }
      : {}),
    ...(show('notes')
      ? {
          notes: notes.map((n) => ({
            id: n.id,
            body: n.body,
            authorLabel: n.authorLabel,
            authorOrganisation: orgRef(orgs, n.authorOrganisationId),
            createdAt: n.createdAt.toISOString(),
          })),
        }
      : {}),
    ...(show('assessments')
      ? {
          assessments: (await parts.selectAssessments(db, row.id)).map((a) => ({
            id: a.id,
            kind: a.kind,
            individualRisk: a.individualRisk,
            householdRisk: a.householdRisk,
            communityRisk: a.communityRisk,
            specialNeeds: a.specialNeeds,
            answers: a.answers,
            notes: a.notes,
            recordedAt: a.recordedAt.toISOString(),
          })),
        }
      : {}),
    ...(show('services')
      ? {
          services: services.map((s) => ({
            id: s.id,
            personId: s.personId,
            kind: s.kind,
            description: s.description,
            deliveredOn: s.deliveredOn,
            location: s.location,
            amount: s.amount === null ? null : Number(s.amount),
            currency: s.currency,
            providerOrganisation: orgRef(orgs, s.providerOrganisationId),
            createdAt: s.createdAt.toISOString(),
          })),
        }
      : {}),
    ...(show('attachments')
      ? {
          attachments: (await parts.selectAttachments(db, row.id)).map((a) => ({
            ...a,
            createdAt: a.createdAt.toISOString(),
            url: `/api/cases/attachments/${a.id}`,
          })),
        }
      : {}),
    ...(show('consents')
      ? {
          consents: (await parts.selectConsents(db, row.id)).map((c) => ({
            id: c.id,
            personId: c.personId,
            scope: c.scope,
            basis: c.basis,
            legalBasis: c.legalBasis,
            givenBy: c.givenBy,
            recordedOn: c.recordedOn,
            withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
          })),
        }
      : {}),
    ...(show('referrals') ? { referrals: await presentReferrals(db, policy, { caseId: row.id }) } : {}),
    ...(show('history') ? { history: (await store.selectEvents(db, row.id)).map(presentEvent) } : {}),
    can: {
      edit: writer,
      transition: writer,
      addPerson: writer,
      addTask: writer,
      addNote: can(ctx, 'cases.write') && !row.closedAt && show('notes'),
      addService: can(ctx, 'cases.write') && !row.closedAt && show('services'),
      addAttachment: writer,
      recordConsent: writer,
      assess: writer,
      updateChecklist: writer && definition.checklist.length > 0,
      refer: writer,
      involve: writer,
    },
    transitions,
  };
}
