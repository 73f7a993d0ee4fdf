/**
 * Looking names up by their hashed blocking keys (persons.name_hashes / name_year_hashes, watchlist
 * entries' name_hashes, all computed by migration 0005's name_key_hashes): the steps from narrow to
 * wide, the intarray condition for each, and the statement settings the planner needs. Shared by person
 * search and border screening; each keeps its own ranking query over its own table.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { pgHashtext } from '../../platform/db/hashtext';
import { queryKeyGroups } from './name-index';

/**
 * Which records a name lookup asks for: those matching keys of at least two parts of the name, or those
 * sharing any one key; with or without the one-consonant-deleted skeletons (which make a key of Mohammed
 * also Ahmad's and Hamid's). The narrowest comes first; a caller widens step by step only while it has
 * no good match.
 */
export interface Breadth {
  parts: 'two' | 'any';
  deletions: boolean;
}
export const LOOKUP_STEPS: readonly Breadth[] = [
  { parts: 'two', deletions: false },
  { parts: 'two', deletions: true },
  { parts: 'any', deletions: true },
];

/** A text[] literal (keys never hold quotes or backslashes, but a query is typed by a person). */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '')}"`).join(',')}}`;
}

/** An intarray query: any key of group i and any key of group j, for some pair of groups. */
export function twoPartsQuery(groups: readonly number[][]): string {
  const any = (hashes: readonly number[]) => `(${hashes.join('|')})`;
  const pairs: string[] = [];
  for (let i = 0; i < groups.length; i += 1) {
    for (let j = i + 1; j < groups.length; j += 1) {
      pairs.push(`${any(groups[i]!)}&${any(groups[j]!)}`);
    }
  }
  return pairs.join('|');
}

/** A name's lookup at one step: the condition on a hash column and every hash, for ranking by `icount`. */
export interface KeyLookup {
  matches(column: SQLWrapper): SQL;
  /** An int[] literal of every hash looked up. */
  allHashes: string;
}

/**
 * The keys `name` is looked up by at `step`, per name part; `expand` turns each part's keys into what
 * the column holds (e.g. key@year). Null when there is nothing to look up (no keys, or two parts of a
 * one-part name): no statement is needed then.
 */
export function lookupKeys(name: string, step: Breadth, expand: (keys: string[]) => string[] = (keys) => keys): string[][] | null {
  const groups = queryKeyGroups(name, { deletions: step.deletions }).map(expand);
  return groups.length === 0 || (step.parts === 'two' && groups.length < 2) ? null : groups;
}

/** The lookup of those keys, hashed as the database hashes the stored keys (`hashtext`). */
export function keyLookup(groups: readonly string[][], step: Breadth): KeyLookup {
  const hashGroups = groups.map((keys) => [...new Set(keys.map(pgHashtext))]);
  const allHashes = `{${[...new Set(hashGroups.flat())].join(',')}}`;
  const query = twoPartsQuery(hashGroups);
  return {
    allHashes,
    matches: (column) => (step.parts === 'two' ? sql`${column} @@ ${query}::query_int` : sql`${column} && ${allHashes}::int[]`),
  };
}

/**
 * The planner cannot estimate an overlap with a hundred hashed keys (it guesses a sixth of the table and
 * scans it all: 1.1 s instead of 7 ms on a million persons), and a parallel plan costs more to start than
 * the few hundred candidates take to rank: both are switched off for the rest of this transaction (what
 * follows in a crossing's transaction are key lookups and inserts, which these settings do not change).
 */
export async function steerToIndex(tx: Executor): Promise<void> {
  await tx.execute(sql`select set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`);
}
