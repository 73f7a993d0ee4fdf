/**
 * Scoring a person against a person: the best-matching pair of their names (primary and aliases),
 * then adjusted for date of birth and nationality. Names carry most of the weight; a matching full
 * date of birth raises the score a lot, a conflicting one lowers it a lot, partial dates and
 * nationalities move it a little. Raising moves a score part of the way towards 1 and lowering
 * multiplies it, so the result always stays in [0, 1].
 */
import { parseBirthDate, relateBirthDates, type BirthDate, type BirthDateRelation } from './birth-date';
import { BoundedCache } from './cache';
import type { PreparedName } from './prepare';
import { asPreparedName, nameSimilarity, scoreNames, type NameInput, type NameScore } from './score';

/** What is known about a person for matching. */
export interface PersonToMatch {
  /** Primary name first, then other names and aliases; each a full name, its parts, or prepared. */
  names: readonly NameInput[];
  /** Partial and approximate dates allowed (see birth-date.ts). */
  dateOfBirth?: string;
  /** ICAO 9303 / ISO 3166-1 alpha-3 codes, including XXA, XXB, XXC, XXX. */
  nationalities?: readonly string[];
}

/** One adjustment of the name score and why. */
export interface ScoreAdjustment {
  factor: 'dateOfBirth' | 'nationality';
  effect: 'raised' | 'lowered' | 'unchanged';
  reason: string;
  before: number;
  after: number;
}

/** A person-to-person score with its explanation. */
export interface IdentityScore {
  score: number;
  name: NameScore & { query: string; candidate: string };
  adjustments: ScoreAdjustment[];
}

function raise(score: number, share: number): number {
  return score + share * (1 - score);
}

function adjustment(factor: ScoreAdjustment['factor'], before: number, after: number, reason: string): ScoreAdjustment {
  const effect = after > before ? 'raised' : after < before ? 'lowered' : 'unchanged';
  return { factor, effect, reason, before, after };
}

function overlapShare(a: BirthDate, b: BirthDate): number {
  if (a.plusMinusYears > 0 || b.plusMinusYears > 0) {
    return 0.05;
  }
  return a.month !== undefined && b.month !== undefined ? 0.15 : 0.1;
}

const BIRTH_DATE_EFFECT: Record<Exclude<BirthDateRelation, 'same' | 'overlap'>, readonly [number, string]> = {
  dayMonthSwapped: [0.95, 'day and month swapped'],
  yearOffByOne: [0.9, 'same day and month, year one apart'],
  sameYearOtherDay: [0.75, 'same year, different day'],
  near: [0.85, 'partial dates within a year of each other'],
  different: [0.55, 'different dates of birth'],
};

// A list or registry holds a few tens of thousands of distinct dates of birth (days of some eighty years,
// plus partial ones), and screening compares each candidate's: parse each text once.
const parsedBirthDates = new BoundedCache<BirthDate | null>(50_000);

function parsedBirthDate(text: string): BirthDate | undefined {
  let parsed = parsedBirthDates.get(text);
  if (parsed === undefined) {
    parsed = parseBirthDate(text) ?? null;
    parsedBirthDates.set(text, parsed);
  }
  return parsed ?? undefined;
}

/** Adjusts a name score for the two dates of birth (unchanged when either is missing or unreadable). */
export function adjustForDateOfBirth(score: number, query?: string, candidate?: string): ScoreAdjustment {
  const a = query === undefined ? undefined : parsedBirthDate(query);
  const b = candidate === undefined ? undefined : parsedBirthDate(candidate);
  if (!a || !b) {
    return adjustment('dateOfBirth', score, score, 'date of birth unknown on one side');
  }
  const relation = relateBirthDates(a, b);
  switch (relation) {
    case 'same':
      return adjustment('dateOfBirth', score, raise(score, 0.35), 'same date of birth');
    case 'overlap':
      return adjustment('dateOfBirth', score, raise(score, overlapShare(a, b)), 'dates of birth compatible');
    case 'near':
      // Both dates give the month and the months differ: as firm a disagreement as two full dates of the same year.
      if (a.month !== undefined && b.month !== undefined && a.plusMinusYears === 0 && b.plusMinusYears === 0) {
        return adjustment('dateOfBirth', score, score * BIRTH_DATE_EFFECT.sameYearOtherDay[0], 'partial dates with different months');
      }
      return adjustment('dateOfBirth', score, score * BIRTH_DATE_EFFECT.near[0], BIRTH_DATE_EFFECT.near[1]);
    case 'dayMonthSwapped':
    case 'yearOffByOne':
    case 'sameYearOtherDay':
    case 'different': {
      const [factor, reason] = BIRTH_DATE_EFFECT[relation];
      return adjustment('dateOfBirth', score, score * factor, reason);
    }
  }
}

