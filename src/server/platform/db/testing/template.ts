/** Where the migrated test templates live: one per set of migrations, so a schema change makes a new one. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { migrationsFolder } from '../migrate';

/** A short hash of every migration file, naming the templates built from them. */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** The PGlite data-directory dump every test file starts from. */
export function pgliteTemplatePath(): string {
  return path.resolve(migrationsFolder, '..', '.tmp', `pglite-template-${migrationsFingerprint()}.tar.gz`);
}

/** The PostgreSQL template database every test database is copied from. */
export function postgresTemplateName(): string {
  return `crossroads_tpl_${migrationsFingerprint()}`;
}

/** The server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
