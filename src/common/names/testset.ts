/**
 * A labelled, reproducible test set for the name matcher, and the person-name generator the
 * benchmarks use. Same-person pairs: a name against a realistic variant of it (native script,
 * another transliteration, reordered, middle name dropped, compound joined/split, typing slips).
 * Different-person pairs: people from the same origin with similar names (sharing a given name,
 * a surname, two of three parts, or with one part swapped for a similar-looking name).
 * Randomness comes only from a seeded mulberry32, so a seed always gives the same set.
 */
import { foldToAscii } from './normalise';
import { ARABIC_POOL, DARI_POOL, PASHTO_POOL, URDU_POOL } from './testset-pools-arabic-script';
import { RUSSIAN_POOL, UKRAINIAN_POOL } from './testset-pools-cyrillic';
import { ERITREAN_POOL, KURDISH_POOL, ROMANIAN_POOL, SOMALI_POOL, TURKISH_POOL } from './testset-pools-latin';
import type { NameEntry, NamePool } from './testset-pool';
import { makeVariant, type GeneratedName, type GeneratedPart, type Rng } from './testset-variants';

export type { NameEntry, NamePool } from './testset-pool';
export { makeVariant, addTypos, type GeneratedName, type GeneratedPart, type NameVariant, type Rng, type VariantKind } from './testset-variants';

/** Every pool, with the share of persons drawn from each. */
export const NAME_POOLS: readonly NamePool[] = [
  ARABIC_POOL, DARI_POOL, PASHTO_POOL, URDU_POOL, RUSSIAN_POOL, UKRAINIAN_POOL,
  ROMANIAN_POOL, TURKISH_POOL, KURDISH_POOL, ERITREAN_POOL, SOMALI_POOL,
];

/** The mulberry32 generator wrapped as an Rng: small, fast and good enough for test data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]!, chance: (p: number) => next() < p };
}

function pickPool(rng: Rng): NamePool {
  const total = NAME_POOLS.reduce((s, p) => s + p.weight, 0);
  let r = rng.next() * total;
  for (const pool of NAME_POOLS) {
    r -= pool.weight;
    if (r < 0) {
      return pool;
    }
  }
  return NAME_POOLS[NAME_POOLS.length - 1]!;
}

function partFrom(source: readonly NameEntry[], rng: Rng, index?: number): GeneratedPart {
  const entry = index === undefined ? rng.pick(source) : source[index]!;
  return { latin: entry.spellings[0]!, native: entry.native, entry, source };
}

function surnamePart(pool: NamePool, sex: 'F' | 'M', rng: Rng): GeneratedPart {
  const i = rng.int(pool.surnames.length);
  return sex === 'F' && pool.femaleSurnames ? partFrom(pool.femaleSurnames, rng, i) : partFrom(pool.surnames, rng, i);
}

function assemble(origin: string, sex: 'F' | 'M', parts: GeneratedPart[]): GeneratedName {
  const native = parts.every((p) => p.native !== undefined) ? parts.map((p) => p.native).join(' ') : undefined;
  return { origin, sex, parts, latin: parts.map((p) => p.latin).join(' '), original: native };
}

/** A random person's name from one of the pools: `original` in native script where the origin has one. */
export function generatePersonName(rng: Rng, pool: NamePool = pickPool(rng)): GeneratedName {
  const sex: 'F' | 'M' = rng.chance(0.5) ? 'F' : 'M';
  const given = partFrom(sex === 'F' ? pool.female : pool.male, rng);
  const parts: GeneratedPart[] = [];
  switch (pool.pattern) {
    case 'given-father-family':
      parts.push(given, partFrom(pool.male, rng));
      if (rng.chance(0.15)) {
        parts.push(partFrom(pool.male, rng));
      }
      parts.push(rng.chance(0.8) ? surnamePart(pool, sex, rng) : partFrom(pool.male, rng));
      break;
    case 'given-father-grandfather':
      parts.push(given, partFrom(pool.male, rng), partFrom(pool.male, rng));
      break;
    case 'given-surname':
      if (sex === 'M' && pool.givenPrefixes && rng.chance(0.4)) {
        parts.push(partFrom(pool.givenPrefixes, rng));
      }
      parts.push(given);
      if (pool.secondGivenChance !== undefined && rng.chance(pool.secondGivenChance)) {
        parts.push(partFrom(sex === 'F' ? pool.female : pool.male, rng));
      } else if (pool.secondGivenChance === undefined && !pool.givenPrefixes && rng.chance(0.25)) {
        parts.push(partFrom(pool.male, rng)); // Afghan records often carry the father's name
      }
      parts.push(surnamePart(pool, sex, rng));
      break;
    case 'given-patronymic-surname': {
      parts.push(given);
      const patronymics = sex === 'F' ? pool.patronymicsFemale : pool.patronymicsMale;
      if (patronymics && rng.chance(0.5)) {
        parts.push(partFrom(patronymics, rng));
      }
      parts.push(surnamePart(pool, sex, rng));
      break;
    }
  }
  return assemble(pool.origin, sex, parts);
}

