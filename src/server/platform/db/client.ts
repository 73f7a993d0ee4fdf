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

/**
 * Names for the statements a process runs again and again, so that each pooled connection prepares them
 * once. PostgreSQL parses and analyses the text of every unnamed statement it is sent; with names, a
 * recorded crossing's dozen statements are parsed once per connection instead of once per crossing
 * (measured: 4.2 → 3.5 ms of database CPU per crossing). A text gets a name the second time it is seen,
 * process-wide and in sequence (two texts never share a name), up to `MAX_NAMED` texts; texts seen once
 * are forgotten past `MAX_SEEN`, so statements built with varying lists of values do not grow it without
 * bound. Only statements with parameters are named: a text without any may hold several statements (a
 * migration), which a prepared statement cannot. Planning is unchanged (`force_custom_plan`): a generic
 * plan would save more but could serve a skewed search with a plan made for no value in particular.
 */
export class StatementNames {
  static readonly MAX_NAMED = 1000;
  static readonly MAX_SEEN = 20_000;
  private readonly named = new Map<string, string>();
  private readonly seen = new Set<string>();

  /** The name of this statement text, or undefined while it is to stay unnamed. */
  nameOf(text: string): string | undefined {
    const name = this.named.get(text);
    if (name !== undefined || this.named.size >= StatementNames.MAX_NAMED) {
      return name;
    }
    if (!this.seen.has(text)) {
      if (this.seen.size >= StatementNames.MAX_SEEN) {
        this.seen.clear();
      }
      this.seen.add(text);
      return undefined;
    }
    this.seen.delete(text);
    const given = `crossroads_${this.named.size + 1}`;
    this.named.set(text, given);
    return given;
  }
}

/** A statement as a text and values, unnamed: not a submittable (a cursor, a stream) nor named already. */
function isPlainStatement(config: unknown): config is { text: string; values?: unknown } {
  return (
    config !== null &&
    typeof config === 'object' &&
    'text' in config &&
    typeof config.text === 'string' &&
    !('submit' in config && typeof config.submit === 'function') &&
    !('name' in config && config.name)
  );
}

/** Sends this connection's repeated parameterised statements by name (see `StatementNames`). */
function prepareRepeatedStatements(client: pg.PoolClient, names: StatementNames): void {
  const query = client.query.bind(client) as (config: unknown, values?: unknown, callback?: unknown) => unknown;
  client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
    if (isPlainStatement(config)) {
      const parameters = Array.isArray(values) ? values : config.values;
      const name = Array.isArray(parameters) && parameters.length > 0 ? names.nameOf(config.text) : undefined;
      if (name) {
        return query({ ...config, name }, values, callback);
      }
    }
    return query(config, values, callback);
  }) as typeof client.query;
}

/** Opens a database connection according to `options`. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    // JIT compilation pays off for long analytical queries; for this system's short requests it only adds
    // tens of milliseconds whenever the planner's estimate crosses jit_above_cost (measured on person search).
    // Plans stay custom (each execution planned for its parameters, as unnamed statements are) although
    // statements are prepared: see `StatementNames`.
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, options: '-c jit=off -c plan_cache_mode=force_custom_plan' });
    // A broken idle connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const names = new StatementNames();
    pool.on('connect', (client) => prepareRepeatedStatements(client, names));
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
