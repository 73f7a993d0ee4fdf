/**
 * SQL of the border's registers read whole (for their exports): a watchlist source's entries in its current
 * version, and the lost/stolen documents list. Neither is scoped by organisation: whoever manages the lists
 * sees all of them.
 */
import { and, asc, count, desc, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { lostDocuments, watchlistEntries } from './tables';

/** The condition of a source's entries in `version`: added by then and not removed by it. */
function entriesOfVersion(sourceId: string, version: number) {
  return and(
    eq(watchlistEntries.sourceId, sourceId),
    lte(watchlistEntries.addedInVersion, version),
    or(isNull(watchlistEntries.removedInVersion), gt(watchlistEntries.removedInVersion, version)),
  );
}

/** A source's entries in `version` by external reference, after `after` (the keyset condition). */
export function selectEntriesOfVersion(db: Executor, sourceId: string, version: number, after: SQL | undefined, limit: number) {
  return db
    .select({
      id: watchlistEntries.id,
      externalRef: watchlistEntries.externalRef,
      names: watchlistEntries.names,
      dateOfBirth: watchlistEntries.dateOfBirth,
      dateOfBirthEstimated: watchlistEntries.dateOfBirthEstimated,
      nationalities: watchlistEntries.nationalities,
      documentNumbers: watchlistEntries.documentNumbers,
      action: watchlistEntries.action,
      validFrom: watchlistEntries.validFrom,
      validTo: watchlistEntries.validTo,
      note: watchlistEntries.note,
      addedInVersion: watchlistEntries.addedInVersion,
    })
    .from(watchlistEntries)
    .where(and(entriesOfVersion(sourceId, version), after))
    .orderBy(asc(watchlistEntries.externalRef), asc(watchlistEntries.id))
    .limit(limit);
}

/** How many entries a source has in `version`. */
export async function countEntriesOfVersion(db: Executor, sourceId: string, version: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(watchlistEntries).where(entriesOfVersion(sourceId, version));
  return row?.n ?? 0;
}

function lostDocumentConditions(filter: { active?: boolean }) {
  return filter.active === undefined ? undefined : eq(lostDocuments.active, filter.active);
}

/** Lost/stolen documents newest listed first, after `after` (the keyset condition). */
export function selectLostDocuments(db: Executor, filter: { active?: boolean }, after: SQL | undefined, limit: number) {
  return db
    .select()
    .from(lostDocuments)
    .where(and(lostDocumentConditions(filter), after))
    .orderBy(desc(lostDocuments.createdAt), desc(lostDocuments.id))
    .limit(limit);
}

/** How many lost/stolen documents the filter selects. */
export async function countLostDocuments(db: Executor, filter: { active?: boolean }): Promise<number> {
  const [row] = await db.select({ n: count() }).from(lostDocuments).where(lostDocumentConditions(filter));
  return row?.n ?? 0;
}
