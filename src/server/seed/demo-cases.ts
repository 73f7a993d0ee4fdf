/**
 * Case-management demo data: a protection case and an AVRR case of the refugee council's caseworker, and
 * a trafficking case signalled by a border police officer and identified by the anti-trafficking agency
 * (visible only to cleared users with trafficking.cases of the organisations involved).
 */
import { inArray } from 'drizzle-orm';
import { organisations, users } from '../platform/auth/tables';
import { inTransaction, type Ctx } from '../platform/context';
import { registerPerson } from '../modules/people/service';
import { applyTransition, openCase } from '../modules/cases/service';
import { loadCase } from '../modules/cases/case-view';
import * as parts from '../modules/cases/parts-store';
import { insertSignal } from '../modules/cases/referral-store';

async function idsBy(ctx: Ctx) {
  const orgs = await ctx.db.select({ id: organisations.id, code: organisations.code }).from(organisations);
  const people = await ctx.db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['caseworker', 'trafficking.officer', 'police.officer']));
  const org = (code: string) => orgs.find((o) => o.code === code)!.id;
  const user = (username: string) => people.find((u) => u.username === username)?.id ?? null;
  return { org, user };
}

async function person(
  ctx: Ctx,
  givenNames: string,
  surname: string,
  sex: 'M' | 'F',
  dateOfBirth: string,
  nationality: string,
  sensitivity: string[] = [],
) {
  return (
    await registerPerson(ctx, {
      givenNames,
      surname,
      sex,
      dateOfBirth,
      nationalities: [nationality],
      sensitivity,
    })
  ).id;
}

/** Creates the demo cases (as the system, on behalf of the demo users). */
export async function seedDemoCases(ctx: Ctx): Promise<void> {
  const { org, user } = await idsBy(ctx);
  const mariam = await person(ctx, 'Mariam', 'Rahimi', 'F', '1994-02-11', 'AFG');
  const tarek = await person(ctx, 'Tarek', 'Mansour', 'M', '1987-07-30', 'EGY');
  const blessing = await person(ctx, 'Blessing', 'Okafor', 'F', '1999-09-02', 'NGA', ['trafficking']);
  const day = (offset: number) =>
    new Date(ctx.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  await inTransaction(ctx, async (tx, txCtx) => {
    // Protection: legal, social and psychological support with a mobile-team visit.
    const protection = await openCase(
      tx,
      txCtx,
      {
        type: 'protection',
        title: 'Protection — single woman at risk',
        persons: [{ personId: mariam, role: 'principal' }],
        data: { supportNeeds: ['legal', 'psychological', 'social'], mobileTeam: true, location: 'Timișoara' },
      },
      { organisationId: org('refugee-council'), userId: user('caseworker') },
    );
    let loaded = await loadCase(tx, txCtx, protection.id);
    loaded = await applyTransition(tx, txCtx, loaded, 'assessment');
    await applyTransition(tx, txCtx, loaded, 'support');
    await parts.insertService(tx, {
      caseId: protection.id,
      personId: mariam,
      kind: 'mobile-team-visit',
      description: 'Home visit with a psychologist and an interpreter (Dari)',
      deliveredOn: day(-3),
      location: 'Timișoara',
      providerOrganisationId: org('refugee-council'),
    });
    await parts.insertService(tx, {
      caseId: protection.id,
      personId: mariam,
      kind: 'legal',
      description: 'Counselling on the asylum procedure',
      deliveredOn: day(-1),
      providerOrganisationId: org('refugee-council'),
    });
    await parts.insertNote(tx, {
      caseId: protection.id,
      body: 'Prefers a female interpreter. Next visit after the asylum interview.',
      authorUserId: user('caseworker'),
      authorLabel: 'Carmen Caseworker',
      authorOrganisationId: org('refugee-council'),
    });

    // AVRR: eligible, pre-departure checklist half done.
    const avrr = await openCase(
      tx,
      txCtx,
      {
        type: 'avrr',
        title: 'Voluntary return to Egypt',
        persons: [{ personId: tarek, role: 'principal' }],
        data: { vulnerabilities: ['medical-condition'], returnAddress: 'Alexandria' },
      },
      { organisationId: org('refugee-council'), userId: user('caseworker') },
    );
    loaded = await loadCase(tx, txCtx, avrr.id);
    loaded = await applyTransition(tx, txCtx, loaded, 'counselling');
    loaded = await applyTransition(tx, txCtx, loaded, 'eligibility', { data: { countryOfReturn: 'EGY' } });
    await applyTransition(tx, txCtx, loaded, 'pre-departure', { data: { eligibilityDecision: 'eligible' } });
    for (const [item, status] of [
      ['travel-document', 'done'],
      ['medical-fitness', 'done'],
      ['ticket', 'in-progress'],
      ['escort', 'not-needed'],
    ] as const) {
      await parts.updateChecklistItem(tx, avrr.id, item, {
        status,
        note: null,
        updatedBy: user('caseworker'),
        updatedAt: ctx.now(),
      });
    }

    // Trafficking: signalled at the airport, identified, in its reflection period, assessed.
    const trafficking = await openCase(
      tx,
      txCtx,
      {
        type: 'trafficking',
        title: 'Signal: Blessing Okafor',
        persons: [{ personId: blessing, role: 'victim' }],
        data: { indicators: ['documents-withheld', 'debt-bondage', 'deceived-about-work'] },
      },
      { organisationId: org('anitp'), userId: user('trafficking.officer') },
    );
    await insertSignal(tx, {
      caseId: trafficking.id,
      personId: blessing,
      indicators: ['documents-withheld', 'debt-bondage', 'deceived-about-work'],
      note: 'Travelling with a man who held her passport',
      location: 'Henri Coandă airport',
      observedOn: day(-10),
      agencyOrganisationId: org('anitp'),
      signalledBy: user('police.officer'),
      signalledByOrganisationId: org('border-police'),
      createdAt: new Date(ctx.now().getTime() - 10 * 86_400_000),
    });
    loaded = await loadCase(tx, txCtx, trafficking.id);
    loaded = await applyTransition(tx, txCtx, loaded, 'identification');
    await applyTransition(tx, txCtx, loaded, 'reflection-period', {
      data: {
        vic_TraffickingStatus: 'ActualVictimOfTrafficking',
        vic_TraffickingStatusDecisionMakingOrg: 'NonPoliceGovernmentalOrganization',
        foreignVictim: true,
        vic_TypeOfExploitation: ['SexualExploitation'],
        vic_MethodsOfControl: ['WithholdsDocuments', 'DebtBondage'],
        vic_MethodOfRecruitment: ['ThroughOnlineSocialNetworks'],
        hte_Country: 'ITA',
        hte_Type: 'Exploitation',
      },
    });
    await parts.insertAssessment(tx, {
      caseId: trafficking.id,
      kind: 'risk-needs',
      individualRisk: 'high',
      householdRisk: 'medium',
      communityRisk: 'medium',
      specialNeeds: ['safe-accommodation', 'mental-health-support', 'protection-from-traffickers'],
      notes: 'Traffickers know her family’s address.',
      recordedBy: user('trafficking.officer'),
      recordedAt: ctx.now(),
    });
  });
}
