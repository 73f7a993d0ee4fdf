/** SQL of watchlists: sources, versions, imports and entries (candidate retrieval included). */
import { and, asc, desc, eq, getTableColumns, gt, inArray, isNull, lt, lte, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { users } from '../../platform/auth/tables';
import type { Executor, Tx } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { lostDocuments, watchlistEntries, watchlistImports, watchlistSources, watchlistVersions } from './tables';
import { textArrayLiteral } from '../people/name-lookup';

/** The columns an entry is read with (everything but the hashed keys, which exist for the index). */
/** The lookup hashes stay in the database: nobody reads them. */
type HashColumn = 'nameHashes' | 'nameYearHashes';
const HASH_COLUMNS: readonly string[] = ['nameHashes', 'nameYearHashes'] satisfies HashColumn[];
const entryColumns = Object.fromEntries(Object.entries(getTableColumns(watchlistEntries)).filter(([name]) => !HASH_COLUMNS.includes(name))) as Omit<
  ReturnType<typeof getTableColumns<typeof watchlistEntries>>,
  HashColumn
>;
export type EntryRow = Omit<typeof watchlistEntries.$inferSelect, HashColumn>;
export type EntryInsert = typeof watchlistEntries.$inferInsert;
export type SourceRow = typeof watchlistSources.$inferSelect;
export type ImportRow = typeof watchlistImports.$inferSelect;

/** Inserts a source. */
export async function insertSource(db: Executor, row: typeof watchlistSources.$inferInsert): Promise<SourceRow> {
  const [created] = await db.insert(watchlistSources).values(row).returning();
  return created!;
}

/** Sources with how many entries each has live now. */
export async function selectSources(db: Executor, where?: SQL) {
  // Written out qualified: Drizzle leaves a single-table query's columns unqualified, and inside the
  // subquery an unqualified "id" would be the entry's.
  const live = sql<number>`(select count(*)::int from watchlist_entries e where e.source_id = watchlist_sources.id
    and e.added_in_version <= watchlist_sources.current_version
    and (e.removed_in_version is null or e.removed_in_version > watchlist_sources.current_version))`;
  return db
    .select({ ...getTableColumns(watchlistSources), liveEntries: live })
    .from(watchlistSources)
    .where(where)
    .orderBy(asc(watchlistSources.code));
}

/** One source. */
export async function selectSource(db: Executor, id: string): Promise<SourceRow | undefined> {
  const [row] = await db.select().from(watchlistSources).where(eq(watchlistSources.id, id));
  return row;
}

/** Changes a source's name, threshold or state. */
export async function updateSource(db: Executor, id: string, patch: Partial<typeof watchlistSources.$inferInsert>) {
  const [row] = await db.update(watchlistSources).set(patch).where(eq(watchlistSources.id, id)).returning();
  return row;
}

/** Starts an import (refused by the unique index while another import of the source runs). */
export async function insertImport(db: Executor, row: typeof watchlistImports.$inferInsert): Promise<ImportRow> {
  const [created] = await db.insert(watchlistImports).values(row).returning();
  return created!;
}

/** One import. */
export async function selectImport(db: Executor, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(watchlistImports).where(eq(watchlistImports.id, id));
  return row;
}

/** The import of a source still marked running, if any. */
export async function selectRunningImport(db: Executor, sourceId: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(watchlistImports).where(and(eq(watchlistImports.sourceId, sourceId), eq(watchlistImports.status, 'running')));
  return row;
}

/** Records an import's progress or outcome. */
export async function updateImport(db: Executor, id: string, patch: Partial<typeof watchlistImports.$inferInsert>): Promise<void> {
  await db.update(watchlistImports).set(patch).where(eq(watchlistImports.id, id));
}

/** Imports of a source, newest first. */
export async function selectImports(db: Executor, sourceId: string, limit = 20) {
  const rows = await db
    .select({ job: watchlistImports, startedByName: users.displayName })
    .from(watchlistImports)
    .leftJoin(users, eq(users.id, watchlistImports.startedBy))
    .where(eq(watchlistImports.sourceId, sourceId))
    .orderBy(desc(watchlistImports.startedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row.job, startedByName: row.startedByName }));
}

/** Records a version that went live. */
export async function insertVersion(db: Executor, row: typeof watchlistVersions.$inferInsert): Promise<void> {
  await db.insert(watchlistVersions).values(row);
}

/** Reference and content hash of every entry of a source live in `version` (its current one). */
export function selectLiveRefs(db: Executor, sourceId: string, version: number) {
  return db
    .select({ id: watchlistEntries.id, externalRef: watchlistEntries.externalRef, contentHash: watchlistEntries.contentHash })
    .from(watchlistEntries)
    .where(
      and(
        eq(watchlistEntries.sourceId, sourceId),
        lte(watchlistEntries.addedInVersion, version),
        or(isNull(watchlistEntries.removedInVersion), gt(watchlistEntries.removedInVersion, version)),
      ),
    );
}

/** Entries of a source not removed, with these references, added before `version`. */
export function selectEntriesByRef(db: Executor, sourceId: string, refs: string[], version: number) {
  return db
    .select({ id: watchlistEntries.id, externalRef: watchlistEntries.externalRef, contentHash: watchlistEntries.contentHash })
    .from(watchlistEntries)
    .where(and(eq(watchlistEntries.sourceId, sourceId), inArray(watchlistEntries.externalRef, refs), isNull(watchlistEntries.removedInVersion), lt(watchlistEntries.addedInVersion, version)));
}

/** Inserts entries. */
export async function insertEntries(db: Executor, rows: EntryInsert[]): Promise<void> {
  if (rows.length > 0) {
    await db.insert(watchlistEntries).values(rows);
  }
}

