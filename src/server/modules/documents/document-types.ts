/** Document types as configuration: validity, renewal rules, who may hold them, fee, MRZ code and number series. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { LegalStatus } from '../people/reference';
import * as store from './store';

export interface DocumentTypeInput {
  code: string;
  nameEn: string;
  nameRo: string;
  mrzCode: string;
  numberPrefix: string;
  validityMonths: number;
  renewable: boolean;
  maxRenewals: number;
  renewalWindowDays: number;
  allowedStatuses: LegalStatus[];
  feeAmount: number;
  feeCurrency: string;
  active: boolean;
}

/** Every document type. */
export async function listDocumentTypes(ctx: Ctx) {
  requirePermission(ctx, 'documents.read');
  return { types: await store.selectTypes(ctx.db) };
}

function checkRules(input: Omit<DocumentTypeInput, 'code'>) {
  if (input.allowedStatuses.length === 0) {
    throw invalid('Name at least one legal status that may hold this document', [{ field: 'allowedStatuses', message: 'At least one' }]);
  }
  if (!input.renewable && input.maxRenewals > 0) {
    throw invalid('A type that cannot be renewed has no renewals', [{ field: 'maxRenewals', message: 'Must be 0 when not renewable' }]);
  }
}

/** Adds a document type. */
export async function createDocumentType(ctx: Ctx, input: DocumentTypeInput) {
  requirePermission(ctx, 'documents.configure');
  checkRules(input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.insertType(tx, input);
    if (!row) {
      throw conflict(`A document type with code ${input.code} exists already`);
    }
    await recordAudit(tx, ctx, { action: 'document.type.create', entityType: 'document-type', detail: { code: input.code } });
    return row;
  });
}

/** Changes a document type; documents already issued keep the dates and number they got. */
export async function updateDocumentType(ctx: Ctx, code: string, input: Omit<DocumentTypeInput, 'code'>) {
  requirePermission(ctx, 'documents.configure');
  checkRules(input);
  return inTransaction(ctx, async (tx) => {
    const row = await store.updateType(tx, code, input);
    if (!row) {
      throw notFound('Document type');
    }
    await recordAudit(tx, ctx, { action: 'document.type.update', entityType: 'document-type', detail: { code } });
    return row;
  });
}
