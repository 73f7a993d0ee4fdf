/**
 * Identity documents as they come in, typed or read from the MRZ: the MRZ is parsed and checked on the
 * server again (never trusted from the browser); fields the MRZ disagrees with, expiry and check-digit
 * failures are flagged, and an MRZ with a wrong check digit is refused with the precise reason. Also the
 * history row and audit entry of a document added, shared by adding one and registering with one.
 */
import type { Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { documentKindOf, parseMrz } from '../../../common/mrz';
import type { MrzParseResult } from '../../../common/mrz';
import type { DocumentKind } from './reference';
import type { identityDocuments } from './tables';

export interface DocumentInput {
  kind: DocumentKind;
  number: string;
  issuingState: string;
  surname?: string | null;
  givenNames?: string | null;
  nationality?: string | null;
  dateOfBirth?: string | null;
  sex?: string | null;
  issueDate?: string | null;
  expiryDate?: string | null;
  mrz?: string | null;
}

type ReadDocument = Extract<MrzParseResult, { ok: true }>['document'];

/** Reads an MRZ for the form: the fields it gives, its checks and warnings. No personal data is stored. */
export function readMrz(ctx: Ctx, mrz: string) {
  return parseMrz(mrz, { today: ctx.now() });
}

/** The MRZ's value for each typed field, to compare against what the person typed. */
function mrzValues(document: ReadDocument): Partial<Record<keyof DocumentInput, string | null>> {
  return {
    kind: documentKindOf(document.documentType),
    number: document.documentNumber,
    issuingState: document.issuingState,
    surname: document.surname,
    givenNames: document.givenNames,
    nationality: document.nationality,
    dateOfBirth: document.dateOfBirth,
    sex: document.sex,
    expiryDate: document.expiryDate,
  };
}

function normalised(value: string | null | undefined): string {
  return (value ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/[^A-Z0-9<-]/g, '');
}

/** A document checked against its MRZ, ready to be stored for a person. */
export interface CheckedDocument {
  row: Omit<typeof identityDocuments.$inferInsert, 'personId' | 'recordedBy'>;
  flags: string[];
}

/**
 * Reads the MRZ again, if any, and checks the document: an unreadable MRZ or a wrong check digit is
 * refused with the precise reason; typed fields the MRZ disagrees with, a missing MRZ and expiry are
 * flagged. Writes nothing.
 */
export function checkDocument(ctx: Ctx, input: DocumentInput): CheckedDocument {
  const flags: string[] = [];
  let resolved: DocumentInput = { ...input };
  let format: string | null = null;
  let mrzLines: string | null = null;
  if (input.mrz?.trim()) {
    const read = readMrz(ctx, input.mrz);
    if (!read.ok) {
      throw invalid(`The MRZ cannot be read: ${read.errors.map((e) => e.message).join('; ')}`, read.errors.map((e) => ({ field: 'mrz', message: e.message })));
    }
    const failed = read.checks.filter((c) => !c.ok);
    if (failed.length > 0) {
      throw invalid(
        `The MRZ has a wrong check digit: ${failed.map((c) => c.message).join('; ')}. Scan it again or correct the misread character.`,
        failed.map((c) => ({ field: 'mrz', message: c.message })),
      );
    }
    const fromMrz = mrzValues(read.document);
    for (const [field, value] of Object.entries(fromMrz) as [keyof DocumentInput, string | null][]) {
      const typed = input[field];
      if (typed && value && normalised(typed) !== normalised(value)) {
        flags.push(`mismatch:${field}`);
      }
    }
    resolved = { ...fromMrz, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined && v !== '')) } as DocumentInput;
    format = read.document.format;
    mrzLines = read.document.lines.join('\n');
    if (read.flags.expired) {
      flags.push('expired');
    }
  } else {
    flags.push('no-mrz');
  }
  if (!resolved.number?.trim()) {
    throw invalid('The document number is missing', [{ field: 'number', message: 'Required' }]);
  }
  if (resolved.expiryDate && !input.mrz && resolved.expiryDate < ctx.now().toISOString().slice(0, 10)) {
    flags.push('expired');
  }
  return {
    row: {
      kind: resolved.kind,
      number: resolved.number.trim().toUpperCase(),
      issuingState: resolved.issuingState.toUpperCase(),
      surname: resolved.surname ?? null,
      givenNames: resolved.givenNames ?? null,
      nationality: resolved.nationality ?? null,
      dateOfBirth: resolved.dateOfBirth ?? null,
      sex: resolved.sex ?? null,
      issueDate: resolved.issueDate ?? null,
      expiryDate: resolved.expiryDate ?? null,
      mrz: mrzLines,
      mrzFormat: format,
      flags,
    },
    flags,
  };
}

/** The history row of a document added to a person. */
export function documentAdded(personId: string, documentId: string, flags: string[], actor: { userId: string | null; label: string }) {
  return { personId, actorUserId: actor.userId, actorLabel: actor.label, action: 'document-added', detail: { documentId, flags } };
}

/** The audit entry of a document added to a person. */
export function documentAddedAudit(personId: string, flags: string[]) {
  return { action: 'person.document.add', entityType: 'person', entityId: personId, fields: ['documents'], detail: { flags } };
}
