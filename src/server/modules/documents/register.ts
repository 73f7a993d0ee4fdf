/** Reading documents: one document, the register with its filters, a person's documents, counts per office, the card PDF. */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { stateName } from '../../../common/mrz';
import { renderCard } from './card';
import { cardHolder, documentScope, holderPhoto, readHolder, today, visibleHolders } from './holders';
import { holderMrzNames } from './card-data';
import { describeDocument, summariseDocument } from './presenter';
import { documentSettings } from './settings';
import * as store from './store';
import type { RegisterFilter } from './store';

/** One document with its timeline (audited). */
export async function getDocument(ctx: Ctx, id: string) {
  requirePermission(ctx, 'documents.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectDocument(tx, id, documentScope(ctx));
    if (!row) {
      throw notFound('Document');
    }
    const holder = await readHolder(txCtx, row.personId);
    await recordAudit(tx, ctx, { action: 'document.read', entityType: 'document', entityId: id, fields: ['number', 'person', 'status', 'seal'] });
    return describeDocument(txCtx, row, holder, await store.selectOffice(tx, row.siteId, undefined), today(ctx));
  });
}

/** Rows as list summaries, leaving out documents of persons the caller may not see. */
export async function summaries(ctx: Ctx, rows: store.DocumentRow[]) {
  const holders = await visibleHolders(ctx, rows.map((r) => r.personId));
  const types = new Map((await store.selectTypes(ctx.db)).map((t) => [t.code, t]));
  const offices = new Map((await store.selectOffices(ctx.db, undefined)).map((o) => [o.id, o]));
  const day = today(ctx);
  return rows.flatMap((row) => {
    const holder = holders.get(row.personId);
    return holder ? [summariseDocument(row, types.get(row.typeCode), holder, offices.get(row.siteId), day)] : [];
  });
}

/** Cursor of the register: the last row's request time and id. */
function readCursor(cursor: string | undefined): RegisterFilter['before'] {
  if (!cursor) {
    return undefined;
  }
  const [at, id] = cursor.split('_');
  const time = new Date(at ?? '');
  if (!id || Number.isNaN(time.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw invalid('The page cursor is not valid; start from the first page', [{ field: 'cursor', message: 'Not a cursor' }]);
  }
  return { at: time, id };
}

/** The register: documents by office, type, status, issue period, number prefix or person (audited with its filter). */
export async function listDocuments(ctx: Ctx, query: Omit<RegisterFilter, 'before' | 'limit'> & { cursor?: string; limit?: number }) {
  requirePermission(ctx, 'documents.read');
  const limit = query.limit ?? 50;
  return inTransaction(ctx, async (tx, txCtx) => {
    const rows = await store.selectRegister(tx, { ...query, before: readCursor(query.cursor), limit }, documentScope(ctx), today(ctx));
    const documents = await summaries(txCtx, rows);
    await recordAudit(tx, ctx, { action: 'document.list', entityType: 'document', fields: ['number', 'person', 'status'], detail: { filter: { ...query, cursor: undefined }, count: documents.length } });
    const last = rows.at(-1);
    return { documents, next: rows.length === limit && last ? `${last.requestedAt.toISOString()}_${last.id}` : null };
  });
}

/** A person's document history (audited). */
export async function personDocuments(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'documents.read');
  return inTransaction(ctx, async (tx, txCtx) => {
    await readHolder(txCtx, personId);
    const rows = await store.selectPersonDocuments(tx, [personId], documentScope(ctx));
    await recordAudit(tx, ctx, { action: 'document.person-history', entityType: 'person', entityId: personId, fields: ['documents'] });
    return { documents: await summaries(txCtx, rows) };
  });
}

/** Documents issued per office and type in a period, for the register and the indicators page. */
export async function documentCounts(ctx: Ctx, period: { from: string; to: string }) {
  requirePermission(ctx, 'documents.read');
  if (period.to < period.from) {
    throw invalid('The period ends before it starts', [{ field: 'to', message: 'Before from' }]);
  }
  const rows = await store.selectCounts(ctx.db, period, documentScope(ctx), today(ctx));
  const offices = new Map((await store.selectOffices(ctx.db, undefined)).map((o) => [o.id, o]));
  return {
    rows: rows.map((r) => ({
      siteId: r.site_id,
      officeName: offices.get(r.site_id)?.name ?? '',
      type: r.type_code,
      issued: r.issued,
      handedOver: r.handed_over,
      revoked: r.revoked,
      reportedLost: r.reported_lost,
      expired: r.expired,
    })),
  };
}

/** The signature or photo taken at hand-over, as PNG (audited). */
export async function receiptOf(ctx: Ctx, id: string): Promise<Buffer> {
  requirePermission(ctx, 'documents.read');
  return inTransaction(ctx, async (tx) => {
    const row = await store.selectDocument(tx, id, documentScope(ctx));
    if (!row?.receiptImage) {
      throw notFound('Receipt');
    }
    await recordAudit(tx, ctx, { action: 'document.receipt.read', entityType: 'document', entityId: id, fields: ['receipt'] });
    return Buffer.from(row.receiptImage.replace(/^data:image\/png;base64,/, ''), 'base64');
  });
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 2026-12-06 → 06.12.2026; partial dates keep what is known (1985-03 → 03.1985). */
function printedDate(date: string | null): string {
  if (!date) {
    return '—';
  }
  const full = DAY.exec(date);
  return full ? `${full[3]}.${full[2]}.${full[1]}` : date.split('-').reverse().join('.');
}

/** The card as a PDF, for an approved or printed document (audited: it carries the holder's data and photo). */
export async function cardPdf(ctx: Ctx, id: string, verifyUrl: string) {
  requirePermission(ctx, 'documents.issue');
  return inTransaction(ctx, async (tx, txCtx) => {
    const row = await store.selectDocument(tx, id, documentScope(ctx));
    if (!row) {
      throw notFound('Document');
    }
    if (row.status !== 'approved' && row.status !== 'printed') {
      throw conflict(`The card can be produced for an approved or printed document; this one is ${row.status}`);
    }
    const holder = await readHolder(txCtx, row.personId);
    const type = (await store.selectType(tx, row.typeCode))!;
    const office = await store.selectOffice(tx, row.siteId, undefined);
    const names = holderMrzNames(cardHolder(holder));
    const state = documentSettings().issuingState;
    await recordAudit(tx, ctx, { action: 'document.card', entityType: 'document', entityId: id, fields: ['card'] });
    return renderCard({
      stateNameRo: state === 'ROU' ? 'ROMÂNIA' : (stateName(state) ?? state).toUpperCase(),
      stateNameEn: (stateName(state) ?? state).toUpperCase(),
      typeNameRo: type.nameRo,
      typeNameEn: type.nameEn,
      surname: names.surname.replace(/</g, ' '),
      givenNames: names.givenNames.replace(/</g, ' '),
      dateOfBirth: printedDate(holder.dateOfBirth),
      sex: holder.sex === 'M' || holder.sex === 'F' ? holder.sex : 'X',
      nationality: holder.nationalities[0] ?? 'XXX',
      number: row.number!,
      issuedOn: printedDate(row.issuedOn),
      expiresOn: printedDate(row.expiresOn),
      office: office?.name ?? '',
      photoJpeg: await holderPhoto(txCtx, row.personId),
      mrz: row.mrz as [string, string, string],
      sealPayload: row.sealPayload!,
      verifyUrl,
    });
  });
}
