/**
 * A watchlist CSV row as an entry row: its names, blocking keys (the same scheme as persons) and a hash
 * of its content, which tells an unchanged entry from a changed one when a list is imported again.
 */
import { createHash } from 'node:crypto';
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

/** An entry as the name matcher takes it (`src/common/names` through the people registry's bridge). */
export function entryAsCandidate(entry: Pick<EntryRow, 'names' | 'dateOfBirth' | 'dateOfBirthEstimated' | 'nationalities'>) {
  const [primary, ...aliases] = entry.names;
  return {
    givenNames: '',
    surname: primary?.name ?? '',
    otherNames: aliases.map((a) => ({ name: a.name, kind: 'alias' as const })),
    dateOfBirth: entry.dateOfBirth,
    dateOfBirthEstimated: entry.dateOfBirthEstimated,
    nationalities: entry.nationalities,
  };
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
