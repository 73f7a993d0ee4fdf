/**
 * Subject-access exports: everything held about one person across the modules, as a ZIP with one JSON
 * file per module, the files held (photo, case attachments), a manifest and a PDF summary. Made by a
 * holder of `privacy.subject-access` for a stated purpose, in one read transaction, audited once (who,
 * whom, why, which modules, what was withheld). Records needing a clearance the officer lacks are
 * withheld and counted: the export is complete only for an officer cleared for everything it touches.
 */
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { requirePermission } from '../../platform/access/policy';
import { requirePurpose, normalisePurpose } from '../../platform/access/purpose';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { subjectAccessAsylum } from '../asylum/subject-access';
import { subjectAccessBorder } from '../border/subject-access';
import { subjectAccessCases } from '../cases/subject-access';
import { subjectAccessDocuments } from '../documents/subject-access';
import { visiblePersonSummaries } from '../people/service';
import { subjectAccessPeople, subjectRecordIds } from '../people/subject-access';
import { subjectAccessReception } from '../reception/subject-access';
import type { SubjectAccessPart } from './contract';
import { renderSummaryPdf } from './summary-pdf';

/** The contributing modules, in the order of the archive. */
const CONTRIBUTORS = [subjectAccessPeople, subjectAccessBorder, subjectAccessReception, subjectAccessAsylum, subjectAccessCases, subjectAccessDocuments];

export interface SubjectAccessExport {
  exportId: string;
  fileName: string;
  zip: Buffer;
  complete: boolean;
}

function officerLabel(ctx: Ctx): string {
  switch (ctx.actor.kind) {
    case 'user':
      return `${ctx.actor.displayName} (${ctx.actor.username})`;
    case 'system':
      return `system:${ctx.actor.label}`;
    case 'apiKey':
      return `api-key:${ctx.actor.apiKeyId}`;
    case 'anonymous':
      return 'anonymous';
  }
}

/**
 * Builds the export of the person `personId` (records merged into them included). A person the officer
 * may not see is not found (before any purpose is asked); no purpose (body or `X-Purpose`) answers 428.
 */
export async function exportSubjectAccess(ctx: Ctx, personId: string, purpose?: string | null): Promise<SubjectAccessExport> {
  requirePermission(ctx, 'privacy.subject-access');
  const person = (await visiblePersonSummaries(ctx, [personId])).get(personId);
  if (!person) {
    throw notFound('Person');
  }
  const withPurpose: Ctx = { ...ctx, purpose: normalisePurpose(purpose) ?? ctx.purpose };
  requirePurpose(withPurpose, 'a subject-access export');
  const exportId = randomUUID();
  const exportedAt = withPurpose.now().toISOString();
  const parts = await inTransaction(withPurpose, async (tx, txCtx) => {
    const ids = await subjectRecordIds(txCtx, personId);
    const collected: SubjectAccessPart[] = [];
    for (const contribute of CONTRIBUTORS) {
      collected.push(await contribute(txCtx, ids));
    }
    await recordAudit(tx, withPurpose, {
      action: 'privacy.subject-access.export',
      entityType: 'person',
      entityId: personId,
      fields: collected.map((p) => p.module),
      detail: {
        exportId,
        records: ids.length,
        files: collected.reduce((n, p) => n + (p.files?.length ?? 0), 0),
        withheld: collected.flatMap((p) => p.withheld.map((w) => ({ module: p.module, section: w.section, count: w.count, labels: w.labels }))),
      },
    });
    return collected;
  });
  const complete = parts.every((p) => p.withheld.length === 0);
  const name = [person.givenNames, person.surname].filter(Boolean).join(' ') || person.registrationNumber;
  const manifest = {
    exportId,
    exportedAt,
    officer: officerLabel(ctx),
    purpose: withPurpose.purpose,
    person: { registrationNumber: person.registrationNumber, name },
    complete,
    files: [...parts.map((p) => `${p.module}.json`), 'summary.pdf'],
    withheld: parts.flatMap((p) => p.withheld.map((w) => ({ module: p.module, ...w }))),
  };
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  for (const part of parts) {
    zip.file(`${part.module}.json`, JSON.stringify({ module: part.module, person: person.registrationNumber, exportedAt, data: part.data, withheld: part.withheld }, null, 2));
    for (const file of part.files ?? []) {
      zip.file(`files/${part.module}/${file.name}`, file.data);
    }
  }
  const pdf = await renderSummaryPdf({
    exportId,
    exportedAt,
    officer: officerLabel(ctx),
    purpose: withPurpose.purpose!,
    person: { registrationNumber: person.registrationNumber, name, originalName: person.originalName, dateOfBirth: person.dateOfBirth, nationalities: person.nationalities },
    parts,
  });
  zip.file('summary.pdf', pdf);
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { exportId, fileName: `subject-access-${person.registrationNumber}-${exportedAt.slice(0, 10)}.zip`, zip: buffer, complete };
}
