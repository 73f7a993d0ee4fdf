/**
 * Comparing two name parts. The ladder, first success wins: same spelling; same variant class;
 * abjad alignment when one side is Arabic script; same phonetic key; typo distance. Scores are
 * calibrated so that a score says how likely the two parts are one name written twice.
 */
import { abjadSimilarity } from './abjad-align';
import { editDistance } from './distance';
import type { PartKeys, PreparedPart } from './prepare';

/** How a part matched; `missing`/`extra` are parts only one side has, `mismatch` parts that disagree. */
export type MatchKind =
  | 'exact'
  | 'variant'
  | 'transliteration'
  | 'phonetic'
  | 'typo'
  | 'initial'
  | 'compound'
  | 'missing'
  | 'extra'
  | 'mismatch';

/** The outcome of comparing two parts. */
export interface PartComparison {
  score: number;
  how: MatchKind;
  note?: string;
}

// Shared results: comparisons run millions of times and most end in one of these.
const MISMATCH: PartComparison = { score: 0, how: 'mismatch' };
const EXACT: PartComparison = { score: 1, how: 'exact' };
const VARIANT: PartComparison = { score: 0.95, how: 'variant' };
const TRANSLITERATED_VARIANT: PartComparison = { score: 0.95, how: 'transliteration' };
const SAME_SOUND: PartComparison = { score: 0.9, how: 'phonetic' };
const NEAR_SOUND: PartComparison = { score: 0.75, how: 'phonetic' };

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Typo score from edit distance, scaled by length: one slip in a long name is cheap, two in a short one are not. */
function typoScore(a: PartKeys, b: PartKeys): PartComparison {
  const shortest = Math.min(a.text.length, b.text.length);
  // Only distances the table below scores are worth computing to the end.
  const limit = shortest >= 10 ? 3 : shortest >= 4 ? 2 : 1;
  // Every letter one side has and the other lacks needs an edit: more than the limit (and at least
  // three, which the near-sound check below needs), and no typo explains it.
  const letterLimit = limit === 1 ? 3 : limit;
  if (shortest < 3 || bitCount(a.letters & ~b.letters) > letterLimit || bitCount(b.letters & ~a.letters) > letterLimit) {
    return MISMATCH;
  }
  const d = editDistance(a.text, b.text, limit);
  let score = 0;
  if (d === 1) {
    // Three letters against four is a dropped or doubled letter more often than another name.
    score = shortest >= 7 ? 0.9 : shortest >= 5 ? 0.87 : shortest === 4 ? 0.8 : a.text.length !== b.text.length ? 0.7 : 0.6;
  } else if (d === 2) {
    // Two slips in four letters stay doubtful, and only when the first letter agrees.
    score = shortest >= 9 ? 0.8 : shortest >= 7 ? 0.72 : shortest >= 5 ? 0.58 : shortest === 4 && a.text[0] === b.text[0] ? 0.53 : 0;
  } else if (d === 3) {
    score = shortest >= 10 ? 0.6 : 0;
  }
  // People rarely mistype the first letter; two names differing there are usually two names.
  if (score > 0 && a.text[0] !== b.text[0]) {
    score -= 0.08;
  }
  // Longer names one sound apart that are also close on paper count as near the same sound.
  if (score < 0.75 && d <= 2 && a.key[0] === b.key[0] && Math.min(a.key.length, b.key.length) >= 6 && editDistance(a.key, b.key, 1) <= 1) {
    return NEAR_SOUND;
  }
  return score > 0 ? { score, how: 'typo' } : MISMATCH;
}

/** Compares two spellings (one word each). */
export function compareSpellings(a: PartKeys, b: PartKeys): PartComparison {
  if (a.abjad === b.abjad && a.text === b.text) {
    return EXACT;
  }
  if (a.variant >= 0 && a.variant === b.variant) {
    return VARIANT;
  }
  if (a.abjad !== b.abjad) {
    const abjad = a.abjad ? a : b;
    const latin = a.abjad ? b : a;
    if (latin.variant >= 0 && abjad.abjadVariants.includes(latin.variant)) {
      return TRANSLITERATED_VARIANT;
    }
    // Consonant skeletons far apart cannot align well: skip the alignment (most pairs compared are unrelated).
    const limit = Math.max(1, abjad.skeleton.length >> 1);
    if (bitCount(abjad.consonants & ~latin.consonants) > limit || editDistance(abjad.skeleton, latin.skeleton, limit) > limit) {
      return MISMATCH;
    }
    const similarity = abjadSimilarity(abjad.segments, latin.segments);
    return similarity >= 0.5 ? { score: Math.min(0.95, similarity), how: 'transliteration' } : { score: similarity, how: 'mismatch' };
  }
  if (a.key === b.key && a.key.length >= 2) {
    return SAME_SOUND;
  }
  return typoScore(a, b);
}

