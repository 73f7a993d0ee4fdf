/**
 * Case management's part of a subject-access export: every case the person is in (their role, the
 * case's fields, notes, services delivered to them or to the case, their consents, assessments,
 * checklist, referrals, trafficking signals about them, history) and the case's attachments as files.
 * Other persons in a case are third parties and are not named. A case carrying a clearance the officer
 * lacks (trafficking) is withheld, counted.
 */
import { and, asc, inArray, isNull, or } from 'drizzle-orm';
import { clearancesOf, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, holdsAll, withheldOf, type SubjectAccessPart } from '../privacy/contract';
import { iso, organisationNames } from '../privacy/reference-names';
import {
  caseAssessments,
  caseAttachments,
  caseChecklistItems,
  caseConsents,
  caseEvents,
  caseNotes,
  casePersons,
  caseReferrals,
  cases,
  caseServices,
  caseSignals,
} from './tables';

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 120);

/** What case records hold about these person records; cases the officer may not see are counted, not shown. */
export async function subjectAccessCases(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const held = new Set(clearancesOf(ctx));
  const ids = [...personIds];
  const roles = await ctx.db.select().from(casePersons).where(inArray(casePersons.personId, ids));
  const all = roles.length > 0 ? await ctx.db.select().from(cases).where(inArray(cases.id, [...new Set(roles.map((r) => r.caseId))])).orderBy(asc(cases.openedAt)) : [];
  const visible = all.filter((c) => holdsAll(held, c.labels));
  const caseIds = visible.map((c) => c.id);
  const withheld = withheldOf('cases', all.filter((c) => !holdsAll(held, c.labels)));
  if (caseIds.length === 0) {
    return { module: 'cases', data: { cases: [] }, counts: { cases: 0 }, withheld };
  }
  const notes = await ctx.db.select().from(caseNotes).where(inArray(caseNotes.caseId, caseIds)).orderBy(asc(caseNotes.createdAt));
  const services = await ctx.db
    .select()
    .from(caseServices)
    .where(and(inArray(caseServices.caseId, caseIds), or(isNull(caseServices.personId), inArray(caseServices.personId, ids))))
    .orderBy(asc(caseServices.deliveredOn));
  const consents = await ctx.db.select().from(caseConsents).where(and(inArray(caseConsents.caseId, caseIds), inArray(caseConsents.personId, ids)));
  const assessments = await ctx.db.select().from(caseAssessments).where(inArray(caseAssessments.caseId, caseIds)).orderBy(asc(caseAssessments.recordedAt));
  const checklist = await ctx.db.select().from(caseChecklistItems).where(inArray(caseChecklistItems.caseId, caseIds));
  const referrals = await ctx.db.select().from(caseReferrals).where(inArray(caseReferrals.caseId, caseIds)).orderBy(asc(caseReferrals.createdAt));
  const signals = await ctx.db.select().from(caseSignals).where(and(inArray(caseSignals.caseId, caseIds), inArray(caseSignals.personId, ids)));
  const events = await ctx.db.select().from(caseEvents).where(inArray(caseEvents.caseId, caseIds)).orderBy(asc(caseEvents.at));
  const attachments = await ctx.db.select().from(caseAttachments).where(inArray(caseAttachments.caseId, caseIds)).orderBy(asc(caseAttachments.createdAt));
  const organisations = await organisationNames(ctx.db, [...visible.map((c) => c.ownerOrganisationId), ...referrals.flatMap((r) => [r.fromOrganisationId, r.toOrganisationId]), ...services.map((s) => s.providerOrganisationId)]);
  const org = (id: string | null) => (id ? (organisations.get(id) ?? null) : null);
  const of = <T extends { caseId: string }>(rows: T[], caseId: string) => rows.filter((r) => r.caseId === caseId);
  const data = {
    cases: visible.map((c) => ({
      reference: c.reference,
      type: c.type,
      state: c.state,
      title: c.title,
      role: roles.find((r) => r.caseId === c.id)?.role ?? null,
      owner: org(c.ownerOrganisationId),
      openedAt: iso(c.openedAt),
      closedAt: iso(c.closedAt),
      closureReason: c.closureReason,
      fields: c.data,
      notes: of(notes, c.id).map((n) => ({ at: iso(n.createdAt), body: n.body })),
      services: of(services, c.id).map((s) => ({ kind: s.kind, description: s.description, deliveredOn: s.deliveredOn, location: s.location, amount: s.amount, currency: s.currency, provider: org(s.providerOrganisationId) })),
      consents: of(consents, c.id).map((k) => ({ scope: k.scope, basis: k.basis, legalBasis: k.legalBasis, givenBy: k.givenBy, recordedOn: k.recordedOn, withdrawnAt: iso(k.withdrawnAt) })),
      assessments: of(assessments, c.id).map((a) => ({ kind: a.kind, recordedAt: iso(a.recordedAt), individualRisk: a.individualRisk, householdRisk: a.householdRisk, communityRisk: a.communityRisk, specialNeeds: a.specialNeeds, answers: a.answers, notes: a.notes })),
      checklist: of(checklist, c.id).map((i) => ({ item: i.item, status: i.status, note: i.note })),
      referrals: of(referrals, c.id).map((r) => ({ kind: r.kind, from: org(r.fromOrganisationId), to: org(r.toOrganisationId), sections: r.sections, reason: r.reason, status: r.status, at: iso(r.createdAt), respondedAt: iso(r.respondedAt) })),
      signals: of(signals, c.id).map((s) => ({ indicators: s.indicators, note: s.note, location: s.location, observedOn: s.observedOn, at: iso(s.createdAt) })),
      history: of(events, c.id).map((e) => ({ at: iso(e.at), kind: e.kind, fromState: e.fromState, toState: e.toState })),
      attachments: of(attachments, c.id).map((a) => ({ name: a.name, contentType: a.contentType, size: a.size, file: `files/cases/${c.reference}-${safeName(a.name)}` })),
    })),
  };
  return {
    module: 'cases',
    data,
    counts: { ...countSections(data), attachments: attachments.length },
    withheld,
    files: attachments.map((a) => ({ name: `${visible.find((c) => c.id === a.caseId)!.reference}-${safeName(a.name)}`, data: new Uint8Array(a.data) })),
  };
}
