/**
 * The demo history at the three BCPs: regular travellers crossing in and out over the last two months,
 * travellers whose names or documents are on the demo lists (homonyms judged false positives, real
 * matches confirmed and closed by the supervisor, the last few still open), each scanned at the desk
 * through the border service as the officer posted there.
 */
import { formatTd3 } from '../../common/mrz';
import type { Ctx } from '../platform/context';
import { closeAlert, resolveAlert } from '../modules/border/alerts';
import { recordCrossing } from '../modules/border/crossings';
import type { Decision, Direction, Purpose, RefusalReason } from '../modules/border/reference';
import { atMoment, between, demoSites, demoUser, type DemoCalendar, type Rng } from './demo-activity';

type Bcp = 'bcp-nadlac' | 'bcp-giurgiu' | 'bcp-otopeni';
type Planned = 'false-positive' | 'confirmed' | 'open';

interface Traveller {
  givenNames: string;
  surname: string;
  sex: 'M' | 'F';
  dateOfBirth: string;
  nationality: string;
  number: string;
  expiryDate: string;
  bcp: Bcp;
  /** Travellers on a demo list: what the officer finds, and the decision taken at the desk. */
  planned?: Planned;
  decision?: Decision;
  refusalReason?: RefusalReason;
  daysAgo?: number;
}

interface Origin {
  nationality: string;
  bcp: Bcp;
  male: string[];
  female: string[];
  surnames: string[];
}

const ORIGINS: Origin[] = [
  { nationality: 'HUN', bcp: 'bcp-nadlac', male: ['ZOLTAN', 'LASZLO', 'ISTVAN', 'GABOR'], female: ['ESZTER', 'KATALIN', 'REKA'], surnames: ['NAGY', 'KOVACS', 'TOTH', 'SZABO', 'HORVATH', 'VARGA'] },
  { nationality: 'SRB', bcp: 'bcp-nadlac', male: ['MILAN', 'NIKOLA', 'DUSAN'], female: ['JELENA', 'MILICA'], surnames: ['JOVANOVIC', 'NIKOLIC', 'MARKOVIC', 'DJORDJEVIC'] },
  { nationality: 'DEU', bcp: 'bcp-nadlac', male: ['THOMAS', 'MICHAEL', 'ANDREAS'], female: ['SABINE', 'JULIA', 'KATRIN'], surnames: ['MUELLER', 'SCHMIDT', 'SCHNEIDER', 'FISCHER'] },
  { nationality: 'UKR', bcp: 'bcp-nadlac', male: ['OLEKSANDR', 'DMYTRO', 'MYKOLA'], female: ['OKSANA', 'IRYNA', 'YULIIA'], surnames: ['SHEVCHENKO', 'TKACHENKO', 'KRAVCHUK', 'MOROZENKO'] },
  { nationality: 'BGR', bcp: 'bcp-giurgiu', male: ['GEORGI', 'DIMITAR', 'NIKOLAY'], female: ['MARIA', 'DESISLAVA'], surnames: ['GEORGIEV', 'DIMITROV', 'STOYANOV', 'TODOROV'] },
  { nationality: 'TUR', bcp: 'bcp-giurgiu', male: ['MEHMET', 'MURAT', 'EMRE', 'HAKAN'], female: ['AYSE', 'ELIF', 'ZEYNEP'], surnames: ['YILMAZ', 'OZTURK', 'CELIK', 'SAHIN', 'ARSLAN'] },
  { nationality: 'GRC', bcp: 'bcp-giurgiu', male: ['GIORGOS', 'DIMITRIS'], female: ['ELENI', 'KATERINA'], surnames: ['PAPADAKIS', 'GEORGIOU', 'VLACHOS'] },
  { nationality: 'MDA', bcp: 'bcp-giurgiu', male: ['VASILE', 'SERGIU', 'DUMITRU'], female: ['NATALIA', 'TATIANA'], surnames: ['ROTARU', 'CEBAN', 'LUNGU', 'BALAN'] },
  { nationality: 'GBR', bcp: 'bcp-otopeni', male: ['JAMES', 'OLIVER', 'HARRY'], female: ['EMMA', 'CHARLOTTE'], surnames: ['SMITH', 'TAYLOR', 'WILSON', 'EVANS'] },
  { nationality: 'USA', bcp: 'bcp-otopeni', male: ['ROBERT', 'KEVIN'], female: ['JENNIFER', 'ASHLEY'], surnames: ['JOHNSON', 'WILLIAMS', 'MILLER', 'GARCIA'] },
  { nationality: 'ISR', bcp: 'bcp-otopeni', male: ['YOSSI', 'ITAI'], female: ['NOA', 'TAMAR'], surnames: ['COHEN', 'MIZRAHI', 'PERETZ'] },
  { nationality: 'ITA', bcp: 'bcp-otopeni', male: ['MARCO', 'LUCA'], female: ['GIULIA', 'FRANCESCA'], surnames: ['ROSSI', 'FERRARI', 'ESPOSITO', 'BIANCHI'] },
  { nationality: 'CHN', bcp: 'bcp-otopeni', male: ['WEI', 'JUN'], female: ['FANG', 'JING'], surnames: ['WANG', 'ZHANG', 'LIU'] },
];

