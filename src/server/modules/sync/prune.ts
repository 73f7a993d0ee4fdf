/**
 * Keeping the sync tables small (a housekeeping job): at a post, changes headquarters acknowledged more
 * than a month ago leave the outbox (rejected ones stay for review); at headquarters, the person feed
 * keeps three months. A post whose cursor fell behind the pruned part gets its persons copied again
 * (see `hq-feed.ts`), so pruning loses nothing.
 */
import { and, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/client';
import { syncOutbox, syncPersonFeed, syncState } from './tables';

const OUTBOX_KEPT_MS = 30 * 86_400_000;
const FEED_KEPT_MS = 90 * 86_400_000;

/** Where the feed was pruned up to (its last removed row), or null when it never was. */
export async function feedPrunedThrough(db: Executor): Promise<{ xid: number; seq: number } | null> {
  const [row] = await db.select({ value: syncState.value }).from(syncState).where(sql`${syncState.key} = 'feedPrunedThrough'`);
  return (row?.value as { xid: number; seq: number } | undefined) ?? null;
}

/** Prunes the outbox's old acknowledged changes and the feed's old rows; returns how many went. */
export async function pruneSync(db: Db, now: Date): Promise<{ outbox: number; feed: number }> {
  const outbox = await db
    .delete(syncOutbox)
    .where(and(isNotNull(syncOutbox.ackedAt), ne(syncOutbox.outcome, 'rejected'), lt(syncOutbox.ackedAt, new Date(now.getTime() - OUTBOX_KEPT_MS))))
    .returning({ seq: syncOutbox.seq });
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(syncPersonFeed)
      .where(lt(syncPersonFeed.at, new Date(now.getTime() - FEED_KEPT_MS)))
      .returning({ xid: syncPersonFeed.xid, seq: syncPersonFeed.seq });
    const last = removed.sort((a, b) => b.xid - a.xid || b.seq - a.seq)[0];
    if (last) {
      const before = await feedPrunedThrough(tx);
      const through = before && (before.xid > last.xid || (before.xid === last.xid && before.seq > last.seq)) ? before : { xid: last.xid, seq: last.seq };
      await tx
        .insert(syncState)
        .values({ key: 'feedPrunedThrough', value: through })
        .onConflictDoUpdate({ target: syncState.key, set: { value: through, updatedAt: now } });
    }
    return { outbox: outbox.length, feed: removed.length };
  });
}
