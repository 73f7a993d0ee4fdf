/** Generates a seeded, multilingual synthetic registry of persons for benchmarks, with planted variants. */
import { generatePersonName, makeVariant, mulberry32, type GeneratedName, type Rng } from '../src/common/names/testset';
import { indexPersonNames } from '../src/server/modules/people/name-index';

const NATIONALITY_OF_ORIGIN: Record<string, string[]> = {
  arabic: ['SYR', 'IRQ', 'EGY', 'JOR', 'LBN', 'YEM', 'SDN', 'MAR'],
  'afghan-dari': ['AFG'],
  pashto: ['AFG', 'PAK'],
  pakistani: ['PAK'],
  russian: ['RUS'],
  ukrainian: ['UKR'],
  romanian: ['ROU', 'MDA'],
  turkish: ['TUR'],
  kurdish: ['IRQ', 'SYR', 'TUR'],
  eritrean: ['ERI'],
  somali: ['SOM'],
};

export interface SyntheticPerson {
  index: number;
  name: GeneratedName;
  givenNames: string;
  surname: string;
  originalName: string | null;
  sex: 'F' | 'M';
  dateOfBirth: string;
  birthFrom: string;
  birthTo: string;
  nationality: string;
  nameKeys: string[];
  searchText: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function randomBirth(rng: Rng): { dateOfBirth: string; birthFrom: string; birthTo: string } {
  const year = 1950 + rng.int(66);
  const month = 1 + rng.int(12);
  const day = 1 + rng.int(28);
  const roll = rng.next();
  if (roll < 0.8) {
    const d = `${year}-${pad(month)}-${pad(day)}`;
    return { dateOfBirth: d, birthFrom: d, birthTo: d };
  }
  if (roll < 0.95) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { dateOfBirth: `${year}-${pad(month)}`, birthFrom: `${year}-${pad(month)}-01`, birthTo: `${year}-${pad(month)}-${pad(last)}` };
  }
  return { dateOfBirth: `${year}`, birthFrom: `${year}-01-01`, birthTo: `${year}-12-31` };
}

/** The person at `index` of the synthetic registry (deterministic for a seed). */
export function syntheticPerson(rng: Rng, index: number, name: GeneratedName = generatePersonName(rng)): SyntheticPerson {
  const [given, ...rest] = name.latin.split(' ');
  const person = {
    givenNames: given ?? '',
    surname: rest.join(' '),
    originalName: name.original ?? null,
  };
  const birth = randomBirth(rng);
  const indexed = indexPersonNames(person);
  return {
    index,
    name,
    ...person,
    sex: name.sex,
    ...birth,
    nationality: rng.pick(NATIONALITY_OF_ORIGIN[name.origin] ?? ['XXX']),
    nameKeys: indexed.keys,
    searchText: indexed.searchText,
  };
}

/** A seeded generator of persons. */
export function personGenerator(seed: number) {
  const rng = mulberry32(seed);
  let index = 0;
  return {
    rng,
    next(): SyntheticPerson {
      const person = syntheticPerson(rng, index);
      index += 1;
      return person;
    },
  };
}

/** A variant spelling of a person's name (as another clerk or document would give it). */
export function variantOf(person: SyntheticPerson, rng: Rng): string {
  return makeVariant(person.name, rng).text;
}
