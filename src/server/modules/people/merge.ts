/**
 * Merging duplicate persons and undoing a merge. A merge keeps everything: documents, statuses, family
 * links and photo move to the surviving record, field values are chosen one by one, and a snapshot of
 * both records is kept so that the merge can be undone exactly.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { requirePermission } from '../../platform/access/policy';
import { recordAudit } from '../../platform/audit/audit';
import { inTransaction, type Ctx } from '../../platform/context';
import type { Tx } from '../../platform/db/client';
import { conflict, invalid, notFound } from '../../platform/errors';
import { indexPersonNames } from './name-index';
import { describePerson } from './presenter';
import { actorIds, lockVisiblePerson, personScope } from './service';
import * as store from './store';
import type { PersonRow } from './store';
import { duplicateCandidates, familyLinks, identityDocuments, legalStatuses, personMerges, personPhotos } from './tables';

/** The fields a merge chooses between. */
export const MERGEABLE_FIELDS = [
  'givenNames',
  'surname',
  'originalName',
  'originalScript',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'nationalities',
  'languages',
  'contacts',
  'addresses',
  'legalStatus',
  'photo',
] as const;
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];
export type MergeChoices = Partial<Record<MergeableField, 'survivor' | 'merged'>>;

type PersonColumns = Omit<PersonRow, 'id'>;

function union<T>(a: T[], b: T[]): T[] {
  const seen = new Set(a.map((x) => JSON.stringify(x)));
  return [...a, ...b.filter((x) => !seen.has(JSON.stringify(x)))];
}

/** The survivor's new values: chosen fields from either record; names of the other become aliases. */
function mergedValues(survivor: PersonRow, merged: PersonRow, choices: MergeChoices): Partial<PersonColumns> {
  const pick = <K extends keyof PersonColumns>(field: K, choice: MergeableField = field as MergeableField) =>
    choices[choice] === 'merged' ? merged[field] : survivor[field];
  const chosen: Partial<PersonColumns> = {
    givenNames: pick('givenNames'),
    surname: pick('surname'),
    originalName: pick('originalName'),
    originalScript: pick('originalScript'),
    sex: pick('sex'),
    dateOfBirth: pick('dateOfBirth'),
    dateOfBirthEstimated: pick('dateOfBirthEstimated', 'dateOfBirth'),
    birthFrom: pick('birthFrom', 'dateOfBirth'),
    birthTo: pick('birthTo', 'dateOfBirth'),
    placeOfBirth: pick('placeOfBirth'),
    nationalities: choices.nationalities === 'merged' ? merged.nationalities : union(survivor.nationalities, merged.nationalities),
    languages: union(survivor.languages, merged.languages),
    contacts: union(survivor.contacts, merged.contacts),
    addresses: union(survivor.addresses, merged.addresses),
    legalStatus: pick('legalStatus'),
    sensitivity: union(survivor.sensitivity, merged.sensitivity),
  };
  // The name that did not survive is still a name this person used: keep it as an alias, so searches find it.
  const loserName = choices.surname === 'merged' || choices.givenNames === 'merged' ? survivor : merged;
  const aliasName = `${loserName.givenNames} ${loserName.surname}`.trim();
  const otherNames = union(survivor.otherNames, merged.otherNames);
  if (aliasName && aliasName !== `${chosen.givenNames ?? ''} ${chosen.surname ?? ''}`.trim()) {
    otherNames.push({ name: aliasName, kind: 'spelling' });
  }
  const otherOriginal = choices.originalName === 'merged' ? survivor.originalName : merged.originalName;
  if (otherOriginal && otherOriginal !== chosen.originalName) {
    otherNames.push({ name: otherOriginal, kind: 'spelling' });
  }
  chosen.otherNames = otherNames;
  const names = indexPersonNames({ givenNames: chosen.givenNames ?? '', surname: chosen.surname ?? '', originalName: chosen.originalName, otherNames });
  return { ...chosen, nameKeys: names.keys, searchText: names.searchText };
}

