/**
 * The border's only door into the people registry: find the traveller by document, register one the
 * registry does not know, read a person, and tell which persons the caller may see. Everything goes
 * through the people service (its rules, scope and audit), except the visibility check, which uses the
 * registry's own scope rule (`personScope`) through its store until the people service offers a
 * batch `visiblePersons` (asked for in the module README).
 */
import type { Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import type { DocumentInput } from '../people/document-check';
import { addDocument } from '../people/documents';
import { mergesOf } from '../people/merge';
import { searchPersons } from '../people/search';
import { getPerson, personScope, registerPerson, visiblePersonSummaries } from '../people/service';
import * as peopleStore from '../people/store';
import type { OtherName } from '../people/tables';
import type { TravelDocument } from './crossing-input';

export type PersonView = Awaited<ReturnType<typeof getPerson>>;

/** What the desk knows about the traveller beyond the document. */
export interface TravellerDetails {
  personId?: string | null;
  originalName?: string | null;
  otherNames?: OtherName[];
  nationalities?: string[];
}

/** One person, following a merge to the surviving record; audited by the people service. */
export async function readPerson(ctx: Ctx, personId: string): Promise<PersonView> {
  const person = await getPerson(ctx, personId);
  return person.mergedInto ? getPerson(ctx, person.mergedInto) : person;
}

function holds(person: PersonView, document: TravelDocument): boolean {
  return person.documents.some((d) => d.number === document.number && d.issuingState === document.issuingState);
}

/** The person holding this document (same number and issuing state), if the registry knows one. */
async function personByDocument(ctx: Ctx, document: TravelDocument): Promise<PersonView | null> {
  const { results } = await searchPersons(ctx, { document: document.number, limit: 5 });
  for (const result of results) {
    const person = await getPerson(ctx, result.person.id);
    if (holds(person, document)) {
      return person;
    }
  }
  return null;
}

/** The document as the registry takes it: the MRZ when scanned (read again there), the typed fields otherwise. */
function documentInputOf(document: TravelDocument): DocumentInput {
  const typed = document.source === 'typed';
  return {
    kind: document.kind,
    number: document.number,
    issuingState: document.issuingState,
    surname: typed ? document.surname : null,
    givenNames: typed ? document.givenNames : null,
    nationality: typed ? document.nationality : null,
    dateOfBirth: typed ? document.dateOfBirth : null,
    sex: typed ? document.sex : null,
    expiryDate: typed ? document.expiryDate : null,
    mrz: document.mrz,
  };
}

/**
 * The person crossing: the one the desk chose (its document is added when new to the record), else the
 * holder of the document, else a new registration from the document. Run inside the crossing's
 * transaction (pass its context) so that a refused crossing registers nobody.
 */
export async function resolveTraveller(ctx: Ctx, details: TravellerDetails, document: TravelDocument): Promise<{ person: PersonView; registered: boolean }> {
  if (details.personId) {
    const person = await readPerson(ctx, details.personId);
    if (!holds(person, document)) {
      await addDocument(ctx, person.id, documentInputOf(document));
    }
    return { person, registered: false };
  }
  const found = await personByDocument(ctx, document);
  if (found) {
    return { person: found, registered: false };
  }
  const nationalities = [...new Set([...(document.nationality ? [document.nationality] : []), ...(details.nationalities ?? [])])];
  // Registered at the border from the document; the duplicate search will compare it with the registry.
  const person = await registerPerson(
    ctx,
    {
      givenNames: document.givenNames,
      surname: document.surname,
      originalName: details.originalName ?? null,
      otherNames: details.otherNames ?? [],
      sex: document.sex,
      dateOfBirth: document.dateOfBirth,
      nationalities,
    },
    { candidatesShown: 0, confirmedNew: false, documents: [documentInputOf(document)] },
  );
  return { person, registered: true };
}

/** Ids of earlier records merged into this person (their crossings are the person's too). */
export async function mergedRecordsOf(ctx: Ctx, personId: string): Promise<string[]> {
  const merges = await mergesOf(ctx, personId);
  return merges.filter((m) => !m.undoneAt).map((m) => m.mergedId);
}

/** The current version of a person record the caller may see (following a merge), or 404. */
export async function personVersion(db: Executor, ctx: Ctx, personId: string): Promise<{ id: string; version: number }> {
  let row = await peopleStore.selectPerson(db, personId, personScope(ctx));
  if (row?.mergedInto) {
    row = await peopleStore.selectPerson(db, row.mergedInto, personScope(ctx));
  }
  if (!row) {
    throw new AppError('not_found', 404, 'Person not found');
  }
  return { id: row.id, version: row.version };
}

/**
 * Of these person ids, those the caller may see (sensitivity labels), merged records included: rows
 * about a person the caller may not see are left out of lists, as the person is left out of searches.
 */
export async function visiblePersonIds(db: Executor, ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const visible = new Set((await peopleStore.selectPersons(db, unique, personScope(ctx))).map((p) => p.id));
  for (const id of unique.filter((i) => !visible.has(i))) {
    // selectPersons skips merged records; they are rare, so look them up one by one.
    if (await peopleStore.selectPerson(db, id, personScope(ctx))) {
      visible.add(id);
    }
  }
  return visible;
}

/** Registration number and names of persons the caller may see (for lists that name them), from the people service. */
export async function personNames(db: Executor, ctx: Ctx, ids: readonly string[]): Promise<Map<string, { registrationNumber: string; givenNames: string; surname: string }>> {
  return visiblePersonSummaries({ ...ctx, db }, ids);
}
