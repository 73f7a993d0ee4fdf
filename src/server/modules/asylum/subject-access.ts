/**
 * Asylum's part of a subject-access export: applications (interviews, appeals, history), vulnerability
 * screenings with their questions and answers, flags and follow-ups, and the minor's file (age
 * assessments, family tracing, legal representatives). Screenings, flags and follow-ups carrying a
 * clearance (health, trafficking) and the minor's file (minor) are withheld, counted, from an officer
 * without that clearance.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import { clearancesOf, requirePermission } from '../../platform/access/policy';
import type { Ctx } from '../../platform/context';
import { countSections, holdsAll, withheldOf, type SubjectAccessPart } from '../privacy/contract';
import { iso, siteNames } from '../privacy/reference-names';
import {
  asylumAgeAssessments,
  asylumAppeals,
  asylumApplicationEvents,
  asylumApplications,
  asylumFamilyTracing,
  asylumFollowUps,
  asylumInterviews,
  asylumMinorFiles,
  asylumQuestionnaires,
  asylumRepresentativeAssignments,
  asylumRepresentatives,
  asylumScreenings,
  asylumVulnerabilityFlags,
} from './tables';

async function applicationsOf(ctx: Ctx, ids: string[]) {
  const applications = await ctx.db.select().from(asylumApplications).where(inArray(asylumApplications.personId, ids)).orderBy(asc(asylumApplications.lodgedOn));
  const appIds = applications.map((a) => a.id);
  if (appIds.length === 0) {
    return [];
  }
  const interviews = await ctx.db.select().from(asylumInterviews).where(inArray(asylumInterviews.applicationId, appIds)).orderBy(asc(asylumInterviews.heldOn));
  const appeals = await ctx.db.select().from(asylumAppeals).where(inArray(asylumAppeals.applicationId, appIds)).orderBy(asc(asylumAppeals.lodgedOn));
  const events = await ctx.db.select().from(asylumApplicationEvents).where(inArray(asylumApplicationEvents.applicationId, appIds)).orderBy(asc(asylumApplicationEvents.at));
  const sites = await siteNames(ctx.db, applications.map((a) => a.siteId));
  return applications.map((a) => ({
    number: a.number,
    lodgedAt: sites.get(a.siteId) ?? null,
    status: a.status,
    lodgedOn: a.lodgedOn,
    note: a.note,
    decisionDueOn: a.decisionDueOn,
    decisionOutcome: a.decisionOutcome,
    decidedOn: a.decidedOn,
    decisionNote: a.decisionNote,
    notifiedOn: a.notifiedOn,
    appealDueOn: a.appealDueOn,
    closedOn: a.closedOn,
    interviews: interviews.filter((i) => i.applicationId === a.id).map((i) => ({ heldOn: i.heldOn, interviewer: i.interviewer, interpreterLanguage: i.interpreterLanguage, notes: i.notes })),
    appeals: appeals.filter((p) => p.applicationId === a.id).map((p) => ({ lodgedOn: p.lodgedOn, court: p.court, note: p.note, appealedFrom: p.appealedFrom, outcome: p.outcome, outcomeOn: p.outcomeOn, outcomeNote: p.outcomeNote })),
    history: events.filter((e) => e.applicationId === a.id).map((e) => ({ at: iso(e.at), action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus })),
  }));
}

async function minorFileOf(ctx: Ctx, ids: string[]) {
  const files = await ctx.db.select().from(asylumMinorFiles).where(inArray(asylumMinorFiles.personId, ids));
  if (files.length === 0) {
    return { files, present: [] };
  }
  const assessments = await ctx.db.select().from(asylumAgeAssessments).where(inArray(asylumAgeAssessments.personId, ids)).orderBy(asc(asylumAgeAssessments.assessedOn));
  const tracing = await ctx.db.select().from(asylumFamilyTracing).where(inArray(asylumFamilyTracing.personId, ids)).orderBy(asc(asylumFamilyTracing.openedOn));
  const assignments = await ctx.db
    .select({ assignment: asylumRepresentativeAssignments, name: asylumRepresentatives.name, organisation: asylumRepresentatives.organisation, contact: asylumRepresentatives.contact })
    .from(asylumRepresentativeAssignments)
    .innerJoin(asylumRepresentatives, eq(asylumRepresentatives.id, asylumRepresentativeAssignments.representativeId))
    .where(inArray(asylumRepresentativeAssignments.personId, ids))
    .orderBy(asc(asylumRepresentativeAssignments.fromOn));
  const present = files.map((f) => ({
    openedOn: f.openedOn,
    unaccompaniedFlag: f.manualUnaccompanied,
    note: f.note,
    labels: f.labels,
    ageAssessments: assessments.filter((a) => a.personId === f.personId).map((a) => ({ method: a.method, assessedOn: a.assessedOn, assessedBy: a.assessedBy, resultAge: a.resultAge, resultDateOfBirth: a.resultDateOfBirth, note: a.note })),
    familyTracing: tracing.filter((t) => t.personId === f.personId).map((t) => ({ openedOn: t.openedOn, status: t.status, contacts: t.contacts, outcome: t.outcome })),
    legalRepresentatives: assignments.filter((r) => r.assignment.personId === f.personId).map((r) => ({ name: r.name, organisation: r.organisation, contact: r.contact, from: r.assignment.fromOn, to: r.assignment.toOn })),
  }));
  return { files, present };
}

/** What asylum records hold about these person records; labelled records the officer may not see are counted, not shown. */
export async function subjectAccessAsylum(ctx: Ctx, personIds: readonly string[]): Promise<SubjectAccessPart> {
  requirePermission(ctx, 'privacy.subject-access');
  const held = new Set(clearancesOf(ctx));
  const ids = [...personIds];
  const screenings = await ctx.db.select().from(asylumScreenings).where(inArray(asylumScreenings.personId, ids)).orderBy(asc(asylumScreenings.screenedOn));
  const versions = [...new Set(screenings.map((s) => s.version))];
  const questionnaires = versions.length > 0 ? await ctx.db.select().from(asylumQuestionnaires).where(inArray(asylumQuestionnaires.version, versions)) : [];
  const flags = await ctx.db.select().from(asylumVulnerabilityFlags).where(inArray(asylumVulnerabilityFlags.personId, ids)).orderBy(asc(asylumVulnerabilityFlags.screenedOn));
  const followUps = await ctx.db.select().from(asylumFollowUps).where(inArray(asylumFollowUps.personId, ids)).orderBy(asc(asylumFollowUps.dueOn));
  const minors = await minorFileOf(ctx, ids);
  const seen = <T extends { labels: string[] }>(rows: T[]) => rows.filter((r) => holdsAll(held, r.labels));
  const hidden = <T extends { labels: string[] }>(rows: T[]) => rows.filter((r) => !holdsAll(held, r.labels));
  const data = {
    applications: await applicationsOf(ctx, ids),
    screenings: seen(screenings).map((s) => {
      const questions = questionnaires.find((q) => q.version === s.version)?.questions ?? [];
      return {
        screenedOn: s.screenedOn,
        questionnaireVersion: s.version,
        answers: Object.entries(s.answers).map(([code, answer]) => ({ code, question: questions.find((q) => q.code === code)?.text ?? null, answer })),
        flagged: s.flagged,
        note: s.note,
      };
    }),
    vulnerabilities: seen(flags).map((f) => ({ category: f.category, screenedOn: f.screenedOn })),
    followUps: seen(followUps).map((f) => ({ category: f.category, dueOn: f.dueOn, status: f.status, outcome: f.outcome, doneOn: f.doneOn })),
    minorFile: minors.present.filter((f) => holdsAll(held, f.labels)).map((file) => ({ ...file, labels: undefined })),
  };
  return {
    module: 'asylum',
    data,
    counts: countSections(data),
    withheld: [...withheldOf('screenings', hidden(screenings)), ...withheldOf('vulnerabilities', hidden(flags)), ...withheldOf('followUps', hidden(followUps)), ...withheldOf('minorFile', hidden(minors.files))],
  };
}
