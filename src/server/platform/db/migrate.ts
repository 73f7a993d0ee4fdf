/** Applies the committed drizzle-kit SQL migrations. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database } from './client';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../drizzle');

/** Brings the schema up to date; on PostgreSQL an advisory lock keeps two starting processes from racing. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!database.pool) {
    throw new Error('PostgreSQL database without a connection pool');
  }
  // Session-level advisory locks belong to one connection: lock, migrate and unlock on the same one.
  const client = await database.pool.connect();
  const lockKey = 70_112_026;
  try {
    await client.query('select pg_advisory_lock($1)', [lockKey]);
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => undefined);
    client.release();
  }
}
