/**
 * A watchlist CSV row as an entry row: its names, blocking keys (the same scheme as persons) and a hash
 * of its content, which tells an unchanged entry from a changed one when a list is imported again.
 */
import { createHash } from 'node:crypto';
import { phoneticKeysOf } from '../../../common/names';
import { indexPersonNames } from '../people/name-index';
import type { EntryInsert, EntryRow } from './watchlist-store';
import type { WatchlistRow } from './watchlist-csv';
import type { WatchlistName } from './tables';

/** The listed content that makes an entry what it is (not its line in the file). */
export function contentHashOf(row: WatchlistRow): string {
  const content = [row.name, row.aliases, row.dateOfBirth, row.dateOfBirthEstimated, row.nationalities, row.documentNumbers, row.action, row.validFrom, row.validTo, row.note];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
}

/** The names of an entry: the listed name, then its aliases. */
export function entryNames(row: Pick<WatchlistRow, 'name' | 'aliases'>): WatchlistName[] {
  return [{ name: row.name, kind: 'primary' }, ...row.aliases.map((name) => ({ name, kind: 'alias' as const }))];
}

/** The entry row a CSV row becomes in `version`. */
export function entryFromRow(row: WatchlistRow, sourceId: string, version: number): EntryInsert {
  const names = entryNames(row);
  const index = indexPersonNames({ givenNames: '', surname: row.name, otherNames: row.aliases.map((name) => ({ name, kind: 'alias' })) });
  return {
    sourceId,
    externalRef: row.externalRef,
    contentHash: contentHashOf(row),
    names,
    nameKeys: index.keys,
    searchText: index.searchText,
    dateOfBirth: row.dateOfBirth,
    dateOfBirthEstimated: row.dateOfBirthEstimated,
    birthFrom: row.birthFrom,
    birthTo: row.birthTo,
    nationalities: row.nationalities,
    documentNumbers: row.documentNumbers,
    action: row.action,
    validFrom: row.validFrom,
    validTo: row.validTo,
    note: row.note,
    addedInVersion: version,
  };
}

/** The consonant skeletons of a name's words (any script): "Gol Ahmad Haidari" and "گل احمد حیدری" alike. */
function skeletonsOf(name: string): string[] {
  return phoneticKeysOf(name).map((word) => word.skeleton);
}

/** True when every word of `alias` sounds like a distinct word of `primary`, and `primary` has more words. */
export function isShortFormOf(alias: string, primary: string): boolean {
  return wordsShortenPrimary(skeletonsOf(alias), skeletonsOf(primary));
}

/** `isShortFormOf` on the words' skeletons (`primary`'s are not changed). */
function wordsShortenPrimary(words: readonly string[], primary: readonly string[]): boolean {
  const left = [...primary];
  if (words.length === 0 || words.length >= left.length) {
    return false;
  }
  for (const word of words) {
    const at = left.indexOf(word);
    if (at < 0) {
      return false;
    }
    left.splice(at, 1);
  }
  return true;
}

/**
 * The entry's names a traveller is compared with. A list's alias that only shortens the listed name
 * ("Zahid Malik" for "Zahid Arshad Malik") is silent on the words it leaves out; a traveller who gives more
 * words than it has ("Samina Zahid Malik") is compared with the full listed name instead, which speaks to
 * them ("Arshad", not "Samina"). Otherwise every traveller of a large list sharing two common words with
 * some short alias would be stopped. A traveller giving no more words than the alias still meets it.
 */
export function namesComparedWith(entryNames: readonly string[], travellerNames: readonly string[]): string[] {
  return namesComparedWithWords(entryNames, fewestWordsOf(travellerNames));
}

/** The fewest words any of the traveller's names gives (what `namesComparedWith` weighs aliases against). */
export function fewestWordsOf(travellerNames: readonly string[]): number {
  return Math.min(...travellerNames.map((name) => phoneticKeysOf(name).length));
}

/**
 * `namesComparedWith` for a traveller giving at least `travellerWords` words in every name: a screening
 * counts them once, and reads each listed name's words once (the primary's only when an alias is shorter).
 */
export function namesComparedWithWords(entryNames: readonly string[], travellerWords: number): string[] {
  const [primary, ...aliases] = entryNames;
  if (primary === undefined) {
    return [];
  }
  let primaryWords: string[] | undefined;
  return [
    primary,
    ...aliases.filter((alias) => {
      const words = skeletonsOf(alias);
      if (words.length >= travellerWords) {
        return true;
      }
      primaryWords ??= skeletonsOf(primary);
      return !wordsShortenPrimary(words, primaryWords);
    }),
  ];
}

type ListedPerson = Pick<EntryRow, 'dateOfBirth' | 'dateOfBirthEstimated' | 'nationalities'>;

/**
 * A listed person (names listed first, then aliases) as the name matcher takes it for a traveller whose
 * names give at least `travellerWords` words (`fewestWordsOf`).
 */
export function listedAsCandidate(names: readonly string[], listed: ListedPerson, travellerWords: number) {
  const [primary, ...aliases] = namesComparedWithWords(names, travellerWords);
  return {
    givenNames: '',
    surname: primary ?? '',
    otherNames: aliases.map((name) => ({ name, kind: 'alias' as const })),
    dateOfBirth: listed.dateOfBirth,
    dateOfBirthEstimated: listed.dateOfBirthEstimated,
    nationalities: listed.nationalities,
  };
}

/** An entry as the name matcher takes it for one traveller (`src/common/names` through the people registry's bridge). */
export function entryAsCandidate(entry: Pick<EntryRow, 'names'> & ListedPerson, travellerNames: readonly string[]) {
  return listedAsCandidate(
    entry.names.map((n) => n.name),
    entry,
    fewestWordsOf(travellerNames),
  );
}

/** A traveller as the name matcher takes them: the first name as listed, the others as aliases. */
export function travellerAsCandidate(traveller: { names: readonly string[]; dateOfBirth?: string | null; dateOfBirthEstimated?: boolean; nationalities?: readonly string[] }) {
  const [primary, ...others] = traveller.names;
  return {
    givenNames: '',
    surname: primary ?? '',
    otherNames: others.map((name) => ({ name, kind: 'alias' as const })),
    dateOfBirth: traveller.dateOfBirth ?? null,
    dateOfBirthEstimated: traveller.dateOfBirthEstimated ?? false,
    nationalities: [...(traveller.nationalities ?? [])],
  };
}

/** What an alert keeps of the entry it was raised for. */
export function entrySnapshot(entry: EntryRow) {
  return {
    id: entry.id,
    externalRef: entry.externalRef,
    names: entry.names,
    dateOfBirth: entry.dateOfBirth,
    nationalities: entry.nationalities,
    documentNumbers: entry.documentNumbers,
    action: entry.action,
    validFrom: entry.validFrom,
    validTo: entry.validTo,
    note: entry.note,
    version: entry.addedInVersion,
  };
}
