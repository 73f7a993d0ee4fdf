/**
 * A document's life after the application: approval by a second officer (number, dates, MRZ and seal),
 * print, spoiled cards, hand-over, revocation, loss or theft, and superseding by a successor.
 * Each step locks the document, checks its status, writes its event and its audit entry.
 */
import sharp from 'sharp';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, invalid, notFound, ruleViolated } from '../../platform/errors';
import { composeSeal, sealText } from '../../../common/seal';
import { listIssuedDocumentAsLost } from '../border/lost-documents';
import { actorIds } from '../people/service';
import { cardMrz, cardSealData, type CardDocument } from './card-data';
import { cardHolder, documentScope, readHolder, today, type Holder } from './holders';
import { currentSigningKey, signText } from './keys';
import { ensureNumbers, takeNumber } from './numbers';
import * as numberStore from './number-store';
import { describeDocument } from './presenter';
import { addMonths, type DocumentStatus } from './reference';
import { documentSettings } from './settings';
import * as store from './store';
import type { DocumentRow } from './store';

type Step = { action: string; fields: string[]; detail?: Record<string, unknown> };

/**
 * Runs one lifecycle step on a locked document whose status is one of `from`, then records its event
 * and audit entry and answers the document as the caller now sees it.
 */
async function step(ctx: Ctx, id: string, from: readonly DocumentStatus[], work: (tx: Tx, txCtx: Ctx, row: DocumentRow, holder: Holder) => Promise<{ row: DocumentRow } & Step>) {
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectDocument(tx, id, documentScope(ctx), true);
    if (!row) {
      throw notFound('Document');
    }
    if (!from.includes(row.status as DocumentStatus)) {
      throw conflict(`This document is ${row.status}; that step needs it to be ${from.join(' or ')}`);
    }
    const holder = await readHolder(txCtx, row.personId);
    const done = await work(tx, txCtx, row, holder);
    await store.insertEvent(tx, { documentId: id, action: done.action, actorUserId: actorIds(ctx).userId, detail: done.detail ?? {}, at: ctx.now() });
    await recordAudit(tx, ctx, { action: `document.${done.action}`, entityType: 'document', entityId: id, fields: done.fields, detail: done.detail });
    const office = await store.selectOffice(tx, done.row.siteId, undefined);
    return describeDocument(txCtx, done.row, holder, office, today(ctx));
  });
}

/** MRZ lines and the signed seal for a document with this number and these dates. */
async function cardIdentity(tx: Tx, ctx: Ctx, row: DocumentRow, holder: Holder, number: string, dates: { issuedOn: string; expiresOn: string }) {
  const type = (await store.selectType(tx, row.typeCode))!;
  const document: CardDocument = { mrzCode: type.mrzCode, typeCode: type.code, number, ...dates, issuingState: documentSettings().issuingState };
  const key = await currentSigningKey(tx, ctx.now());
  const text = sealText(cardSealData(document, cardHolder(holder), key.keyId));
  return { mrz: cardMrz(document, cardHolder(holder)), sealPayload: composeSeal(text, signText(key.key, text)), sealKeyId: key.keyId };
}

/** Approves an application (four-eyes: not by the officer who requested it): number, dates, MRZ and seal are set. */
export async function approveDocument(ctx: Ctx, id: string) {
  requirePermission(ctx, 'documents.approve');
  const me = actorIds(ctx).userId;
  const pending = await store.selectDocument(ctx.db, id, documentScope(ctx));
  if (!pending) {
    throw notFound('Document');
  }
  if (pending.requestedBy === me) {
    throw conflict('You requested this document; another officer must approve it (four-eyes rule)');
  }
  const type = (await store.selectType(ctx.db, pending.typeCode))!;
  // Outside the issuing transaction: a slow or unreachable allocator never holds the office's block locked.
  await ensureNumbers(ctx, pending.siteId, type.numberPrefix, me);
  return step(ctx, id, ['applied'], async (tx, txCtx, row, holder) => {
    if (!holder.legalStatus || !type.allowedStatuses.includes(holder.legalStatus)) {
      throw ruleViolated(`The person's legal status is now "${holder.legalStatus ?? 'none'}", which may not hold a ${type.nameEn}`);
    }
    const number = await takeNumber(tx, row.siteId, type.numberPrefix);
    const issuedOn = today(ctx);
    const dates = { issuedOn, expiresOn: addMonths(issuedOn, type.validityMonths) };
    const identity = await cardIdentity(tx, txCtx, row, holder, number, dates);
    const updated = await store.updateDocument(tx, id, { status: 'approved', number, ...dates, ...identity, approvedBy: me, approvedAt: ctx.now() });
    return { row: updated, action: 'approved', fields: ['status', 'number', 'issuedOn', 'expiresOn'], detail: { number } };
  });
}

/** Rejects an application, with the reason the applicant is told. */
export function rejectDocument(ctx: Ctx, id: string, reason: string) {
  requirePermission(ctx, 'documents.approve');
  return step(ctx, id, ['applied'], async (tx, _txCtx, row) => ({
    row: await store.updateDocument(tx, row.id, { status: 'rejected', statusReason: reason, endedAt: ctx.now() }),
    action: 'rejected',
    fields: ['status', 'statusReason'],
  }));
}

/** Records that the card was printed. */
export function printDocument(ctx: Ctx, id: string) {
  requirePermission(ctx, 'documents.issue');
  return step(ctx, id, ['approved'], async (tx, _txCtx, row) => {
    if (row.expiresOn !== null && row.expiresOn < today(ctx)) {
      throw conflict('This document expired before it was printed; reject it and apply again');
    }
    return {
      row: await store.updateDocument(tx, row.id, { status: 'printed', printedAt: ctx.now(), printCount: row.printCount + 1 }),
      action: 'printed',
      fields: ['status'],
      detail: { number: row.number, print: row.printCount + 1 },
    };
  });
}

