/**
 * Audit entries held until their transaction is about to commit, then appended in one statement.
 *
 * Appending locks the chain head, and the lock lasts until commit: taken early (a service deep in a
 * request writes its entry, then the request does more work) it makes every concurrent writer wait for
 * all of that work. Held back to the end, the lock lasts one statement plus the commit.
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
 * Appends entries in order in one statement: lock the chain head, chain the hashes in SQL (the same
 * expression as `chainHash`), insert, advance the head.
 */
export async function appendAuditEntries(tx: Tx, entries: readonly ChainedFields[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  const docs = JSON.stringify(entries.map((entry) => ({ ...entry, payload: entryPayload(entry) })));
  await tx.execute(sql`
    with recursive
    head as (select seq, hash from audit_chain_head where id = 1 for update),
    input as (select ord, doc from jsonb_array_elements(${docs}::jsonb) with ordinality as e(doc, ord)),
    chain as (
      select 0::bigint as ord, seq, hash, null::text as prev_hash from head
      union all
      select i.ord, c.seq + 1,
             encode(sha256(convert_to(c.hash || E'\n' || (c.seq + 1)::text || E'\n' || (i.doc->>'payload'), 'UTF8')), 'hex'),
             c.hash
      from chain c join input i on i.ord = c.ord + 1
    ),
    entry as (
      insert into audit_log (seq, at, actor_user_id, actor_label, actor_organisation_id, api_key_id, ip, request_id,
                             action, entity_type, entity_id, fields, detail, purpose, outcome, prev_hash, hash)
      select c.seq, (i.doc->>'at')::timestamptz, (i.doc->>'actorUserId')::uuid, i.doc->>'actorLabel',
             (i.doc->>'actorOrganisationId')::uuid, (i.doc->>'apiKeyId')::uuid, i.doc->>'ip', i.doc->>'requestId',
             i.doc->>'action', i.doc->>'entityType', i.doc->>'entityId',
             nullif(i.doc->'fields', 'null'::jsonb), nullif(i.doc->'detail', 'null'::jsonb),
             i.doc->>'purpose', i.doc->>'outcome', c.prev_hash, c.hash
      from chain c join input i on i.ord = c.ord
      returning seq, hash
    )
    update audit_chain_head set seq = last.seq, hash = last.hash
    from (select seq, hash from entry order by seq desc limit 1) last
    where audit_chain_head.id = 1`);
}
