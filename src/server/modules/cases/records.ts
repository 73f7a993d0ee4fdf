/** The records of a case: consents (or a legal basis for a child), risk and special-needs assessments, checklist items. */
import { invalid, notFound, ruleViolated } from '../../platform/errors';
import type { Ctx } from '../../platform/context';
import { requirePermission } from '../../platform/access/policy';
import { personSummary } from '../people/service';
import { changeCase } from './parts';
import * as parts from './parts-store';
import type { ChecklistStatus, ConsentBasis } from './reference';
import * as store from './store';

/** Records a consent, or a legal basis for a child (refused for an adult). */
export async function recordConsent(
  ctx: Ctx,
  caseId: string,
  input: {
    personId: string;
    scope: string;
    basis: ConsentBasis;
    legalBasis?: string | null;
    givenBy?: string | null;
    recordedOn: string;
  },
) {
  return changeCase(ctx, caseId, 'consent.add', ['consents'], async (_loaded, tx, txCtx) => {
    if (!(await store.selectCasePersons(tx, [caseId])).some((p) => p.personId === input.personId)) {
      throw invalid('The person is not on this case', [
        { field: 'personId', message: 'Not a person of the case' },
      ]);
    }
    if (input.basis === 'legal-basis') {
      if (!input.legalBasis?.trim()) {
        throw invalid('Name the legal basis', [
          { field: 'legalBasis', message: 'Required for a legal basis' },
        ]);
      }
      const person = await personSummary(txCtx, input.personId);
      if (!person.minor) {
        throw ruleViolated(
          'A legal basis instead of consent is accepted only for a child; record the person’s consent',
          [{ field: 'basis', message: 'Only for a child' }],
        );
      }
    }
    const row = await parts.insertConsent(tx, {
      caseId,
      personId: input.personId,
      scope: input.scope,
      basis: input.basis,
      legalBasis: input.legalBasis ?? null,
      givenBy: input.givenBy ?? null,
      recordedOn: input.recordedOn,
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    return {
      id: row.id,
      personId: row.personId,
      scope: row.scope,
      basis: row.basis,
      legalBasis: row.legalBasis,
      givenBy: row.givenBy,
      recordedOn: row.recordedOn,
      withdrawnAt: null,
    };
  });
}

/** Withdraws a consent (active referrals that rest on it stay until revoked by the sender). */
export async function withdrawConsent(ctx: Ctx, consentId: string) {
  requirePermission(ctx, 'cases.write');
  const consent = await parts.selectConsent(ctx.db, consentId);
  if (!consent) {
    throw notFound('Consent');
  }
  return changeCase(
    ctx,
    consent.caseId,
    'consent.withdraw',
    ['consents'],
    async (_loaded, tx, txCtx) => {
      const row = await parts.withdrawConsent(tx, consentId, txCtx.now());
      return {
        id: row.id,
        personId: row.personId,
        scope: row.scope,
        basis: row.basis,
        legalBasis: row.legalBasis,
        givenBy: row.givenBy,
        recordedOn: row.recordedOn,
        withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
      };
    },
    'Consent',
  );
}

/** Records the standardised risk and special-needs assessment. */
export async function recordAssessment(
  ctx: Ctx,
  caseId: string,
  input: {
    kind: string;
    individualRisk: string;
    householdRisk: string;
    communityRisk: string;
    specialNeeds: string[];
    answers?: Record<string, unknown>;
    notes?: string;
  },
) {
  return changeCase(ctx, caseId, 'assessment.add', ['assessments'], async (_loaded, tx, txCtx) => {
    const row = await parts.insertAssessment(tx, {
      caseId,
      ...input,
      answers: input.answers ?? {},
      notes: input.notes ?? '',
      recordedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      recordedAt: txCtx.now(),
    });
    return { ...row, recordedAt: row.recordedAt.toISOString() };
  });
}

/** Sets the status of one checklist item of a case. */
export async function setChecklistItem(
  ctx: Ctx,
  caseId: string,
  item: string,
  input: { status: ChecklistStatus; note?: string | null },
) {
  return changeCase(ctx, caseId, 'checklist.update', [`checklist.${item}`], async (loaded, tx, txCtx) => {
    if (!loaded.definition.checklist.includes(item)) {
      throw invalid(`A ${loaded.row.type} case has no checklist item ${item}`, [
        { field: 'item', message: `One of ${loaded.definition.checklist.join(', ') || '(none)'}` },
      ]);
    }
    await parts.updateChecklistItem(tx, caseId, item, {
      status: input.status,
      note: input.note ?? null,
      updatedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      updatedAt: txCtx.now(),
    });
    return {
      checklist: (await parts.selectChecklist(tx, caseId)).map((c) => ({
        item: c.item,
        status: c.status,
        note: c.note,
        updatedAt: c.updatedAt.toISOString(),
      })),
    };
  });
}
