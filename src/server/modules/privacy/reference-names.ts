/** Names of sites and organisations (platform tables) for the parts of a subject-access export, by id. */
import { inArray } from 'drizzle-orm';
import { organisations, sites } from '../../platform/auth/tables';
import type { Executor } from '../../platform/db/client';

function wanted(ids: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/** Site names by id. */
export async function siteNames(db: Executor, ids: ReadonlyArray<string | null | undefined>): Promise<Map<string, string>> {
  const list = wanted(ids);
  if (list.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(inArray(sites.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Organisation names by id. */
export async function organisationNames(db: Executor, ids: ReadonlyArray<string | null | undefined>): Promise<Map<string, string>> {
  const list = wanted(ids);
  if (list.length === 0) {
    return new Map();
  }
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** An instant as ISO text (null stays null): JSON files show dates the same whatever the driver returned. */
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  return value instanceof Date ? value.toISOString() : value;
}
