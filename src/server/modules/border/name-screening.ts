/**
 * Which live watchlist entries a traveller's names hit: on the in-memory index of the live list versions
 * (`screening-index/`) when it is ready, else with the database's candidate lookup (hashed blocking keys on
 * intarray GIN indexes, the people search's scheme) — the fallback while a large index is first built.
 * Both look every name up once at the widest breadth and score with the same matcher; a hit is a score at
 * or above its list's threshold.
 */
import type { DateRange } from '../../../common/dates/partial-date';
import { identityCeiling, normaliseName } from '../../../common/names';
import type { Db, Tx } from '../../platform/db/client';
import { personPairCeiling, personPairScore, yearKeys } from '../people/name-index';
import { keyLookup, lookupKeys, steerToIndex, type Breadth } from '../people/name-lookup';
import { lowestActiveThreshold, screenNamesOnIndex } from './screening-index/index-lookup';
import { screeningIndex, type LiveIndex } from './screening-index/live-index';
import { entryAsCandidate, travellerAsCandidate } from './watchlist-entries';
import * as store from './watchlist-store';
import type { EntryRow, SourceRow } from './watchlist-store';

export interface NamesToScreen {
  names: string[];
  dateOfBirth?: string | null;
  dateOfBirthEstimated?: boolean;
  nationalities?: string[];
}

export interface NameHit {
  entry: EntryRow;
  source: SourceRow;
  score: number;
}

const CANDIDATE_LIMIT = 200;
const PRE_RANK_LIMIT = 1000;
const TRIGRAM_WEIGHT = 10;
/**
 * The index path keeps the 200 entries sharing most keys with a name, among those whose dates of birth
 * leave them able to reach the threshold (`screening-index/index-lookup.ts`), and compares the names of at
 * most 30 of them. A misspelt common name ("Zahra Sadedhi" for Zahra Ismail Sadeghi) shares only its
 * common part's keys with the listed entry and ties with hundreds of other Zahras; ranked among all of
 * them by shared keys, its place followed the entries' random ids (recall 98/100 on one load of the
 * benchmark's list with 200, 100/100 with 500). Namesakes born on other days cannot reach a threshold
 * above 0.775 and no longer take places: with 200, 1,000 planted and 3,000 other travellers give recall
 * 0.996 and alerts on others 2.63 %, as 500 does (see docs/BENCHMARKS.md).
 */
const INDEX_PRE_RANK = 200;
const INDEX_SCORED = 30;
/** The index path's limits (exported for the benchmarks that screen on the index alone). */
export const INDEX_LIMITS = { preRank: INDEX_PRE_RANK, scored: INDEX_SCORED } as const;
/**
 * Screening looks every name up once, at the widest step of the shared lookup (entries sharing any key of
 * any part, one-consonant-deleted skeletons included), and scores every candidate. It does not stop at
 * the first good match as person search does: a traveller may be on several lists with different
 * actions, and a namesake found first must not hide the listed person (at a million entries, with a
 * narrow first step, it did). Ranking by shared keys puts two-part matches first, and the candidates'
 * dates of birth spare most of the scoring (see `personPairCeiling`).
 */
export const SCREENING_STEP: Breadth = { parts: 'any', deletions: true };

/**
 * The highest score a listed name can reach against a traveller whose date of birth is more than a year
 * away from the listed one: a perfect name, lowered for the different date, raised for a shared
 * nationality (≈ 0.6). Lists whose thresholds are all above it need only be searched among entries born
 * within a year of the traveller (or of unknown birth), which spares scoring every namesake on the list.
 */
const FARTHEST_BIRTH_SCORE = identityCeiling({ dateOfBirth: '1970-01-01', nationalities: ['SYR'] }, { dateOfBirth: '1990-06-15', nationalities: ['SYR'] });

/** Where the traveller's names are looked up: among entries born near their date of birth, or all. */
export interface LookupScope {
  today: string;
  /** The traveller's birth range when the lookup may keep to it. */
  born: DateRange | null;
}

