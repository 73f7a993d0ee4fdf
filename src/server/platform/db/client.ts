/** Opens the database: embedded PGlite (default) or PostgreSQL when a URL is given. Both speak one SQL dialect. */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** The raw PGlite instance (embedded engine only), e.g. to dump a data directory. */
  pglite?: PGlite;
  /** The connection pool (server engine only), for work that needs one dedicated connection. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; absent means embedded PGlite. */
  url?: string;
  /** PGlite data directory; absent means in memory. */
  dataDir?: string;
  /** A PGlite data directory dump to start from (test template). */
  loadDataDir?: Blob;
  poolSize?: number;
}

/** The extensions PGlite must load so that SQL using them runs the same as on PostgreSQL. */
export const pgliteExtensions = { pg_trgm, fuzzystrmatch, unaccent, intarray, btree_gist };

/** Opens a database connection according to `options`. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    // JIT compilation pays off for long analytical queries; for this system's short requests it only adds
    // tens of milliseconds whenever the planner's estimate crosses jit_above_cost (measured on person search).
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, options: '-c jit=off' });
    // A broken idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = drizzlePostgres(pool, { schema }) as unknown as Db;
    return { db, engine: 'postgres', pool, close: () => pool.end() };
  }
  if (options.dataDir) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  }
  const client = await PGlite.create({
    dataDir: options.dataDir,
    extensions: pgliteExtensions,
    loadDataDir: options.loadDataDir,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, engine: 'pglite', pglite: client, close: () => client.close() };
}
