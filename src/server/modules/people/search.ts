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
import { normaliseName } from '../../../common/names';
import { parsePartialDate, type DateRange } from '../../../common/dates/partial-date';
import { allNamesOf, personMatchScore, scorePersonMatch, yearKeys } from './name-index';
import { keyLookup, lookupKeys, LOOKUP_STEPS, steerToIndex, type Breadth } from './name-lookup';
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

/** Candidates scored by the name matcher per search (measured on 1M persons: see docs/BENCHMARKS.md). */
const CANDIDATE_LIMIT = 80;
/**
 * Weight of trigram similarity against one shared key when ranking candidates in SQL. Shared keys alone
 * tie hundreds of persons with a common first name in a year; trigram similarity of the normalised
 * names orders them (on 1M persons, recall@10 0.957 → 0.99 at 80 candidates).
 */
const TRIGRAM_WEIGHT = 10;
/** Candidates kept by shared keys before trigram similarity orders them. */
const PRE_RANK_LIMIT = 1000;
const MIN_NAME_SCORE = 0.5;
/** A candidate this close needs no wider search (see `searchPersons`). */
const SURE_MATCH = 0.8;
/**
 * Before widening to persons sharing only one part: a candidate matching two parts this well is the
 * person sought with a misspelt third part, not a sign that the name's parts were misspelt beyond
 * their keys.
 */
const FOUND_ON_TWO_PARTS = 0.7;

function visible(ctx: Ctx): SQL | undefined {
  return and(isNull(persons.mergedInto), eq(persons.exercise, false), personScope(ctx));
}

/**
 * Persons sharing blocking keys with the query name, ranked by shared keys and trigram similarity of
 * the normalised names (the best CANDIDATE_LIMIT go to the name matcher). With a date of birth the
 * lookup is by key and year together (`name_year_hashes`), so a common name (Mohammed, Ahmad) costs only
 * the persons born within a year of the query's date, not its whole share of the registry. Keys are
 * compared as hashes (see persons.name_hashes). Two parts of a one-part name is nothing.
 */
async function candidatesByName(ctx: Ctx, name: string, dob: DateRange | null, step: Breadth): Promise<PersonRow[]> {
  const keys = lookupKeys(name, step, (partKeys) => (dob ? yearKeys(partKeys, dob) : partKeys));
  if (!keys) {
    return [];
  }
  const column = dob ? persons.nameYearHashes : persons.nameHashes;
  return inTransaction(ctx, async (tx) => {
    await steerToIndex(tx);
    const lookup = keyLookup(keys, step);
    const all = lookup.allHashes;
    const matches = lookup.matches(column);
    // Two rankings: shared keys (cheap) keep the best PRE_RANK_LIMIT, trigram similarity orders those;
    // only ids travel, the winners are read whole afterwards.
    const shared = sql<number>`icount(${column} & ${all}::int[])`;
    const byKeys = tx
      .select({ id: persons.id, searchText: persons.searchText, shared: shared.as('shared') })
      .from(persons)
      .where(and(matches, visible(ctx)))
      .orderBy(desc(shared))
      .limit(PRE_RANK_LIMIT)
      .as('by_keys');
    const ranked = await tx
      .select({ id: byKeys.id })
      .from(byKeys)
      .orderBy(desc(sql`${byKeys.shared} + ${TRIGRAM_WEIGHT}::real * similarity(${byKeys.searchText}, ${normaliseName(name)})`))
      .limit(CANDIDATE_LIMIT);
    return store.selectPersons(tx, ranked.map((r) => r.id), undefined);
  });
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
  const results = await rankPersons(ctx, criteria);
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

/** The search's results, best first, each explained (no audit: the callers audit). */
export async function rankPersons(ctx: Ctx, criteria: SearchCriteria) {
  const dob = parseDob(criteria.dateOfBirth, ctx.now());
  if (!criteria.q && !criteria.document && !criteria.registrationNumber && !dob) {
    throw invalid('Give a name, a date of birth, a document number or a registration number', [{ field: 'q', message: 'Nothing to search for' }]);
  }
  const today = ctx.now().toISOString().slice(0, 10);
  const exact = new Map<string, string>();
  const rows: PersonRow[] = [];
  if (criteria.registrationNumber) {
    const found = await ctx.db.select(store.personColumns).from(persons).where(and(eq(persons.registrationNumber, criteria.registrationNumber.toUpperCase()), visible(ctx)));
    found.forEach((r) => exact.set(r.id, 'registration number'));
    rows.push(...found);
  }
  if (criteria.document) {
    const ids = await store.personIdsByDocument(ctx.db, criteria.document.toUpperCase());
    const found = await store.selectPersons(ctx.db, ids, visible(ctx));
    found.forEach((r) => exact.set(r.id, 'document number'));
    rows.push(...found);
  }
  const query = { name: criteria.q, dateOfBirth: criteria.dateOfBirth ?? null, nationality: criteria.nationality ?? null };
  const scores = new Map<string, number>();
  const consider = (found: PersonRow[]) => {
    for (const row of found) {
      if (!scores.has(row.id)) {
        // Ranked by the score alone; only the results shown are explained (which aligns the names again).
        scores.set(row.id, exact.has(row.id) || !criteria.q ? 1 : personMatchScore(query, row));
        rows.push(row);
      }
    }
  };
  consider(rows.splice(0));
  if (criteria.q) {
    // Widen while there is no sure match: one part may be misspelt beyond its keys ("Khokhzar Saima").
    for (const breadth of LOOKUP_STEPS) {
      const enough = breadth.parts === 'any' ? FOUND_ON_TWO_PARTS : SURE_MATCH;
      if ([...scores.values()].some((score) => score >= enough)) {
        break;
      }
      consider(await candidatesByName(ctx, criteria.q, dob, breadth));
    }
  } else if (dob && rows.length === 0) {
    consider(
      await ctx.db
        .select(store.personColumns)
        .from(persons)
        .where(and(sql`${persons.birthFrom} <= ${dob.to} and ${persons.birthTo} >= ${dob.from}`, visible(ctx)))
        .limit(criteria.limit),
    );
  }
  const shown = rows
    .map((row) => ({ row, score: scores.get(row.id)! }))
    .filter((r) => exact.has(r.row.id) || !criteria.q || r.score >= MIN_NAME_SCORE)
    .filter((r) => !criteria.nationality || !criteria.q || r.row.nationalities.includes(criteria.nationality) || r.score >= 0.8)
    .sort((a, b) => b.score - a.score)
    .slice(0, criteria.limit);
  const results = shown.map(({ row, score }) => {
    const reasons = scorePersonMatch(query, row).reasons;
    const exactReason = exact.get(row.id);
    return { person: summarisePerson(row, today), score, reasons: exactReason ? [`same ${exactReason}`, ...reasons] : reasons };
  });
  return results;
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