/** Marks entries removed in `version` (they stay live until that version does). */
export async function markEntriesRemoved(db: Executor, ids: string[], version: number): Promise<void> {
  if (ids.length > 0) {
    await db.update(watchlistEntries).set({ removedInVersion: version }).where(inArray(watchlistEntries.id, ids));
  }
}

/** Replace mode: every entry of the source the new version's file does not list is removed in it. */
export async function removeEntriesNotIn(tx: Tx, sourceId: string, refs: string[], version: number): Promise<number> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update ${watchlistEntries} set removed_in_version = ${version}
        where source_id = ${sourceId} and removed_in_version is null and added_in_version < ${version}
          and not (external_ref = any(${textArrayLiteral(refs)}::text[]))
        returning id`,
  );
  return rows.length;
}

/** Undoes what an unfinished import wrote (its entries were never live). */
export async function discardVersion(db: Executor, sourceId: string, version: number): Promise<void> {
  await db.delete(watchlistEntries).where(and(eq(watchlistEntries.sourceId, sourceId), eq(watchlistEntries.addedInVersion, version)));
  await db.update(watchlistEntries).set({ removedInVersion: null }).where(and(eq(watchlistEntries.sourceId, sourceId), eq(watchlistEntries.removedInVersion, version)));
}

/** Entries by id, with their source (old alerts' entries included, removed or not). */
export function selectEntries(db: Executor, ids: string[]) {
  if (ids.length === 0) {
    return Promise.resolve([]);
  }
  return db
    .select({ entry: entryColumns, source: watchlistSources })
    .from(watchlistEntries)
    .innerJoin(watchlistSources, eq(watchlistSources.id, watchlistEntries.sourceId))
    .where(inArray(watchlistEntries.id, ids));
}

/**
 * The condition for an entry screening uses today: its source active, its version live (added at or
 * before the source's current version and not removed by it), and within its validity dates.
 */
export function liveEntry(today: string): SQL {
  return sql`${watchlistSources.active}
    and ${watchlistEntries.addedInVersion} <= ${watchlistSources.currentVersion}
    and (${watchlistEntries.removedInVersion} is null or ${watchlistEntries.removedInVersion} > ${watchlistSources.currentVersion})
    and (${watchlistEntries.validFrom} is null or ${watchlistEntries.validFrom} <= ${today})
    and (${watchlistEntries.validTo} is null or ${watchlistEntries.validTo} >= ${today})`;
}

/**
 * Where a travel document is listed, in one round trip (screening asks for every traveller, and the answer
 * is almost always nowhere): live watchlist entries giving its number (lists give no issuing state), and the
 * active lost/stolen listing of its number and issuing state.
 */
export async function documentListings(db: Executor, number: string, issuingState: string | null, today: string): Promise<{ entryIds: string[]; lostDocumentId: string | null }> {
  const rows = await queryRows<{ kind: 'entry' | 'lost'; id: string }>(
    db,
    sql`(select 'entry' as kind, ${watchlistEntries.id} as id from ${watchlistEntries}
          join ${watchlistSources} on ${watchlistSources.id} = ${watchlistEntries.sourceId}
          where ${watchlistEntries.documentNumbers} @> ${textArrayLiteral([number])}::text[] and ${liveEntry(today)}
          limit 50)
        union all
        (select 'lost', ${lostDocuments.id} from ${lostDocuments}
          where ${lostDocuments.number} = ${number} and ${lostDocuments.issuingState} = ${issuingState} and ${lostDocuments.active})`,
  );
  return { entryIds: rows.filter((r) => r.kind === 'entry').map((r) => r.id), lostDocumentId: rows.find((r) => r.kind === 'lost')?.id ?? null };
}

/** Every source (a handful): screening reads them once per traveller, in its transaction. */
export function selectAllSources(db: Executor): Promise<SourceRow[]> {
  return db.select().from(watchlistSources);
}

/**
 * Live entries whose hashed keys satisfy `matches` (an intarray condition on name_hashes, or on
 * name_year_hashes for keys with birth years), with their source: ranked by how many of `rankHashes`
 * (plain keys) their name_hashes share — the year-keyed arrays are several times longer and no better
 * for counting shared keys — then the best `preRank` by shared keys + `trigramWeight` × trigram
 * similarity of the normalised names; the best `limit` are read whole, in one statement.
 */
export function rankedLiveEntries(
  tx: Tx,
  options: { byBirthYear: boolean; matches: (column: SQLWrapper) => SQL; rankHashes: string; searchName: string; today: string; preRank: number; limit: number; trigramWeight: number },
) {
  const column = options.byBirthYear ? watchlistEntries.nameYearHashes : watchlistEntries.nameHashes;
  const shared = sql<number>`icount(${watchlistEntries.nameHashes} & ${options.rankHashes}::int[])`;
  const byKeys = tx
    .select({ id: watchlistEntries.id, searchText: watchlistEntries.searchText, shared: shared.as('shared') })
    .from(watchlistEntries)
    .innerJoin(watchlistSources, eq(watchlistSources.id, watchlistEntries.sourceId))
    .where(and(options.matches(column), liveEntry(options.today)))
    .orderBy(desc(shared))
    .limit(options.preRank)
    .as('by_keys');
  const ranked = tx
    .select({ id: byKeys.id })
    .from(byKeys)
    .orderBy(desc(sql`${byKeys.shared} + ${options.trigramWeight}::real * similarity(${byKeys.searchText}, ${options.searchName})`))
    .limit(options.limit)
    .as('ranked');
  return tx
    .select({ entry: entryColumns, source: watchlistSources })
    .from(ranked)
    .innerJoin(watchlistEntries, eq(watchlistEntries.id, ranked.id))
    .innerJoin(watchlistSources, eq(watchlistSources.id, watchlistEntries.sourceId));
}
