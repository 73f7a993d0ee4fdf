/**
 * Finding persons: candidates are retrieved in the database (blocking keys on a GIN index, trigram
 * similarity as a fallback, document and registration numbers exactly), then scored with the
 * name-matching library; every result says why it matched. Each search is audited with the ids it returned.
 */
import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { invalid } from '../../platform/errors';
import { parsePartialDate, type DateRange } from '../../../common/dates/partial-date';
import { allNamesOf, queryKeys, scorePersonMatch, yearKeys } from './name-index';
import { summarisePerson } from './presenter';
import { personScope } from './service';
import * as store from './store';
import { persons } from './tables';
import type { PersonRow } from './store';

export interface SearchCriteria {
  q?: string;
  dateOfBirth?: string;
  nationality?: string;
  document?: string;
  registrationNumber?: string;
  limit: number;
}

const CANDIDATE_LIMIT = 150;
const MIN_NAME_SCORE = 0.5;

function visible(ctx: Ctx): SQL | undefined {
  return and(isNull(persons.mergedInto), eq(persons.exercise, false), personScope(ctx));
}

/** A text[] literal (keys never hold quotes or backslashes, but a query is typed by a person). */
function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
}

/**
 * Persons sharing blocking keys with the query name, most shared keys first. With a date of birth the
 * lookup is by key and year together (`name_year_hashes`), so a common name (Mohammed, Ahmad) costs only
 * the persons born within a year of the query's date, not its whole share of the registry. Keys are
 * compared as hashes (see persons.name_hashes).
 */
async function candidatesByName(ctx: Ctx, name: string, dob: DateRange | null): Promise<PersonRow[]> {
  const allKeys = queryKeys(name);
  // Skeletons of one or two consonants (s:hn, s:md) are shared by a large part of any registry: they
  // widen the candidate set without adding recall, so the query leaves them out when it has others.
  const selective = allKeys.filter((k) => !k.startsWith('s:') || k.length >= 5);
  const keys = selective.length > 0 ? selective : allKeys;
  if (keys.length === 0) {
    return [];
  }
  const column = dob ? persons.nameYearHashes : persons.nameHashes;
  const lookup = sql`name_key_hashes(${textArray(dob ? yearKeys(keys, dob) : keys)}::text[])`;
  const shared = sql<number>`icount(${column} & ${lookup})`;
  const rows = await ctx.db
    .select({ person: persons, shared })
    .from(persons)
    .where(and(sql`${column} && ${lookup}`, visible(ctx)))
    .orderBy(desc(shared))
    .limit(CANDIDATE_LIMIT);
  return rows.map((r) => r.person);
}

function parseDob(value: string | undefined, today: Date): DateRange | null {
  if (!value) {
    return null;
  }
  const parsed = parsePartialDate(value, { today });
  if (!parsed.ok) {
    throw invalid(`Date of birth: ${parsed.message}`, [{ field: 'dateOfBirth', message: parsed.message }]);
  }
  return parsed.range;
}

/** Searches the registry. */
export async function searchPersons(ctx: Ctx, criteria: SearchCriteria) {
  requirePermission(ctx, 'people.read');
  const dob = parseDob(criteria.dateOfBirth, ctx.now());
  if (!criteria.q && !criteria.document && !criteria.registrationNumber && !dob) {
    throw invalid('Give a name, a date of birth, a document number or a registration number', [{ field: 'q', message: 'Nothing to search for' }]);
  }
  const today = ctx.now().toISOString().slice(0, 10);
  const exact = new Map<string, string>();
  let rows: PersonRow[] = [];
  if (criteria.registrationNumber) {
    const found = await ctx.db.select().from(persons).where(and(eq(persons.registrationNumber, criteria.registrationNumber.toUpperCase()), visible(ctx)));
    found.forEach((r) => exact.set(r.id, 'registration number'));
    rows.push(...found);
  }
  if (criteria.document) {
    const ids = await store.personIdsByDocument(ctx.db, criteria.document.toUpperCase());
    const found = await store.selectPersons(ctx.db, ids, visible(ctx));
    found.forEach((r) => exact.set(r.id, 'document number'));
    rows.push(...found);
  }
  if (criteria.q) {
    rows.push(...(await candidatesByName(ctx, criteria.q, dob)));
  } else if (dob && rows.length === 0) {
    rows = await ctx.db
      .select()
      .from(persons)
      .where(and(sql`${persons.birthFrom} <= ${dob.to} and ${persons.birthTo} >= ${dob.from}`, visible(ctx)))
      .limit(criteria.limit);
  }
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  const results = unique
    .map((row) => {
      const match = scorePersonMatch({ name: criteria.q, dateOfBirth: criteria.dateOfBirth ?? null, nationality: criteria.nationality ?? null }, row);
      const exactReason = exact.get(row.id);
      return {
        person: summarisePerson(row, today),
        score: exactReason ? 1 : criteria.q ? match.score : 1,
        reasons: exactReason ? [`same ${exactReason}`, ...match.reasons] : match.reasons,
      };
    })
    .filter((r) => exact.has(r.person.id) || !criteria.q || r.score >= MIN_NAME_SCORE)
    .filter((r) => !criteria.nationality || !criteria.q || r.person.nationalities.includes(criteria.nationality) || r.score >= 0.8)
    .sort((a, b) => b.score - a.score)
    .slice(0, criteria.limit);
  await inTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: 'person.search',
      entityType: 'person',
      fields: ['names', 'dateOfBirth', 'nationalities'],
      detail: {
        criteria: Object.keys(criteria).filter((k) => k !== 'limit' && criteria[k as keyof SearchCriteria] !== undefined),
        results: results.map((r) => r.person.id),
      },
    }),
  );
  return { results };
}

/** Candidates for a registration in progress: the same search from the draft's names, date of birth and document. */
export async function findRegistrationCandidates(
  ctx: Ctx,
  draft: { givenNames?: string; surname?: string; originalName?: string | null; otherNames?: { name: string; kind: 'alias' | 'previous' | 'maiden' | 'spelling' }[]; dateOfBirth?: string | null; nationalities?: string[]; documentNumber?: string },
) {
  requirePermission(ctx, 'people.write');
  const names = allNamesOf({ givenNames: draft.givenNames ?? '', surname: draft.surname ?? '', originalName: draft.originalName, otherNames: draft.otherNames });
  const merged = new Map<string, Awaited<ReturnType<typeof searchPersons>>['results'][number]>();
  for (const name of names.length > 0 ? names : [undefined]) {
    if (!name && !draft.documentNumber) {
      continue;
    }
    const { results } = await searchPersons(ctx, {
      q: name,
      dateOfBirth: draft.dateOfBirth ?? undefined,
      nationality: draft.nationalities?.[0],
      document: draft.documentNumber,
      limit: 10,
    });
    for (const result of results) {
      const seen = merged.get(result.person.id);
      if (!seen || seen.score < result.score) {
        merged.set(result.person.id, result);
      }
    }
  }
  return { candidates: [...merged.values()].sort((a, b) => b.score - a.score).slice(0, 10) };
}
