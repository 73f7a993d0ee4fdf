/** Adding an identity document to a person already registered (checked by `document-check.ts`). */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { checkDocument, documentAdded, documentAddedAudit, type DocumentInput } from './document-check';
import { actorIds, lockVisiblePerson } from './service';
import * as store from './store';

/** Adds a document to a person; returns it with its flags. */
export async function addDocument(ctx: Ctx, personId: string, input: DocumentInput) {
  requirePermission(ctx, 'people.write');
  const checked = checkDocument(ctx, input);
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockVisiblePerson(tx, ctx, personId);
    const [row] = await store.insertDocuments(tx, [{ ...checked.row, personId, recordedBy: actor.userId }]);
    await store.insertHistory(tx, documentAdded(personId, row!.id, checked.flags, actor));
    await recordAudit(tx, ctx, documentAddedAudit(personId, checked.flags));
    return row!;
  });
}
