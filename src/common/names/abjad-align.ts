/**
 * Aligning an Arabic-script name (consonants and long vowels, short vowels unwritten) with a Latin
 * spelling. Short vowels the Latin adds are almost free (محمد = Mohammed), but a long vowel the
 * abjad writes must show in the Latin (حسين Husayn is not Hassan) and a long Latin vowel with no
 * letter behind it costs (حسن is not Hussein, محمد is not Mahmoud).
 */
import { isVowelSymbol, vowelRunClasses } from './phonetic';

// Consonant classes that transliterations swap: t/d (Mehmet), k/g (Qasim/Gasim), j/g (Jamal/Gamal), b/p, f/v.
const CLOSE = new Set(['td', 'dt', 'kg', 'gk', 'bp', 'pb', 'fv', 'vf', 'jg', 'gj']);
// The abjad letters read two ways: ث as t or s, ذ ض ظ as d or z (Ramadan / Ramazan).
const READINGS: Record<string, string> = { T: 'ts', D: 'dz' };

function isLong(symbol: string): boolean {
  return symbol === 'A' || symbol === 'I' || symbol === 'U' || symbol === 'Y';
}

// Long vowels are letters of the abjad: reading one as another vowel weighs like two wrong consonants
// (حسين is not Hassan); a Latin spelling that leaves it out is more likely a slip (Farhd).
const LONG_VOWEL_MISSING = 2;
const LONG_VOWEL_DROPPED = 1;
const LATIN_LONG_VOWEL_EXTRA = 1.6;

function compatible(abjadSymbol: string, latin: string): boolean {
  switch (abjadSymbol) {
    case 'e':
      return true; // an ayn's unwritten vowel
    case 'A':
      return latin === 'a';
    case 'Y':
      return latin === 'a' || latin === 'i' || latin === 'e' || latin === 'y';
    case 'a':
      return latin === 'a' || latin === 'e';
    case 'U':
    case 'u':
    case 'o':
    case 'v':
      return latin === 'u' || latin === 'o' || latin === 'v';
    default:
      return latin === 'i' || latin === 'e' || latin === 'y';
  }
}

function unmatchedCost(abjadSymbol: string): number {
  if (isLong(abjadSymbol)) {
    return LONG_VOWEL_MISSING;
  }
  if (abjadSymbol === 'y' || abjadSymbol === 'v') {
    return 0.4;
  }
  return abjadSymbol === 'e' ? 0.05 : 0.1;
}

function vowelRunCost(written: string, ys: string): number {
  // An ayn's vowel (e) is optional: it may give the Latin vowel or add nothing to it.
  const xs = written.length > 1 ? written.replace(/e/g, '') : written;
  let cost = 0;
  let j = 0;
  let matched = 0;
  let previous = '';
  for (const x of xs) {
    let k = j;
    while (k < ys.length && !compatible(x, ys[k]!)) {
      k += 1;
    }
    if (k < ys.length) {
      matched += 1;
      j = k + 1;
      if (isLong(x) && ys.length === 1) {
        cost += 0.05;
      }
    } else if (j > 0 && !isLong(previous) && compatible(x, ys[j - 1]!)) {
      cost += 0.05; // a short vowel and the long one after it heard as one (إيمان Iman)
    } else {
      cost += unmatchedCost(x);
    }
    previous = x;
  }
  return cost + 0.02 * (ys.length - matched);
}

function deleteAbjad(segment: string, last: boolean, longVowel = LONG_VOWEL_DROPPED): number {
  if (isVowelSymbol(segment[0])) {
    let cost = 0;
    for (const s of segment) {
      cost += isLong(s) ? longVowel : s === 'y' || s === 'v' ? 0.5 : s === 'e' ? 0.1 : 0.2;
    }
    return cost;
  }
  if (segment === 'h' && last) {
    return 0.3;
  }
  return segment === 'y' || segment === 'v' ? 0.8 : 1;
}

function insertLatin(segment: string): number {
  if (isVowelSymbol(segment[0])) {
    // A long vowel digraph (ou, ee, ei…) says the name has a long vowel the abjad would have written.
    return vowelRunClasses(segment).length < segment.length ? LATIN_LONG_VOWEL_EXTRA : 0.05 * segment.length;
  }
  if (segment === 'h') {
    return 0.5;
  }
  return segment === 'y' || segment === 'v' ? 0.8 : 1;
}

