/**
 * The bridge between person records and the name-matching library (`src/common/names`): the blocking keys
 * and trigram text stored on each person, the keys a query is looked up by, and scoring with reasons.
 */
import { identityCeiling, identitySimilarity, nameBlockingKeyGroups, nameBlockingKeys, normaliseName, prepareName, scoreIdentity, type IdentityScore, type PreparedName } from '../../../common/names';
import type { OtherName } from './tables';

interface NamedPerson {
  givenNames: string;
  surname: string;
  originalName?: string | null;
  otherNames?: OtherName[];
}

/** Every name a person is known by (Latin full name, original-script name, aliases). */
export function allNamesOf(person: NamedPerson): string[] {
  const names = [`${person.givenNames} ${person.surname}`.trim(), person.originalName ?? '', ...(person.otherNames ?? []).map((o) => o.name)];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}

// Names repeat a great deal across a registry (and between a search's candidates): preparing a name
// (normalising, transliterating, phonetic keys) costs far more than comparing two prepared names.
const PREPARED_CACHE_LIMIT = 100_000;
const preparedCache = new Map<string, PreparedName>();

/** A name prepared for matching, from a bounded cache. */
export function prepared(name: string): PreparedName {
  let value = preparedCache.get(name);
  if (!value) {
    if (preparedCache.size >= PREPARED_CACHE_LIMIT) {
      preparedCache.clear();
    }
    value = prepareName(name);
    preparedCache.set(name, value);
  }
  return value;
}

/**
 * The keys a query name is looked up by, per name part (see `nameBlockingKeyGroups`). Skeletons of one
 * or two consonants (s:hn, s:md) are shared by a large part of any registry: they widen the candidates
 * without adding recall, so a part keeps them only when it has no other key. `deletions: false` leaves
 * out the one-consonant-deleted skeletons (s:hmd of Mohammed is also Ahmad's and Hamid's), for the
 * narrow first lookup.
 */
export function queryKeyGroups(name: string, options: { deletions?: boolean } = {}): string[][] {
  return nameBlockingKeyGroups(prepared(name), options).map((keys) => {
    const selective = keys.filter((k) => !k.startsWith('s:') || k.length >= 5);
    return selective.length > 0 ? selective : keys;
  });
}

/**
 * The key-and-year entries a name + date-of-birth query looks up: each key with each year from one
 * year before the query's range to one after it, and with '?' (persons whose year is unknown). Mirrors
 * the SQL function `name_year_key_hashes` (migration 0005), which hashes them.
 */
export function yearKeys(keys: readonly string[], range: { from: string; to: string }): string[] {
  const years = ['?'];
  for (let year = Number(range.from.slice(0, 4)) - 1; year <= Number(range.to.slice(0, 4)) + 1; year += 1) {
    years.push(String(year));
  }
  return keys.flatMap((key) => years.map((year) => `${key}@${year}`));
}

/** Blocking keys and trigram text to store on the person row. */
export function indexPersonNames(person: NamedPerson): { keys: string[]; searchText: string } {
  const names = allNamesOf(person);
  const keys = new Set<string>();
  for (const name of names) {
    for (const key of nameBlockingKeys(prepared(name))) {
      keys.add(key);
    }
  }
  return { keys: [...keys].sort(), searchText: names.map(normaliseName).join(' | ') };
}

export interface MatchQuery {
  name?: string;
  /** As typed: partial ('1990', '1990-05') or full; the matcher knows partial dates. */
  dateOfBirth?: string | null;
  nationality?: string | null;
}

export interface MatchCandidate extends NamedPerson {
  dateOfBirth: string | null;
  dateOfBirthEstimated?: boolean;
  nationalities: string[];
}

export interface MatchExplanation {
  score: number;
  reasons: string[];
  detail?: IdentityScore;
}

function describeParts(result: IdentityScore): string[] {
  const parts = result.name.explanation
    .filter((p) => p.query || p.candidate)
    .map((p) => {
      if (!p.candidate) {
        return `"${p.query}" missing`;
      }
      if (!p.query) {
        return `extra part "${p.candidate}"`;
      }
      return `"${p.query}" ~ "${p.candidate}" (${p.how})`;
    });
  const adjustments = result.adjustments.filter((a) => a.effect !== 'unchanged').map((a) => `${a.factor === 'dateOfBirth' ? 'date of birth' : 'nationality'}: ${a.reason}`);
  return [...parts, ...adjustments];
}

function queryPerson(query: MatchQuery) {
  return { names: [prepared(query.name ?? '')], dateOfBirth: query.dateOfBirth ?? undefined, nationalities: query.nationality ? [query.nationality] : undefined };
}

function birthAndNationality(candidate: MatchCandidate) {
  return {
    dateOfBirth: candidate.dateOfBirth ? `${candidate.dateOfBirthEstimated ? 'about ' : ''}${candidate.dateOfBirth}` : undefined,
    nationalities: candidate.nationalities,
  };
}

function candidatePerson(candidate: MatchCandidate) {
  return { names: allNamesOf(candidate).map(prepared), ...birthAndNationality(candidate) };
}

/** How well a stored person matches the query: the score of `scorePersonMatch`, without reasons. */
export function personMatchScore(query: MatchQuery, candidate: MatchCandidate): number {
  return query.name ? identitySimilarity(queryPerson(query), candidatePerson(candidate)) : 0;
}

/** Scores how well a stored person matches the query, with reasons a person can read. */
export function scorePersonMatch(query: MatchQuery, candidate: MatchCandidate): MatchExplanation {
  if (!query.name) {
    return { score: 0, reasons: [] };
  }
  const result = scoreIdentity(queryPerson(query), candidatePerson(candidate));
  return { score: result.score, reasons: describeParts(result), detail: result };
}

/** Scores two stored persons against each other (duplicate detection): all names on both sides. */
export function scorePersonPair(a: MatchCandidate, b: MatchCandidate): MatchExplanation {
  const result = scoreIdentity(candidatePerson(a), candidatePerson(b));
  return { score: result.score, reasons: describeParts(result), detail: result };
}

/** The best `personPairScore` two records could reach whatever their names (cheap: no name is compared). */
export function personPairCeiling(a: MatchCandidate, b: MatchCandidate): number {
  return identityCeiling(birthAndNationality(a), birthAndNationality(b));
}

/** The score of `scorePersonPair` alone (the duplicate pass explains only the pairs it keeps). */
export function personPairScore(a: MatchCandidate, b: MatchCandidate): number {
  return identitySimilarity(candidatePerson(a), candidatePerson(b));
}
