/**
 * The lost/stolen documents list: documents added one by one or from a CSV, taken off the list again,
 * and matched at the border by exact number and issuing state. Every change is audited.
 */
import { can, requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, forbidden, invalid, notFound } from '../../platform/errors';
import { actorIds } from '../people/service';
import { normaliseDocumentNumber } from './crossing-input';
import { readLostDocumentsCsv } from './lost-documents-csv';
import * as store from './lost-document-store';
import type { LostDocumentReason } from './reference';
import { localDay } from './travel-days';
import { rowErrorsAsFields } from './watchlist-csv';

export interface LostDocumentInput {
  number: string;
  issuingState: string;
  reason: LostDocumentReason;
  reportedAt?: string | null;
  source?: string | null;
}

/** Today at the border (report dates are border days). */
const today = (ctx: Ctx) => localDay(ctx.now());

/** Lists one document as lost or stolen (a deactivated one is listed again). */
export async function addLostDocument(ctx: Ctx, input: LostDocumentInput) {
  requirePermission(ctx, 'border.watchlists.manage');
  const number = normaliseDocumentNumber(input.number);
  const reportedAt = input.reportedAt ?? today(ctx);
  if (reportedAt > today(ctx)) {
    throw invalid('The report date is in the future', [{ field: 'reportedAt', message: `After ${today(ctx)}` }]);
  }
  return inTransaction(ctx, async (tx) => {
    const existing = await store.selectLostDocument(tx, number, input.issuingState);
    if (existing?.active) {
      throw conflict(`${number} (${input.issuingState}) is already on the list as ${existing.reason}`);
    }
    await store.upsertLostDocuments(tx, [{ number, issuingState: input.issuingState, reason: input.reason, reportedAt, source: input.source ?? null, createdBy: actorIds(ctx).userId }]);
    const row = (await store.selectLostDocument(tx, number, input.issuingState))!;
    await recordAudit(tx, ctx, { action: 'border.lost-document.add', entityType: 'lost-document', entityId: row.id, fields: ['number', 'issuingState', 'reason'] });
    return row;
  });
}

/**
 * Lists a document our own authority issued as lost or stolen, when its holder reports it to an issuing
 * office, or it is revoked: document officers do not manage the border's lists, so this asks for a documents permission.
 * A document already listed stays as it is.
 */
export async function listIssuedDocumentAsLost(ctx: Ctx, input: { number: string; issuingState: string; reason: 'lost' | 'stolen' | 'revoked'; reportedAt: string }) {
  if (!can(ctx, 'documents.issue') && !can(ctx, 'documents.approve')) {
    throw forbidden();
  }
  return inTransaction(ctx, async (tx) => {
    const existing = await store.selectLostDocument(tx, input.number, input.issuingState);
    if (!existing?.active) {
      await store.upsertLostDocuments(tx, [{ ...input, source: 'issued documents register', createdBy: actorIds(ctx).userId }]);
    }
    const row = (await store.selectLostDocument(tx, input.number, input.issuingState))!;
    await recordAudit(tx, ctx, { action: 'border.lost-document.add', entityType: 'lost-document', entityId: row.id, fields: ['number', 'issuingState', 'reason'], detail: { source: 'documents' } });
    return row;
  });
}

/** Takes a document off the list; alerts it raised keep pointing at it. */
export async function deactivateLostDocument(ctx: Ctx, id: string) {
  requirePermission(ctx, 'border.watchlists.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.deactivateLostDocument(tx, id, actorIds(ctx).userId, ctx.now());
    if (!row) {
      if (await store.selectLostDocumentById(tx, id)) {
        throw conflict('This document is already off the list');
      }
      throw notFound('Listed document');
    }
    await recordAudit(tx, ctx, { action: 'border.lost-document.deactivate', entityType: 'lost-document', entityId: id, fields: ['active'] });
    return row;
  });
}

/** Looks a document up on the list (audited: a document number is personal data). */
export async function findLostDocument(ctx: Ctx, number: string, issuingState: string) {
  requirePermission(ctx, 'border.watchlists.manage');
  return inTransaction(ctx, async (tx) => {
    const row = await store.selectLostDocument(tx, normaliseDocumentNumber(number), issuingState);
    await recordAudit(tx, ctx, { action: 'border.lost-document.read', entityType: 'lost-document', entityId: row?.id, fields: ['number', 'issuingState'] });
    return { document: row ?? null };
  });
}

const PREVIEW_ROWS = 10;
const ERRORS_SHOWN = 100;

/**
 * Imports a CSV of lost/stolen documents: each row lists its document (again). The dry run answers the
 * counts, the first rows and every row error, and writes nothing; a file with any bad row is refused
 * whole, naming the rows, so a typo never half-imports a list.
 */
export async function importLostDocuments(ctx: Ctx, csv: string, options: { dryRun: boolean; fileName?: string | null }) {
  requirePermission(ctx, 'border.watchlists.manage');
  const { rows, errors } = readLostDocumentsCsv(csv, today(ctx));
  const summary = { rows: rows.length, errorCount: errors.length, errors: errors.slice(0, ERRORS_SHOWN) };
  if (options.dryRun) {
    await inTransaction(ctx, (tx) => recordAudit(tx, ctx, { action: 'border.lost-documents.preview', entityType: 'lost-document', detail: { rows: rows.length, errors: errors.length, fileName: options.fileName ?? null } }));
    return { dryRun: true, ...summary, firstRows: rows.slice(0, PREVIEW_ROWS), added: 0, updated: 0 };
  }
  if (errors.length > 0 || rows.length === 0) {
    throw invalid(
      rows.length === 0 && errors.length === 0 ? 'The file lists no documents' : `${errors.length} row(s) have errors; nothing was imported. Fix them and upload the file again.`,
      rowErrorsAsFields(errors),
    );
  }
  const createdBy = actorIds(ctx).userId;
  return inTransaction(ctx, async (tx) => {
    let added = 0;
    let updated = 0;
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000).map((r) => ({ number: r.number, issuingState: r.issuingState, reason: r.reason, reportedAt: r.reportedAt, source: r.source, createdBy }));
      const counts = await store.upsertLostDocuments(tx, batch);
      added += counts.added;
      updated += counts.updated;
    }
    await recordAudit(tx, ctx, { action: 'border.lost-documents.import', entityType: 'lost-document', detail: { rows: rows.length, added, updated, fileName: options.fileName ?? null } });
    return { dryRun: false, ...summary, firstRows: rows.slice(0, PREVIEW_ROWS), added, updated };
  });
}
