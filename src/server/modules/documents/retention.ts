/**
 * Retention and identity documents: the register of issued documents is not purged by a retention rule
 * (every number must stay accounted for, and a document's life is the register's evidence), so a person
 * holding a document of ours stays in the registry. Called by the privacy module's person purge.
 */
import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context';
import { issuedDocuments } from './tables';

/** The persons among `ids` that hold (or applied for) a document in the register. */
export async function personsHeldByDocuments(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await ctx.db.selectDistinct({ id: issuedDocuments.personId }).from(issuedDocuments).where(inArray(issuedDocuments.personId, [...ids]));
  return new Set(rows.map((r) => r.id));
}
