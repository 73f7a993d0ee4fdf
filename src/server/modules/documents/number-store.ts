/** SQL of the number series: the central allocator's rows, the blocks offices hold, spoiled numbers. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query';
import { documentNumberBlocks, documentNumberSeries, documentOffices, documentSpoiledNumbers } from './tables';

/** Moves a series' counter past `size` numbers and returns the first, or null when the series is exhausted. */
export async function advanceSeries(db: Executor, prefix: string, size: number): Promise<number | null> {
  await db.insert(documentNumberSeries).values({ prefix }).onConflictDoNothing();
  const [row] = await db
    .update(documentNumberSeries)
    .set({ nextNumber: sql`${documentNumberSeries.nextNumber} + ${size}` })
    .where(and(eq(documentNumberSeries.prefix, prefix), sql`${documentNumberSeries.nextNumber} + ${size} - 1 <= ${documentNumberSeries.lastNumber}`))
    .returning({ next: documentNumberSeries.nextNumber });
  return row ? row.next - size : null;
}

/** Records a block handed to an office. */
export async function insertBlock(db: Executor, block: { siteId: string; prefix: string; firstNumber: number; lastNumber: number; drawnBy: string | null }) {
  const [row] = await db
    .insert(documentNumberBlocks)
    .values({ ...block, nextNumber: block.firstNumber })
    .returning();
  return row!;
}

/**
 * Takes the next number of the office's oldest block that has one left, or null. The block row stays
 * locked until the transaction ends, so two processes never take the same number; the second
 * condition re-checks the block after waiting for that lock.
 */
export async function takeFromBlocks(db: Executor, siteId: string, prefix: string): Promise<number | null> {
  const rows = await queryRows<{ number: string | number }>(db, sql`
    update ${documentNumberBlocks} set next_number = next_number + 1
    where id = (
      select id from ${documentNumberBlocks}
      where site_id = ${siteId} and prefix = ${prefix} and next_number <= last_number
      order by first_number limit 1
    ) and next_number <= last_number
    returning next_number - 1 as number`);
  return rows[0] ? Number(rows[0].number) : null;
}

/** Numbers an office still holds unused, per series prefix. */
export async function remainingBySeries(db: Executor, siteIds: readonly string[]): Promise<{ siteId: string; prefix: string; remaining: number }[]> {
  if (siteIds.length === 0) {
    return [];
  }
  const rows = await queryRows<{ site_id: string; prefix: string; remaining: string | number }>(db, sql`
    select site_id, prefix, sum(greatest(last_number - next_number + 1, 0))::bigint as remaining
    from ${documentNumberBlocks}
    where site_id in (${sql.join(
      siteIds.map((id) => sql`${id}`),
      sql`, `,
    )})
    group by site_id, prefix order by prefix`);
  return rows.map((r) => ({ siteId: r.site_id, prefix: r.prefix, remaining: Number(r.remaining) }));
}

/** An office's blocks, oldest first. */
export async function selectBlocks(db: Executor, siteId: string) {
  return db.select().from(documentNumberBlocks).where(eq(documentNumberBlocks.siteId, siteId)).orderBy(asc(documentNumberBlocks.prefix), asc(documentNumberBlocks.firstNumber));
}

/** Spoiled numbers of an office, newest first. */
export async function selectSpoiled(db: Executor, siteId: string) {
  return db.select().from(documentSpoiledNumbers).where(eq(documentSpoiledNumbers.siteId, siteId)).orderBy(sql`${documentSpoiledNumbers.at} desc`);
}

/** Records a spoiled card's number. */
export async function insertSpoiled(db: Executor, row: { number: string; documentId: string; siteId: string; reason: string; by: string | null }) {
  await db.insert(documentSpoiledNumbers).values(row);
}

/** An office's issuing settings, or the defaults. */
export async function selectOfficeSettings(db: Executor, siteId: string): Promise<{ blockSize: number; lowWater: number }> {
  const [row] = await db.select().from(documentOffices).where(eq(documentOffices.siteId, siteId));
  return row ? { blockSize: row.blockSize, lowWater: row.lowWater } : { blockSize: 1000, lowWater: 100 };
}

/** All offices' stored settings. */
export async function selectAllOfficeSettings(db: Executor) {
  return db.select().from(documentOffices);
}

/** Stores an office's issuing settings. */
export async function upsertOfficeSettings(db: Executor, siteId: string, settings: { blockSize: number; lowWater: number }) {
  await db
    .insert(documentOffices)
    .values({ siteId, ...settings })
    .onConflictDoUpdate({ target: documentOffices.siteId, set: { ...settings, updatedAt: new Date() } });
}

/** True when `number` was spoiled in printing. */
export async function isSpoiledNumber(db: Executor, number: string): Promise<boolean> {
  const rows = await db.select({ number: documentSpoiledNumbers.number }).from(documentSpoiledNumbers).where(eq(documentSpoiledNumbers.number, number));
  return rows.length > 0;
}
