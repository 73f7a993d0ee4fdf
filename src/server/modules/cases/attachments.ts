/** Attachments of a case: PDF, JPEG or PNG, at most 10 MB, the type read from the file's own first bytes. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { AppError, invalid, notFound } from '../../platform/errors';
import { sees } from './access';
import { loadCase, recordEvent, requireCaseWrite } from './case-view';
import * as parts from './parts-store';
import { ATTACHMENT_MAX_BYTES } from './reference';

/** The type of a file from its first bytes (its name and declared type are not trusted). */
export function sniffAttachmentType(data: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') {
    return 'application/pdf';
  }
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'image/jpeg';
  }
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  return null;
}

/** Stores an uploaded file on a case. */
export async function addAttachment(ctx: Ctx, caseId: string, file: { name: string; data: Buffer }) {
  requirePermission(ctx, 'cases.write');
  if (file.data.length > ATTACHMENT_MAX_BYTES) {
    throw new AppError(
      'payload_too_large',
      413,
      `The file is larger than ${ATTACHMENT_MAX_BYTES / 1048576} MB`,
      [{ field: 'file', message: `At most ${ATTACHMENT_MAX_BYTES / 1048576} MB` }],
    );
  }
  const contentType = sniffAttachmentType(file.data);
  if (!contentType) {
    throw invalid('Attach a PDF, JPEG or PNG file (the file’s content is none of these)', [
      { field: 'file', message: 'PDF, JPEG or PNG only' },
    ]);
  }
  return inTransaction(ctx, async (tx, txCtx) => {
    const loaded = await loadCase(tx, txCtx, caseId, { lock: true });
    requireCaseWrite(ctx, loaded);
    const name = file.name.replace(/[\\/]|\p{Cc}/gu, '_').slice(0, 200) || 'attachment';
    const row = await parts.insertAttachment(tx, {
      caseId,
      name,
      contentType,
      size: file.data.length,
      data: file.data,
      uploadedBy: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    });
    await recordEvent(tx, txCtx, caseId, 'attachment.add', { name, size: file.data.length });
    await recordAudit(tx, ctx, {
      action: 'cases.attachment.add',
      entityType: 'case',
      entityId: caseId,
      fields: ['attachments'],
      detail: { attachmentId: row.id, size: file.data.length },
    });
    return { ...row, createdAt: row.createdAt.toISOString(), url: `/api/cases/attachments/${row.id}` };
  });
}

/** An attachment's file, for a caller who sees the attachments of its case (audited). */
export async function getAttachment(ctx: Ctx, id: string) {
  requirePermission(ctx, 'cases.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await parts.selectAttachment(tx, id);
    if (!row) {
      throw notFound('Attachment');
    }
    const loaded = await loadCase(tx, txCtx, row.caseId).catch(() => {
      throw notFound('Attachment');
    });
    if (!sees(loaded.access, 'attachments')) {
      throw notFound('Attachment');
    }
    await recordAudit(tx, ctx, {
      action: 'cases.attachment.read',
      entityType: 'case',
      entityId: row.caseId,
      fields: ['attachments'],
      detail: { attachmentId: id },
    });
    return { name: row.name, contentType: row.contentType, data: row.data };
  });
}
