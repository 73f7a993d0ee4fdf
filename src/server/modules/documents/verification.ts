/**
 * Verifying a card's seal (public, no login): the signature against the published keys, then the
 * document's current standing. Every attempt is logged without personal data. Also the key management
 * screens' actions: publish, rotate, revoke.
 */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { readSeal, type SealData } from '../../../common/seal';
import { today } from './holders';
import { checkSignature, publishedKeys, revokeKey, rotateKey } from './keys';
import { effectiveStatus, type SignatureResult, type VerificationStatus } from './reference';
import { isSpoiledNumber } from './number-store';
import * as store from './store';
import { documentVerifications } from './tables';

export interface Verification {
  signature: SignatureResult;
  status: VerificationStatus | null;
  data: SealData | null;
  message: string;
}

const SIGNATURE_MESSAGES: Record<Exclude<SignatureResult, 'valid' | 'malformed'>, string> = {
  invalid: 'The signature does not match the data: this barcode was altered or forged',
  'unknown-key': 'The barcode names a key the issuing authority never published: it was not issued by us',
  'revoked-key': 'The key that signed this barcode has been revoked: treat the document as not valid and ask for another proof of identity',
};

const STATUS_MESSAGES: Record<VerificationStatus, string> = {
  valid: 'Genuine and valid: the document is in its holder’s hands and has not expired',
  revoked: 'Genuine, but revoked by the issuing authority',
  expired: 'Genuine, but expired',
  'reported-lost': 'Genuine, but reported lost: the person showing it may not be its holder',
  'reported-stolen': 'Genuine, but reported stolen: the person showing it may not be its holder',
  superseded: 'Genuine, but replaced by a newer document',
  'not-issued': 'Genuine signature, but this card was never handed over (spoiled or still at the office)',
  unknown: 'Genuine signature, but the register holds no current document with this seal',
};

/** What a registered document's stored state means to someone checking it (shared with partner verification). */
export function standingOfDocument(row: { status: string; expiresOn: string | null }, day: string): VerificationStatus {
  const status = effectiveStatus(row, day);
  switch (status) {
    case 'handed-over':
      return 'valid';
    case 'approved':
    case 'printed':
    case 'applied':
    case 'rejected':
      return 'not-issued';
    case 'expired':
    case 'revoked':
    case 'reported-lost':
    case 'reported-stolen':
    case 'superseded':
      return status;
  }
}

/** The standing of a number no document in the register carries: a spoiled card's was never handed over. */
export async function standingOfUnregisteredNumber(db: Executor, number: string): Promise<VerificationStatus> {
  return (await isSpoiledNumber(db, number)) ? 'not-issued' : 'unknown';
}

/** The standing of the document a genuine seal names. */
async function standing(ctx: Ctx, payload: string, number: string): Promise<VerificationStatus> {
  const row = await store.selectDocumentByNumber(ctx.db, number);
  if (!row) {
    return standingOfUnregisteredNumber(ctx.db, number);
  }
  return row.sealPayload === payload ? standingOfDocument(row, today(ctx)) : 'unknown';
}

/** Checks a scanned seal; never throws for bad input, it says what is wrong. */
export async function verifySeal(ctx: Ctx, payload: string): Promise<Verification> {
  const reading = readSeal(payload);
  let result: Verification;
  if (!reading.ok) {
    result = { signature: 'malformed', status: null, data: null, message: `Not a readable seal: ${reading.message}` };
  } else {
    const { seal } = reading;
    const signature = await checkSignature(ctx.db, seal.keyId, seal.signedText, seal.signature);
    if (signature === 'valid') {
      const status = await standing(ctx, payload.trim(), seal.data.documentNumber);
      result = { signature, status, data: seal.data, message: STATUS_MESSAGES[status] };
    } else {
      result = { signature, status: null, data: signature === 'revoked-key' ? seal.data : null, message: SIGNATURE_MESSAGES[signature] };
    }
  }
  await ctx.db.insert(documentVerifications).values({
    signature: result.signature,
    status: result.status,
    keyId: reading.ok ? reading.seal.keyId : null,
    documentType: result.data?.documentType ?? null,
  });
  return result;
}

/** The published public keys. */
export async function listPublishedKeys(ctx: Ctx) {
  return { keys: await publishedKeys(ctx.db) };
}

/** Retires the signing key and makes a new one. */
export async function rotateSigningKey(ctx: Ctx) {
  requirePermission(ctx, 'documents.configure');
  return inTransaction(ctx, async (tx) => {
    const keyId = await rotateKey(tx, ctx.now());
    await recordAudit(tx, ctx, { action: 'document.key.rotate', detail: { keyId } });
    return { keyId };
  });
}

/** Revokes a signing key (e.g. compromised): its seals stop verifying. */
export async function revokeSigningKey(ctx: Ctx, keyId: string, reason: string) {
  requirePermission(ctx, 'documents.configure');
  return inTransaction(ctx, async (tx) => {
    await revokeKey(tx, keyId, reason, ctx.now());
    await recordAudit(tx, ctx, { action: 'document.key.revoke', detail: { keyId, reason } });
    return { keyId };
  });
}
