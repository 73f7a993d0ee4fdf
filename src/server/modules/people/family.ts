/** Family links between persons (for reunification and for spotting unaccompanied minors). */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import type { Relation } from './reference';
import { actorIds, lockVisiblePerson } from './service';
import * as store from './store';

/** Links `relatedId` to `personId` as the person's `relation` (e.g. relation "parent": related is the parent). */
export async function linkFamily(ctx: Ctx, personId: string, relatedId: string, relation: Relation) {
  requirePermission(ctx, 'people.write');
  if (personId === relatedId) {
    throw invalid('A person cannot be linked to themselves', [{ field: 'relatedPersonId', message: 'Same person' }]);
  }
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockVisiblePerson(tx, ctx, personId);
    await lockVisiblePerson(tx, ctx, relatedId);
    const existing = await store.selectFamilyLinks(tx, personId);
    if (existing.some((l) => l.personId === relatedId || l.relatedPersonId === relatedId)) {
      throw conflict('These two persons are already linked; remove the link first to change it');
    }
    const link = await store.insertFamilyLink(tx, { personId, relatedPersonId: relatedId, relation, createdBy: actor.userId });
    for (const id of [personId, relatedId]) {
      await store.insertHistory(tx, { personId: id, actorUserId: actor.userId, actorLabel: actor.label, action: 'family-linked', detail: { linkId: link.id, relation, personId, relatedId } });
      await recordAudit(tx, ctx, { action: 'person.family.link', entityType: 'person', entityId: id, fields: ['family'] });
    }
    return link;
  });
}

/** Removes a family link. */
export async function unlinkFamily(ctx: Ctx, personId: string, linkId: string) {
  requirePermission(ctx, 'people.write');
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockVisiblePerson(tx, ctx, personId);
    const links = await store.selectFamilyLinks(tx, personId);
    const link = links.find((l) => l.id === linkId);
    if (!link) {
      throw notFound('Family link');
    }
    await store.deleteFamilyLink(tx, linkId);
    for (const id of [link.personId, link.relatedPersonId]) {
      await store.insertHistory(tx, { personId: id, actorUserId: actor.userId, actorLabel: actor.label, action: 'family-unlinked', detail: { relation: link.relation, personId: link.personId, relatedId: link.relatedPersonId } });
      await recordAudit(tx, ctx, { action: 'person.family.unlink', entityType: 'person', entityId: id, fields: ['family'] });
    }
  });
}
