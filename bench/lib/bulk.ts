/** Bulk loading for benchmarks: rows go in as arrays through unnest(), thousands per statement. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/server/platform/db/client';
import { queryRows } from '../../src/server/platform/db/query';

export interface BulkColumn {
  name: string;
  /** The element type passed in, e.g. 'text', 'uuid', 'date'. */
  type: string;
  /** SQL applied to the unnested value `v` (e.g. string_to_array(v, ' ') for array columns). */
  expression?: (value: SQL) => SQL;
}

/** Inserts `rows` into `table` via `insert … select … from unnest($1::type[], …)`, in batches. */
export async function bulkInsert(db: Db, table: string, columns: BulkColumn[], rows: unknown[][], batchSize = 5000, onBatch?: (inserted: number) => void) {
  const aliases = columns.map((_, c) => `c${c}`);
  const selectList = sql.join(
    columns.map((column, c) => (column.expression ? column.expression(sql.raw(aliases[c]!)) : sql.raw(aliases[c]!))),
    sql`, `,
  );
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const arrays = columns.map((column, c) => sql`${sql.param(batch.map((row) => row[c]))}::${sql.raw(column.type)}[]`);
    await db.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(columns.map((c) => c.name).join(', '))})
          select ${selectList} from unnest(${sql.join(arrays, sql`, `)}) as t(${sql.raw(aliases.join(', '))})`,
    );
    onBatch?.(start + batch.length);
  }
}

/**
 * Loads `count` generated rows into `table` the way a bulk migration would: the table's GIN indexes are
 * dropped first and built once at the end (far faster than maintaining them row by row), and the next
 * batch is generated while the previous one is being written. `rowAt(i)` gives row i.
 */
export async function bulkLoad(db: Db, table: string, columns: BulkColumn[], count: number, rowAt: (index: number) => unknown[], label = table) {
  const ginIndexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select indexname as name, indexdef as definition from pg_indexes where tablename = ${table} and indexdef ilike '%using gin%'`,
  );
  for (const index of ginIndexes) {
    await db.execute(sql.raw(`drop index ${index.name}`));
  }
  let pending: Promise<void> = Promise.resolve();
  let batch: unknown[][] = [];
  for (let i = 0; i < count; i += 1) {
    batch.push(rowAt(i));
    if (batch.length === 10_000 || i === count - 1) {
      const rows = batch;
      const loaded = i + 1;
      await pending;
      pending = bulkInsert(db, table, columns, rows, 10_000).then(() => {
        process.stderr.write(`\rloaded ${loaded}/${count} ${label}`);
      });
      batch = [];
    }
  }
  await pending;
  process.stderr.write('\nbuilding indexes\n');
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
    for (const index of ginIndexes) {
      await tx.execute(sql.raw(index.definition));
    }
  });
  await db.execute(sql.raw(`analyze ${table}`));
}
