/** Bulk loading for benchmarks: rows go in as arrays through unnest(), thousands per statement. */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../src/server/platform/db/client';

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
