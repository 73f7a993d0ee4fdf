/** SQL of the lost/stolen documents list. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { lostDocuments } from './tables';

export type LostDocumentRow = typeof lostDocuments.$inferSelect;
export type LostDocumentInsert = typeof lostDocuments.$inferInsert;

/** The listed document with this number and issuing state, active or not. */
export async function selectLostDocument(db: Executor, number: string, issuingState: string): Promise<LostDocumentRow | undefined> {
  const [row] = await db.select().from(lostDocuments).where(and(eq(lostDocuments.number, number), eq(lostDocuments.issuingState, issuingState)));
  return row;
}

/** One listed document by id. */
export async function selectLostDocumentById(db: Executor, id: string): Promise<LostDocumentRow | undefined> {
  const [row] = await db.select().from(lostDocuments).where(eq(lostDocuments.id, id));
  return row;
}

/**
 * Lists documents, or lists them again: a document already listed (even deactivated) takes the new
 * reason, date and source and is active again. Returns how many rows were new.
 */
export async function upsertLostDocuments(db: Executor, rows: LostDocumentInsert[]): Promise<{ added: number; updated: number }> {
  if (rows.length === 0) {
    return { added: 0, updated: 0 };
  }
  const result = await db
    .insert(lostDocuments)
    .values(rows)
    .onConflictDoUpdate({
      target: [lostDocuments.number, lostDocuments.issuingState],
      set: { reason: sql`excluded.reason`, reportedAt: sql`excluded.reported_at`, source: sql`excluded.source`, active: true, deactivatedAt: null, deactivatedBy: null },
    })
    // xmax = 0 only on a freshly inserted row.
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  const added = result.filter((r) => r.inserted).length;
  return { added, updated: result.length - added };
}

/** Takes a document off the list (the row stays for the alerts that point at it). */
export async function deactivateLostDocument(db: Executor, id: string, by: string | null, at: Date): Promise<LostDocumentRow | undefined> {
  const [row] = await db
    .update(lostDocuments)
    .set({ active: false, deactivatedBy: by, deactivatedAt: at })
    .where(and(eq(lostDocuments.id, id), eq(lostDocuments.active, true)))
    .returning();
  return row;
}
