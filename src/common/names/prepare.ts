/**
 * Preparing a name once for many comparisons: tokens become parts (articles folded into the next part,
 * Abd-/Abu- compounds merged, particles and initials marked), every part gets its keys, and adjacent
 * parts get joined keys so "Mohammad Reza" can meet "Mohammadreza".
 */
import { BoundedCache } from './cache';
import { clearWordCache, tokeniseName, type NameToken, type Script } from './normalise';
import { alignmentSegments, type SoundSegments } from './abjad-align';
import { consonantSkeleton, devoiceFinal, encodeLatin, phoneticKey, soundSegments } from './phonetic';
import { abjadVariantClasses, isArticle, isParticle, variantClassOf } from './variants';

/** Everything the comparison needs about one spelling, computed once. */
export interface PartKeys {
  text: string;
  enc: string;
  /** The encoding before final devoicing, for gluing spellings together. */
  rawEnc: string;
  key: string;
  skeleton: string;
  segments: SoundSegments;
  /** Variant class (variant-table.ts) of a Latin spelling, or -1. */
  variant: number;
  /** Bit i set when letter a+i occurs in `text`: a cheap lower bound on the edit distance. */
  letters: number;
  /** The same for the consonant skeleton. */
  consonants: number;
  /** From an Arabic-script word: vowels are unreliable and the abjad alignment applies. */
  abjad: boolean;
  /** For abjad spellings: the variant classes it reads as. */
  abjadVariants: readonly number[];
}

/** How a part counts: a name, a particle (bin, van…) or an initial. */
export type PartRole = 'name' | 'particle' | 'initial';

/** One part of a prepared name. */
export interface PreparedPart {
  original: string;
  script: Script;
  role: PartRole;
  weight: number;
  /** Abd-/Abu- compounds: the head, with `core` the rest (Abdul Rahman → abd + rahman). */
  head: '' | 'abd' | 'abu';
  /** An article (al-, el-, ud-…) was written before the part. */
  article: boolean;
  /** How many written tokens the part was made of (to tell a split from a joined spelling). */
  tokens: number;
  core: PartKeys;
  /** The part as one word, head and article included (abdulrahman, alhassan). */
  whole: PartKeys;
  /** A Latin word that may carry a glued article (Alhassan): the word without it. */
  alt?: PartKeys;
  /** A second reading of a Cyrillic word (Ukrainian rules for a name that did not show itself Ukrainian). */
  reading?: PartKeys;
}

/** Keys of two adjacent parts written as one word. */
export interface PreparedJoin {
  from: number;
  text: string;
  keys: readonly PartKeys[];
}

/** A name ready to be compared with many others. */
export interface PreparedName {
  input: string;
  normalised: string;
  parts: readonly PreparedPart[];
  joins: readonly PreparedJoin[];
}

/** Names longer than this many tokens are cut: nobody has more, and comparison cost grows with it. */
export const MAX_NAME_TOKENS = 16;

const WEIGHTS: Record<PartRole, number> = { name: 1, initial: 0.5, particle: 0.15 };
// Abd- with its article as Latin spellings glue it: Abdul, Abdel, Abdol, Abdu(r), Abdi, Somali Cabdi.
const ABD_HEAD = /^c?abd(?:[aeiou]{1,2}l|[aeiou])?/;
const ABU_HEADS = new Set(['abu', 'abou', 'abo', 'aboo', 'ebu']);

// Name parts repeat enormously across a registry: each spelling's keys are computed once and shared
// (PartKeys are never mutated). Bounded, so a registry's long tail of rare words does not grow it forever.
const spellingCache = new BoundedCache<PartKeys>(20_000);

// Two words glued together repeat far less than single words: their own, smaller cache keeps them
// from pushing the words out of the main one.
const joinCache = new BoundedCache<PartKeys>(8192);

function cachedJoin(text: string, abjadEnc: string | undefined): PartKeys {
  const cacheKey = abjadEnc === undefined ? text : `${text}|${abjadEnc}`;
  let keys = joinCache.get(cacheKey);
  if (keys === undefined) {
    keys = computeSpellingKeys(text, abjadEnc);
    joinCache.set(cacheKey, keys);
  }
  return keys;
}

