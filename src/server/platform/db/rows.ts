/**
 * Rows that travel as JSON (between headquarters and remote posts): written back with the table's own
 * columns only, timestamps turned back into dates, generated columns left to the database.
 */
import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * The insertable row of `table` from a JSON object: keys that are not columns of the table, and the
 * columns named in `omit` (e.g. generated ones), are dropped; timestamp columns become `Date`s.
 */
export function rowFromJson<T extends Table>(table: T, value: Record<string, unknown>, omit: readonly string[] = []): T['$inferInsert'] {
  const row: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(getTableColumns(table))) {
    if (omit.includes(name) || !(name in value)) {
      continue;
    }
    const raw = value[name];
    row[name] = column.columnType === 'PgTimestamp' && typeof raw === 'string' ? new Date(raw) : raw;
  }
  return row as T['$inferInsert'];
}
