/** A person's edit history as other modules read parts of it (the calling module audits its own read). */
import type { Executor } from '../../platform/db/client';
import * as store from './store';

/** Who last changed any of `fields` of a person, and when, up to `until`; null when the history does not say. */
export async function lastChangeOfFields(db: Executor, personId: string, fields: readonly string[], until: Date): Promise<{ at: Date; userId: string | null; label: string | null } | null> {
  const rows = await store.selectHistory(db, personId);
  const row = rows.find((r) => r.at.getTime() <= until.getTime() && fields.some((field) => field in r.changes));
  return row ? { at: row.at, userId: row.actorUserId, label: row.actorLabel } : null;
}