function substitute(x: string, xVowel: boolean, y: string, yVowel: boolean): number {
  if (xVowel && yVowel) {
    return vowelRunCost(x, y);
  }
  if (!xVowel && !yVowel) {
    if (x === y || READINGS[x]?.includes(y)) {
      return 0;
    }
    return CLOSE.has(x + y) || CLOSE.has((READINGS[x]?.[0] ?? x) + y) ? 0.4 : 1;
  }
  // و and ي are consonant or vowel depending on the reader: w/v against u/o, y against i/e. Any other
  // vowel written as a consonant is a slip, one edit like a wrong consonant.
  if (!xVowel) {
    return (x === 'y' && /[iey]/.test(y)) || (x === 'v' && /[uov]/.test(y)) ? 0.2 : 1;
  }
  return (y === 'y' && /[Iiy]/.test(x)) || (y === 'v' && /[Uuv]/.test(x)) ? 0.2 : 1;
}

/** A spelling's sound segments with the per-segment costs the alignment needs, computed once per spelling. */
export interface SoundSegments {
  segments: readonly string[];
  /** Each segment's interned id (SEGMENT_NOT_INTERNED past the registry's bound): keys the substitution-cost memo. */
  ids: Int32Array;
  vowel: readonly boolean[];
  /** Cost of each segment as a Latin segment the abjad has nothing for. */
  insert: readonly number[];
  /** Cost of each segment as an abjad segment the Latin leaves out. */
  remove: readonly number[];
  /** The same where the Latin writes another vowel in its place (Mohammed against محمود). */
  replaceByOtherVowel: readonly number[];
  /** For each position between segments: is a vowel next to it? */
  vowelAround: readonly boolean[];
  firstConsonant: string | undefined;
}

/** What is known about one segment text, whatever spelling it occurs in. */
interface SegmentInfo {
  id: number;
  vowel: boolean;
  insert: number;
  remove: number;
  removeLast: number;
  replace: number;
  replaceLast: number;
}

// Segment texts are few (consonant symbols and short vowel runs): each is analysed once and gets an
// id. Bounded against pathological input; segments past the bound are analysed every time.
const MAX_SEGMENTS = 1024;
const SEGMENT_NOT_INTERNED = -1;
const segmentInfos = new Map<string, SegmentInfo>();

function analyseSegment(seg: string, id: number): SegmentInfo {
  return {
    id,
    vowel: isVowelSymbol(seg[0]),
    insert: insertLatin(seg),
    remove: deleteAbjad(seg, false),
    removeLast: deleteAbjad(seg, true),
    replace: deleteAbjad(seg, false, LONG_VOWEL_MISSING),
    replaceLast: deleteAbjad(seg, true, LONG_VOWEL_MISSING),
  };
}

function segmentInfo(seg: string): SegmentInfo {
  let info = segmentInfos.get(seg);
  if (info === undefined) {
    if (segmentInfos.size >= MAX_SEGMENTS) {
      return analyseSegment(seg, SEGMENT_NOT_INTERNED);
    }
    info = analyseSegment(seg, segmentInfos.size);
    segmentInfos.set(seg, info);
  }
  return info;
}

/** Precomputes the alignment costs of a spelling's segments. */
export function alignmentSegments(segments: readonly string[]): SoundSegments {
  const n = segments.length;
  const ids = new Int32Array(n);
  const vowel: boolean[] = [];
  const insert: number[] = [];
  const remove: number[] = [];
  const replaceByOtherVowel: number[] = [];
  let firstConsonant: string | undefined;
  for (let i = 0; i < n; i++) {
    const seg = segments[i]!;
    const info = segmentInfo(seg);
    const last = i === n - 1;
    ids[i] = info.id;
    vowel.push(info.vowel);
    insert.push(info.insert);
    remove.push(last ? info.removeLast : info.remove);
    replaceByOtherVowel.push(last ? info.replaceLast : info.replace);
    if (firstConsonant === undefined && !info.vowel) {
      firstConsonant = seg;
    }
  }
  const vowelAround: boolean[] = [];
  for (let j = 0; j <= n; j++) {
    vowelAround.push(vowel[j - 1] === true || vowel[j] === true);
  }
  return { segments, ids, vowel, insert, remove, replaceByOtherVowel, vowelAround, firstConsonant };
}

