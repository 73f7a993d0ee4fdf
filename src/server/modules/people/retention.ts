/**
 * Retention of persons (called by the privacy module's purge). A person counts from their record's last
 * change (the record itself or anything in its history). The privacy module asks every other module
 * whether it still refers to a candidate; a person nobody refers to is deleted here with their photo,
 * identity documents, legal statuses, family links (both directions), edit history and duplicate pairs.
 * A person taking part in a merge (survivor or merged record) is kept while the merge can be undone.
 */
import { and, asc, gt, inArray, lt, notExists, or, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import type { PurgedBatch } from '../privacy/contract';
import { duplicateCandidates, familyLinks, identityDocuments, legalStatuses, personHistory, personMerges, personPhotos, persons } from './tables';

/** A person whose record has not changed since before the cutoff: the id and the last change (ISO). */
export interface PersonCandidate {
  id: string;
  lastChange: string;
}

/**
 * Up to `limit` persons (by id, after `after`) created and last changed before `before`, not part of a
 * merge: the candidates the privacy module then checks against every module's references.
 */
export async function personRetentionCandidates(ctx: Ctx, before: Date, after: string | null, limit: number): Promise<PersonCandidate[]> {
  // Qualified by hand: in a select list Drizzle writes columns without their table, and "id" would be the history's.
  const lastHistory = sql<Date | string | null>`(select max(h.at) from person_history h where h.person_id = "persons"."id")`;
  const rows = await ctx.db
    .select({ id: persons.id, updatedAt: persons.updatedAt, lastHistory })
    .from(persons)
    .where(
      and(
        lt(persons.updatedAt, before),
        lt(persons.createdAt, before),
        after ? gt(persons.id, after) : undefined,
        notExists(ctx.db.select({ one: sql`1` }).from(personHistory).where(sql`${personHistory.personId} = ${persons.id} and ${personHistory.at} >= ${before.toISOString()}`)),
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(personMerges)
            .where(sql`${personMerges.survivorId} = ${persons.id} or ${personMerges.mergedId} = ${persons.id}`),
        ),
      ),
    )
    .orderBy(asc(persons.id))
    .limit(limit);
  return rows.map((row) => {
    const updated = new Date(row.updatedAt);
    const history = row.lastHistory ? new Date(row.lastHistory) : null;
    return { id: row.id, lastChange: (history && history > updated ? history : updated).toISOString() };
  });
}

/** The persons among `ids` that the registry's own records refer to in a way a purge must keep (merges). */
export async function personsHeldByPeople(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const list = [...ids];
  const rows = await ctx.db
    .select({ survivor: personMerges.survivorId, merged: personMerges.mergedId })
    .from(personMerges)
    .where(or(inArray(personMerges.survivorId, list), inArray(personMerges.mergedId, list)));
  const wanted = new Set(list);
  return new Set(rows.flatMap((r) => [r.survivor, r.merged]).filter((id) => wanted.has(id)));
}

/** Deletes these persons and everything the registry holds about them; the caller has made sure nothing else refers to them. */
export async function purgePersons(ctx: Ctx, ids: readonly string[]): Promise<PurgedBatch> {
  if (ids.length === 0) {
    return { removed: 0, deleted: {} };
  }
  const db = ctx.db;
  const list = [...ids];
  const photos = await db.delete(personPhotos).where(inArray(personPhotos.personId, list)).returning({ id: personPhotos.personId });
  const documents = await db.delete(identityDocuments).where(inArray(identityDocuments.personId, list)).returning({ id: identityDocuments.id });
  const statuses = await db.delete(legalStatuses).where(inArray(legalStatuses.personId, list)).returning({ id: legalStatuses.id });
  const links = await db
    .delete(familyLinks)
    .where(or(inArray(familyLinks.personId, list), inArray(familyLinks.relatedPersonId, list)))
    .returning({ id: familyLinks.id });
  const history = await db.delete(personHistory).where(inArray(personHistory.personId, list)).returning({ id: personHistory.id });
  const pairs = await db
    .delete(duplicateCandidates)
    .where(or(inArray(duplicateCandidates.personA, list), inArray(duplicateCandidates.personB, list)))
    .returning({ id: duplicateCandidates.id });
  const removed = await db.delete(persons).where(inArray(persons.id, list)).returning({ id: persons.id });
  return {
    removed: removed.length,
    deleted: {
      persons: removed.length,
      person_photos: photos.length,
      identity_documents: documents.length,
      person_legal_statuses: statuses.length,
      family_links: links.length,
      person_history: history.length,
      duplicate_candidates: pairs.length,
    },
  };
}
