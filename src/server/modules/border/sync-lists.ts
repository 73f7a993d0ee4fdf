/**
 * The watchlists and the lost/stolen documents list as they travel from headquarters to remote border
 * posts. A list goes down version by version: the entries added and removed between the post's version
 * and headquarters' (rows keep their ids and versions), written while the post's source still names its
 * old version, then the version moves in one last transaction — the post's screening (and its in-memory
 * index, which follows version deltas) sees the old list or the new one, never half. The lost/stolen list
 * is compared by digest and copied whole when it differs.
 */
import { and, asc, eq, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { rowFromJson } from '../../platform/db/rows';
import { conflict } from '../../platform/errors';
import { lostDocuments, watchlistEntries, watchlistSources, watchlistVersions } from './tables';

/** Columns the database computes from the others: never sent, never written. */
const GENERATED: readonly string[] = ['nameHashes', 'nameYearHashes'];
const entryColumns = Object.fromEntries(Object.entries(getTableColumns(watchlistEntries)).filter(([name]) => !GENERATED.includes(name))) as Omit<
  ReturnType<typeof getTableColumns<typeof watchlistEntries>>,
  'nameHashes' | 'nameYearHashes'
>;

type Json = Record<string, unknown>;

function asJson(row: object): Json {
  return JSON.parse(JSON.stringify(row)) as Json;
}

/** A source as headquarters has it, with the versions that went live (settings and version come down together). */
export interface SourceReplica {
  source: Json;
  versions: Json[];
}

/** Every source with its current version and version rows (a handful of rows). */
export async function sourcesForPosts(db: Executor): Promise<SourceReplica[]> {
  const sources = await db.select().from(watchlistSources).orderBy(asc(watchlistSources.code));
  const versions = await db.select().from(watchlistVersions).orderBy(asc(watchlistVersions.version));
  return sources.map((source) => ({
    source: asJson(source),
    versions: versions.filter((v) => v.sourceId === source.id && v.version <= source.currentVersion).map(asJson),
  }));
}

/** The version of each source this side screens with. */
export async function sourceVersions(db: Executor): Promise<Map<string, number>> {
  const rows = await db.select({ id: watchlistSources.id, version: watchlistSources.currentVersion }).from(watchlistSources);
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** One page of a source's changes between two versions: entries added in (from, to], then entries removed in it. */
export interface EntryChangesPage {
  entries: Json[];
  removals: { id: string; removedInVersion: number }[];
  /** Where the next page starts (`a:<id>` in the additions, `r:<id>` in the removals), or null at the end. */
  next: string | null;
}

const FIRST = '00000000-0000-0000-0000-000000000000';

/** A page of the changes of `sourceId` from version `from` to `to` (at most `limit` rows), after `cursor`. */
export async function entryChangesBetween(db: Executor, sourceId: string, from: number, to: number, cursor: string | null, limit: number): Promise<EntryChangesPage> {
  const phase = cursor?.startsWith('r:') ? 'r' : 'a';
  const after = cursor ? cursor.slice(2) : FIRST;
  if (phase === 'a') {
    const rows = await db
      .select(entryColumns)
      .from(watchlistEntries)
      .where(and(eq(watchlistEntries.sourceId, sourceId), gt(watchlistEntries.addedInVersion, from), lte(watchlistEntries.addedInVersion, to), gt(watchlistEntries.id, after)))
      .orderBy(asc(watchlistEntries.id))
      .limit(limit);
    // A removal after `to` is not part of this delta: the post learns it with the version that made it.
    const entries = rows.map((row) => asJson({ ...row, removedInVersion: row.removedInVersion !== null && row.removedInVersion <= to ? row.removedInVersion : null }));
    return { entries, removals: [], next: rows.length === limit ? `a:${rows[rows.length - 1]!.id}` : `r:${FIRST}` };
  }
  const removals = await queryRows<{ id: string; removed_in_version: number }>(
    db,
    sql`select id, removed_in_version from watchlist_entries where source_id = ${sourceId} and added_in_version <= ${from}
        and removed_in_version > ${from} and removed_in_version <= ${to} and id > ${after} order by id limit ${limit}`,
  );
  return {
    entries: [],
    removals: removals.map((r) => ({ id: r.id, removedInVersion: r.removed_in_version })),
    next: removals.length === limit ? `r:${removals[removals.length - 1]!.id}` : null,
  };
}

/**
 * Takes a source's settings (name, kind, threshold, on/off) from headquarters, creating it with the same
 * id when new here; its version is left as it is (it moves in `completeSourceVersion`).
 */
export async function applySourceSettings(ctx: Ctx, replica: SourceReplica): Promise<void> {
  const source = rowFromJson(watchlistSources, replica.source);
  const id = source.id!;
  await inTransaction(ctx, async (tx) => {
    const [byCode] = await tx.select({ id: watchlistSources.id }).from(watchlistSources).where(eq(watchlistSources.code, source.code));
    if (byCode && byCode.id !== id) {
      throw conflict(`A list with the code "${source.code}" exists here but not at headquarters; lists are managed at headquarters`);
    }
    const settings = { name: source.name, kind: source.kind, threshold: source.threshold, active: source.active };
    await tx
      .insert(watchlistSources)
      .values({ ...source, currentVersion: 0 })
      .onConflictDoUpdate({ target: watchlistSources.id, set: settings });
  });
}

/** Writes a page of a source's changes (entries not yet live: their version is ahead of the source's). */
export async function applyEntryChanges(ctx: Ctx, page: Pick<EntryChangesPage, 'entries' | 'removals'>): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (page.entries.length > 0) {
      // One statement and one parameter for the page: far cheaper than thousands of bound values.
      await tx.execute(sql`insert into watchlist_entries (id, source_id, external_ref, content_hash, names, name_keys, search_text, date_of_birth,
          date_of_birth_estimated, birth_from, birth_to, nationalities, document_numbers, action, valid_from, valid_to, note, added_in_version,
          removed_in_version, created_at)
        select id, "sourceId", "externalRef", "contentHash", names, coalesce("nameKeys", '{}'), coalesce("searchText", ''), "dateOfBirth",
          coalesce("dateOfBirthEstimated", false), "birthFrom", "birthTo", coalesce(nationalities, '{}'), coalesce("documentNumbers", '{}'), action,
          "validFrom", "validTo", note, "addedInVersion", "removedInVersion", coalesce("createdAt", now())
        from jsonb_to_recordset(${JSON.stringify(page.entries)}::jsonb) as r(id uuid, "sourceId" uuid, "externalRef" text, "contentHash" text,
          names jsonb, "nameKeys" text[], "searchText" text, "dateOfBirth" text, "dateOfBirthEstimated" boolean, "birthFrom" date, "birthTo" date,
          nationalities text[], "documentNumbers" text[], action text, "validFrom" date, "validTo" date, note text, "addedInVersion" int,
          "removedInVersion" int, "createdAt" timestamptz)
        on conflict (id) do nothing`);
    }
    const byVersion = new Map<number, string[]>();
    for (const removal of page.removals) {
      byVersion.set(removal.removedInVersion, [...(byVersion.get(removal.removedInVersion) ?? []), removal.id]);
    }
    for (const [version, ids] of byVersion) {
      await tx.update(watchlistEntries).set({ removedInVersion: version }).where(inArray(watchlistEntries.id, ids));
    }
  });
}