/** Empties the per-word caches behind prepareName (for benchmarks that measure the uncached cost). */
export function clearPreparationCaches(): void {
  spellingCache.clear();
  joinCache.clear();
  clearWordCache();
}

/** Computes the keys of one spelling; `abjadEnc` is given for Arabic-script spellings. */
export function spellingKeys(text: string, abjadEnc?: string): PartKeys {
  // Texts are lower-case ASCII letters, so '|' cannot occur in them.
  const cacheKey = abjadEnc === undefined ? text : `${text}|${abjadEnc}`;
  let keys = spellingCache.get(cacheKey);
  if (keys === undefined) {
    keys = computeSpellingKeys(text, abjadEnc);
    spellingCache.set(cacheKey, keys);
  }
  return keys;
}

function computeSpellingKeys(text: string, abjadEnc: string | undefined): PartKeys {
  const abjad = abjadEnc !== undefined;
  const rawEnc = abjad ? abjadEnc : encodeLatin(text);
  const enc = abjad ? devoiceFinal(rawEnc) : rawEnc;
  const key = phoneticKey(enc);
  const skeleton = consonantSkeleton(key);
  const segments = alignmentSegments(soundSegments(enc));
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    letters |= 1 << (text.charCodeAt(i) - 97);
  }
  let consonants = 0;
  for (let i = 0; i < skeleton.length; i++) {
    consonants |= 1 << (skeleton.charCodeAt(i) - 97);
  }
  return {
    text,
    enc,
    rawEnc,
    letters,
    consonants,
    key,
    skeleton,
    segments,
    variant: abjad ? -1 : variantClassOf(text, key),
    abjad,
    abjadVariants: abjad ? abjadVariantClasses(segments, skeleton) : [],
  };
}

function tokenKeys(token: NameToken): PartKeys {
  return spellingKeys(token.text, token.abjad ? (token.enc ?? '') : undefined);
}

/** Glues spellings into one word (keys recomputed so sounds across the seam are read right). */
function joinKeys(parts: readonly PartKeys[]): PartKeys {
  const text = parts.map((p) => p.text).join('');
  if (!parts.some((p) => p.abjad)) {
    return cachedJoin(text, undefined);
  }
  return cachedJoin(text, parts.map((p) => p.rawEnc).join(''));
}

/** An Abd- word's remainder when it is written glued (Abdulrahman → rahman), '' for a bare head. */
function abdRemainder(token: NameToken): string | undefined {
  if (token.abjad || !/^c?abd/.test(token.text)) {
    return undefined;
  }
  const keys = spellingKeys(token.text);
  if (keys.variant >= 0) {
    return undefined; // a name of its own: Abdullah, Abdi
  }
  let rest = token.text.slice(ABD_HEAD.exec(token.text)![0].length);
  if (rest.length > 1 && rest[0] === rest[1]) {
    rest = rest.slice(1); // assimilated article: Abdurrahman, Abdussalam
  }
  return rest.length >= 3 ? rest : '';
}

function uniqueOriginals(tokens: readonly NameToken[]): string {
  const out: string[] = [];
  for (const t of tokens) {
    if (out[out.length - 1] !== t.original) {
      out.push(t.original);
    }
  }
  return out.join(' ');
}

function makePart(used: readonly NameToken[], core: NameToken, head: '' | 'abd' | 'abu', article: boolean, role: PartRole): PreparedPart {
  const coreKeys = tokenKeys(core);
  // The part as written in one word: Abdul Rahman → abdulrahman, Al Hassan → alhassan, Abdulrahman stays.
  const whole = used.length === 1 ? (head === '' ? coreKeys : tokenKeys(used[0]!)) : joinKeys(used.map(tokenKeys));
  let alt: PartKeys | undefined;
  if (role === 'name' && head === '' && !article && !core.abjad && /^(al|el|ul)/.test(core.text) && core.text.length >= 6 && coreKeys.variant < 0) {
    alt = spellingKeys(core.text.slice(2));
  }
  return {
    original: uniqueOriginals(used),
    script: core.script,
    role,
    weight: WEIGHTS[role],
    head,
    article,
    tokens: used.length,
    core: coreKeys,
    whole,
    alt,
    reading: core.reading === undefined || head !== '' ? undefined : spellingKeys(core.reading),
  };
}

