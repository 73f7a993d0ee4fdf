/**
 * The demo history of recent arrivals: people who lodged an asylum application at Timișoara or Galați over
 * the last two months, were placed at the centre, interviewed, some decided (and, when granted, issued a
 * residence permit), each given a temporary identity document at an issuing office, some gone from the
 * centre since. Written through the people, asylum, reception and documents services, step by step in
 * the order the days went by, as the demo asylum and document officers.
 */
import sharp from 'sharp';
import type { Ctx } from '../platform/context';
import { lodgeApplication } from '../modules/asylum/applications';
import { decideApplication, recordInterview } from '../modules/asylum/procedure';
import type { DecisionOutcome } from '../modules/asylum/reference';
import { applyForDocument, type FeeInput } from '../modules/documents/applications';
import { approveDocument, handOverDocument, printDocument } from '../modules/documents/lifecycle';
import { setPhoto } from '../modules/people/photos';
import { registerPerson } from '../modules/people/service';
import { getCentre } from '../modules/reception/centres';
import { checkIn, checkOut } from '../modules/reception/placements';
import { atMoment, between, demoSites, demoUser, type DemoCalendar, type Rng } from './demo-activity';

/** Given names, surname, sex, year of birth, nationality, language (ISO 639-3). */
const ARRIVALS: [string, string, 'M' | 'F', number, string, string][] = [
  ['Khaled', 'Al-Masri', 'M', 1989, 'SYR', 'arb'], ['Rasha', 'Al-Masri', 'F', 1992, 'SYR', 'arb'], ['Yousef', 'Darwish', 'M', 1978, 'SYR', 'arb'],
  ['Nour', 'Khatib', 'F', 1996, 'SYR', 'arb'], ['Bilal', 'Hamdan', 'M', 2001, 'SYR', 'arb'], ['Abdullah', 'Sultani', 'M', 1994, 'AFG', 'prs'],
  ['Zahra', 'Hosseini', 'F', 1998, 'AFG', 'prs'], ['Mirwais', 'Popal', 'M', 1987, 'AFG', 'pus'], ['Gul', 'Zazai', 'M', 2003, 'AFG', 'pus'],
  ['Sahar', 'Ahmadzai', 'F', 1990, 'AFG', 'prs'], ['Karwan', 'Aziz', 'M', 1986, 'IRQ', 'ckb'], ['Shilan', 'Rashid', 'F', 1993, 'IRQ', 'ckb'],
  ['Mustafa', 'Al-Obaidi', 'M', 1982, 'IRQ', 'arb'], ['Dawit', 'Gebremedhin', 'M', 1997, 'ERI', 'tir'], ['Helen', 'Tesfamariam', 'F', 2000, 'ERI', 'tir'],
  ['Filmon', 'Haile', 'M', 1995, 'ERI', 'tir'], ['Imran', 'Qureshi', 'M', 1991, 'PAK', 'urd'], ['Bilquis', 'Anwar', 'F', 1988, 'PAK', 'urd'],
  ['Reza', 'Moradi', 'M', 1984, 'IRN', 'pes'], ['Maryam', 'Jafari', 'F', 1995, 'IRN', 'pes'], ['Abdirahman', 'Warsame', 'M', 1999, 'SOM', 'som'],
  ['Hodan', 'Farah', 'F', 1997, 'SOM', 'som'], ['Serwan', 'Baran', 'M', 1990, 'TUR', 'kmr'], ['Adnan', 'Al-Hakimi', 'M', 1985, 'YEM', 'arb'],
  ['Omer', 'Idris', 'M', 1993, 'SDN', 'arb'], ['Amal', 'Osman', 'F', 1996, 'SDN', 'arb'], ['Samira', 'Kaddour', 'F', 1987, 'SYR', 'arb'],
  ['Farhad', 'Nazari', 'M', 1992, 'AFG', 'prs'], ['Rozhin', 'Salih', 'F', 2002, 'IRQ', 'ckb'], ['Tesfu', 'Kidane', 'M', 1983, 'ERI', 'tir'],
];

/** Where each centre's residents get their documents. */
const CENTRES = [
  { code: 'rc-timisoara', office: 'io-cluj', share: 0.6 },
  { code: 'rc-galati', office: 'io-bucuresti', share: 0.4 },
] as const;

const OUTCOMES: DecisionOutcome[] = ['granted-refugee', 'granted-refugee', 'granted-refugee', 'granted-subsidiary', 'granted-subsidiary', 'rejected', 'rejected', 'rejected', 'rejected', 'withdrawn'];

/** One step of the history: when it happened, and what was recorded then. */
interface Step {
  at: Date;
  order: number;
  run: () => Promise<unknown>;
}

/** A small passport-style photo (the documents need one). */
function demoPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 70, height: 90, channels: 3, background: { r: 176, g: 164, b: 150 } } })
    .jpeg()
    .toBuffer();
}

