/**
 * Unaccompanied minors: a file per child (labelled `minor`), with age derived from the latest age
 * assessment or the date of birth, the adult family link from the people registry, the clerk's flag,
 * age assessments, family tracing and the legal representative.
 */
import { can, recordScope, requirePermission } from '../../platform/access/policy';
import { requirePurpose } from '../../platform/access/purpose';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { personsWithAdultFamilyLink } from '../people/family';
import { actorIds, visiblePersonSummaries } from '../people/service';
import { requireDateWithin, visiblePerson } from './applications';
import { deriveAge, isUnaccompanied } from './deadlines';
import * as store from './minor-store';
import type { MinorFileRow } from './minor-store';
import type { AgeAssessmentMethod, TracingStatus } from './reference';
import { asylumToday } from './settings';
import { asylumMinorFiles } from './tables';

/** Minors' files the caller may see: the `minor` clearance, and own organisation's unless national. */
export const minorScope = (ctx: Ctx) => recordScope(ctx, { organisation: asylumMinorFiles.organisationId, labels: asylumMinorFiles.labels });

/** Summaries of these files (persons the caller may not see left out), in the files' order. */
export async function summariseMinors(ctx: Ctx, rows: MinorFileRow[]) {
  const ids = rows.map((r) => r.personId);
  const persons = await visiblePersonSummaries(ctx, ids);
  const withAdult = await personsWithAdultFamilyLink(ctx, ids);
  const assessments = await store.selectAssessments(ctx.db, ids);
  const current = await store.selectCurrentAssignments(ctx.db, ids);
  const today = asylumToday(ctx);
  return rows.flatMap((row) => {
    const person = persons.get(row.personId);
    if (!person) {
      return [];
    }
    const latest = assessments.find((a) => a.personId === row.personId) ?? null;
    const derived = deriveAge(latest, person.age, today);
    const hasAdultFamilyLink = withAdult.has(row.personId);
    const assignment = current.find((c) => c.assignment.personId === row.personId);
    return [
      {
        personId: row.personId,
        person,
        ...derived,
        hasAdultFamilyLink,
        manualFlag: row.manualUnaccompanied,
        unaccompanied: isUnaccompanied(row.manualUnaccompanied, derived.minor, hasAdultFamilyLink),
        representative: assignment ? { id: assignment.representative.id, name: assignment.representative.name, organisation: assignment.representative.organisation, fromOn: assignment.assignment.fromOn } : null,
      },
    ];
  });
}

/** The whole file: summary, assessments, tracing, representatives' history (inside the caller's transaction). */
export async function describeMinorFile(ctx: Ctx, row: MinorFileRow) {
  const [summary] = await summariseMinors(ctx, [row]);
  if (!summary) {
    throw notFound('Minor’s file');
  }
  const assessments = await store.selectAssessments(ctx.db, [row.personId]);
  const tracing = await store.selectTracing(ctx.db, row.personId);
  const history = await store.selectAssignmentHistory(ctx.db, row.personId);
  return {
    ...summary,
    note: row.note,
    openedOn: row.openedOn,
    assessments: assessments.map((a) => ({ id: a.id, method: a.method, assessedOn: a.assessedOn, assessedBy: a.assessedBy, resultAge: a.resultAge, resultDateOfBirth: a.resultDateOfBirth, note: a.note })),
    tracing: tracing.map((t) => ({ id: t.id, openedOn: t.openedOn, status: t.status, contacts: t.contacts, outcome: t.outcome, updatedAt: t.updatedAt })),
    representatives: history.map((h) => ({ id: h.assignment.id, representativeId: h.representative.id, name: h.representative.name, organisation: h.representative.organisation, fromOn: h.assignment.fromOn, toOn: h.assignment.toOn })),
    can: { edit: can(ctx, 'reception.manage') },
  };
}

/** Runs `work` on a visible minor’s file in a transaction, audits it, and returns the file as it is afterwards. */
export async function onMinorFile(ctx: Ctx, personId: string, action: string, fields: string[], work?: (row: MinorFileRow, txCtx: Ctx) => Promise<void>) {
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectMinorFile(tx, personId, minorScope(ctx));
    if (!row) {
      throw notFound('Minor’s file');
    }
    await visiblePerson(txCtx, personId).catch(() => {
      throw notFound('Minor’s file');
    });
    if (action === 'read') {
      requirePurpose(ctx, 'a minor’s file');
    }
    await work?.(row, txCtx);
    await recordAudit(tx, ctx, { action: `asylum.minor.${action}`, entityType: 'person', entityId: personId, fields });
    return describeMinorFile(txCtx, (await store.selectMinorFile(tx, personId, undefined))!);
  });
}