function spellingKey(spelling: string): string {
  return foldToAscii(spelling.toLowerCase().replace(/^(al|el)[- ]/, ''));
}

/** True when two entries could be the same name (they share a spelling, ignoring the article). */
export function entriesEquivalent(a: NameEntry, b: NameEntry): boolean {
  if (a === b) {
    return true;
  }
  const keys = new Set(a.spellings.map(spellingKey));
  return b.spellings.some((s) => keys.has(spellingKey(s)));
}

function bigrams(text: string): string[] {
  const t = spellingKey(text);
  return Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2));
}

function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      shared += 1;
      pool.splice(k, 1);
    }
  }
  return x.length + y.length === 0 ? 0 : (2 * shared) / (x.length + y.length);
}

function unlikeAll(entry: NameEntry, parts: readonly GeneratedPart[]): boolean {
  return parts.every((p) => !entriesEquivalent(entry, p.entry));
}

function replacement(part: GeneratedPart, person: GeneratedName, rng: Rng, similar: boolean): GeneratedPart | undefined {
  const candidates = part.source.filter((e) => unlikeAll(e, person.parts));
  if (candidates.length === 0) {
    return undefined;
  }
  if (!similar) {
    return partFrom(candidates, rng);
  }
  const ranked = [...candidates].sort((x, y) => dice(part.latin, y.spellings[0]!) - dice(part.latin, x.spellings[0]!));
  return partFrom(ranked.slice(0, 3), rng);
}

/** How a different person with a similar name was made. */
export type LookalikeKind = 'same-given' | 'same-surname' | 'same-two' | 'similar-part';

/** A different person whose name resembles `person`'s (same origin); never a subset of it. */
export function makeLookalike(person: GeneratedName, rng: Rng): { name: GeneratedName; kind: LookalikeKind } {
  const n = person.parts.length;
  const r = rng.next();
  let kind: LookalikeKind = r < 0.3 ? 'same-given' : r < 0.55 ? 'same-surname' : r < 0.75 ? 'same-two' : 'similar-part';
  if (kind === 'same-two' && n < 3) {
    kind = 'similar-part';
  }
  const keep = (i: number): boolean => {
    switch (kind) {
      case 'same-given':
        return i === 0;
      case 'same-surname':
        return i === n - 1;
      case 'same-two':
        return i === 0 || i === n - 1;
      case 'similar-part':
        return true;
    }
  };
  const swapped = kind === 'similar-part' ? rng.int(n) : -1;
  const parts = person.parts.map((p, i) => {
    if (i === swapped) {
      return replacement(p, person, rng, true) ?? p;
    }
    return keep(i) ? p : (replacement(p, person, rng, false) ?? p);
  });
  return { name: assemble(person.origin, person.sex, parts), kind };
}

function words(name: GeneratedName): Set<string> {
  return new Set(name.parts.flatMap((p) => p.latin.split(/[ -]/)).map(spellingKey).filter((w) => w !== 'al' && w !== 'el'));
}

/** Each name has a word the other lacks: a lookalike whose words are a subset would be a fair match. */
function wordsDiffer(a: GeneratedName, b: GeneratedName): boolean {
  const x = words(a);
  const y = words(b);
  return [...x].some((w) => !y.has(w)) && [...y].some((w) => !x.has(w));
}

/** A labelled pair: two written names and whether they belong to one person. */
export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  origin: string;
  /** The variant kinds (same person) or the lookalike kind (different people). */
  kinds: readonly string[];
}

function recordedForm(name: GeneratedName, rng: Rng): string {
  return name.original !== undefined && rng.chance(0.25) ? name.original : name.latin;
}

/** `count` labelled pairs, half same-person and half different-person, reproducible from `seed`. */
export function generateLabelledPairs(count: number, seed: number): LabelledPair[] {
  const rng = mulberry32(seed);
  const pairs: LabelledPair[] = [];
  while (pairs.length < count) {
    const person = generatePersonName(rng);
    if (pairs.length % 2 === 0) {
      const variant = makeVariant(person, rng);
      pairs.push({ a: recordedForm(person, rng), b: variant.text, same: true, origin: person.origin, kinds: variant.kinds });
      continue;
    }
    const { name: other, kind } = makeLookalike(person, rng);
    const differs = (x: GeneratedName, y: GeneratedName): boolean => x.parts.some((p) => unlikeAll(p.entry, y.parts));
    if (!differs(person, other) || !differs(other, person) || !wordsDiffer(person, other)) {
      continue; // the pools ran out of different names: not a fair negative
    }
    // A lookalike that loses a part could become a subset of the person's name: no longer a fair negative.
    const variant = rng.chance(0.6) ? makeVariant(other, rng) : undefined;
    const b = variant && !variant.kinds.includes('drop-middle') ? variant.text : recordedForm(other, rng);
    pairs.push({ a: recordedForm(person, rng), b, same: false, origin: person.origin, kinds: [kind] });
  }
  return pairs;
}
