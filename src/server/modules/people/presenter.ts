/** How a person is shown: the record, derived flags (minor, possibly unaccompanied), documents, family, and what the caller may do. */
import { can, recordScope } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { ageRange } from '../../../common/dates/partial-date';
import { ADULT_AGE, inverseRelation, type Relation } from './reference';
import * as store from './store';
import type { PersonRow } from './store';
import { persons } from './tables';

/** Age bounds today, when a date of birth is known. */
export function ageOf(row: Pick<PersonRow, 'birthFrom' | 'birthTo'>, today: string) {
  return row.birthFrom && row.birthTo ? ageRange({ from: row.birthFrom, to: row.birthTo }, today) : null;
}

/** The summary used in lists and search results. */
export function summarisePerson(row: PersonRow, today: string) {
  const age = ageOf(row, today);
  return {
    id: row.id,
    registrationNumber: row.registrationNumber,
    givenNames: row.givenNames,
    surname: row.surname,
    originalName: row.originalName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    dateOfBirthEstimated: row.dateOfBirthEstimated,
    nationalities: row.nationalities,
    legalStatus: row.legalStatus,
    hasPhoto: row.hasPhoto,
    age,
    minor: age !== null && age.max < ADULT_AGE,
    mergedInto: row.mergedInto,
  };
}

/** The full view of one person (inside the caller's transaction). */
export async function describePerson(ctx: Ctx, row: PersonRow, options: { full?: boolean } = {}) {
  const today = ctx.now().toISOString().slice(0, 10);
  const summary = summarisePerson(row, today);
  const base = {
    ...summary,
    originalScript: row.originalScript,
    otherNames: row.otherNames,
    placeOfBirth: row.placeOfBirth,
    languages: row.languages,
    contacts: row.contacts,
    addresses: row.addresses,
    sensitivity: row.sensitivity,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    can: { edit: can(ctx, 'people.write') && !row.mergedInto, merge: can(ctx, 'people.merge') && !row.mergedInto },
  };
  if (!options.full) {
    return { ...base, documents: [], legalStatuses: [], family: [], possiblyUnaccompanied: false };
  }
  // Sequential on purpose: inside a transaction there is one connection to share.
  const documents = await store.selectDocuments(ctx.db, [row.id]);
  const legalStatuses = await store.selectLegalStatuses(ctx.db, row.id);
  const links = await store.selectFamilyLinks(ctx.db, row.id);
  const otherIds = links.map((l) => (l.personId === row.id ? l.relatedPersonId : l.personId));
  const relatives = await store.selectPersons(ctx.db, otherIds, recordScope(ctx, { labels: persons.sensitivity }));
  const family = links.flatMap((link) => {
    const outward = link.personId === row.id;
    const relative = relatives.find((r) => r.id === (outward ? link.relatedPersonId : link.personId));
    if (!relative) {
      return [];
    }
    // Stored as "related is <relation> of person"; seen from the other side it is the inverse.
    const relation = outward ? (link.relation as Relation) : inverseRelation(link.relation as Relation);
    return [{ linkId: link.id, relation, person: summarisePerson(relative, today) }];
  });
  const hasAdultLink = family.some((f) => f.person.age !== null && f.person.age.min >= ADULT_AGE);
  return {
    ...base,
    documents,
    legalStatuses,
    family,
    possiblyUnaccompanied: summary.minor && !hasAdultLink,
  };
}
