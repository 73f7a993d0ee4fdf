/** The caller's context: who is asking, from where, why, and with which database. Every service takes it first. */
import type { Permission, ApiScope } from './access/permissions';
import { isAuditedTransaction, withAuditBuffer } from './audit/buffer';
import type { Db, Tx } from './db/client';

export interface UserActor {
  kind: 'user';
  userId: string;
  username: string;
  displayName: string;
  organisationId: string;
  siteIds: readonly string[];
  roles: readonly string[];
  permissions: ReadonlySet<Permission>;
  clearances: ReadonlySet<string>;
  /** Holds at least one national role: record scope is not limited to the own organisation. */
  national: boolean;
}

export interface ApiKeyActor {
  kind: 'apiKey';
  apiKeyId: string;
  organisationId: string;
  scopes: ReadonlySet<ApiScope>;
}

export interface SystemActor {
  kind: 'system';
  label: string;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

export type Actor = UserActor | ApiKeyActor | SystemActor | AnonymousActor;

export interface Ctx {
  db: Db;
  actor: Actor;
  requestId: string;
  ip: string | null;
  /** Why the caller opens the record, where a purpose is required. */
  purpose?: string;
  /** The clock; tests substitute a controllable one. */
  now: () => Date;
}

/** A context for work the system does by itself (CLI, jobs, seeding). */
export function systemContext(db: Db, label: string): Ctx {
  return { db, actor: { kind: 'system', label }, requestId: `system-${label}`, ip: null, now: () => new Date() };
}

/** The organisation the caller acts for, if any. */
export function actorOrganisationId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
    case 'apiKey':
      return actor.organisationId;
    case 'system':
    case 'anonymous':
      return null;
  }
}

/**
 * Runs `work` in one transaction. Inside it, use only `tx` or `txCtx` (whose `db` is the transaction):
 * the embedded database has a single connection, so a query on `ctx.db` there would wait forever.
 * Called inside another `inTransaction`, it joins that transaction rather than opening a savepoint (two
 * statements each): an error anywhere rolls the whole transaction back, so catch errors outside the
 * outermost call. Audit entries recorded inside are appended just before commit.
 */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Tx, txCtx: Ctx) => Promise<T>): Promise<T> {
  if (isAuditedTransaction(ctx.db)) {
    return work(ctx.db, ctx);
  }
  const root = rootDatabase(ctx.db);
  return ctx.db.transaction((tx) => {
    transactionRoots.set(tx, root);
    return withAuditBuffer(tx, () => work(tx, { ...ctx, db: tx }));
  });
}

/** The database each open transaction belongs to (a transaction's ctx carries the transaction as `db`). */
const transactionRoots = new WeakMap<object, Db>();

/**
 * The database a ctx's `db` belongs to: itself outside a transaction, the database the transaction was
 * opened on inside one. For what a process keeps per database (e.g. the screening index), never per transaction.
 */
export function rootDatabase(db: Db | Tx): Db {
  return transactionRoots.get(db) ?? (db as Db);
}
