/**
 * Audit entries held until their transaction is about to commit, then appended in one statement.
 *
 * Entries are chained at commit (see `appendAuditEntries`); holding them here until the end keeps a
 * transaction's entries in one queued row, in the order they were recorded.
 */
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { entryPayload, type ChainedFields } from './chain';

interface AuditBuffer {
  entries: ChainedFields[];
}

const buffers = new WeakMap<Db | Tx, AuditBuffer>();

/** The buffer of the transaction `db` belongs to, when it was opened with `withAuditBuffer`. */
export function auditBufferOf(db: Db | Tx): AuditBuffer | undefined {
  return buffers.get(db);
}

/** True when `db` is a transaction whose audit entries are held until commit (opened by `inTransaction`). */
export function isAuditedTransaction(db: Db | Tx): db is Tx {
  return buffers.has(db);
}

/** Runs `work` on the fresh transaction `tx` with its audit entries held back and appended just before it commits. */
export async function withAuditBuffer<T>(tx: Tx, work: () => Promise<T>): Promise<T> {
  const buffer: AuditBuffer = { entries: [] };
  buffers.set(tx, buffer);
  const result = await work();
  await appendAuditEntries(tx, buffer.entries);
  return result;
}

/**
 * Queues entries, in order, to be chained when the transaction commits: a deferred trigger in the
 * database (migration 0021) locks the chain head, chains the hashes (the same expression as
 * `chainHash`), inserts them and advances the head, all inside the COMMIT. The head's lock is then held
 * for the commit alone, not across a round trip to this process, whose event loop may be busy with other
 * requests (measured: with two server processes, writers queued behind the head while its holder's
 * COMMIT waited for its event loop). In a statement of its own (no transaction), the entries are chained
 * when the statement ends.
 */
export async function appendAuditEntries(tx: Tx | Db, entries: readonly ChainedFields[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const docs = JSON.stringify(entries.map((entry) => ({ ...entry, payload: entryPayload(entry) })));
  await tx.execute(sql`insert into audit_pending (docs) values (${docs}::jsonb)`);
}
