/** Family links between persons (for reunification and for spotting unaccompanied minors). */
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import { conflict, invalid, notFound } from '../../platform/errors';
import { ageOf } from './presenter';
import { ADULT_AGE, type Relation } from './reference';
import { actorIds, lockVisiblePerson, personScope } from './service';
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

/**
 * Which of `personIds` have a family link to someone certainly adult (youngest possible age 18 or more),
 * among the relatives the caller may see — the rule behind `possiblyUnaccompanied`, for a list at once.
 */
export async function personsWithAdultFamilyLink(ctx: Ctx, personIds: readonly string[]): Promise<Set<string>> {
  const wanted = new Set(personIds);
  const links = await store.selectFamilyLinksOfMany(ctx.db, [...wanted]);
  const otherIds = links.flatMap((l) => [l.personId, l.relatedPersonId]);
  const today = ctx.now().toISOString().slice(0, 10);
  const relatives = await store.selectPersons(ctx.db, [...new Set(otherIds)], personScope(ctx));
  const adults = new Set(relatives.filter((r) => (ageOf(r, today)?.min ?? 0) >= ADULT_AGE).map((r) => r.id));
  const result = new Set<string>();
  for (const link of links) {
    if (wanted.has(link.personId) && adults.has(link.relatedPersonId)) {
      result.add(link.personId);
    }
    if (wanted.has(link.relatedPersonId) && adults.has(link.personId)) {
      result.add(link.relatedPersonId);
    }
  }
  return result;
}
