/** How a document is shown: summary for lists, the full view with its timeline and what the caller may do next. */
import { can } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { actorIds } from '../people/service';
import { daysBefore, effectiveStatus, type DocumentStatus } from './reference';
import type { DocumentRow, DocumentTypeRow } from './store';
import * as store from './store';

export interface PersonName {
  id: string;
  registrationNumber: string;
  givenNames: string;
  surname: string;
}
export interface OfficeName {
  id: string;
  code: string;
  name: string;
}

/** The row of a list. */
export function summariseDocument(row: DocumentRow, type: DocumentTypeRow | undefined, person: PersonName, office: OfficeName | undefined, today: string) {
  return {
    id: row.id,
    number: row.number,
    type: { code: row.typeCode, nameEn: type?.nameEn ?? row.typeCode, nameRo: type?.nameRo ?? row.typeCode },
    status: row.status as DocumentStatus,
    effectiveStatus: effectiveStatus(row, today),
    person: { id: person.id, registrationNumber: person.registrationNumber, givenNames: person.givenNames, surname: person.surname },
    office: { siteId: row.siteId, code: office?.code ?? '', name: office?.name ?? '' },
    requestedAt: row.requestedAt,
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
  };
}

/** What the caller may do with the document now (the screens show only these actions). */
export function documentActions(ctx: Ctx, row: DocumentRow, type: DocumentTypeRow | undefined, openSuccessor: boolean, today: string) {
  const me = actorIds(ctx).userId;
  const issue = can(ctx, 'documents.issue');
  const approve = can(ctx, 'documents.approve');
  const status = row.status as DocumentStatus;
  const current = effectiveStatus(row, today);
  const handedOver = status === 'handed-over';
  const renewable =
    !!type?.renewable && row.renewalCount < type.maxRenewals && row.expiresOn !== null && today >= daysBefore(row.expiresOn, type.renewalWindowDays);
  return {
    approve: approve && status === 'applied' && row.requestedBy !== me,
    reject: approve && status === 'applied',
    print: issue && status === 'approved' && current !== 'expired',
    spoil: issue && status === 'printed',
    handOver: issue && status === 'printed' && current !== 'expired',
    revoke: approve && ['approved', 'printed', 'handed-over'].includes(status),
    reportLost: issue && handedOver,
    renew: issue && handedOver && renewable && !openSuccessor,
    replace: issue && (handedOver || status === 'reported-lost' || status === 'reported-stolen') && !openSuccessor,
  };
}

/** The full view of one document (inside the caller's transaction). */
export async function describeDocument(ctx: Ctx, row: DocumentRow, person: PersonName, office: OfficeName | undefined, today: string) {
  const type = await store.selectType(ctx.db, row.typeCode);
  const events = await store.selectEvents(ctx.db, row.id);
  const linkedIds = [row.renewsId, row.replacesId, row.supersededById].filter((id): id is string => id !== null);
  const linked = new Map<string, string | null>();
  for (const id of linkedIds) {
    linked.set(id, (await store.selectDocument(ctx.db, id, undefined))?.number ?? null);
  }
  const openSuccessor = (await store.selectOpenSuccessor(ctx.db, row.id)) !== undefined;
  const names = await store.selectUserNames(ctx.db, [row.requestedBy, row.approvedBy, ...events.map((e) => e.actorUserId)]);
  const link = (id: string | null) => (id ? { id, number: linked.get(id) ?? null } : null);
  return {
    ...summariseDocument(row, type, person, office, today),
    fee: row.fee,
    note: row.note,
    requestedBy: { id: row.requestedBy, name: names.get(row.requestedBy) ?? '' },
    approvedBy: row.approvedBy ? { id: row.approvedBy, name: names.get(row.approvedBy) ?? '' } : null,
    approvedAt: row.approvedAt,
    printedAt: row.printedAt,
    printCount: row.printCount,
    handedOverAt: row.handedOverAt,
    receivedBy: row.receivedBy,
    hasReceipt: row.receiptImage !== null,
    revokedAt: row.status === 'revoked' ? row.endedAt : null,
    statusReason: row.statusReason,
    renews: link(row.renewsId),
    replaces: row.replacesId ? { ...link(row.replacesId)!, reason: row.replaceReason } : null,
    supersededBy: link(row.supersededById),
    mrz: row.mrz as [string, string, string] | null,
    sealPayload: row.sealPayload,
    events: events.map((e) => ({ at: e.at, action: e.action, actorName: e.actorUserId ? (names.get(e.actorUserId) ?? '') : '', detail: e.detail })),
    can: documentActions(ctx, row, type, openSuccessor, today),
  };
}
