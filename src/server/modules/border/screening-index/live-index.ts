/**
 * The screening index of each database this process serves, kept at the lists' live versions. Every
 * screening reads the sources (a handful of rows) in its own transaction and hands them here: a source whose
 * current version moved past the one indexed gets its delta (entries added and removed between the two
 * versions) before the lookup, so a screening never uses an older list than its transaction sees. The first
 * use builds the index: at once when the lists are small, in the background otherwise (screening then uses
 * the database's own candidate lookup until the index is ready; `serve` starts that build at start-up). A large overlay of deltas triggers a
 * rebuild in the background; the old index serves until the new one is swapped in.
 */
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/query';
import type { WatchlistName } from '../tables';
import type { SourceRow } from '../watchlist-store';
import { EntryIndex, type IndexedEntry } from './entry-index';

/** Lists up to this many live entries are indexed before the first screening answers. */
const AWAIT_BUILD_UP_TO = 50_000;
const PAGE = 20_000;

/** An index and the list version of each source it holds. */
export interface LiveIndex {
  entries: EntryIndex;
  versions: ReadonlyMap<string, number>;
  builtAt: Date;
}

interface IndexState {
  ready: LiveIndex | null;
  building: Promise<LiveIndex> | null;
  /** Deltas are applied one at a time. */
  updating: Promise<void>;
  failures: number;
}

const states = new WeakMap<Db, IndexState>();

interface EntryRecord {
  id: string;
  source_id: string;
  names: WatchlistName[];
  /** Space-separated (keys hold no spaces): splitting a string is far quicker than parsing a text[]. */
  name_keys: string;
  date_of_birth: string | null;
  date_of_birth_estimated: boolean;
  birth_from: string | null;
  birth_to: string | null;
  nationalities: string;
  valid_from: string | null;
  valid_to: string | null;
}

const ENTRY_COLUMNS = sql.raw(`id, source_id, names, array_to_string(name_keys, ' ') as name_keys, date_of_birth, date_of_birth_estimated,
  birth_from::text as birth_from, birth_to::text as birth_to, array_to_string(nationalities, ' ') as nationalities,
  valid_from::text as valid_from, valid_to::text as valid_to`);

function words(text: string): string[] {
  return text ? text.split(' ') : [];
}

