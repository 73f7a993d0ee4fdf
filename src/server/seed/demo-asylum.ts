/**
 * Asylum demo data: applications in each state (lodged, interviewed, granted, rejected with the appeal
 * deadline running, appealed, subsidiary protection, one past its decision deadline), a screening with
 * follow-ups, two legal representatives, and unaccompanied minors — one still without a representative.
 * Written through the module's services, acting as the demo asylum officer.
 */
import { eq } from 'drizzle-orm';
import { PERMISSIONS, SENSITIVITY_LABELS } from '../platform/access/permissions';
import { sites, users } from '../platform/auth/tables';
import type { Ctx } from '../platform/context';
import { lodgeApplication } from '../modules/asylum/applications';
import { addDays, addMonths } from '../modules/asylum/deadlines';
import { openMinorFile, recordAgeAssessment } from '../modules/asylum/minors';
import { decideApplication, lodgeAppeal, recordInterview } from '../modules/asylum/procedure';
import { STANDARD_QUESTIONS } from '../modules/asylum/questionnaire';
import { assignRepresentative, createRepresentative } from '../modules/asylum/representatives';
import { recordScreening } from '../modules/asylum/screening';
import { asylumToday } from '../modules/asylum/settings';
import { registerPerson, type PersonInput } from '../modules/people/service';

/** The demo asylum officer as the actor, so that what is recorded names an organisation. */
async function officerContext(ctx: Ctx): Promise<Ctx> {
  const [officer] = await ctx.db.select().from(users).where(eq(users.username, 'asylum.officer'));
  if (!officer) {
    throw new Error('The demo user asylum.officer is missing');
  }
  return {
    ...ctx,
    actor: {
      kind: 'user',
      userId: officer.id,
      username: officer.username,
      displayName: officer.displayName,
      organisationId: officer.organisationId,
      siteIds: [],
      roles: ['asylum-officer'],
      permissions: new Set(PERMISSIONS),
      clearances: new Set(SENSITIVITY_LABELS),
      national: true,
    },
  };
}

async function siteId(ctx: Ctx, code: string): Promise<string> {
  const [row] = await ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.code, code));
  return row!.id;
}

const yearsAgo = (today: string, years: number) => addMonths(today, -12 * years);