/** Travellers whose names resemble entries of the demo watchlist, with what the officer makes of the hit. */
const LISTED_NAMES: [string, string, 'M' | 'F', string, string, Bcp, Planned, Decision?, RefusalReason?][] = [
  ['AHMAD', 'KARIMI', 'M', '1990-07-04', 'AFG', 'bcp-otopeni', 'false-positive'],
  ['TARIQ', 'MAHMOOD', 'M', '1980-10-10', 'PAK', 'bcp-otopeni', 'false-positive'],
  ['ANDREI', 'CIOBANU', 'M', '1977-04-25', 'MDA', 'bcp-giurgiu', 'confirmed'],
  ['SAMIR', 'BENALI', 'M', '1990-05-05', 'MAR', 'bcp-otopeni', 'false-positive'],
  ['SERHII', 'BONDARENKO', 'M', '1981-07-07', 'UKR', 'bcp-nadlac', 'false-positive'],
  ['MUSTAFA', 'KAYA', 'M', '1972-01-15', 'TUR', 'bcp-giurgiu', 'false-positive'],
  ['NIKOS', 'PAPADOPOULOS', 'M', '1982-12-01', 'GRC', 'bcp-giurgiu', 'open'],
  ['ARASH', 'TEHRANI', 'M', '1988-08-18', 'IRN', 'bcp-otopeni', 'confirmed'],
  ['FATIMA', 'HASSAN', 'F', '1993-03-17', 'IRQ', 'bcp-otopeni', 'false-positive'],
  ['FATIMA', 'HASAN', 'F', '1993-10-02', 'IRQ', 'bcp-otopeni', 'false-positive'],
  ['OLENA', 'PETRENKO', 'F', '1988-11-23', 'UKR', 'bcp-nadlac', 'false-positive'],
  ['LAYLA', 'KHALIL', 'F', '1991-04-02', 'LBN', 'bcp-otopeni', 'false-positive'],
  ['ALIAKSANDR', 'KAVALENKA', 'M', '1986-03-03', 'BLR', 'bcp-nadlac', 'confirmed'],
  ['MARIAM', 'YOUSEF', 'F', '1997-02-14', 'SYR', 'bcp-otopeni', 'false-positive'],
  ['AMINA', 'DIALLO', 'F', '1994-09-12', 'GIN', 'bcp-otopeni', 'false-positive'],
  ['ZAINAB', 'RAHIMI', 'F', '1999-03-21', 'AFG', 'bcp-otopeni', 'open'],
  ['GULALAI', 'WARDAK', 'F', '1995-06-11', 'AFG', 'bcp-otopeni', 'false-positive'],
  ['NOUR', 'SALEH', 'M', '1992-01-30', 'YEM', 'bcp-otopeni', 'false-positive'],
  ['YUSUF', 'DEMIR', 'M', '1978-08-08', 'TUR', 'bcp-giurgiu', 'confirmed', 'refused', 'H'],
  ['ALIREZA', 'AHMADI', 'M', '1987-05-30', 'IRN', 'bcp-otopeni', 'confirmed', 'refused', 'H'],
  ['CHUKWUEMEKA', 'OKAFOR', 'M', '1985-11-30', 'NGA', 'bcp-otopeni', 'false-positive'],
  ['HASSAN', 'JABER', 'M', '1986-06-06', 'IRQ', 'bcp-nadlac', 'confirmed', 'refused', 'H'],
  ['KHALED', 'NASSER', 'M', '1989-02-19', 'JOR', 'bcp-otopeni', 'false-positive'],
  ['KHALID', 'NASIR', 'M', '1989-12-01', 'JOR', 'bcp-otopeni', 'confirmed', 'refused', 'H'],
  ['HAMID', 'NOORI', 'M', '1984-05-05', 'AFG', 'bcp-nadlac', 'confirmed', 'refused', 'H'],
  ['RUSTAM', 'NAZAROV', 'M', '1983-12-12', 'TJK', 'bcp-otopeni', 'confirmed', 'referred'],
];

