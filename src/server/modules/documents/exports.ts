/** The register of documents as a streamed export: the register's filter and scope, holders the caller may not see left out. */
import { and } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { keysetExport } from '../../platform/export/stream';
import { documentScope, today } from './holders';
import { summaries } from './register';
import * as store from './store';
import type { RegisterFilter } from './store';
import { issuedDocuments } from './tables';

type DocumentLine = Awaited<ReturnType<typeof summaries>>[number];

/** The register of the list's filter, newest application first. */
export function registerExport(ctx: Ctx, filter: Omit<RegisterFilter, 'before' | 'limit'>) {
  requirePermission(ctx, 'documents.read');
  const scope = documentScope(ctx);
  const day = today(ctx);
  return keysetExport({
    list: 'documents.register',
    entityType: 'document',
    filter: { ...filter },
    columns: [
      { header: 'number', value: (d: DocumentLine) => d.number },
      { header: 'type', value: (d: DocumentLine) => d.type.nameEn },
      { header: 'status', value: (d: DocumentLine) => d.effectiveStatus },
      { header: 'registrationNumber', value: (d: DocumentLine) => d.person.registrationNumber },
      { header: 'surname', value: (d: DocumentLine) => d.person.surname },
      { header: 'givenNames', value: (d: DocumentLine) => d.person.givenNames },
      { header: 'office', value: (d: DocumentLine) => d.office.name },
      { header: 'requestedAt', value: (d: DocumentLine) => d.requestedAt },
      { header: 'issuedOn', value: (d: DocumentLine) => d.issuedOn },
      { header: 'expiresOn', value: (d: DocumentLine) => d.expiresOn },
    ],
    count: () => store.countRegister(ctx.db, filter, scope, day),
    read: (lastId, limit) => store.selectRegister(ctx.db, { ...filter, limit }, and(scope, rowsAfter(issuedDocuments, issuedDocuments.requestedAt, issuedDocuments.id, 'desc', lastId)), day),
    present: (rows) => summaries(ctx, [...rows]),
  });
}