/** Creates the demo asylum data. */
export async function seedDemoAsylum(systemCtx: Ctx): Promise<void> {
  const ctx = await officerContext(systemCtx);
  const today = asylumToday(ctx);
  const timisoara = await siteId(ctx, 'rc-timisoara');
  const galati = await siteId(ctx, 'rc-galati');
  const person = async (input: Partial<PersonInput> & Pick<PersonInput, 'givenNames' | 'surname' | 'sex'>) => (await registerPerson(systemCtx, { legalStatus: 'irregular', ...input })).id;
  const interview = (id: string, heldOn: string, language: string) => recordInterview(ctx, id, { heldOn, interviewer: 'Silvia Asylum-Officer', interpreterLanguage: language, notes: 'Account of the journey and the reasons for leaving recorded in full.' });
  const lodged = async (personId: string, lodgedOn: string, site = timisoara) => (await lodgeApplication(ctx, { personId, lodgedOn, siteId: site })).id;

  // Lodged last week, waiting for the interview.
  await lodged(await person({ givenNames: 'Ahmad', surname: 'Rahimi', sex: 'M', dateOfBirth: '1992-07-14', nationalities: ['AFG'], languages: ['prs'] }), addDays(today, -7));

  // Interviewed with a Dari interpreter; screened: pregnant, alone with a child.
  const mariam = await person({ givenNames: 'Mariam', surname: 'Haidari', sex: 'F', dateOfBirth: '1991-02-03', nationalities: ['AFG'], languages: ['prs'] });
  await interview(await lodged(mariam, addDays(today, -100)), addDays(today, -60), 'prs');
  const answers = Object.fromEntries(STANDARD_QUESTIONS.map((q) => [q.code, q.code === 'pregnant' || q.code === 'single-parent']));
  await recordScreening(ctx, { personId: mariam, version: 1, screenedOn: addDays(today, -99), answers, note: 'Seven months pregnant; travelling with her son (6).' });

  // Granted refugee status.
  const yonas = await lodged(await person({ givenNames: 'Yonas', surname: 'Tesfay', sex: 'M', dateOfBirth: '1995-11-20', nationalities: ['ERI'], languages: ['tir'] }), addDays(today, -210), galati);
  await interview(yonas, addDays(today, -180), 'tir');
  await decideApplication(ctx, yonas, { outcome: 'granted-refugee', decidedOn: addDays(today, -30), notifiedOn: addDays(today, -28) });

  // Rejected, notified four days ago: the appeal deadline is running.
  const omar = await lodged(await person({ givenNames: 'Omar', surname: 'Al-Khalil', sex: 'M', dateOfBirth: '1985-05-09', nationalities: ['SYR'], languages: ['arb'] }), addDays(today, -150));
  await interview(omar, addDays(today, -120), 'arb');
  await decideApplication(ctx, omar, { outcome: 'rejected', decidedOn: addDays(today, -6), notifiedOn: addDays(today, -4) });

  // Rejected and appealed.
  const tariq = await lodged(await person({ givenNames: 'Tariq', surname: 'Mahmood', sex: 'M', dateOfBirth: '1990-01-25', nationalities: ['PAK'], languages: ['urd'] }), addDays(today, -160), galati);
  await interview(tariq, addDays(today, -140), 'urd');
  await decideApplication(ctx, tariq, { outcome: 'rejected', decidedOn: addDays(today, -40), notifiedOn: addDays(today, -38) });
  await lodgeAppeal(ctx, tariq, { lodgedOn: addDays(today, -33), court: 'Galați Tribunal' });

  // Subsidiary protection.
  const layla = await lodged(await person({ givenNames: 'Layla', surname: 'Hassan', sex: 'F', dateOfBirth: '1979-09-30', nationalities: ['IRQ'], languages: ['ckb'] }), addDays(today, -190));
  await interview(layla, addDays(today, -170), 'ckb');
  await decideApplication(ctx, layla, { outcome: 'granted-subsidiary', decidedOn: addDays(today, -20), notifiedOn: addDays(today, -15) });

  // Lodged more than six months ago and still not decided: on the overdue list.
  await lodged(await person({ givenNames: 'Samir', surname: 'Haddad', sex: 'M', dateOfBirth: '1983-12-12', nationalities: ['SYR'], languages: ['arb'] }), addMonths(addDays(today, -5), -6));

  // Legal representatives and unaccompanied minors.
  const ana = await createRepresentative(ctx, { name: 'Ana Vasile', organisation: 'Romanian National Council for Refugees', contact: '+40 21 310 0000, ana.vasile@example.org', trainedOn: addDays(today, -400) });
  await createRepresentative(ctx, { name: 'Mihai Dobre', organisation: 'JRS Romania', contact: '+40 21 320 0000, mihai.dobre@example.org', trainedOn: addDays(today, -200) });
  const aziz = await person({ givenNames: 'Aziz', surname: 'Sultani', sex: 'M', dateOfBirth: yearsAgo(today, 16), dateOfBirthEstimated: true, nationalities: ['AFG'], languages: ['prs'], legalStatus: null });
  await openMinorFile(ctx, { personId: aziz, note: 'Arrived alone at Timișoara; says his parents are in Iran.' });
  await assignRepresentative(ctx, aziz, { representativeId: ana.id, fromOn: addDays(today, -10) });
  const hamid = await person({ givenNames: 'Hamid', surname: 'Noori', sex: 'M', dateOfBirth: yearsAgo(today, 15), dateOfBirthEstimated: true, nationalities: ['AFG'], languages: ['pus'], legalStatus: null });
  await openMinorFile(ctx, { personId: hamid, note: 'Found on a freight train at Curtici; no family with him.' });
  await recordAgeAssessment(ctx, hamid, { method: 'interview', assessedOn: addDays(today, -1), assessedBy: 'Social worker, DGASPC Timiș', resultAge: 15 });
}