async function movePersonParts(tx: Tx, fromId: string, toId: string) {
  const documents = await tx.update(identityDocuments).set({ personId: toId }).where(eq(identityDocuments.personId, fromId)).returning({ id: identityDocuments.id });
  const statuses = await tx.update(legalStatuses).set({ personId: toId }).where(eq(legalStatuses.personId, fromId)).returning({ id: legalStatuses.id });
  const links = await store.selectFamilyLinks(tx, fromId);
  const survivorLinks = await store.selectFamilyLinks(tx, toId);
  const linkedToSurvivor = new Set(survivorLinks.map((l) => (l.personId === toId ? l.relatedPersonId : l.personId)));
  const movedLinks: { id: string; side: 'person' | 'related' }[] = [];
  const removedLinks: (typeof links)[number][] = [];
  for (const link of links) {
    const other = link.personId === fromId ? link.relatedPersonId : link.personId;
    if (other === toId || linkedToSurvivor.has(other)) {
      // Would link the survivor to itself or duplicate an existing link: removed, kept in the snapshot.
      removedLinks.push(link);
      await tx.delete(familyLinks).where(eq(familyLinks.id, link.id));
      continue;
    }
    const side = link.personId === fromId ? 'person' : 'related';
    await tx.update(familyLinks).set(side === 'person' ? { personId: toId } : { relatedPersonId: toId }).where(eq(familyLinks.id, link.id));
    movedLinks.push({ id: link.id, side });
    linkedToSurvivor.add(other);
  }
  return { documents: documents.map((d) => d.id), statuses: statuses.map((s) => s.id), movedLinks, removedLinks };
}

/** Merges `mergedId` into `survivorId`. */
export async function mergePersons(ctx: Ctx, input: { survivorId: string; mergedId: string; choices: MergeChoices; reason: string; candidateId?: string }) {
  requirePermission(ctx, 'people.merge');
  if (input.survivorId === input.mergedId) {
    throw invalid('Choose two different persons to merge', [{ field: 'mergedId', message: 'Same as the surviving record' }]);
  }
  if (input.reason.trim().length < 5) {
    throw invalid('Say why these records are the same person', [{ field: 'reason', message: 'At least 5 characters' }]);
  }
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const survivor = await lockVisiblePerson(tx, ctx, input.survivorId);
    const merged = await lockVisiblePerson(tx, ctx, input.mergedId);
    const values = mergedValues(survivor, merged, input.choices);
    const moved = await movePersonParts(tx, merged.id, survivor.id);
    const survivorPhoto = await store.selectPhoto(tx, survivor.id);
    const mergedPhoto = await store.selectPhoto(tx, merged.id);
    if (mergedPhoto && (input.choices.photo === 'merged' || !survivorPhoto)) {
      await store.upsertPhoto(tx, { ...mergedPhoto, personId: survivor.id });
      values.hasPhoto = true;
    }
    const updated = await store.updatePersonVersioned(tx, survivor.id, survivor.version, values);
    await store.updatePersonVersioned(tx, merged.id, merged.version, { mergedInto: survivor.id });
    const [merge] = await tx
      .insert(personMerges)
      .values({
        survivorId: survivor.id,
        mergedId: merged.id,
        reason: input.reason.trim(),
        choices: input.choices,
        before: {
          survivor: { ...survivor, createdAt: undefined, updatedAt: undefined },
          merged: { ...merged, createdAt: undefined, updatedAt: undefined },
          survivorVersionAfter: updated!.version,
          survivorPhoto: survivorPhoto ? survivorPhoto.image.toString('base64') : null,
          survivorPhotoType: survivorPhoto?.contentType ?? null,
          ...moved,
        },
        mergedBy: actor.userId,
      })
      .returning();
    await tx
      .update(duplicateCandidates)
      .set({ status: 'merged', decidedBy: actor.userId, decidedAt: ctx.now() })
      .where(
        and(
          inArray(duplicateCandidates.personA, [survivor.id, merged.id]),
          inArray(duplicateCandidates.personB, [survivor.id, merged.id]),
        ),
      );
    for (const [id, action] of [
      [survivor.id, 'merged-in'],
      [merged.id, 'merged-away'],
    ] as const) {
      await store.insertHistory(tx, { personId: id, actorUserId: actor.userId, actorLabel: actor.label, action, detail: { mergeId: merge!.id, survivorId: survivor.id, mergedId: merged.id, reason: input.reason } });
      await recordAudit(tx, ctx, { action: 'person.merge', entityType: 'person', entityId: id, fields: Object.keys(input.choices), detail: { mergeId: merge!.id } });
    }
    return { mergeId: merge!.id, person: await describePerson(txCtx, updated!, { full: true }) };
  });
}

interface MergeSnapshot {
  survivor: PersonRow;
  merged: PersonRow;
  survivorVersionAfter: number;
  survivorPhoto: string | null;
  survivorPhotoType: string | null;
  documents: string[];
  statuses: string[];
  movedLinks: { id: string; side: 'person' | 'related' }[];
  removedLinks: (typeof familyLinks.$inferSelect)[];
}