/** Makes `version` of a source live here, with headquarters' version rows: screening moves to it at once. */
export async function completeSourceVersion(ctx: Ctx, replica: SourceReplica): Promise<void> {
  const source = rowFromJson(watchlistSources, replica.source);
  await inTransaction(ctx, async (tx) => {
    const versions = replica.versions.map((v) => rowFromJson(watchlistVersions, v));
    if (versions.length > 0) {
      await tx.insert(watchlistVersions).values(versions).onConflictDoNothing();
    }
    const [before] = await tx.select({ version: watchlistSources.currentVersion }).from(watchlistSources).where(eq(watchlistSources.id, source.id!));
    await tx.update(watchlistSources).set({ currentVersion: source.currentVersion }).where(eq(watchlistSources.id, source.id!));
    await recordAudit(tx, ctx, {
      action: 'border.watchlist.synchronised',
      entityType: 'watchlist-source',
      entityId: source.id!,
      detail: { from: before?.version ?? 0, to: source.currentVersion },
    });
  });
}

/** A digest of the whole lost/stolen list: two sides with the same digest hold the same list. */
export async function lostDocumentsDigest(db: Executor): Promise<{ digest: string; count: number }> {
  const [row] = await queryRows<{ digest: string | null; count: number }>(
    db,
    sql`select md5(coalesce(string_agg(concat_ws('|', id, number, issuing_state, reason, reported_at, source, active), ',' order by id), '')) as digest,
          count(*)::int as count from lost_documents`,
  );
  return { digest: row?.digest ?? '', count: row?.count ?? 0 };
}

/** One page of the lost/stolen list by id. */
export async function lostDocumentsPage(db: Executor, after: string | null, limit: number): Promise<Json[]> {
  const rows = await db
    .select()
    .from(lostDocuments)
    .where(gt(lostDocuments.id, after ?? FIRST))
    .orderBy(asc(lostDocuments.id))
    .limit(limit);
  return rows.map(asJson);
}

/**
 * Writes a page of headquarters' lost/stolen list here (same ids). A row listed here under the same
 * number and issuing state but another id is replaced: the list is headquarters'.
 */
export async function applyLostDocuments(ctx: Ctx, page: readonly Json[]): Promise<void> {
  if (page.length === 0) {
    return;
  }
  await inTransaction(ctx, async (tx) => {
    const rows = page.map((row) => rowFromJson(lostDocuments, row));
    for (const row of rows) {
      await tx.delete(lostDocuments).where(and(eq(lostDocuments.number, row.number), eq(lostDocuments.issuingState, row.issuingState), sql`${lostDocuments.id} <> ${row.id}`));
    }
    await tx
      .insert(lostDocuments)
      .values(rows)
      .onConflictDoUpdate({
        target: lostDocuments.id,
        set: {
          reason: sql`excluded.reason`,
          reportedAt: sql`excluded.reported_at`,
          source: sql`excluded.source`,
          active: sql`excluded.active`,
          deactivatedAt: sql`excluded.deactivated_at`,
          deactivatedBy: sql`excluded.deactivated_by`,
        },
      });
  });
}

/** Removes lost/stolen rows headquarters does not hold (after a whole copy: `keep` is every id it sent). */
export async function removeLostDocumentsNotIn(ctx: Ctx, keep: ReadonlySet<string>): Promise<number> {
  const held = await ctx.db.select({ id: lostDocuments.id }).from(lostDocuments);
  const extra = held.map((r) => r.id).filter((id) => !keep.has(id));
  if (extra.length > 0) {
    await ctx.db.delete(lostDocuments).where(inArray(lostDocuments.id, extra));
  }
  return extra.length;
}
