import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines } from '../db/testing/test-database';
import { inTransaction, systemContext } from '../context';
import { openDatabase, type Db } from '../db/client';
import { queryRows } from '../db/query';
import { queryAudit, recordAudit, recordAuditNow, verifyAuditChain } from './audit';
import { canonicalJson } from './chain';

async function databaseWithEntries(engine: 'pglite' | 'postgres', count: number) {
  const database = await createTestDatabase(engine);
  const ctx = systemContext(database.db, 'audit-test');
  for (let i = 0; i < count; i += 1) {
    await recordAuditNow(ctx, { action: 'person.read', entityType: 'person', entityId: `p-${i}`, fields: ['names'], detail: { b: 1, a: [i] } });
  }
  return database;
}

/** Runs `statement` with the append-only triggers disabled, as an attacker with table rights would. */
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  await db.execute(statement);
  await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
}

describe('canonicalJson', () => {
  it('orders keys so that jsonb key reordering does not change the hash input', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe('{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}');
  });
});

describe.each(testEngines())('audit chain [%s]', (engine) => {
  it('verifies an intact chain written by concurrent writers', async () => {
    const database = await databaseWithEntries(engine, 3);
    const ctx = systemContext(database.db, 'concurrent');
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAuditNow(ctx, { action: 'x', entityId: String(i) })));
    const result = await verifyAuditChain(database.db);
    expect(result).toEqual({ ok: true, entries: 23, problems: [] });
    await database.destroy();
  });

  it('appends the entries of a transaction at its commit, in order, and chains them with concurrent transactions', async () => {
    const database = await databaseWithEntries(engine, 1);
    const ctx = systemContext(database.db, 'buffered');
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        inTransaction(ctx, async (tx, txCtx) => {
          await recordAudit(tx, txCtx, { action: 'first', entityId: `t${i}`, detail: { nested: { b: null, a: 'ا' } } });
          // Not yet written: held until commit.
          const [held] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_log where entity_id = ${`t${i}`}`);
          expect(held?.n).toBe(0);
          await recordAudit(tx, txCtx, { action: 'second', entityId: `t${i}`, fields: ['a', 'b'] });
        }),
      ),
    );
    const result = await verifyAuditChain(database.db);
    expect(result).toEqual({ ok: true, entries: 17, problems: [] });
    const rows = await queryAudit(database.db, { entityId: 't3', limit: 10 });
    expect(rows.map((row) => row.action)).toEqual(['second', 'first']);
    expect(rows[1]?.detail).toEqual({ nested: { b: null, a: 'ا' } });
    expect(rows[1]?.fields).toBeNull();
    expect(rows[0]?.seq).toBe((rows[1]?.seq ?? 0) + 1);
    await database.destroy();
  });

  it('drops the entries of a rolled-back transaction; a nested transaction joins the outer one', async () => {
    const database = await databaseWithEntries(engine, 1);
    const ctx = systemContext(database.db, 'rollback');
    await expect(
      inTransaction(ctx, async (tx, txCtx) => {
        await recordAudit(tx, txCtx, { action: 'lost' });
        await inTransaction(txCtx, async (inner, innerCtx) => recordAudit(inner, innerCtx, { action: 'lost-nested' }));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await expect(
      inTransaction(ctx, async (tx, txCtx) => {
        await recordAudit(tx, txCtx, { action: 'lost-outer' });
        await inTransaction(txCtx, async (inner, innerCtx) => {
          expect(inner).toBe(tx);
          await recordAudit(inner, innerCtx, { action: 'lost-inner' });
          throw new Error('inner');
        });
      }),
    ).rejects.toThrow('inner');
    await inTransaction(ctx, async (tx, txCtx) => {
      await recordAudit(tx, txCtx, { action: 'kept-before' });
      await inTransaction(txCtx, async (inner, innerCtx) => recordAudit(inner, innerCtx, { action: 'kept-nested' }));
      await recordAudit(tx, txCtx, { action: 'kept-after' });
    });
    const rows = await queryAudit(database.db, { limit: 10 });
    expect(rows.map((row) => row.action)).toEqual(['kept-after', 'kept-nested', 'kept-before', 'person.read']);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
    await database.destroy();
  });

  it('refuses updates and deletes through ordinary SQL', async () => {
    const database = await databaseWithEntries(engine, 2);
    await expect(database.db.execute(sql`update audit_log set action = 'y' where seq = 1`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log where seq = 1`)).rejects.toThrow();
    await database.destroy();
  });

  it('reports an intact chain while another process keeps appending to it', async () => {
    const database = await databaseWithEntries(engine, 3);
    // A second connection pool stands for another server process (the embedded engine has only one connection).
    const other = engine === 'postgres' ? await openDatabase({ url: database.url, poolSize: 1 }) : undefined;
    const ctx = systemContext(other?.db ?? database.db, 'other-process');
    // Entries committed after the last page was read, before the verification ends.
    const result = await verifyAuditChain(database.db, () => recordAuditNow(ctx, { action: 'during-verification' }));
    expect(result).toEqual({ ok: true, entries: 3, problems: [] });
    expect(await verifyAuditChain(database.db)).toEqual({ ok: true, entries: 4, problems: [] });
    await other?.close();
    await database.destroy();
  });

  it('detects an altered entry', async () => {
    const database = await databaseWithEntries(engine, 5);
    await tamper(database.db, sql`update audit_log set entity_id = 'someone-else' where seq = 3`);
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ seq: 3, problem: 'altered' }));
    await database.destroy();
  });

  it('detects a deleted entry in the middle', async () => {
    const database = await databaseWithEntries(engine, 5);
    await tamper(database.db, sql`delete from audit_log where seq = 2`);
    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem)).toEqual(expect.arrayContaining(['missing', 'broken-link']));
    await database.destroy();
  });

  it('detects removal of the latest entries', async () => {
    const database = await databaseWithEntries(engine, 5);
    await tamper(database.db, sql`delete from audit_log where seq >= 4`);
    const result = await verifyAuditChain(database.db);
    expect(result.problems).toContainEqual(expect.objectContaining({ problem: 'head-mismatch' }));
    await database.destroy();
  });
});