/** A printed card was spoiled: its number is recorded as spoiled and the document gets a new number to print. */
export async function spoilCard(ctx: Ctx, id: string, reason: string) {
  requirePermission(ctx, 'documents.issue');
  const printed = await store.selectDocument(ctx.db, id, documentScope(ctx));
  if (!printed) {
    throw notFound('Document');
  }
  const type = (await store.selectType(ctx.db, printed.typeCode))!;
  await ensureNumbers(ctx, printed.siteId, type.numberPrefix, actorIds(ctx).userId);
  return step(ctx, id, ['printed'], async (tx, txCtx, row, holder) => {
    await numberStore.insertSpoiled(tx, { number: row.number!, documentId: row.id, siteId: row.siteId, reason, by: actorIds(ctx).userId });
    const number = await takeNumber(tx, row.siteId, type.numberPrefix);
    const identity = await cardIdentity(tx, txCtx, row, holder, number, { issuedOn: row.issuedOn!, expiresOn: row.expiresOn! });
    const updated = await store.updateDocument(tx, row.id, { status: 'approved', number, ...identity });
    return { row: updated, action: 'spoiled', fields: ['number'], detail: { spoiled: row.number, number, reason } };
  });
}

const RECEIPT_MAX_BYTES = 512 * 1024;

/** A signature or photo of receipt, given as a data URL: re-encoded as PNG so only pixels are kept. */
async function receiptImage(dataUrl: string): Promise<string> {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!match) {
    throw invalid('The receipt must be a PNG or JPEG image', [{ field: 'receiptImage', message: 'PNG or JPEG data URL' }]);
  }
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length > RECEIPT_MAX_BYTES) {
    throw invalid(`The receipt image is larger than ${RECEIPT_MAX_BYTES / 1024} kB`, [{ field: 'receiptImage', message: 'Too large' }]);
  }
  try {
    const png = await sharp(bytes, { limitInputPixels: 4_000_000 }).resize({ width: 800, height: 800, fit: 'inside', withoutEnlargement: true }).png().toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    throw invalid('The receipt image cannot be read', [{ field: 'receiptImage', message: 'Not an image' }]);
  }
}

/** Hands the card over to its holder; a renewed or replaced predecessor is superseded now. */
export async function handOverDocument(ctx: Ctx, id: string, input: { receivedBy?: string | null; note?: string | null; receiptImage?: string | null }) {
  requirePermission(ctx, 'documents.issue');
  const receipt = input.receiptImage ? await receiptImage(input.receiptImage) : null;
  return step(ctx, id, ['printed'], async (tx, _txCtx, row) => {
    if (row.expiresOn !== null && row.expiresOn < today(ctx)) {
      throw conflict('This document has expired; it cannot be handed over');
    }
    const me = actorIds(ctx).userId;
    const updated = await store.updateDocument(tx, row.id, { status: 'handed-over', handedOverAt: ctx.now(), handedOverBy: me, receivedBy: input.receivedBy ?? null, receiptImage: receipt });
    const predecessorId = row.renewsId ?? (row.replaceReason === 'damaged' ? row.replacesId : null);
    if (predecessorId) {
      const old = await store.selectDocument(tx, predecessorId, undefined, true);
      if (old && ['approved', 'printed', 'handed-over'].includes(old.status)) {
        await store.updateDocument(tx, old.id, { status: 'superseded', supersededById: row.id, endedAt: ctx.now(), statusReason: row.renewsId ? 'renewed' : 'replaced' });
        await store.insertEvent(tx, { documentId: old.id, action: 'superseded', actorUserId: me, detail: { by: row.number } });
      }
    }
    return { row: updated, action: 'handed-over', fields: ['status', 'receivedBy', 'receipt'], detail: { note: input.note ?? undefined } };
  });
}

/** Revokes a document; its number goes onto the border's lost/stolen list as revoked. */
export function revokeDocument(ctx: Ctx, id: string, reason: string) {
  requirePermission(ctx, 'documents.approve');
  return step(ctx, id, ['approved', 'printed', 'handed-over'], async (tx, txCtx, row) => {
    await listIssuedDocumentAsLost(txCtx, { number: row.number!, issuingState: documentSettings().issuingState, reason: 'revoked', reportedAt: today(ctx) });
    return { row: await store.updateDocument(tx, row.id, { status: 'revoked', statusReason: reason, endedAt: ctx.now() }), action: 'revoked', fields: ['status', 'statusReason'] };
  });
}

/** The holder reports the document lost or stolen: it ends, and goes onto the border's lost/stolen list. */
export function reportDocumentLost(ctx: Ctx, id: string, input: { kind: 'lost' | 'stolen'; reportedOn?: string | null }) {
  requirePermission(ctx, 'documents.issue');
  const reportedOn = input.reportedOn ?? today(ctx);
  if (reportedOn > today(ctx)) {
    throw invalid('The report date is in the future', [{ field: 'reportedOn', message: `After ${today(ctx)}` }]);
  }
  return step(ctx, id, ['handed-over'], async (tx, txCtx, row) => {
    await listIssuedDocumentAsLost(txCtx, { number: row.number!, issuingState: documentSettings().issuingState, reason: input.kind, reportedAt: reportedOn });
    const status = input.kind === 'lost' ? 'reported-lost' : 'reported-stolen';
    return { row: await store.updateDocument(tx, row.id, { status, statusReason: `${input.kind} (reported ${reportedOn})`, endedAt: ctx.now() }), action: status, fields: ['status'] };
  });
}
