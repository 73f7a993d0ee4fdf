/**
 * What partner systems may learn from the registry: a person looked up by an identity document (number and
 * issuing state), told in the few fields a partner agency needs to recognise the person and their standing
 * (see the partner API's README), and the record ids behind a person for another module's partner reads.
 * Persons carrying any sensitivity label, merged-away records and exercise records are never found.
 */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { requireScopeOrPermission } from '../../platform/access/api-scopes';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { notFound } from '../../platform/errors';
import { personScope } from './service';
import { personColumns, type PersonRow } from './store';
import { identityDocuments, legalStatuses, persons } from './tables';

/** A person as a partner sees them after a document lookup. */
export interface PartnerPerson {
  id: string;
  registrationNumber: string;
  surname: string;
  givenNames: string;
  originalName: string | null;
  sex: string;
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  nationalities: string[];
  legalStatus: string | null;
  legalStatusSince: string | null;
  document: { kind: string; number: string; issuingState: string; expiryDate: string | null; expired: boolean };
}

/** Document numbers as the registry stores them: trimmed, upper case, without inner spaces. */
export function normaliseDocumentNumber(number: string): string {
  return number.replace(/\s+/g, '').toUpperCase();
}

async function legalStatusSince(db: Executor, personIds: string[]): Promise<Map<string, { status: string; since: string }>> {
  if (personIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ personId: legalStatuses.personId, status: legalStatuses.status, validFrom: legalStatuses.validFrom })
    .from(legalStatuses)
    .where(inArray(legalStatuses.personId, personIds))
    .orderBy(desc(legalStatuses.validFrom), desc(legalStatuses.recordedAt));
  const latest = new Map<string, { status: string; since: string }>();
  for (const row of rows) {
    if (!latest.has(row.personId)) {
      latest.set(row.personId, { status: row.status, since: String(row.validFrom) });
    }
  }
  return latest;
}

function present(person: PersonRow, document: typeof identityDocuments.$inferSelect, since: { status: string; since: string } | undefined, today: string): PartnerPerson {
  return {
    id: person.id,
    registrationNumber: person.registrationNumber,
    surname: person.surname,
    givenNames: person.givenNames,
    originalName: person.originalName,
    sex: person.sex,
    dateOfBirth: person.dateOfBirth,
    dateOfBirthEstimated: person.dateOfBirthEstimated,
    nationalities: person.nationalities,
    legalStatus: person.legalStatus,
    legalStatusSince: since && since.status === person.legalStatus ? since.since : null,
    document: {
      kind: document.kind,
      number: document.number,
      issuingState: document.issuingState,
      expiryDate: document.expiryDate,
      expired: document.expiryDate !== null && document.expiryDate < today,
    },
  };
}

/**
 * The persons holding a document with this number issued by this state (normally one; unmerged duplicates
 * give several). Each person returned is audited as read by the caller; a lookup that finds nobody is
 * audited too, without the number.
 */
export async function lookupPersonsByDocument(ctx: Ctx, query: { number: string; issuingState: string }): Promise<PartnerPerson[]> {
  requireScopeOrPermission(ctx, 'people:lookup-by-document', 'people.read');
  const number = normaliseDocumentNumber(query.number);
  const issuingState = query.issuingState.toUpperCase();
  const today = ctx.now().toISOString().slice(0, 10);
  return inTransaction(ctx, async (tx) => {
    const found = await tx
      .select({ person: personColumns, document: identityDocuments })
      .from(identityDocuments)
      .innerJoin(persons, eq(persons.id, identityDocuments.personId))
      .where(and(eq(identityDocuments.number, number), eq(identityDocuments.issuingState, issuingState), isNull(persons.mergedInto), eq(persons.exercise, false), personScope(ctx)))
      .limit(20);
    const statuses = await legalStatusSince(tx, found.map((f) => f.person.id));
    const seen = new Set<string>();
    const matches: PartnerPerson[] = [];
    for (const { person, document } of found) {
      if (!seen.has(person.id)) {
        seen.add(person.id);
        matches.push(present(person, document, statuses.get(person.id), today));
      }
    }
    const fields = ['names', 'sex', 'dateOfBirth', 'nationalities', 'legalStatus', 'documents'];
    for (const match of matches) {
      await recordAudit(tx, ctx, { action: 'person.lookup-by-document', entityType: 'person', entityId: match.id, fields, detail: { issuingState } });
    }
    if (matches.length === 0) {
      await recordAudit(tx, ctx, { action: 'person.lookup-by-document', fields, detail: { issuingState, results: 0 } });
    }
    return matches;
  });
}

/**
 * The surviving record of a person the caller may see (following a merge) and every record merged into it,
 * for another module's partner reads of the person's history; 404 when the caller may not see the person.
 * Reveals ids only: the calling module checks its own scope and audits what it reads.
 */
export async function partnerPersonRecords(ctx: Ctx, personId: string): Promise<{ personId: string; registrationNumber: string; recordIds: string[] }> {
  const [first] = await ctx.db.select(personColumns).from(persons).where(and(eq(persons.id, personId), eq(persons.exercise, false), personScope(ctx)));
  const [person] = first?.mergedInto ? await ctx.db.select(personColumns).from(persons).where(and(eq(persons.id, first.mergedInto), personScope(ctx))) : [first];
  if (!person || person.mergedInto) {
    throw notFound('Person');
  }
  const merged = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.mergedInto, person.id));
  return { personId: person.id, registrationNumber: person.registrationNumber, recordIds: [person.id, ...merged.map((m) => m.id)] };
}
