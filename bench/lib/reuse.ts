/**
 * BENCH_REUSE=1: measure again on the data an earlier run loaded (a million rows take minutes to load).
 * The run keeps the sample it plants from in `bench_sample`, so that the next run plants the same way.
 */
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/server/platform/db/client';
import { queryRows } from '../../src/server/platform/db/query';
import { bulkInsert } from './bulk';
import { databaseUrlOf } from './server';

/** A generated person kept with its database id; `person.index` orders the sample. */
export interface Sampled<T> {
  id: string;
  person: T;
}

/** Keeps the planted-from sample with the data. */
export async function saveSample<T>(database: Database, sample: readonly Sampled<T>[]): Promise<void> {
  await database.db.execute(sql`create table bench_sample (id uuid primary key, person jsonb not null)`);
  await bulkInsert(database.db, 'bench_sample', [{ name: 'id', type: 'uuid' }, { name: 'person', type: 'jsonb' }], sample.map((s) => [s.id, JSON.stringify(s.person)]));
}

/**
 * The database `name` of an earlier run with its sample, when `complete` says it holds the requested
 * data (e.g. the row count); null otherwise (load afresh).
 */
export async function reuseDatabase<T>(serverUrl: string, name: string, complete: (database: Database) => Promise<boolean>): Promise<{ database: Database; sample: Sampled<T>[] } | null> {
  if (process.env.BENCH_REUSE !== '1') {
    return null;
  }
  const database = await openDatabase({ url: databaseUrlOf(serverUrl, name), poolSize: 4 }).catch(() => null);
  if (!database) {
    return null;
  }
  try {
    const sample = await queryRows<Sampled<T>>(database.db, sql`select id, person from bench_sample order by (person->>'index')::int`);
    if (sample.length > 0 && (await complete(database))) {
      process.stderr.write(`reusing ${name} loaded by an earlier run\n`);
      return { database, sample };
    }
  } catch {
    // No sample table: not a complete earlier run.
  }
  await database.close();
  return null;
}
