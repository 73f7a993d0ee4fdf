import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, StatementNames, type Database } from './client';
import { queryRows } from './query';
import { createTestDatabase, testEngines, type TestDatabase } from './testing/test-database';

describe('statement names', () => {
  it('names a text the second time it is seen, each text its own name, the same name ever after', () => {
    const names = new StatementNames();
    expect(names.nameOf('select $1')).toBeUndefined();
    const first = names.nameOf('select $1');
    expect(first).toBeDefined();
    expect(names.nameOf('select $1')).toBe(first);
    names.nameOf('select $1, $2');
    expect(names.nameOf('select $1, $2')).not.toBe(first);
  });

  it('names at most MAX_NAMED texts, and forgets texts seen once past MAX_SEEN', () => {
    const names = new StatementNames();
    for (let n = 0; n < StatementNames.MAX_NAMED + 10; n += 1) {
      names.nameOf(`select ${n}`);
      names.nameOf(`select ${n}`);
    }
    expect(names.nameOf(`select ${StatementNames.MAX_NAMED + 5}`)).toBeUndefined();
    expect(names.nameOf('select 0')).toBe('crossroads_1');
    const fresh = new StatementNames();
    fresh.nameOf('kept once');
    for (let n = 0; n < StatementNames.MAX_SEEN; n += 1) {
      fresh.nameOf(`seen ${n}`);
    }
    // Forgotten: seen "once" again, so not named yet.
    expect(fresh.nameOf('kept once')).toBeUndefined();
  });
});

describe.each(testEngines().filter((engine) => engine === 'postgres'))('prepared statements on a pooled connection [%s]', (engine) => {
  let database: TestDatabase;
  let single: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    single = await openDatabase({ url: database.url!, poolSize: 1 });
  });
  afterAll(async () => {
    await single.close();
    await database.destroy();
  });

  it('prepares a repeated statement with parameters once and keeps answering it; leaves texts without parameters alone', async () => {
    const marker = `prepared-${Date.now()}`;
    for (let n = 0; n < 4; n += 1) {
      const [row] = await queryRows<{ echo: string; n: number }>(single.db, sql`select ${marker}::text as echo, ${n}::int as n`);
      expect(row).toEqual({ echo: marker, n });
    }
    const prepared = await queryRows<{ statement: string }>(single.db, sql`select statement from pg_prepared_statements where statement like ${'%as echo%'} and from_sql = false`);
    expect(prepared).toHaveLength(1);
    // Several statements in one text, without parameters (as a migration sends them), still run.
    await single.db.execute(sql.raw('select 1; select 2'));
    await single.db.execute(sql.raw('select 1; select 2'));
    // A statement that failed to parse is parsed again next time, not assumed prepared.
    for (let n = 0; n < 2; n += 1) {
      await expect(queryRows(single.db, sql`select * from no_such_table where id = ${n}`)).rejects.toThrow(/no_such_table/);
    }
    await single.db.execute(sql.raw('create table no_such_table (id int)'));
    expect(await queryRows(single.db, sql`select * from no_such_table where id = ${1}`)).toEqual([]);
  });
});