// Memo of substitution costs by (abjad segment id, Latin segment id): rows allocated on first use, NaN = not yet known.
const substitutionRows: (Float64Array | undefined)[] = [];

function substitutionRow(id: number): Float64Array | undefined {
  if (id < 0) {
    return undefined;
  }
  let row = substitutionRows[id];
  if (row === undefined) {
    row = new Float64Array(MAX_SEGMENTS).fill(Number.NaN);
    substitutionRows[id] = row;
  }
  return row;
}

let table = new Float64Array(256);

/** Minimum cost of reading the Latin segments `latin` as the abjad segments `abjad`. */
export function abjadCost(abjad: SoundSegments, latin: SoundSegments): number {
  const n = abjad.segments.length;
  const m = latin.segments.length;
  const width = m + 1;
  if (table.length < (n + 1) * width) {
    table = new Float64Array((n + 1) * width * 2);
  }
  const latinIds = latin.ids;
  const latinInsert = latin.insert;
  const latinVowelAround = latin.vowelAround;
  table[0] = 0;
  for (let j = 1; j <= m; j++) {
    table[j] = table[j - 1]! + latinInsert[j - 1]!;
  }
  for (let i = 1; i <= n; i++) {
    const x = abjad.segments[i - 1]!;
    const xVowel = abjad.vowel[i - 1]!;
    const del = abjad.remove[i - 1]!;
    const delNextToVowel = abjad.replaceByOtherVowel[i - 1]!;
    const memo = substitutionRow(abjad.ids[i - 1]!);
    const row = i * width;
    const above = row - width;
    table[row] = table[above]! + (latinVowelAround[0] ? delNextToVowel : del);
    for (let j = 1; j <= m; j++) {
      const yId = latinIds[j - 1]!;
      let sub: number;
      if (memo !== undefined && yId >= 0) {
        sub = memo[yId]!;
        if (sub !== sub) {
          sub = substitute(x, xVowel, latin.segments[j - 1]!, latin.vowel[j - 1]!);
          memo[yId] = sub;
        }
      } else {
        sub = substitute(x, xVowel, latin.segments[j - 1]!, latin.vowel[j - 1]!);
      }
      let best = table[above + j - 1]! + sub;
      // Leaving out a long vowel is a slip (Farhd); writing another vowel in its place is another name.
      const viaDelete = table[above + j]! + (latinVowelAround[j] ? delNextToVowel : del);
      const viaInsert = table[row + j - 1]! + latinInsert[j - 1]!;
      if (viaDelete < best) {
        best = viaDelete;
      }
      if (viaInsert < best) {
        best = viaInsert;
      }
      table[row + j] = best;
    }
  }
  return table[n * width + m]!;
}

/** Names that start with different consonants are different names far more often than slips. */
function firstConsonantPenalty(abjad: SoundSegments, latin: SoundSegments): number {
  const x = abjad.firstConsonant;
  const y = latin.firstConsonant;
  if (x === undefined || y === undefined || x === y || READINGS[x]?.includes(y) || CLOSE.has(x + y)) {
    return 0;
  }
  return 0.5;
}

/**
 * Similarity in [0, 1] of an abjad name and a Latin spelling. The cost per abjad segment is mapped on
 * the same scale as typo scores: about 0.95 for a clean reading, 0.87 for one slip in five letters,
 * 0.6 for one slip in three, nothing for a name that is another name.
 */
export function abjadSimilarity(abjad: SoundSegments, latin: SoundSegments): number {
  const n = abjad.segments.length;
  if (n === 0 || latin.segments.length === 0) {
    return 0;
  }
  const closeness = 1 - (abjadCost(abjad, latin) + firstConsonantPenalty(abjad, latin)) / Math.max(n, 2);
  if (closeness >= 0.93) {
    return 0.95;
  }
  if (closeness >= 0.8) {
    return 0.87 + ((closeness - 0.8) / 0.13) * 0.08;
  }
  return Math.max(0, 0.87 - (0.8 - closeness) * 2.2);
}
