/** Keyset paging for exports: the next batch starts after the last row read, whatever the rows' order ties. */
import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * The rows after row `lastId` in the order (`column`, `id`) `direction`. The last row's sort value is read
 * back from the row itself: a timestamp keeps its microseconds, which a JavaScript date would lose (and
 * rows would be skipped). Null `lastId`: no condition (the first batch).
 */
export function rowsAfter(table: PgTable, column: AnyPgColumn, id: AnyPgColumn, direction: 'asc' | 'desc', lastId: string | null): SQL | undefined {
  if (lastId === null) {
    return undefined;
  }
  const comparison = direction === 'desc' ? sql`<` : sql`>`;
  return sql`(${column}, ${id}) ${comparison} (select ${column}, ${id} from ${table} where ${id} = ${lastId})`;
}