/** Documents of the demo lost/stolen list shown at a desk: seized, entry refused. */
const LISTED_DOCUMENTS: [string, string, string, string, 'M' | 'F', string, Bcp][] = [
  ['N07345121', 'SYR', 'WALID', 'HAMWI', 'M', '1984-02-02', 'bcp-otopeni'],
  ['P4821937', 'AFG', 'JAWAD', 'SAFI', 'M', '1991-09-19', 'bcp-nadlac'],
  ['FK778812', 'UKR', 'VIKTORIIA', 'KOVAL', 'F', '1990-06-14', 'bcp-nadlac'],
  ['A09981234', 'IRQ', 'SALAM', 'JABBAR', 'M', '1979-12-24', 'bcp-otopeni'],
  ['052417760', 'ROU', 'COSMIN', 'DRAGAN', 'M', '1986-05-08', 'bcp-giurgiu'],
];

const OFFICERS: Record<Bcp, string> = { 'bcp-nadlac': 'border.officer', 'bcp-giurgiu': 'border.supervisor', 'bcp-otopeni': 'police.officer' };
const LANES: Record<Bcp, Record<Direction, string[]>> = {
  'bcp-nadlac': { entry: ['A1', 'A2', 'T1'], exit: ['A1', 'A2', 'T2'], transit: ['T1'] },
  'bcp-giurgiu': { entry: ['1', '2'], exit: ['2', '3'], transit: ['1'] },
  'bcp-otopeni': { entry: ['E1', 'E2', 'E3'], exit: ['X1', 'X2'], transit: ['E3'] },
};
const PURPOSES: Purpose[] = ['tourism', 'tourism', 'tourism', 'business', 'business', 'family', 'family', 'work', 'study', 'medical'];
const REGULAR_TRAVELLERS = 56;

