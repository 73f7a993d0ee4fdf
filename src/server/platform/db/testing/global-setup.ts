/**
 * Vitest global setup: migrates once per run into templates (a PGlite dump, and a PostgreSQL template
 * database when TEST_DATABASE_URL is set), so each test file starts from a copy in well under a second.
 */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../client';
import { migrateDatabase } from '../migrate';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template';

async function buildPgliteTemplate(): Promise<void> {
  const file = pgliteTemplatePath();
  if (fs.existsSync(file)) {
    return;
  }
  const database = await openDatabase({});
  await migrateDatabase(database);
  const dump = await database.pglite!.dumpDataDir('gzip');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(partial, file);
  await database.close();
}

async function buildPostgresTemplate(url: string): Promise<void> {
  const template = postgresTemplateName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Templates of older migration sets are never used again: drop them so they do not pile up.
    const stale = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'crossroads\\_tpl\\_%' and datname <> $1",
      [template],
    );
    for (const row of stale.rows) {
      await admin.query(`drop database if exists "${row.datname}" with (force)`).catch(() => undefined);
    }
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount) {
      return;
    }
    const building = `${template}_building_${process.pid}`;
    await admin.query(`drop database if exists "${building}"`);
    await admin.query(`create database "${building}"`);
    const database = await openDatabase({ url: withDatabase(url, building), poolSize: 2 });
    await migrateDatabase(database);
    await database.close();
    await admin.query(`alter database "${building}" rename to "${template}"`);
  } finally {
    await admin.end();
  }
}

/** Builds the templates the test files copy. */
export default async function setup(): Promise<void> {
  if (process.env.CI === 'true' && !process.env.TEST_DATABASE_URL) {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: database tests must run on PostgreSQL too');
  }
  await buildPgliteTemplate();
  if (process.env.TEST_DATABASE_URL) {
    await buildPostgresTemplate(process.env.TEST_DATABASE_URL);
  }
}