function buildParts(tokens: readonly NameToken[]): PreparedPart[] {
  const parts: PreparedPart[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i]!;
    const start = i;
    const last = i === n - 1;
    if (!last && isParticle(t.text) && (i > 0 || t.text === 'bin' || t.text === 'ibn' || t.text === 'bint')) {
      parts.push(makePart([t], t, '', false, 'particle'));
      i += 1;
      continue;
    }
    let head: '' | 'abd' | 'abu' = '';
    const abd = abdRemainder(t);
    if (t.text === 'abd' || abd === '') {
      head = 'abd';
    } else if (abd !== undefined) {
      parts.push(makePart([t], { ...t, text: abd }, 'abd', false, 'name'));
      i += 1;
      continue;
    } else if (ABU_HEADS.has(t.text)) {
      head = 'abu';
    }
    let article = false;
    let j = head === '' ? i : i + 1;
    if (j < n - 1 && isArticle(tokens[j]!.text, j) && !isParticle(tokens[j + 1]!.text)) {
      article = true;
      j += 1;
    }
    if (head !== '' && j >= n) {
      head = ''; // a bare Abd/Abu at the end is just a word
      j = i;
    }
    const coreToken = tokens[j]!;
    i = j + 1;
    const role: PartRole = coreToken.text.length === 1 && !coreToken.abjad && head === '' && !article ? 'initial' : 'name';
    parts.push(makePart(tokens.slice(start, i), coreToken, head, article, role));
  }
  return parts;
}

// The second half of X al-Din names (Nur al-Din, Salah ad-Din, عز الدين): it belongs to the word before.
const DIN = new Set(['din', 'deen', 'dine', 'ddin', 'ddine', 'dden', 'tin', 'ttin']);

function isDin(part: PreparedPart): boolean {
  return part.article && part.head === '' && (part.core.abjad ? part.core.skeleton === 'dn' : DIN.has(part.core.text));
}

/** Merges "X al-Din" into one part, so it aligns with Nuruddin / نورالدين written as one word. */
function mergeDin(parts: PreparedPart[]): PreparedPart[] {
  const out: PreparedPart[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && prev.role === 'name' && prev.head === '' && !prev.article && isDin(part)) {
      const whole = joinKeys([prev.whole, part.whole]);
      out[out.length - 1] = { ...prev, original: `${prev.original} ${part.original}`, tokens: prev.tokens + part.tokens, core: whole, whole, alt: undefined };
      continue;
    }
    out.push(part);
  }
  return out;
}

function buildJoins(parts: readonly PreparedPart[]): PreparedJoin[] {
  const joins: PreparedJoin[] = [];
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if (a.role !== 'name' || b.role !== 'name' || a.head !== '' || b.head !== '') {
      continue;
    }
    const keys = [joinKeys([a.whole, b.whole])];
    if (b.article) {
      keys.push(joinKeys([a.whole, b.core]));
    }
    joins.push({ from: i, text: keys[0]!.text, keys });
  }
  return joins;
}

/** The normalised text, phonetic key and consonant skeleton of each word of a name (any script). */
export function phoneticKeysOf(name: string): { text: string; key: string; skeleton: string }[] {
  return tokeniseName(name).map((t) => {
    const keys = tokenKeys(t);
    return { text: keys.text, key: keys.key, skeleton: keys.skeleton };
  });
}

/** Prepares a full name (any script) or its parts for comparison; do it once per stored name. */
export function prepareName(input: string | readonly string[]): PreparedName {
  const text = typeof input === 'string' ? input : input.join(' ');
  const tokens = tokeniseName(text).slice(0, MAX_NAME_TOKENS);
  const parts = mergeDin(buildParts(tokens));
  return {
    input: text,
    normalised: tokens.map((t) => t.text).join(' '),
    parts,
    joins: buildJoins(parts),
  };
}