// ICAO codes that say nothing about which country a person is from.
const NO_COUNTRY = new Set(['XXA', 'XXB', 'XXC', 'XXX']);

function codes(list: readonly string[] | undefined): Set<string> {
  return new Set((list ?? []).map((c) => c.trim().toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c) && c !== 'XXX'));
}

/** Adjusts a name score for nationalities: a shared one raises slightly, two disjoint sets of countries lower slightly. */
export function adjustForNationality(score: number, query?: readonly string[], candidate?: readonly string[]): ScoreAdjustment {
  const a = codes(query);
  const b = codes(candidate);
  const shared = [...a].filter((c) => b.has(c));
  if (shared.length > 0) {
    return adjustment('nationality', score, raise(score, 0.1), `shared nationality ${shared.join(', ')}`);
  }
  const countriesA = [...a].filter((c) => !NO_COUNTRY.has(c));
  const countriesB = [...b].filter((c) => !NO_COUNTRY.has(c));
  if (countriesA.length > 0 && countriesB.length > 0) {
    return adjustment('nationality', score, score * 0.93, 'different nationalities');
  }
  return adjustment('nationality', score, score, 'nationality unknown, stateless or refugee on one side');
}

interface BestNames {
  similarity: number;
  query?: PreparedName;
  candidate?: PreparedName;
}

function bestNamePair(query: PersonToMatch, candidate: PersonToMatch): BestNames {
  const candidateNames = candidate.names.map(asPreparedName);
  const best: BestNames = { similarity: -1 };
  for (const input of query.names) {
    const q = asPreparedName(input);
    for (const c of candidateNames) {
      const s = nameSimilarity(q, c);
      if (s > best.similarity) {
        Object.assign(best, { similarity: s, query: q, candidate: c });
      }
    }
  }
  return best;
}

/**
 * The score of `scoreIdentity` without its explanation: a search ranks many candidates with this and
 * explains only those it shows.
 */
export function identitySimilarity(query: PersonToMatch, candidate: PersonToMatch): number {
  const best = bestNamePair(query, candidate);
  if (!best.query || !best.candidate) {
    return 0;
  }
  const dateOfBirth = adjustForDateOfBirth(best.similarity, query.dateOfBirth, candidate.dateOfBirth);
  const nationality = adjustForNationality(dateOfBirth.after, query.nationalities, candidate.nationalities);
  return Math.min(1, Math.max(0, nationality.after));
}

/**
 * The highest score two persons can reach whatever their names: a perfect name pair adjusted for their
 * dates of birth and nationalities (the adjustments only ever move a higher name score higher). A
 * candidate whose ceiling is under a threshold need not have its names compared.
 */
export function identityCeiling(query: Omit<PersonToMatch, 'names'>, candidate: Omit<PersonToMatch, 'names'>): number {
  const dateOfBirth = adjustForDateOfBirth(1, query.dateOfBirth, candidate.dateOfBirth);
  return Math.min(1, Math.max(0, adjustForNationality(dateOfBirth.after, query.nationalities, candidate.nationalities).after));
}

/**
 * The highest score two persons born on known days can reach when one's date is not close to the other's
 * (`closeBirthDates`): the same year, another day, and a shared nationality. Screening at a threshold above
 * it need not look at such entries at all.
 */
export const OTHER_DAY_CEILING = identityCeiling({ dateOfBirth: '1970-01-01', nationalities: ['SYR'] }, { dateOfBirth: '1970-03-05', nationalities: ['SYR'] });

/** Scores two persons: best name pair, then date-of-birth and nationality adjustments, explained. */
export function scoreIdentity(query: PersonToMatch, candidate: PersonToMatch): IdentityScore {
  const { query: q, candidate: c } = bestNamePair(query, candidate);
  if (!q || !c) {
    return { score: 0, name: { score: 0, explanation: [], query: '', candidate: '' }, adjustments: [] };
  }
  const name = { ...scoreNames(q, c), query: q.input, candidate: c.input };
  const dateOfBirth = adjustForDateOfBirth(name.score, query.dateOfBirth, candidate.dateOfBirth);
  const nationality = adjustForNationality(dateOfBirth.after, query.nationalities, candidate.nationalities);
  return { score: Math.min(1, Math.max(0, nationality.after)), name, adjustments: [dateOfBirth, nationality] };
}
