/** A fresh database per test file, on PGlite always and on PostgreSQL when TEST_DATABASE_URL is set. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database, type Engine } from '../client';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template';

/** The engines database tests run on in this environment. */
export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database {
  /** For PostgreSQL: the URL of this test's own database (to open a second pool, like a second process). */
  url?: string;
  /** Closes the connection and drops the database. */
  destroy(): Promise<void>;
}

/** Opens a new database copied from the migrated template. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dump = new Blob([fs.readFileSync(pgliteTemplatePath())]);
    const database = await openDatabase({ loadDataDir: dump });
    return { ...database, destroy: () => database.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    throw new Error('TEST_DATABASE_URL is not set');
  }
  const name = `crossroads_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${postgresTemplateName()}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const database = await openDatabase({ url, poolSize: 5 });
  return {
    ...database,
    url,
    destroy: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