/** Undoes a merge: both records come back as they were, with what was moved returned to its owner. */
export async function undoMerge(ctx: Ctx, mergeId: string, reason: string) {
  requirePermission(ctx, 'people.merge');
  const actor = actorIds(ctx);
  return inTransaction(ctx, async (tx, txCtx) => {
    const [merge] = await tx.select().from(personMerges).where(eq(personMerges.id, mergeId));
    if (!merge) {
      throw notFound('Merge');
    }
    if (merge.undoneAt) {
      throw conflict('This merge was already undone');
    }
    const snapshot = merge.before as unknown as MergeSnapshot;
    const survivor = await store.selectPerson(tx, merge.survivorId, personScope(ctx));
    const merged = await store.selectPerson(tx, merge.mergedId, personScope(ctx));
    if (!survivor || !merged) {
      throw notFound('Merge');
    }
    if (survivor.version !== snapshot.survivorVersionAfter) {
      throw conflict('The surviving record was changed after the merge; review those changes before undoing it');
    }
    const restore = (row: PersonRow) => ({
      givenNames: row.givenNames,
      surname: row.surname,
      originalName: row.originalName,
      originalScript: row.originalScript,
      otherNames: row.otherNames,
      sex: row.sex,
      dateOfBirth: row.dateOfBirth,
      dateOfBirthEstimated: row.dateOfBirthEstimated,
      birthFrom: row.birthFrom,
      birthTo: row.birthTo,
      placeOfBirth: row.placeOfBirth,
      nationalities: row.nationalities,
      languages: row.languages,
      contacts: row.contacts,
      addresses: row.addresses,
      legalStatus: row.legalStatus,
      sensitivity: row.sensitivity,
      nameKeys: row.nameKeys,
      searchText: row.searchText,
      hasPhoto: row.hasPhoto,
    });
    const restoredSurvivor = await store.updatePersonVersioned(tx, survivor.id, survivor.version, restore(snapshot.survivor));
    await store.updatePersonVersioned(tx, merged.id, merged.version, { ...restore(snapshot.merged), mergedInto: null });
    if (snapshot.documents.length > 0) {
      await tx.update(identityDocuments).set({ personId: merged.id }).where(inArray(identityDocuments.id, snapshot.documents));
    }
    if (snapshot.statuses.length > 0) {
      await tx.update(legalStatuses).set({ personId: merged.id }).where(inArray(legalStatuses.id, snapshot.statuses));
    }
    for (const link of snapshot.movedLinks) {
      await tx.update(familyLinks).set(link.side === 'person' ? { personId: merged.id } : { relatedPersonId: merged.id }).where(eq(familyLinks.id, link.id));
    }
    for (const link of snapshot.removedLinks) {
      await tx.insert(familyLinks).values({ ...link, createdAt: new Date(link.createdAt) }).onConflictDoNothing();
    }
    if (snapshot.survivorPhoto && snapshot.survivorPhotoType) {
      await store.upsertPhoto(tx, { personId: survivor.id, contentType: snapshot.survivorPhotoType, image: Buffer.from(snapshot.survivorPhoto, 'base64') });
    } else if (!snapshot.survivor.hasPhoto) {
      await tx.delete(personPhotos).where(eq(personPhotos.personId, survivor.id));
    }
    await tx.update(personMerges).set({ undoneAt: ctx.now(), undoneBy: actor.userId, undoReason: reason }).where(eq(personMerges.id, mergeId));
    await tx
      .update(duplicateCandidates)
      .set({ status: 'open', decidedBy: null, decidedAt: null })
      .where(and(inArray(duplicateCandidates.personA, [survivor.id, merged.id]), inArray(duplicateCandidates.personB, [survivor.id, merged.id])));
    for (const id of [survivor.id, merged.id]) {
      await store.insertHistory(tx, { personId: id, actorUserId: actor.userId, actorLabel: actor.label, action: 'merge-undone', detail: { mergeId, reason } });
      await recordAudit(tx, ctx, { action: 'person.merge-undo', entityType: 'person', entityId: id, detail: { mergeId } });
    }
    return { survivor: await describePerson(txCtx, restoredSurvivor!, { full: true }), restoredId: merged.id };
  });
}

/** Merges into a person (for the person page's "undo" action); audited as a read of the person. */
export async function mergesOf(ctx: Ctx, personId: string) {
  requirePermission(ctx, 'people.read');
  return inTransaction(ctx, async (tx) => {
    const person = await store.selectPerson(tx, personId, personScope(ctx));
    if (!person) {
      throw notFound('Person');
    }
    const merges = await tx
      .select({ id: personMerges.id, survivorId: personMerges.survivorId, mergedId: personMerges.mergedId, reason: personMerges.reason, mergedAt: personMerges.mergedAt, undoneAt: personMerges.undoneAt })
      .from(personMerges)
      .where(eq(personMerges.survivorId, personId));
    await recordAudit(tx, ctx, { action: 'person.merges.read', entityType: 'person', entityId: personId, fields: ['merges'] });
    return merges;
  });
}