/** Loads the arrivals' history. */
export async function seedDemoArrivals(ctx: Ctx, calendar: DemoCalendar, rng: Rng): Promise<void> {
  const site = await demoSites(ctx);
  const officer = await demoUser(ctx, 'asylum.officer');
  const requesters = { 'io-bucuresti': await demoUser(ctx, 'document.officer'), 'io-cluj': await demoUser(ctx, 'document.approver') };
  const approvers = { 'io-bucuresti': await demoUser(ctx, 'document.approver'), 'io-cluj': await demoUser(ctx, 'document.officer') };
  const photo = await demoPhoto();
  const freeBeds = new Map<string, string[]>();
  for (const { code } of CENTRES) {
    const centre = await getCentre(officer, site(code));
    freeBeds.set(code, centre.units.flatMap((u) => u.rooms.flatMap((r) => r.beds.filter((b) => b.state === 'free' && b.active).map((b) => b.id))));
  }
  const steps: Step[] = [];
  ARRIVALS.forEach(([givenNames, surname, sex, born, nationality, language], index) => {
    const centre = rng.chance(CENTRES[0].share) ? CENTRES[0] : CENTRES[1];
    const office = centre.office;
    const lodgedAgo = index < 16 ? between(rng, 1, 29) : between(rng, 30, 60);
    const dateOfBirth = `${born}-${String(between(rng, 1, 12)).padStart(2, '0')}-${String(between(rng, 1, 28)).padStart(2, '0')}`;
    const moment = (daysAgo: number, minutes: number) => calendar.at(daysAgo, minutes + index);
    const state = { personId: '', applicationId: '', placementId: '' };
    const step = (daysAgo: number, minutes: number, run: () => Promise<unknown>) => steps.push({ at: moment(daysAgo, minutes), order: steps.length, run });
    const as = (actor: Ctx, daysAgo: number, minutes: number) => atMoment(actor, moment(daysAgo, minutes));

    step(lodgedAgo, 9 * 60, async () => {
      const person = await registerPerson(as(officer, lodgedAgo, 9 * 60), { givenNames, surname, sex, dateOfBirth, nationalities: [nationality], languages: [language], legalStatus: 'irregular' });
      state.personId = person.id;
      await setPhoto(as(officer, lodgedAgo, 9 * 60 + 2), person.id, photo);
      state.applicationId = (await lodgeApplication(as(officer, lodgedAgo, 9 * 60 + 5), { personId: person.id, lodgedOn: calendar.day(lodgedAgo), siteId: site(centre.code) })).id;
    });
    step(lodgedAgo, 11 * 60, async () => {
      const bedId = freeBeds.get(centre.code)!.shift() ?? null;
      state.placementId = (await checkIn(as(officer, lodgedAgo, 11 * 60), { personId: state.personId, siteId: site(centre.code), bedId })).placement.id;
    });
    const documentAgo = Math.max(1, lodgedAgo - between(rng, 1, 3));
    if (documentAgo < lodgedAgo) {
      step(documentAgo, 10 * 60, () => issueDocument(as, { requester: requesters[office], approver: approvers[office] }, documentAgo, { personId: () => state.personId, type: 'TID-AS', officeId: site(office), fee: { status: 'none' } }));
    }
    const interviewAgo = lodgedAgo - between(rng, 5, 12);
    if (interviewAgo < 2) {
      return;
    }
    step(interviewAgo, 10 * 60 + 30, () => recordInterview(as(officer, interviewAgo, 10 * 60 + 30), state.applicationId, { heldOn: calendar.day(interviewAgo), interviewer: 'Silvia Asylum-Officer', interpreterLanguage: language, notes: 'Account of the journey and the reasons for leaving recorded in full.' }));
    if (lodgedAgo < 25 || !rng.chance(0.7)) {
      return;
    }
    const decidedAgo = between(rng, 1, interviewAgo - 1);
    const outcome = rng.pick(OUTCOMES);
    step(decidedAgo, 14 * 60, () => decideApplication(as(officer, decidedAgo, 14 * 60), state.applicationId, { outcome, decidedOn: calendar.day(decidedAgo), notifiedOn: calendar.day(decidedAgo) }));
    const leftAgo = decidedAgo - between(rng, 1, 6);
    if (leftAgo >= 1 && (outcome === 'rejected' || outcome === 'withdrawn' || rng.chance(0.4))) {
      const reason = outcome === 'rejected' ? 'Left the centre after the negative decision' : outcome === 'withdrawn' ? 'Withdrew the application and left' : 'Moved to private accommodation';
      step(leftAgo, 10 * 60, () => checkOut(as(officer, leftAgo, 10 * 60), state.placementId, { reason }));
    }
    const permitAgo = decidedAgo - between(rng, 2, 6);
    if (outcome.startsWith('granted') && permitAgo >= 1) {
      step(permitAgo, 10 * 60 + 15, () => issueDocument(as, { requester: requesters[office], approver: approvers[office] }, permitAgo, { personId: () => state.personId, type: 'RP-BP', officeId: site(office), fee: { status: 'paid', receipt: `CEC-${calendar.day(permitAgo).replaceAll('-', '')}-${index}` } }));
    }
  });
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const { run } of steps) {
    await run();
  }
}

/** A document applied for in the morning, approved by a second officer, printed and handed over the same day. */
async function issueDocument(
  as: (actor: Ctx, daysAgo: number, minutes: number) => Ctx,
  officers: { requester: Ctx; approver: Ctx },
  daysAgo: number,
  input: { personId: () => string; type: string; officeId: string; fee: FeeInput },
): Promise<void> {
  const document = await applyForDocument(as(officers.requester, daysAgo, 10 * 60), { personId: input.personId(), type: input.type, officeId: input.officeId, fee: input.fee });
  await approveDocument(as(officers.approver, daysAgo, 12 * 60), document.id);
  await printDocument(as(officers.requester, daysAgo, 13 * 60), document.id);
  await handOverDocument(as(officers.requester, daysAgo, 15 * 60), document.id, { receivedBy: 'The holder, in person' });
}
