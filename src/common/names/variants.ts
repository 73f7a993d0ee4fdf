/**
 * Lookups over the variant table (variant-table.ts) and the small closed word lists the matcher
 * treats specially: articles (al-, el-, ud-…) and particles (bin, ibn, van, de…).
 */
import { abjadSimilarity, alignmentSegments, type SoundSegments } from './abjad-align';
import { foldToAscii } from './normalise';
import { consonantSkeleton, encodeLatin, phoneticKey, soundSegments } from './phonetic';
import { NAME_VARIANT_CLASSES } from './variant-table';

interface Spelling {
  variant: number;
  segments: SoundSegments;
}

const byText = new Map<string, number>();
// Phonetic key -> class, or AMBIGUOUS when spellings of two classes share the key; with the first
// letters of the spellings behind it, so Sivan does not borrow Ciwan's class (Kurmanji c is j).
const byKey = new Map<string, { variant: number; initials: string }>();
const bySkeleton = new Map<string, Spelling[]>();
const canonical: string[] = [];
const AMBIGUOUS = -2;

function spellingText(spelling: string): string {
  return foldToAscii(spelling.toLowerCase());
}

NAME_VARIANT_CLASSES.forEach((line, variant) => {
  const spellings = line.split('|');
  canonical.push(spellings[0]!);
  for (const spelling of spellings) {
    const text = spellingText(spelling);
    if (text.length === 0 || byText.has(text)) {
      continue;
    }
    byText.set(text, variant);
    const enc = encodeLatin(text);
    const key = phoneticKey(enc);
    const known = byKey.get(key);
    if (known === undefined) {
      byKey.set(key, { variant, initials: text[0]! });
    } else {
      byKey.set(key, { variant: known.variant === variant ? variant : AMBIGUOUS, initials: known.initials + text[0]! });
    }
    const skeleton = consonantSkeleton(key);
    const list = bySkeleton.get(skeleton) ?? [];
    list.push({ variant, segments: alignmentSegments(soundSegments(enc)) });
    bySkeleton.set(skeleton, list);
  }
});

/** The variant class of a Latin spelling (by exact spelling, else by an unambiguous phonetic key), or -1. */
export function variantClassOf(text: string, key: string): number {
  const exact = byText.get(text);
  if (exact !== undefined) {
    return exact;
  }
  const byPhonetic = byKey.get(key);
  if (byPhonetic === undefined || byPhonetic.variant === AMBIGUOUS || !byPhonetic.initials.includes(text[0] ?? '')) {
    return -1;
  }
  return byPhonetic.variant;
}

/** The class's reference spelling, e.g. "Muhammad" (for explanations). */
export function variantName(variant: number): string {
  return canonical[variant] ?? '';
}

/** The known spellings of the name a spelling belongs to (itself only when the table does not know it). */
export function nameVariantsOf(spelling: string): readonly string[] {
  const text = spellingText(spelling);
  const variant = variantClassOf(text, phoneticKey(encodeLatin(text)));
  return variant < 0 ? [spelling] : NAME_VARIANT_CLASSES[variant]!.split('|');
}

/** Every spelling of the variant table, as written there (for tests and documentation). */
export function variantSpellings(): readonly (readonly string[])[] {
  return NAME_VARIANT_CLASSES.map((line) => line.split('|'));
}

/**
 * The classes an Arabic-script token can be read as: those whose spellings with the same consonant
 * skeleton fit the token's long vowels on average. Averaging keeps حسن out of Husayn's class even
 * though "Husein" alone would fit it.
 */
export function abjadVariantClasses(segments: SoundSegments, skeleton: string): number[] {
  const candidates = bySkeleton.get(skeleton);
  if (!candidates) {
    return [];
  }
  const totals = new Map<number, { sum: number; count: number }>();
  for (const c of candidates) {
    const t = totals.get(c.variant) ?? { sum: 0, count: 0 };
    t.sum += abjadSimilarity(segments, c.segments);
    t.count += 1;
    totals.set(c.variant, t);
  }
  const out: number[] = [];
  for (const [variant, t] of totals) {
    if (t.sum / t.count >= 0.8) {
      out.push(variant);
    }
  }
  return out.sort((a, b) => a - b);
}

// The Arabic article and its assimilated forms (ad-Din, ar-Rahman, as-Salam).
const ARTICLES = new Set(['al', 'el', 'ul', 'ol']);
const ASSIMILATED_ARTICLES = new Set([
  'ad', 'ud', 'ed', 'ar', 'ur', 'er', 'as', 'us', 'es', 'at', 'ut', 'et', 'an', 'un', 'en', 'az', 'uz', 'ez',
  'ash', 'ush', 'esh', 'ag',
]);
// Particles of descent and nobility; those in one group mean the same.
const PARTICLE_GROUPS: readonly (readonly string[])[] = [
  ['bin', 'ben', 'ibn', 'ibni', 'ebn', 'bn', 'ould', 'wad', 'walad'],
  ['bint', 'bent', 'binti', 'bte'],
  ['van', 'von', 'vom', 'zu', 'ter', 'ten', 'af'],
  ['de', 'da', 'di', 'del', 'della', 'der', 'den', 'du', 'dos', 'das', 'do', 'des', 'le', 'la'],
];
const particleGroup = new Map<string, number>();
PARTICLE_GROUPS.forEach((group, i) => group.forEach((word) => particleGroup.set(word, i)));

/** True for the Arabic article written apart (al, el, ul), and its assimilated forms away from the start. */
export function isArticle(text: string, position: number): boolean {
  return ARTICLES.has(text) || (position > 0 && ASSIMILATED_ARTICLES.has(text));
}

/** True for a particle such as bin, ibn, van, de (the caller decides whether its position allows it). */
export function isParticle(text: string): boolean {
  return particleGroup.has(text);
}

/** True when two particles mean the same (bin = ibn = ben; van = von). */
export function sameParticle(a: string, b: string): boolean {
  return a === b || (particleGroup.has(a) && particleGroup.get(a) === particleGroup.get(b));
}
