/** Writing and checking the audit trail. Every read or change of personal data calls `recordAudit` in its transaction. */
import { and, asc, desc, eq, gt, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context';
import { actorOrganisationId } from '../context';
import type { Db, Tx } from '../db/client';
import { auditChainHead, auditLog } from './tables';
import { appendAuditEntries, auditBufferOf } from './buffer';
import { chainHash, entryPayload, type ChainedFields } from './chain';

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  /** Names of fields read or changed: never their values. */
  fields?: string[];
  detail?: Record<string, unknown>;
  outcome?: 'success' | 'denied' | 'failure';
  /** Overrides the actor label, e.g. the username tried in a failed login. */
  actorLabel?: string;
}

function actorColumns(ctx: Ctx): Pick<ChainedFields, 'actorUserId' | 'actorLabel' | 'apiKeyId'> {
  const actor = ctx.actor;
  switch (actor.kind) {
    case 'user':
      return { actorUserId: actor.userId, actorLabel: actor.username, apiKeyId: null };
    case 'apiKey':
      return { actorUserId: null, actorLabel: `api-key:${actor.apiKeyId}`, apiKeyId: actor.apiKeyId };
    case 'system':
      return { actorUserId: null, actorLabel: `system:${actor.label}`, apiKeyId: null };
    case 'anonymous':
      return { actorUserId: null, actorLabel: 'anonymous', apiKeyId: null };
  }
}

/**
 * Records one entry in the caller's transaction. In a transaction opened with `inTransaction` the entry
 * is held and appended just before commit (see `buffer.ts`); otherwise it is appended at once, which
 * locks the chain head until the transaction ends, so call this last there.
 */
export async function recordAudit(tx: Tx, ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actor = actorColumns(ctx);
  const fields: ChainedFields = {
    at: ctx.now().toISOString(),
    ...actor,
    actorLabel: entry.actorLabel ?? actor.actorLabel,
    actorOrganisationId: actorOrganisationId(ctx.actor),
    ip: ctx.ip,
    requestId: ctx.requestId,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    fields: entry.fields ?? null,
    detail: entry.detail ?? null,
    purpose: ctx.purpose ?? null,
    outcome: entry.outcome ?? 'success',
  };
  const buffer = auditBufferOf(tx);
  if (buffer) {
    buffer.entries.push(fields);
    return;
  }
  await appendAuditEntries(tx, [fields]);
}

/** Appends one entry in a transaction of its own (for events outside any business transaction). */
export async function recordAuditNow(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.transaction((tx) => recordAudit(tx, ctx, entry));
}

export interface ChainProblem {
  seq: number;
  problem: 'altered' | 'missing' | 'broken-link' | 'head-mismatch';
  message: string;
}

export interface ChainVerification {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}

/**
 * Recomputes the whole chain and reports altered, missing or re-linked entries. Safe while other processes
 * keep appending: the head is read first, and entries commit in chain order (the head row is locked until
 * commit), so every later read sees at least the entries up to that head.
 */
export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void | Promise<void>): Promise<ChainVerification> {
  const problems: ChainProblem[] = [];
  // Read before the entries: read after them, it could count entries appended meanwhile and report them removed.
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  let hashAtHead = head?.seq === 0 ? 'genesis' : undefined;
  let prevHash = 'genesis';
  let expectedSeq = 1;
  let entries = 0;
  const pageSize = 5000;
  for (;;) {
    const page = await db
      .select()
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        problems.push({
          seq: expectedSeq,
          problem: 'missing',
          message: `Entries ${expectedSeq}–${row.seq - 1} are missing`,
        });
      }
      if (row.prevHash !== prevHash) {
        problems.push({ seq: row.seq, problem: 'broken-link', message: `Entry ${row.seq} does not follow the previous entry` });
      }
      const recomputed = chainHash(row.prevHash, row.seq, entryPayload({
        at: row.at.toISOString(),
        actorUserId: row.actorUserId,
        actorLabel: row.actorLabel,
        actorOrganisationId: row.actorOrganisationId,
        apiKeyId: row.apiKeyId,
        ip: row.ip,
        requestId: row.requestId,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        fields: row.fields,
        detail: row.detail,
        purpose: row.purpose,
        outcome: row.outcome,
      }));
      if (recomputed !== row.hash) {
        problems.push({ seq: row.seq, problem: 'altered', message: `Entry ${row.seq} was changed after it was written` });
      }
      if (row.seq === head?.seq) {
        hashAtHead = row.hash;
      }
      prevHash = row.hash;
      expectedSeq = row.seq + 1;
      entries += 1;
    }
    await onProgress?.(entries);
    if (page.length < pageSize) {
      break;
    }
  }
  if (head && (head.seq > expectedSeq - 1 || head.hash !== hashAtHead)) {
    problems.push({
      seq: head.seq,
      problem: 'head-mismatch',
      message: `The chain ends at entry ${expectedSeq - 1} but ${head.seq} entries were written: the latest entries were removed`,
    });
  }
  return { ok: problems.length === 0, entries, problems };
}

export interface AuditQuery {
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Only entries with seq greater than this (keyset paging, newest first uses `beforeSeq`). */
  beforeSeq?: number;
  afterSeq?: number;
  limit: number;
}

/** Lists entries newest first; the caller has already been authorised to read the audit trail. */
export async function queryAudit(db: Db, query: AuditQuery, organisationId?: string) {
  return db.select().from(auditLog).where(auditConditions(query, organisationId)).orderBy(desc(auditLog.seq)).limit(query.limit);
}

/** How many entries the query selects (its paging and limit aside). */
export async function countAudit(db: Db, query: Omit<AuditQuery, 'limit'>, organisationId?: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(auditConditions(query, organisationId));
  return row?.n ?? 0;
}

/** The condition of an audit query: one place for the page and the count. */
function auditConditions(query: Omit<AuditQuery, 'limit'>, organisationId?: string): SQL | undefined {
  const conditions: SQL[] = [];
  if (query.actorUserId) {
    conditions.push(eq(auditLog.actorUserId, query.actorUserId));
  }
  if (query.entityType) {
    conditions.push(eq(auditLog.entityType, query.entityType));
  }
  if (query.entityId) {
    conditions.push(eq(auditLog.entityId, query.entityId));
  }
  if (query.action) {
    conditions.push(eq(auditLog.action, query.action));
  }
  if (query.from) {
    conditions.push(gte(auditLog.at, query.from));
  }
  if (query.to) {
    conditions.push(lte(auditLog.at, query.to));
  }
  if (query.beforeSeq) {
    conditions.push(sql`${auditLog.seq} < ${query.beforeSeq}`);
  }
  if (query.afterSeq) {
    conditions.push(gt(auditLog.seq, query.afterSeq));
  }
  if (organisationId) {
    conditions.push(eq(auditLog.actorOrganisationId, organisationId));
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}
