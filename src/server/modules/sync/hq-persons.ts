/**
 * A person changed at a post, applied at headquarters by the stated rule (decision 0009): a person new
 * to headquarters is registered with the post's id; otherwise, field by field, a value the post changed
 * (it differs from the post's base) is taken when headquarters still has the base value, and when
 * headquarters changed that field too, **headquarters wins** and the post's value is kept in
 * `sync_conflicts` for review. Documents the post added are always added (a document is a fact, not an
 * opinion). Nothing the post sent is dropped: it is applied or it is in the review table.
 */
import { recordAudit } from '../../platform/audit/audit';
import type { Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { PERSON_FIELDS } from '../people/reference';
import { applyChangesFromPost, personReplica, sameValue, writePersonReplica, type PersonFields } from '../people/replica';
import type { Change, PersonChangePayload } from './changes';
import { feedPersonChange } from './hq-feed';
import { syncConflicts } from './tables';

/** Which fields the post's change may take and which are in conflict, against headquarters' current values. */
export function mergeFields(hq: PersonFields, post: PersonFields, base: Record<string, unknown> | null) {
  const take: Partial<Record<keyof PersonFields, unknown>> = {};
  const conflicting: (keyof PersonFields)[] = [];
  for (const field of PERSON_FIELDS) {
    if (sameValue(post[field], hq[field])) {
      continue;
    }
    const postChanged = base === null || !sameValue(post[field], base[field]);
    if (!postChanged) {
      // Only headquarters changed it: its value stands.
      continue;
    }
    const hqChanged = base === null || !sameValue(hq[field], base[field]);
    if (hqChanged) {
      conflicting.push(field);
    } else {
      take[field] = post[field];
    }
  }
  return { take: take as Partial<PersonFields>, conflicting };
}

function pick(fields: PersonFields | Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, (fields as Record<string, unknown>)[name] ?? null]));
}

/**
 * Applies one person change inside the inbox transaction; `conflict` when some of it went to review (with
 * when the post made the change and who, for the reviewer).
 */
export async function applyPersonChange(
  ctx: Ctx,
  site: { id: string; code: string },
  sent: Pick<Change, 'changeId' | 'createdAt'>,
  change: Required<PersonChangePayload>,
): Promise<{ outcome: 'applied' | 'conflict'; message?: string }> {
  const current = await personReplica(ctx.db, change.replica.id);
  if (!current) {
    await writePersonReplica(ctx, change.replica, { overwrite: false, action: 'registered-at-post' });
    return { outcome: 'applied' };
  }
  const { take, conflicting } = mergeFields(current.fields, change.replica.fields, change.base?.fields ?? null);
  await applyChangesFromPost(ctx, current.id, take, change.replica.documents, 'changed-at-post');
  if (conflicting.length === 0) {
    return { outcome: 'applied' };
  }
  const tx = ctx.db as Tx;
  const [row] = await tx
    .insert(syncConflicts)
    .values({
      personId: current.id,
      siteId: site.id,
      changeId: sent.changeId,
      fields: conflicting,
      hqValues: pick(current.fields, conflicting),
      postValues: pick(change.replica.fields, conflicting),
      baseValues: change.base ? pick(change.base.fields, conflicting) : null,
      hqVersion: current.version,
      postChangedAt: new Date(sent.createdAt),
      postChangedBy: change.changedBy,
    })
    .returning({ id: syncConflicts.id });
  await recordAudit(tx, ctx, { action: 'sync.conflict.record', entityType: 'person', entityId: current.id, fields: conflicting, detail: { conflictId: row!.id, siteId: site.id } });
  // The post gets headquarters' record back even when nothing of its change was taken.
  await feedPersonChange(tx, current.id);
  return { outcome: 'conflict', message: `Headquarters kept its values of ${conflicting.join(', ')}; the post's are waiting for review` };
}
