/** Raw SQL with typed rows, the same on PGlite and PostgreSQL (both drivers return `{ rows }`). */
import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/** Runs `query` and returns its rows typed as `T` (the caller vouches for the shape). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