/**
 * compareSpellings when only a score of at least `min` (≥ 0.8) counts: returns MISMATCH early for
 * pairs that cannot reach it; any result of at least `min` is the same as compareSpellings'.
 */
export function compareSpellingsAtLeast(a: PartKeys, b: PartKeys, min: number): PartComparison {
  if (a.abjad === b.abjad && a.text !== b.text && (a.variant < 0 || a.variant !== b.variant) && !(a.key === b.key && a.key.length >= 2)) {
    // Only a typo score can remain: one slip in four or more letters (two in nine or more) reaches 0.8.
    const shortest = Math.min(a.text.length, b.text.length);
    const limit = shortest >= 9 ? 2 : 1;
    if (
      min < 0.8 ||
      shortest < 4 ||
      Math.abs(a.text.length - b.text.length) > limit ||
      bitCount(a.letters & ~b.letters) > limit ||
      bitCount(b.letters & ~a.letters) > limit
    ) {
      return min < 0.8 ? compareSpellings(a, b) : MISMATCH;
    }
  }
  return compareSpellings(a, b);
}

function better(current: PartComparison, candidate: PartComparison): PartComparison {
  return candidate.score > current.score ? candidate : current;
}

function asCompound(found: PartComparison, note: string, explain: boolean): PartComparison {
  if (found.how === 'mismatch') {
    return found;
  }
  // The note is for explanations only: building it for every comparison would cost a string each time.
  return explain ? { score: found.score * 0.98, how: 'compound', note: `${note}; ${found.how}` } : { score: found.score * 0.98, how: 'compound' };
}

// Cross-script exact, variant and phonetic matches without their note (the fast path): shared results.
const CROSS_SCRIPT: Partial<Record<MatchKind, PartComparison>> = {
  exact: { score: EXACT.score, how: 'transliteration' },
  variant: { score: VARIANT.score, how: 'transliteration' },
  phonetic: { score: SAME_SOUND.score, how: 'transliteration' },
};

function compareInitial(a: PreparedPart, b: PreparedPart): PartComparison {
  if (a.role === b.role) {
    return a.core.text === b.core.text ? EXACT : MISMATCH;
  }
  const initial = a.role === 'initial' ? a : b;
  const other = a.role === 'initial' ? b : a;
  const letter = initial.core.text;
  return other.whole.text[0] === letter || other.core.text[0] === letter ? { score: 0.9, how: 'initial' } : MISMATCH;
}

/**
 * Compares two parts of names, taking heads (Abd-, Abu-), articles and glued spellings into account.
 * `explain` adds the notes an explanation shows; scores are the same either way.
 */
export function compareParts(a: PreparedPart, b: PreparedPart, explain = true): PartComparison {
  if (a.role === 'initial' || b.role === 'initial') {
    return compareInitial(a, b);
  }
  let found: PartComparison;
  if (a.head !== b.head) {
    found = asCompound(compareSpellings(a.whole, b.whole), 'written joined/split', explain);
  } else {
    found = compareSpellings(a.core, b.core);
    if (a.head !== '' && a.tokens !== b.tokens) {
      found = asCompound(found, 'written joined/split', explain);
    }
    // One side wrote the article apart and the other glued it (Al Hassan / Alhassan): compare as written.
    if (found.score < 1 && a.article !== b.article) {
      found = better(found, asCompound(compareSpellings(a.whole, b.whole), 'article written joined', explain));
    }
    if (found.score < 1 && a.alt) {
      found = better(found, asCompound(compareSpellings(a.alt, b.core), 'article written joined', explain));
    }
    if (found.score < 1 && b.alt) {
      found = better(found, asCompound(compareSpellings(a.core, b.alt), 'article written joined', explain));
    }
    if (found.score < 1 && a.reading) {
      found = better(found, compareSpellings(a.reading, b.core));
    }
    if (found.score < 1 && b.reading) {
      found = better(found, compareSpellings(a.core, b.reading));
    }
  }
  if (a.script !== b.script && (found.how === 'exact' || found.how === 'variant' || found.how === 'phonetic')) {
    if (!explain && found.score === CROSS_SCRIPT[found.how]!.score) {
      return CROSS_SCRIPT[found.how]!;
    }
    return { score: found.score, how: 'transliteration', note: `${a.script}/${b.script}; ${found.how}` };
  }
  return found;
}