function indexed(row: EntryRecord): IndexedEntry {
  return {
    id: row.id,
    sourceId: row.source_id,
    names: row.names.map((n) => n.name),
    nameKeys: words(row.name_keys),
    dateOfBirth: row.date_of_birth,
    dateOfBirthEstimated: row.date_of_birth_estimated,
    birthFrom: row.birth_from,
    birthTo: row.birth_to,
    nationalities: words(row.nationalities),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}

/** Every entry of `sourceId` live in `version`, page by page. */
async function* liveEntriesOf(db: Executor, sourceId: string, version: number): AsyncGenerator<EntryRecord[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await queryRows<EntryRecord>(
      db,
      sql`select ${ENTRY_COLUMNS} from watchlist_entries
          where source_id = ${sourceId} and id > ${after} and added_in_version <= ${version}
            and (removed_in_version is null or removed_in_version > ${version})
          order by id limit ${PAGE}`,
    );
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

/** Builds the index of every source at its current version. */
async function buildIndex(db: Executor): Promise<LiveIndex> {
  const sources = await queryRows<{ id: string; current_version: number }>(db, sql`select id, current_version from watchlist_sources`);
  const entries = new EntryIndex();
  const versions = new Map<string, number>();
  for (const source of sources) {
    for await (const page of liveEntriesOf(db, source.id, source.current_version)) {
      for (const row of page) {
        entries.bulkAdd(indexed(row));
      }
    }
    versions.set(source.id, source.current_version);
  }
  return { entries: entries.seal(), versions, builtAt: new Date() };
}

/** Brings `live` from its version of a source to `version`: entries added, entries removed. */
async function applyDelta(db: Executor, live: LiveIndex, sourceId: string, version: number): Promise<void> {
  const from = live.versions.get(sourceId) ?? 0;
  if (version < from) {
    // A version never goes back; if it did (a restored database), only a rebuild is right.
    throw new Error(`watchlist source ${sourceId} went back from version ${from} to ${version}`);
  }
  const removed = await queryRows<{ id: string; name_keys: string }>(
    db,
    sql`select id, array_to_string(name_keys, ' ') as name_keys from watchlist_entries where source_id = ${sourceId}
        and added_in_version <= ${from} and removed_in_version > ${from} and removed_in_version <= ${version}`,
  );
  for (const row of removed) {
    live.entries.remove(row.id, words(row.name_keys));
  }
  const added = await queryRows<EntryRecord>(
    db,
    sql`select ${ENTRY_COLUMNS} from watchlist_entries where source_id = ${sourceId}
        and added_in_version > ${from} and added_in_version <= ${version}
        and (removed_in_version is null or removed_in_version > ${version})`,
  );
  for (const row of added) {
    live.entries.add(indexed(row));
  }
  (live.versions as Map<string, number>).set(sourceId, version);
}

function stateOf(db: Db): IndexState {
  let state = states.get(db);
  if (!state) {
    state = { ready: null, building: null, updating: Promise.resolve(), failures: 0 };
    states.set(db, state);
  }
  return state;
}

/** Starts a (re)build unless one runs; the result replaces the index in use when done. */
function startBuild(db: Db, state: IndexState): Promise<LiveIndex> {
  state.building ??= buildIndex(db)
    .then((live) => {
      state.ready = live;
      state.failures = 0;
      return live;
    })
    .finally(() => {
      state.building = null;
    });
  return state.building;
}

async function liveEntryCount(db: Executor): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from watchlist_entries where removed_in_version is null`);
  return row?.n ?? 0;
}

/**
 * The index at the versions of `sources` (as the caller's transaction reads them), or null while a large
 * index is still being built (the caller falls back to the database lookup).
 */
export async function screeningIndex(db: Db, tx: Executor, sources: readonly SourceRow[]): Promise<LiveIndex | null> {
  const state = stateOf(db);
  if (!state.ready) {
    if (state.building || (await liveEntryCount(tx)) > AWAIT_BUILD_UP_TO) {
      warmScreeningIndex(db);
      return null;
    }
    // Small lists are indexed at once, through the caller's transaction: on a single connection (the
    // embedded database) a query outside it would wait for it to end.
    state.ready = await buildIndex(tx);
  }
  const live = state.ready!;
  const behind = sources.filter((s) => (live.versions.get(s.id) ?? 0) !== s.currentVersion);
  if (behind.length > 0) {
    const update = state.updating.then(async () => {
      for (const source of behind) {
        if ((live.versions.get(source.id) ?? 0) < source.currentVersion) {
          await applyDelta(tx, live, source.id, source.currentVersion);
        }
      }
    });
    state.updating = update.catch(() => undefined);
    await update;
  }
  if (live.entries.wantsRebuild && !state.building) {
    void startBuild(db, state).catch(() => undefined);
  }
  return live;
}

/** Builds the index ahead of the first screening (at server start), without waiting for it. */
export function warmScreeningIndex(db: Db): void {
  const state = stateOf(db);
  void startBuild(db, state).catch(() => {
    state.failures += 1;
  });
}

/** Waits until the index is built (benchmarks and operations; screening never waits for a large build). */
export async function awaitScreeningIndex(db: Db): Promise<void> {
  const state = stateOf(db);
  if (!state.ready) {
    await startBuild(db, state);
  }
}

/** What the index holds, for status views and operations: versions in use, size, when built. */
export function screeningIndexStatus(db: Db): { ready: boolean; building: boolean; entries: number; versions: Record<string, number>; builtAt: string | null } {
  const state = stateOf(db);
  return {
    ready: state.ready !== null,
    building: state.building !== null,
    entries: state.ready?.entries.liveCount ?? 0,
    versions: Object.fromEntries(state.ready?.versions ?? []),
    builtAt: state.ready?.builtAt.toISOString() ?? null,
  };
}
