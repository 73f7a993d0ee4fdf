/**
 * Document verification for partner systems (scope `documents:verify`): a scanned seal checked as the public
 * verification page checks it, or a document number's current standing (valid, revoked, expired, reported
 * lost or stolen, replaced, never handed over, unknown) with its type and expiry and nothing about the holder.
 * Counted by the partner key's own rate limit instead of the public per-address one, and audited.
 */
import { requireScopeOrPermission } from '../../platform/access/api-scopes';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { SealData } from '../../../common/seal';
import { today } from './holders';
import type { SignatureResult, VerificationStatus } from './reference';
import * as store from './store';
import { standingOfDocument, standingOfUnregisteredNumber, verifySeal } from './verification';

export type PartnerVerification =
  | { method: 'seal'; signature: SignatureResult; status: VerificationStatus | null; data: SealData | null; message: string }
  | { method: 'number'; documentNumber: string; status: VerificationStatus; documentType: string | null; expiresOn: string | null; message: string };

const NUMBER_MESSAGES: Record<VerificationStatus, string> = {
  valid: 'Valid: the document is in its holder’s hands and has not expired',
  revoked: 'Revoked by the issuing authority',
  expired: 'Expired',
  'reported-lost': 'Reported lost: the person showing it may not be its holder',
  'reported-stolen': 'Reported stolen: the person showing it may not be its holder',
  superseded: 'Replaced by a newer document',
  'not-issued': 'This number was never handed over (spoiled, or the card is still at the office)',
  unknown: 'The register holds no document with this number',
};

/** Verifies a seal (`payload`) or a document number for a partner; audited without the holder's data. */
export async function verifyForPartner(ctx: Ctx, input: { payload: string } | { documentNumber: string }): Promise<PartnerVerification> {
  requireScopeOrPermission(ctx, 'documents:verify', 'documents.read');
  if ('payload' in input) {
    const checked = await verifySeal(ctx, input.payload);
    await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'document.verify', entityType: 'document', detail: { method: 'seal', signature: checked.signature, status: checked.status } }));
    return { method: 'seal', ...checked };
  }
  const number = input.documentNumber.trim().toUpperCase();
  return inTransaction(ctx, async (tx) => {
    const row = await store.selectDocumentByNumber(tx, number);
    const status = row ? standingOfDocument(row, today(ctx)) : await standingOfUnregisteredNumber(tx, number);
    await recordAudit(tx, ctx, { action: 'document.verify', entityType: 'document', entityId: row?.id, detail: { method: 'number', status } });
    return { method: 'number', documentNumber: number, status, documentType: row?.typeCode ?? null, expiresOn: row?.expiresOn ?? null, message: NUMBER_MESSAGES[status] };
  });
}
