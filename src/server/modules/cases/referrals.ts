/**
 * Referrals and transfers between organisations. A referral needs a recorded consent (or, for a child,
 * a recorded legal basis); the receiving organisation accepts, rejects or completes it; while it is
 * accepted its caseworkers see the granted sections only; revoking or completing ends that.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { actorOrganisationId, inTransaction, type Ctx } from '../../platform/context';
import { forbidden, invalid, notFound, ruleViolated } from '../../platform/errors';
import { caseAccessPolicy } from './access';
import { loadCase, recordEvent, requireCaseWrite } from './case-view';
import * as parts from './parts-store';
import { presentReferral } from './presenter';
import * as referralStore from './referral-store';
import { presentReferrals } from './referral-view';
import type { CaseSection, ReferralKind } from './reference';
import * as store from './store';

export interface ReferralInput {
  toOrganisationId: string;
  kind: ReferralKind;
  sections: CaseSection[];
  reason: string;
  details?: string;
  consentId: string;
}

/** Refers (or transfers) a case to another organisation; the consent must be in force (see README). */
export async function referCase(ctx: Ctx, caseId: string, input: ReferralInput) {
  requirePermission(ctx, 'cases.write');
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, caseId, { lock: true });
    requireCaseWrite(ctx, loaded);
    const from =
      loaded.row.ownerOrganisationId === actorOrganisationId(ctx.actor)
        ? loaded.row.ownerOrganisationId
        : actorOrganisationId(ctx.actor)!;
    if (input.toOrganisationId === from) {
      throw invalid('Refer to another organisation', [
        { field: 'toOrganisationId', message: 'Your own organisation' },
      ]);
    }
    if ((await store.organisationNames(tx, [input.toOrganisationId])).size === 0) {
      throw invalid('No such organisation', [{ field: 'toOrganisationId', message: 'Unknown' }]);
    }
    const consent = await parts.selectConsent(tx, input.consentId);
    if (!consent || consent.caseId !== caseId) {
      throw ruleViolated(
        'A referral needs the consent of a person of this case (or a legal basis for a child) recorded first',
        [{ field: 'consentId', message: 'No consent of this case' }],
      );
    }
    if (consent.withdrawnAt) {
      throw ruleViolated('That consent was withdrawn', [{ field: 'consentId', message: 'Withdrawn' }]);
    }
    if (consent.scope !== 'referral') {
      throw ruleViolated('The consent does not cover referrals', [
        { field: 'consentId', message: `Given for ${consent.scope}` },
      ]);
    }
    const sections = [...new Set<CaseSection>(['summary', ...input.sections])];
    const row = await referralStore.insertReferral(tx, {
      caseId,
      kind: input.kind,
      fromOrganisationId: from,
      toOrganisationId: input.toOrganisationId,
      sections,
      reason: input.reason,
      details: input.details ?? '',
      consentId: input.consentId,
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      createdAt: txCtx.now(),
    });
    await recordEvent(tx, txCtx, caseId, `${input.kind}.sent`, {
      referralId: row.id,
      toOrganisationId: input.toOrganisationId,
      sections,
    });
    await recordAudit(tx, ctx, {
      action: `cases.${input.kind}.create`,
      entityType: 'case',
      entityId: caseId,
      fields: sections,
      detail: { referralId: row.id, toOrganisationId: input.toOrganisationId },
    });
    const names = await store.organisationNames(tx, [row.fromOrganisationId, row.toOrganisationId]);
    return presentReferral(
      { referral: row, caseReference: loaded.row.reference, caseType: loaded.row.type },
      names,
      caseAccessPolicy(ctx),
    );
  });
}

/** Referrals sent or received by the caller's organisation. */
export async function listReferrals(
  ctx: Ctx,
  filter: { direction?: 'incoming' | 'outgoing'; status?: string },
) {
  requirePermission(ctx, 'cases.read');
  return { referrals: await presentReferrals(ctx.db, caseAccessPolicy(ctx), filter) };
}

type Response = 'accept' | 'reject' | 'complete' | 'revoke';

const RULES: Record<Response, { side: 'to' | 'from'; from: readonly string[]; to: string }> = {
  accept: { side: 'to', from: ['pending'], to: 'accepted' },
  reject: { side: 'to', from: ['pending'], to: 'rejected' },
  complete: { side: 'to', from: ['accepted'], to: 'completed' },
  revoke: { side: 'from', from: ['pending', 'accepted'], to: 'revoked' },
};

/** Accepts, rejects, completes (receiving organisation) or revokes (sending organisation) a referral. */
export async function respondToReferral(
  ctx: Ctx,
  referralId: string,
  response: Response,
  note: string | null,
) {
  requirePermission(ctx, 'cases.write');
  const rule = RULES[response];
  return inTransaction(ctx, async (tx, txCtx) => {
    const policy = caseAccessPolicy(ctx);
    const found = await referralStore.selectReferral(tx, referralId, policy, true);
    if (!found) {
      throw notFound('Referral');
    }
    const referral = found.referral;
    const org = actorOrganisationId(ctx.actor);
    if ((rule.side === 'to' ? referral.toOrganisationId : referral.fromOrganisationId) !== org) {
      throw forbidden(
        rule.side === 'to'
          ? 'Only the receiving organisation answers a referral'
          : 'Only the sending organisation revokes a referral',
      );
    }
    if (!rule.from.includes(referral.status)) {
      throw ruleViolated(`A ${referral.status} referral cannot be ${rule.to}`, [
        { field: 'status', message: `Is ${referral.status}` },
      ]);
    }
    if (response === 'reject' && !note?.trim()) {
      throw invalid('Give the reason for rejecting', [{ field: 'note', message: 'Required' }]);
    }
    const now = txCtx.now();
    const transferred = response === 'accept' && referral.kind === 'transfer';
    const status = transferred ? 'completed' : rule.to;
    const row = await referralStore.updateReferral(tx, referralId, {
      status,
      ...(rule.side === 'to' && response !== 'complete'
        ? {
            respondedAt: now,
            respondedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
            responseNote: note,
          }
        : {}),
      ...(status === 'completed' || status === 'revoked' ? { endedAt: now } : {}),
      ...(response === 'complete' || response === 'revoke'
        ? { responseNote: note ?? referral.responseNote }
        : {}),
    });
    if (transferred) {
      await store.updateCase(tx, referral.caseId, {
        ownerOrganisationId: referral.toOrganisationId,
        ownerUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      });
      await store.deleteCaseOrganisation(tx, referral.caseId, referral.toOrganisationId);
    }
    await recordEvent(tx, txCtx, referral.caseId, `${referral.kind}.${status}`, {
      referralId,
      ...(note ? { note } : {}),
    });
    await recordAudit(tx, ctx, {
      action: `cases.${referral.kind}.${response}`,
      entityType: 'case',
      entityId: referral.caseId,
      detail: { referralId },
    });
    const names = await store.organisationNames(tx, [row.fromOrganisationId, row.toOrganisationId]);
    return presentReferral(
      { referral: row, caseReference: found.caseReference, caseType: found.caseType },
      names,
      policy,
    );
  });
}
