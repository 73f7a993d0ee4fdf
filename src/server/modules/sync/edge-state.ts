/** The edge's small persistent state (cursors, digests, last contact), one JSON value per key. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client';
import { syncState } from './tables';

export type StateKey = 'directoryDigest' | 'personCursor' | 'lastSuccessAt' | 'lastDownAt';

/** The value stored under `key`, or `fallback`. */
export async function readState<T>(db: Executor, key: StateKey, fallback: T): Promise<T> {
  const [row] = await db.select({ value: syncState.value }).from(syncState).where(eq(syncState.key, key));
  return row ? (row.value as T) : fallback;
}

/** Stores `value` under `key`. */
export async function writeState(db: Executor, key: StateKey, value: unknown): Promise<void> {
  await db
    .insert(syncState)
    .values({ key, value })
    .onConflictDoUpdate({ target: syncState.key, set: { value, updatedAt: new Date() } });
}
