/**
 * Which side of the synchronisation each database of this process is: headquarters or the edge of one
 * BCP. Kept per database (tests run both in one process), looked up from any transaction on it.
 */
import { rootDatabase } from '../../platform/context';
import type { Db, Executor, Tx } from '../../platform/db/client';

export type SyncSide = { side: 'hq' } | { side: 'edge'; siteId: string };

const sides = new WeakMap<Db, SyncSide>();

/** Declares the side of a database (the app does it when it is built, from the configuration). */
export function setSyncSide(db: Db, side: SyncSide): void {
  sides.set(db, side);
}

/** The side of the database a query or transaction runs on, if declared. */
export function syncSideOf(db: Executor): SyncSide | undefined {
  return sides.get(rootDatabase(db as Db | Tx));
}
