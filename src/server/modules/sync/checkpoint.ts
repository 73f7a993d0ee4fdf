/**
 * The embedded database has no background checkpointer: without a CHECKPOINT its write-ahead log only
 * grows (gigabytes over a first copy of a large list). A post asks for one at most every half minute
 * while it writes what came down, and after each cycle. On PostgreSQL the server checkpoints by itself
 * and an ordinary role may not: the first refusal turns this off for the database.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';

const EVERY_MS = 30_000;
const last = new WeakMap<Db, number>();
const refused = new WeakSet<Db>();

/** Runs a CHECKPOINT when the last one is older than half a minute (or `force`). */
export async function checkpointIfDue(db: Db, force = false): Promise<void> {
  if (refused.has(db) || (!force && Date.now() - (last.get(db) ?? 0) < EVERY_MS)) {
    return;
  }
  last.set(db, Date.now());
  try {
    await db.execute(sql`checkpoint`);
  } catch {
    refused.add(db);
  }
}
