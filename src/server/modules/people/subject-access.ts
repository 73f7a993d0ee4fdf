/**
 * The registry's part of a subject-access export: the person's records (theirs and those merged into
 * them), identity documents, legal statuses, family links, edit history and photo. Related persons are
 * third parties: a family link shows the relation, never who the relative is.
 */
import { asc, desc, eq, inArray, or } from 'drizzle-orm';
import { clearancesOf, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, holdsAll, withheldOf, type SubjectAccessPart } from '../privacy/contract';
import { iso } from '../privacy/reference-names';
import { inverseRelation, type Relation } from './reference';
import { personColumns } from './store';
import { familyLinks, identityDocuments, legalStatuses, personHistory, personPhotos, persons } from './tables';

/** The person and every record merged into them (directly or through an earlier merge). */
export async function subjectRecordIds(ctx: Ctx, personId: string): Promise<string[]> {
  const ids = [personId];
  for (let i = 0; i < ids.length; i += 1) {
    const merged = await ctx.db.select({ id: persons.id }).from(persons).where(eq(persons.mergedInto, ids[i]!));
    ids.push(...merged.map((m) => m.id).filter((id) => !ids.includes(id)));
  }
  return ids;
}

const extensionOf = (contentType: string) => (contentType === 'image/png' ? 'png' : contentType === 'image/webp' ? 'webp' : 'jpg');

/** What the registry holds about these person records (the first is the subject); records needing a clearance the officer lacks are withheld. */
export async function subjectAccessPeople(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const held = new Set(clearancesOf(ctx));
  const rows = await ctx.db.select(personColumns).from(persons).where(inArray(persons.id, [...personIds])).orderBy(asc(persons.createdAt));
  const visible = rows.filter((r) => holdsAll(held, r.sensitivity));
  const ids = visible.map((r) => r.id);
  const numbers = new Map(rows.map((r) => [r.id, r.registrationNumber]));
  const records = visible.map((r) => ({
    registrationNumber: r.registrationNumber,
    givenNames: r.givenNames,
    surname: r.surname,
    originalName: r.originalName,
    originalScript: r.originalScript,
    otherNames: r.otherNames,
    sex: r.sex,
    dateOfBirth: r.dateOfBirth,
    dateOfBirthEstimated: r.dateOfBirthEstimated,
    placeOfBirth: r.placeOfBirth,
    nationalities: r.nationalities,
    languages: r.languages,
    contacts: r.contacts,
    addresses: r.addresses,
    legalStatus: r.legalStatus,
    sensitivity: r.sensitivity,
    hasPhoto: r.hasPhoto,
    mergedInto: r.mergedInto ? (numbers.get(r.mergedInto) ?? 'another record') : null,
    registeredAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  }));
  if (ids.length === 0) {
    return { module: 'people', data: { records }, counts: { records: 0 }, withheld: withheldOf('records', rows.map((r) => ({ labels: r.sensitivity }))) };
  }
  const documents = await ctx.db.select().from(identityDocuments).where(inArray(identityDocuments.personId, ids)).orderBy(asc(identityDocuments.createdAt));
  const statuses = await ctx.db.select().from(legalStatuses).where(inArray(legalStatuses.personId, ids)).orderBy(asc(legalStatuses.validFrom));
  const links = await ctx.db
    .select()
    .from(familyLinks)
    .where(or(inArray(familyLinks.personId, ids), inArray(familyLinks.relatedPersonId, ids)));
  const history = await ctx.db.select().from(personHistory).where(inArray(personHistory.personId, ids)).orderBy(desc(personHistory.at));
  const photos = await ctx.db.select().from(personPhotos).where(inArray(personPhotos.personId, ids));
  const data = {
    records,
    identityDocuments: documents.map((d) => ({
      record: numbers.get(d.personId),
      kind: d.kind,
      number: d.number,
      issuingState: d.issuingState,
      surname: d.surname,
      givenNames: d.givenNames,
      nationality: d.nationality,
      dateOfBirth: d.dateOfBirth,
      sex: d.sex,
      issueDate: d.issueDate,
      expiryDate: d.expiryDate,
      mrz: d.mrz,
      mrzFormat: d.mrzFormat,
      flags: d.flags,
      recordedAt: iso(d.createdAt),
    })),
    legalStatuses: statuses.map((s) => ({ record: numbers.get(s.personId), status: s.status, validFrom: s.validFrom, validTo: s.validTo, note: s.note, source: s.source, recordedAt: iso(s.recordedAt) })),
    familyLinks: links.map((l) => {
      const outward = ids.includes(l.personId);
      // Stored as "related is <relation> of person"; from the subject's side the inverse when they are the related one.
      return { record: numbers.get(outward ? l.personId : l.relatedPersonId), relative: outward ? (l.relation as Relation) : inverseRelation(l.relation as Relation), recordedAt: iso(l.createdAt) };
    }),
    history: history.map((h) => ({ record: numbers.get(h.personId), at: iso(h.at), action: h.action, changes: h.changes })),
  };
  return {
    module: 'people',
    data,
    counts: { ...countSections(data), photos: photos.length },
    withheld: withheldOf('records', rows.filter((r) => !holdsAll(held, r.sensitivity)).map((r) => ({ labels: r.sensitivity }))),
    files: photos.map((p) => ({ name: `photo-${numbers.get(p.personId)}.${extensionOf(p.contentType)}`, data: new Uint8Array(p.image) })),
  };
}