/** A passport number no other demo traveller holds: the state's first two letters and seven digits. */
function passportNumber(rng: Rng, nationality: string, taken: Set<string>): string {
  for (;;) {
    const number = `${nationality.slice(0, 2)}${String(between(rng, 1_000_000, 9_999_999))}`;
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

/** A passport's expiry, years ahead. */
const expiryDate = (rng: Rng) => `${between(rng, 2028, 2035)}-${String(between(rng, 1, 12)).padStart(2, '0')}-15`;

/** Regular travellers: distinct names, passports and dates of birth, each at a BCP of their origin. */
function regularTravellers(rng: Rng, numbers: Set<string>): Traveller[] {
  const travellers: Traveller[] = [];
  const taken = new Set<string>();
  while (travellers.length < REGULAR_TRAVELLERS) {
    const origin = rng.pick(ORIGINS);
    const sex = rng.chance(0.55) ? 'M' : 'F';
    const givenNames = rng.pick(sex === 'M' ? origin.male : origin.female);
    const surname = rng.pick(origin.surnames);
    if (taken.has(`${givenNames} ${surname}`)) {
      continue;
    }
    taken.add(`${givenNames} ${surname}`);
    const birth = `${between(rng, 1952, 2004)}-${String(between(rng, 1, 12)).padStart(2, '0')}-${String(between(rng, 1, 28)).padStart(2, '0')}`;
    const number = passportNumber(rng, origin.nationality, numbers);
    travellers.push({ givenNames, surname, sex, dateOfBirth: birth, nationality: origin.nationality, number, expiryDate: expiryDate(rng), bcp: origin.bcp });
  }
  return travellers;
}

interface PlannedCrossing {
  traveller: Traveller;
  direction: Direction;
  daysAgo: number;
  minutes: number;
}

/** Trips of the regular travellers (an entry, and the exit when it is already behind us), and a crossing per listed traveller. */
function plannedCrossings(rng: Rng, regular: Traveller[], listed: Traveller[]): PlannedCrossing[] {
  const crossings: PlannedCrossing[] = [];
  const minutes = () => between(rng, 6 * 60, 23 * 60);
  for (const traveller of regular) {
    if (traveller.bcp === 'bcp-otopeni' && rng.chance(0.15)) {
      crossings.push({ traveller, direction: 'transit', daysAgo: between(rng, 1, 59), minutes: minutes() });
      continue;
    }
    // One to three trips one after the other; the last may not be over yet.
    for (let trip = 0, trips = between(rng, 1, 3), latest = 60; trip < trips && latest >= 2; trip += 1) {
      const entered = between(rng, Math.max(2, latest - 25), latest);
      crossings.push({ traveller, direction: 'entry', daysAgo: entered, minutes: minutes() });
      const left = entered - between(rng, 1, 12);
      if (left < 1) {
        break;
      }
      crossings.push({ traveller, direction: 'exit', daysAgo: left, minutes: minutes() });
      latest = left - 1;
    }
  }
  for (const traveller of listed) {
    crossings.push({ traveller, direction: 'entry', daysAgo: traveller.daysAgo!, minutes: minutes() });
  }
  return crossings.sort((a, b) => b.daysAgo - a.daysAgo || a.minutes - b.minutes);
}

/** The listed travellers, most of them within the last 30 days; those still open were scanned yesterday. */
function listedTravellers(rng: Rng, numbers: Set<string>): Traveller[] {
  const byName = LISTED_NAMES.map(([givenNames, surname, sex, dateOfBirth, nationality, bcp, planned, decision, refusalReason]) => ({
    givenNames, surname, sex, dateOfBirth, nationality, bcp, planned, decision: decision ?? 'admitted', refusalReason, number: passportNumber(rng, nationality, numbers), expiryDate: expiryDate(rng),
  }));
  const byDocument = LISTED_DOCUMENTS.map(([number, nationality, givenNames, surname, sex, dateOfBirth, bcp]) => ({
    givenNames, surname, sex, dateOfBirth, nationality, bcp, number, expiryDate: expiryDate(rng), planned: 'confirmed' as const, decision: 'refused' as const, refusalReason: 'A' as const,
  }));
  return [...byName, ...byDocument].map((t) => ({ ...t, daysAgo: t.planned === 'open' ? 1 : rng.chance(0.85) ? between(rng, 2, 29) : between(rng, 30, 58) }));
}

/** The desk's decision: a listed traveller's as planned; otherwise mostly admitted, a few refused or referred on entry. */
function decisionOf(rng: Rng, traveller: Traveller, direction: Direction): [Decision, RefusalReason | null] {
  if (direction !== 'entry') {
    return ['admitted', null];
  }
  if (traveller.decision) {
    return [traveller.decision, traveller.refusalReason ?? null];
  }
  return rng.chance(0.03) ? ['refused', rng.pick(['C', 'E', 'G'] as const)] : rng.chance(0.02) ? ['referred', null] : ['admitted', null];
}

/** Records the demo crossings in the order they happened, and judges the alerts they raise. */
export async function seedDemoCrossings(ctx: Ctx, calendar: DemoCalendar, rng: Rng): Promise<void> {
  const site = await demoSites(ctx);
  const officers = new Map<Bcp, Ctx>();
  for (const [bcp, username] of Object.entries(OFFICERS) as [Bcp, string][]) {
    officers.set(bcp, await demoUser(ctx, username));
  }
  const supervisor = await demoUser(ctx, 'border.supervisor');
  const numbers = new Set<string>(LISTED_DOCUMENTS.map(([number]) => number));
  const listed = listedTravellers(rng, numbers);
  for (const [index, crossing] of plannedCrossings(rng, regularTravellers(rng, numbers), listed).entries()) {
    const { traveller, direction } = crossing;
    const at = calendar.at(crossing.daysAgo, crossing.minutes);
    const officer = officers.get(traveller.bcp)!;
    const [decision, refusalReason] = decisionOf(rng, traveller, direction);
    const mrz = formatTd3({ issuingState: traveller.nationality, documentNumber: traveller.number, surname: traveller.surname, givenNames: traveller.givenNames, dateOfBirth: traveller.dateOfBirth, sex: traveller.sex, expiryDate: traveller.expiryDate, nationality: traveller.nationality }).join('\n');
    const { alerts } = await recordCrossing(atMoment(officer, at), {
      clientRef: `demo-${calendar.today}-${index}`,
      siteId: site(traveller.bcp),
      lane: rng.pick(LANES[traveller.bcp][direction]),
      direction,
      at: at.toISOString(),
      firstScanAt: new Date(at.getTime() - (decision === 'admitted' ? between(rng, 15, 150) : between(rng, 300, 900)) * 1000).toISOString(),
      document: { mrz },
      purpose: direction === 'transit' ? 'transit' : rng.pick(PURPOSES),
      decision,
      refusalReason,
    });
    // A regular traveller's hit is a homonym; the last ones are still waiting for the officer.
    const planned = traveller.planned ?? 'false-positive';
    if (planned === 'open') {
      continue;
    }
    for (const alert of alerts) {
      const resolvedAt = new Date(at.getTime() + between(rng, 3, 15) * 60_000);
      const reason = planned === 'confirmed' ? 'Same person: identity and document checked against the listing' : 'Different person: date of birth, place of birth and photo do not match the listing';
      await resolveAlert(atMoment(officer, resolvedAt), alert.id, { outcome: planned, reason });
      if (planned === 'confirmed' && crossing.daysAgo >= 3) {
        await closeAlert(atMoment(supervisor, new Date(resolvedAt.getTime() + between(rng, 30, 240) * 60_000)), alert.id, 'Handled as the listing requires; the traveller was informed of the decision');
      }
    }
  }
}
