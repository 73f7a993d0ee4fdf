/** The person search's results as an export: the same ranked search, the same results the list shows (its limit). */
import { requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { computedExport } from '../../platform/export/stream';
import { rankPersons, type SearchCriteria } from './search';

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