/** The scope of a lookup: by birth year only while every active list's threshold is above what a year's difference allows. */
export function lookupScope(sources: readonly SourceRow[], birth: DateRange | null, today: string): LookupScope {
  const lowest = lowestActiveThreshold(sources);
  return { today, born: birth && lowest !== null && lowest > FARTHEST_BIRTH_SCORE ? birth : null };
}

/** Live entries whose names share keys with `name` at this breadth, the best CANDIDATE_LIMIT (database lookup). */
async function entriesByName(tx: Tx, name: string, scope: LookupScope) {
  const born = scope.born;
  const keys = lookupKeys(name, SCREENING_STEP);
  if (!keys) {
    return [];
  }
  const lookup = keyLookup(born ? keys.map((partKeys) => yearKeys(partKeys, born)) : keys, SCREENING_STEP);
  return store.rankedLiveEntries(tx, {
    byBirthYear: born !== null,
    matches: lookup.matches,
    rankHashes: keyLookup(keys, SCREENING_STEP).allHashes,
    searchName: normaliseName(name),
    today: scope.today,
    preRank: PRE_RANK_LIMIT,
    limit: CANDIDATE_LIMIT,
    trigramWeight: TRIGRAM_WEIGHT,
  });
}

/** Name hits found with the database's candidate lookup. */
async function nameHitsInDatabase(tx: Tx, traveller: NamesToScreen, scope: LookupScope): Promise<NameHit[]> {
  await steerToIndex(tx);
  const query = travellerAsCandidate(traveller);
  const seen = new Set<string>();
  const hits: NameHit[] = [];
  for (const name of traveller.names) {
    for (const { entry, source } of await entriesByName(tx, name, scope)) {
      if (seen.has(entry.id)) {
        continue;
      }
      seen.add(entry.id);
      const candidate = entryAsCandidate(entry, traveller.names);
      const score = personPairCeiling(query, candidate) < source.threshold ? 0 : personPairScore(query, candidate);
      if (score >= source.threshold) {
        hits.push({ entry, source, score });
      }
    }
  }
  return hits;
}

/** Name hits found on the in-memory index; only the hits' rows are read. */
async function nameHitsOnIndex(tx: Tx, live: LiveIndex, sources: readonly SourceRow[], traveller: NamesToScreen, scope: LookupScope): Promise<NameHit[]> {
  // The version a hit records is the one the index screened (a concurrent import may be a moment ahead).
  const bySource = new Map(sources.map((s) => [s.id, { ...s, currentVersion: live.versions.get(s.id) ?? s.currentVersion }]));
  const found = screenNamesOnIndex(
    live.entries,
    bySource,
    {
      names: traveller.names,
      dateOfBirth: traveller.dateOfBirth ?? null,
      dateOfBirthEstimated: traveller.dateOfBirthEstimated ?? false,
      nationalities: traveller.nationalities ?? [],
      bornYears: scope.born ? { from: Number(scope.born.from.slice(0, 4)), to: Number(scope.born.to.slice(0, 4)) } : null,
      today: scope.today,
    },
    { breadth: SCREENING_STEP, preRank: INDEX_PRE_RANK, scored: INDEX_SCORED },
  );
  if (found.length === 0) {
    return [];
  }
  const score = new Map(found.map((hit) => [hit.entryId, hit.score]));
  const rows = await store.selectEntries(tx, [...score.keys()]);
  return rows.map(({ entry }) => ({ entry, source: bySource.get(entry.sourceId)!, score: score.get(entry.id)! }));
}

/** The watchlist entries the traveller's names hit, at the live versions `sources` (read in `tx`) give. */
export async function nameHits(db: Db, tx: Tx, sources: readonly SourceRow[], traveller: NamesToScreen, scope: LookupScope): Promise<NameHit[]> {
  const live = await screeningIndex(db, tx, sources);
  return live ? nameHitsOnIndex(tx, live, sources, traveller, scope) : nameHitsInDatabase(tx, traveller, scope);
}

/** The same, always with the database's candidate lookup (for comparing the two in tests and benchmarks). */
export function nameHitsWithoutIndex(tx: Tx, traveller: NamesToScreen, scope: LookupScope): Promise<NameHit[]> {
  return nameHitsInDatabase(tx, traveller, scope);
}
