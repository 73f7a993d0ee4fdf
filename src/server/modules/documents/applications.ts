/**
 * Applications: a first document, a renewal, a replacement. Each checks the type's rules against the
 * holder (legal status, photo, a Latin name for the MRZ) and the fee before anything is stored.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound, ruleViolated } from '../../platform/errors';
import { actorIds } from '../people/service';
import { holderMrzNames } from './card-data';
import { describeDocument } from './presenter';
import { documentScope, officeOf, readHolder, today, type Holder } from './holders';
import { daysBefore, type ReplaceReason } from './reference';
import { reportDocumentLost } from './lifecycle';
import * as store from './store';
import type { DocumentFee } from './tables';

/** The fee as the officer records it. */
export type FeeInput = { status: 'paid'; receipt: string } | { status: 'waived'; reason: string } | { status: 'none' };

export interface ApplicationInput {
  personId: string;
  type: string;
  officeId: string;
  fee: FeeInput;
  note?: string | null;
}

interface Origin {
  renewsId?: string;
  replacesId?: string;
  replaceReason?: ReplaceReason;
  renewalCount?: number;
  event: string;
}

async function activeType(ctx: Ctx, code: string) {
  const type = await store.selectType(ctx.db, code);
  if (!type || !type.active) {
    throw invalid(`There is no active document type "${code}"`, [{ field: 'type', message: 'Unknown or inactive type' }]);
  }
  return type;
}

/** The type's rules against this holder: legal status, photo, a name the MRZ can write. */
function checkHolder(type: { nameEn: string; allowedStatuses: string[] }, holder: Holder): void {
  if (!holder.legalStatus || !type.allowedStatuses.includes(holder.legalStatus)) {
    throw ruleViolated(`A person with legal status "${holder.legalStatus ?? 'none'}" may not hold a ${type.nameEn}; allowed: ${type.allowedStatuses.join(', ')}`, [
      { field: 'personId', message: 'Legal status not allowed for this type' },
    ]);
  }
  if (!holder.hasPhoto) {
    throw ruleViolated("The person has no photo; add one on the person's page first: the card cannot be printed without it", [{ field: 'personId', message: 'No photo' }]);
  }
  holderMrzNames(holder);
}

function checkFee(type: { feeAmount: number; feeCurrency: string }, fee: FeeInput): DocumentFee {
  if (type.feeAmount === 0) {
    return { status: 'none' };
  }
  if (fee.status === 'none') {
    throw ruleViolated(`This document costs ${(type.feeAmount / 100).toFixed(2)} ${type.feeCurrency}: record the receipt, or waive the fee with a reason`, [
      { field: 'fee', message: 'Paid or waived' },
    ]);
  }
  return fee.status === 'paid' ? { status: 'paid', receipt: fee.receipt, amount: type.feeAmount, currency: type.feeCurrency } : fee;
}

async function createApplication(ctx: Ctx, input: ApplicationInput, origin: Origin) {
  requirePermission(ctx, 'documents.issue');
  const type = await activeType(ctx, input.type);
  const me = actorIds(ctx).userId!;
  return inTransaction(ctx, async (tx, txCtx) => {
    const office = await officeOf(txCtx, input.officeId).catch(() => {
      throw invalid('You may not issue at this office, or it is not an issuing office', [{ field: 'officeId', message: 'Unknown office' }]);
    });
    if (!office.active) {
      throw invalid(`${office.name} is closed`, [{ field: 'officeId', message: 'Closed office' }]);
    }
    const holder = await readHolder(txCtx, input.personId);
    checkHolder(type, holder);
    const fee = checkFee(type, input.fee);
    const row = await store.insertDocument(tx, {
      typeCode: type.code,
      personId: holder.id,
      siteId: office.id,
      organisationId: office.organisationId,
      fee,
      note: input.note ?? null,
      requestedBy: me,
      renewsId: origin.renewsId ?? null,
      replacesId: origin.replacesId ?? null,
      replaceReason: origin.replaceReason ?? null,
      renewalCount: origin.renewalCount ?? 0,
    });
    await store.insertEvent(tx, { documentId: row.id, action: origin.event, actorUserId: me, detail: { type: type.code, office: office.code } });
    await recordAudit(tx, ctx, { action: 'document.apply', entityType: 'document', entityId: row.id, fields: ['personId', 'type', 'office', 'fee'], detail: { event: origin.event } });
    return describeDocument(txCtx, row, holder, office, today(ctx));
  });
}

/** Applies for a first document of a type. */
export function applyForDocument(ctx: Ctx, input: ApplicationInput) {
  return createApplication(ctx, input, { event: 'applied' });
}

async function predecessor(ctx: Ctx, id: string) {
  const row = await store.selectDocument(ctx.db, id, documentScope(ctx));
  if (!row) {
    throw notFound('Document');
  }
  if (await store.selectOpenSuccessor(ctx.db, id)) {
    throw conflict('A renewal or replacement of this document is already on its way');
  }
  return row;
}

/** Applies to renew a handed-over document within its type's renewal window and limit. */
export async function renewDocument(ctx: Ctx, id: string, input: { officeId: string; fee: FeeInput }) {
  requirePermission(ctx, 'documents.issue');
  const old = await predecessor(ctx, id);
  const type = await activeType(ctx, old.typeCode);
  if (old.status !== 'handed-over') {
    throw conflict(`Only a document handed over to its holder can be renewed; this one is ${old.status}`);
  }
  if (!type.renewable || old.renewalCount >= type.maxRenewals) {
    throw ruleViolated(`A ${type.nameEn} can be renewed ${type.renewable ? `at most ${type.maxRenewals} times` : 'never'}; apply for a new document instead`);
  }
  const opens = daysBefore(old.expiresOn!, type.renewalWindowDays);
  if (today(ctx) < opens) {
    throw ruleViolated(`Renewal opens on ${opens}, ${type.renewalWindowDays} days before the document expires on ${old.expiresOn}`);
  }
  return createApplication(ctx, { personId: old.personId, type: old.typeCode, officeId: input.officeId, fee: input.fee }, { renewsId: old.id, renewalCount: old.renewalCount + 1, event: 'renewal-applied' });
}

/** Applies to replace a document that was lost, stolen or damaged; lost and stolen ones are reported at once. */
export async function replaceDocument(ctx: Ctx, id: string, input: { officeId: string; reason: ReplaceReason; fee: FeeInput }) {
  requirePermission(ctx, 'documents.issue');
  const old = await predecessor(ctx, id);
  const reported = old.status === 'reported-lost' || old.status === 'reported-stolen';
  if (old.status !== 'handed-over' && !reported) {
    throw conflict(`Only a document handed over to its holder can be replaced; this one is ${old.status}`);
  }
  // One transaction: a replacement refused (a missing fee, say) leaves the old document as it was.
  return inTransaction(ctx, async (_tx, txCtx) => {
    if (input.reason !== 'damaged' && !reported) {
      await reportDocumentLost(txCtx, old.id, { kind: input.reason });
    }
    return createApplication(txCtx, { personId: old.personId, type: old.typeCode, officeId: input.officeId, fee: input.fee }, { replacesId: old.id, replaceReason: input.reason, renewalCount: old.renewalCount, event: 'replacement-applied' });
  });
}
