/** The bridge between person records and the name-matching library: index keys, search text, scoring. */
import { normaliseName } from '../../../common/names/normalise';
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
  return names.filter((n) => n.trim().length > 0);
}

/** Blocking keys and trigram text to store on the person row. */
export function indexPersonNames(person: NamedPerson): { keys: string[]; searchText: string } {
  const names = allNamesOf(person);
  const keys = new Set<string>();
  for (const name of names) {
    for (const key of queryKeys(name)) {
      keys.add(key);
    }
  }
  return { keys: [...keys], searchText: names.map(normaliseName).join(' | ') };
}

/** The keys a query name is looked up by. */
export function queryKeys(name: string): string[] {
  return normaliseName(name)
    .split(' ')
    .filter((t) => t.length > 0);
}

export interface MatchQuery {
  name?: string;
  dateOfBirth?: { from: string; to: string } | null;
  nationality?: string | null;
}

export interface MatchCandidate extends NamedPerson {
  birthFrom: string | null;
  birthTo: string | null;
  nationalities: string[];
}

export interface MatchExplanation {
  score: number;
  reasons: string[];
}

/** Scores how well a stored person matches the query, with reasons a person can read. */
export function scorePersonMatch(query: MatchQuery, candidate: MatchCandidate): MatchExplanation {
  const reasons: string[] = [];
  let score = 0;
  if (query.name) {
    const wanted = new Set(queryKeys(query.name));
    const have = new Set(allNamesOf(candidate).flatMap(queryKeys));
    const shared = [...wanted].filter((k) => have.has(k));
    score = wanted.size === 0 ? 0 : shared.length / wanted.size;
    reasons.push(`name parts matched: ${shared.join(', ') || 'none'}`);
  }
  return { score, reasons };
}
