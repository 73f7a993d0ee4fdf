/**
 * Name screening on the in-memory index: the same keys and the same scoring as the database lookup
 * (`screening.ts`), without a statement. Each name of the traveller is looked up at the widest breadth;
 * entries sharing keys are kept when live, valid today and (with a known date of birth) born within a year
 * of the traveller's; the best by shared keys are checked against their dates of birth first (the ceiling)
 * and only those that could still reach their list's threshold have their names compared.
 */
import { closeBirthDates, OTHER_DAY_CEILING, parseBirthDate } from '../../../../common/names';
import { personPairCeiling, personPairScore } from '../../people/name-index';
import { lookupKeys, type Breadth } from '../../people/name-lookup';
import { fewestWordsOf, listedAsCandidate, travellerAsCandidate } from '../watchlist-entries';
import type { SourceRow } from '../watchlist-store';
import type { BirthWindow, EntryIndex } from './entry-index';

export interface IndexQuery {
  names: string[];
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  nationalities: string[];
  /** The traveller's possible birth years, when the lookup may keep to entries born near them. */
  bornYears: { from: number; to: number } | null;
  /** YYYY-MM-DD in the country's time zone: entries out of their validity dates are not live. */
  today: string;
}

export interface IndexHit {
  entryId: string;
  sourceId: string;
  score: number;
}

export interface IndexLimits {
  breadth: Breadth;
  /** Entries considered per name, best by shared keys. */
  preRank: number;
  /** Entries whose names are compared, per name. */
  scored: number;
}

/** The lowest threshold of the active lists, or null when none is active. */
export function lowestActiveThreshold(sources: Iterable<SourceRow>): number | null {
  let lowest: number | null = null;
  for (const source of sources) {
    if (source.active && (lowest === null || source.threshold < lowest)) {
      lowest = source.threshold;
    }
  }
  return lowest;
}

/**
 * Where the entries worth comparing were born: within a year of the traveller's birth years and, for a
 * traveller born on a known day while every active list's threshold is above what another day allows,
 * among entries born on a known day or month only those on a close one (`closeBirthDates`) — the rest
 * cannot reach any threshold, so they do not take places among the best by shared keys.
 */
function birthWindow(sources: ReadonlyMap<string, SourceRow>, query: IndexQuery): BirthWindow | null {
  const born = query.bornYears;
  if (!born) {
    return null;
  }
  const lowest = lowestActiveThreshold(sources.values());
  const date = query.dateOfBirth && !query.dateOfBirthEstimated ? parseBirthDate(query.dateOfBirth) : undefined;
  const dates = date && lowest !== null && lowest > OTHER_DAY_CEILING ? closeBirthDates(date) : [];
  return { from: born.from - 1, to: born.to + 1, dates };
}

/** Every entry scoring at or above its list's threshold for the traveller, with its score. */
export function screenNamesOnIndex(entries: EntryIndex, sources: ReadonlyMap<string, SourceRow>, query: IndexQuery, limits: IndexLimits): IndexHit[] {
  const traveller = travellerAsCandidate(query);
  const window = birthWindow(sources, query);
  const travellerWords = fewestWordsOf(query.names);
  const accept = (ordinal: number) => {
    const source = sources.get(entries.sourceOf(ordinal));
    return source !== undefined && source.active && entries.validOn(ordinal, query.today);
  };
  const seen = new Set<number>();
  const hits: IndexHit[] = [];
  for (const name of query.names) {
    const groups = lookupKeys(name, limits.breadth);
    if (!groups) {
      continue;
    }
    const { ordinals } = entries.matchKeys(groups.flat(), accept, window, limits.preRank);
    let scored = 0;
    for (const ordinal of ordinals) {
      if (scored === limits.scored) {
        break;
      }
      if (seen.has(ordinal)) {
        continue;
      }
      seen.add(ordinal);
      const source = sources.get(entries.sourceOf(ordinal))!;
      // Most namesakes are born on another day: their dates alone keep them under the threshold.
      if (personPairCeiling(traveller, { givenNames: '', surname: '', ...entries.birthAndNationalities(ordinal) }) < source.threshold) {
        continue;
      }
      scored += 1;
      const entry = entries.entry(ordinal);
      const candidate = listedAsCandidate(entry.names, entry, travellerWords);
      const score = personPairScore(traveller, candidate);
      if (score >= source.threshold) {
        hits.push({ entryId: entry.id, sourceId: entry.sourceId, score });
      }
    }
  }
  return hits;
}
