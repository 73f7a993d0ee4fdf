/**
 * The registry's lists as exports: the person search's results (the same ranked search, the same results
 * the list shows: its limit) and the duplicates review queue (keyset-paged, pairs with a person the caller
 * may not see left out as the queue leaves them out).
 */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { rowsAfter } from '../../platform/export/keyset';
import { computedExport, keysetExport } from '../../platform/export/stream';
import { countOpenCandidates, pairsWithPersons, selectOpenCandidatesAfter } from './duplicates';
import { rankPersons, type SearchCriteria } from './search';
import { duplicateCandidates } from './tables';

/** The results of a search, best first, with why each was found. */
export function personSearchExport(ctx: Ctx, criteria: SearchCriteria) {
  requirePermission(ctx, 'people.read');
  return computedExport({
    list: 'people.search',
    entityType: 'person',
    // Names, dates of birth and document numbers searched for are personal data: the trail keeps which were given, as the search's own entry does.
    filter: { criteria: Object.keys(criteria).filter((k) => k !== 'limit' && criteria[k as keyof SearchCriteria] !== undefined), nationality: criteria.nationality ?? null, limit: criteria.limit },
    columns: [
      { header: 'registrationNumber', value: (r) => r.person.registrationNumber },
      { header: 'surname', value: (r) => r.person.surname },
      { header: 'givenNames', value: (r) => r.person.givenNames },
      { header: 'originalName', value: (r) => r.person.originalName },
      { header: 'sex', value: (r) => r.person.sex },
      { header: 'dateOfBirth', value: (r) => (r.person.dateOfBirth && r.person.dateOfBirthEstimated ? `~${r.person.dateOfBirth}` : r.person.dateOfBirth) },
      { header: 'nationalities', value: (r) => r.person.nationalities.join(' ') },
      { header: 'legalStatus', value: (r) => r.person.legalStatus },
      { header: 'score', value: (r) => Math.round(r.score * 100) / 100 },
      { header: 'reasons', value: (r) => r.reasons.join('; ') },
    ],
    load: () => rankPersons(ctx, criteria),
  });
}

type Pair = Awaited<ReturnType<typeof pairsWithPersons>>[number];
type PairPerson = Pair['a'];

function dateOfBirth(person: PairPerson) {
  return person.dateOfBirth && person.dateOfBirthEstimated ? `~${person.dateOfBirth}` : person.dateOfBirth;
}

/** The explanation of a pair as a person reads it (the matcher's reasons). */
function reasons(explanation: unknown): string {
  return Array.isArray(explanation) ? explanation.map(String).join('; ') : '';
}

/** The open pairs of the duplicates review queue, best first, both persons side by side. */
export function duplicatesExport(ctx: Ctx) {
  requirePermission(ctx, 'people.merge');
  const side = (label: 'a' | 'b') => [
    { header: `${label}.registrationNumber`, value: (p: Pair) => p[label].registrationNumber },
    { header: `${label}.surname`, value: (p: Pair) => p[label].surname },
    { header: `${label}.givenNames`, value: (p: Pair) => p[label].givenNames },
    { header: `${label}.originalName`, value: (p: Pair) => p[label].originalName },
    { header: `${label}.sex`, value: (p: Pair) => p[label].sex },
    { header: `${label}.dateOfBirth`, value: (p: Pair) => dateOfBirth(p[label]) },
    { header: `${label}.nationalities`, value: (p: Pair) => p[label].nationalities.join(' ') },
  ];
  return keysetExport({
    list: 'people.duplicates',
    entityType: 'person',
    // The queue has no filter: every open pair.
    filter: {},
    columns: [
      { header: 'score', value: (p: Pair) => Math.round(p.score * 100) / 100 },
      { header: 'reasons', value: (p: Pair) => reasons(p.explanation) },
      ...side('a'),
      ...side('b'),
    ],
    count: () => countOpenCandidates(ctx),
    read: (lastId, limit) => selectOpenCandidatesAfter(ctx, rowsAfter(duplicateCandidates, duplicateCandidates.score, duplicateCandidates.id, 'desc', lastId), limit),
    present: (rows) => pairsWithPersons(ctx, rows),
  });
}