/** Opens a minor's file (at registration or later); 409 when the person has one. Also for the reception module's pre-registration. */
export async function openMinorFile(ctx: Ctx, input: { personId: string; unaccompanied?: boolean | null; note?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  const organisationId = actorOrganisationId(ctx.actor);
  if (!organisationId) {
    throw invalid('A minor’s file is opened by a person of an organisation');
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    await visiblePerson(txCtx, input.personId);
    const row = await store.insertMinorFile(tx, { personId: input.personId, manualUnaccompanied: input.unaccompanied ?? null, note: input.note ?? null, organisationId, openedOn: asylumToday(ctx), openedBy: actorIds(ctx).userId });
    if (!row) {
      throw conflict('This person already has a minor’s file');
    }
    await recordAudit(tx, ctx, { action: 'asylum.minor.open', entityType: 'person', entityId: input.personId, fields: ['unaccompanied', 'note'] });
    return describeMinorFile(txCtx, row);
  });
}

/** One minor's file; audited. */
export function getMinorFile(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'reception.read');
  return onMinorFile(ctx, personId, 'read', ['age', 'family', 'assessments', 'tracing', 'representative']);
}

/** Sets or clears the clerk's unaccompanied flag, or the note. */
export function updateMinorFile(ctx: Ctx, personId: string, patch: { unaccompanied?: boolean | null; note?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  return onMinorFile(ctx, personId, 'update', Object.keys(patch), async (_row, txCtx) => {
    await store.updateMinorFile(txCtx.db, personId, {
      ...(patch.unaccompanied !== undefined ? { manualUnaccompanied: patch.unaccompanied } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
    });
  });
}

export type MinorsView = 'all' | 'unaccompanied' | 'without-representative';

/** The minors of a view as listed (no audit: the callers audit). */
export async function minorsOf(ctx: Ctx, view: MinorsView) {
  const summaries = await summariseMinors(ctx, await store.selectMinorFiles(ctx.db, minorScope(ctx)));
  return summaries.filter((m) => view === 'all' || (m.unaccompanied && (view === 'unaccompanied' || m.representative === null)));
}

/** Minors' files: all, the unaccompanied, or the unaccompanied without a representative. Audited with the count. */
export async function listMinors(ctx: Ctx, view: MinorsView) {
  requirePermission(ctx, 'reception.read');
  const minors = await minorsOf(ctx, view);
  await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'asylum.minor.list', entityType: 'person', detail: { count: minors.length, view } }));
  return { minors };
}

export interface AgeAssessmentInput {
  method: AgeAssessmentMethod;
  assessedOn: string;
  assessedBy: string;
  resultAge?: number | null;
  resultDateOfBirth?: string | null;
  note?: string | null;
}

/** Records an age assessment: a whole age on the day, or an assessed date of birth (exactly one). */
export function recordAgeAssessment(ctx: Ctx, personId: string, input: AgeAssessmentInput) {
  requirePermission(ctx, 'reception.manage');
  const hasAge = input.resultAge !== undefined && input.resultAge !== null;
  const hasBirth = Boolean(input.resultDateOfBirth);
  if (hasAge === hasBirth) {
    throw invalid('Give the result as an age or as a date of birth (one of them)', [{ field: 'resultAge', message: 'Exactly one of resultAge and resultDateOfBirth' }]);
  }
  requireDateWithin('assessedOn', input.assessedOn, asylumToday(ctx));
  if (input.resultDateOfBirth && input.resultDateOfBirth > input.assessedOn) {
    throw invalid('The assessed date of birth is after the assessment', [{ field: 'resultDateOfBirth', message: 'After the assessment date' }]);
  }
  return onMinorFile(ctx, personId, 'age-assessment', ['assessments'], async (_row, txCtx) => {
    await store.insertAssessment(txCtx.db, { personId, method: input.method, assessedOn: input.assessedOn, assessedBy: input.assessedBy, resultAge: hasAge ? input.resultAge! : null, resultDateOfBirth: input.resultDateOfBirth ?? null, note: input.note ?? null, recordedBy: actorIds(ctx).userId });
  });
}

/** Opens a family-tracing record. */
export function openTracing(ctx: Ctx, personId: string, input: { openedOn: string; status: TracingStatus; contacts: string; outcome?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  requireDateWithin('openedOn', input.openedOn, asylumToday(ctx));
  return onMinorFile(ctx, personId, 'tracing', ['tracing'], async (_row, txCtx) => {
    await store.insertTracing(txCtx.db, { personId, openedOn: input.openedOn, status: input.status, contacts: input.contacts, outcome: input.outcome ?? null, recordedBy: actorIds(ctx).userId });
  });
}

/** Changes a family-tracing record (status, contacts, outcome). */
export async function updateTracing(ctx: Ctx, id: string, patch: { status?: TracingStatus; contacts?: string; outcome?: string | null }) {
  requirePermission(ctx, 'reception.manage');
  const record = await store.selectTracingRecord(ctx.db, id);
  if (!record) {
    throw notFound('Family-tracing record');
  }
  return onMinorFile(ctx, record.personId, 'tracing', ['tracing'], async (_row, txCtx) => {
    await store.updateTracing(txCtx.db, id, patch);
  });
}
