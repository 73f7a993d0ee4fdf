/**
 * The documents module's part of a subject-access export: every temporary identity document applied for
 * or issued to the person, with its life (applied, approved, printed, handed over, renewed, replaced,
 * revoked) and the data printed on it (MRZ). Whether a signed receipt image is held is said, the image
 * itself stays in the register.
 */
import { asc, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, type SubjectAccessPart } from '../privacy/contract';
import { iso, siteNames } from '../privacy/reference-names';
import { documentEvents, documentTypes, issuedDocuments } from './tables';

/** What the document register holds about these person records. */
export async function subjectAccessDocuments(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const rows = await ctx.db.select().from(issuedDocuments).where(inArray(issuedDocuments.personId, [...personIds])).orderBy(asc(issuedDocuments.requestedAt));
  const ids = rows.map((d) => d.id);
  const events = ids.length > 0 ? await ctx.db.select().from(documentEvents).where(inArray(documentEvents.documentId, ids)).orderBy(asc(documentEvents.at)) : [];
  const types = new Map((await ctx.db.select({ code: documentTypes.code, name: documentTypes.nameEn }).from(documentTypes)).map((t) => [t.code, t.name]));
  const offices = await siteNames(ctx.db, rows.map((d) => d.siteId));
  const data = {
    documents: rows.map((d) => ({
      type: types.get(d.typeCode) ?? d.typeCode,
      number: d.number,
      status: d.status,
      office: offices.get(d.siteId) ?? null,
      requestedAt: iso(d.requestedAt),
      approvedAt: iso(d.approvedAt),
      printedAt: iso(d.printedAt),
      handedOverAt: iso(d.handedOverAt),
      receivedBy: d.receivedBy,
      receiptImageHeld: d.receiptImage !== null,
      issuedOn: d.issuedOn,
      expiresOn: d.expiresOn,
      fee: d.fee,
      note: d.note,
      endedAt: iso(d.endedAt),
      statusReason: d.statusReason,
      replaceReason: d.replaceReason,
      renewalCount: d.renewalCount,
      mrz: d.mrz,
      history: events.filter((e) => e.documentId === d.id).map((e) => ({ at: iso(e.at), action: e.action })),
    })),
  };
  return { module: 'documents', data, counts: countSections(data), withheld: [] };
}
