/**
 * Normalisation: any script in, lower-case ASCII name tokens out.
 *
 * Steps, in order: NFKC (folds presentation forms, ligatures and full-width letters), removal of
 * invisible and bidirectional controls, lower case, apostrophes dropped (O'Brien, Mar'yana, ʿAli),
 * everything that is not a letter or a combining mark becomes a token break (hyphens, dots, digits,
 * emoji), each token transliterated from its script, then Latin letters folded to ASCII.
 * Letters of scripts we do not transliterate (CJK, Hebrew, Ethiopic…) are dropped.
 */
import { hasArabicScript, transliterateArabicWord } from './arabic-script';
import { BoundedCache } from './cache';
import { hasCyrillic, hasGreek, looksUkrainian, transliterateCyrillic, transliterateGreek } from './cyrillic-greek';

/** The script a name token was written in. */
export type Script = 'latin' | 'arabic' | 'cyrillic' | 'greek' | 'other';

/** A normalised name token: ASCII text, and for abjad tokens the sound encoding with long vowels marked. */
export interface NameToken {
  text: string;
  script: Script;
  abjad: boolean;
  /** Sound encoding, only for Arabic-script tokens (Latin ones are encoded from `text`). */
  enc?: string;
  /** Another reading of a Cyrillic word: Ukrainian rules when the name did not show itself Ukrainian (Олег → oleh). */
  reading?: string;
  original: string;
}

// Letters with no decomposition to a base letter, and the ASCII readers expect.
const SPECIAL_LATIN: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'n',
  ŀ: 'l', ĸ: 'k', ſ: 's', ŧ: 't', ƒ: 'f', ɨ: 'i', ə: 'a', ɛ: 'e', ɔ: 'o', ʉ: 'u', ɖ: 'd', ƴ: 'y',
};
const SPECIAL_LATIN_RE = new RegExp(`[${Object.keys(SPECIAL_LATIN).join('')}]`, 'gu');

// Zero-width joiners, direction marks and isolates, BOM, soft hyphen, tatweel: not part of the name.
const INVISIBLE = /\u200D|\u034F|[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u0640\u180E]/gu;
// The Persian half-space separates the parts of a compound name (محمد‌رضا): a break, not nothing.
const WORD_JOINER_BREAKS = /[\u200C\u2060]/gu;
// Apostrophes and the letters used for ayn and hamza in romanised Arabic: removed, so the word stays whole.
const APOSTROPHES = /['`´‘’‛′ʹʻʼʽʾʿˈ]/gu;
const BREAK = /[^\p{L}\p{M}]+/u;
// A run of Arabic-script letters glued to Latin or Cyrillic ones is read as its own word.
const ARABIC_RUN = /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]+)/gu;

/** Folds Latin letters to ASCII: ß→ss, æ→ae, ø→o, ı→i, ș/ş→s, ț/ţ→t, and every diacritic removed. */
export function foldToAscii(text: string): string {
  if (/^[a-z]*$/.test(text)) {
    return text;
  }
  return text
    .replace(SPECIAL_LATIN_RE, (ch) => SPECIAL_LATIN[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '');
}

function scriptOf(raw: string): Script {
  if (hasArabicScript(raw)) {
    return 'arabic';
  }
  if (hasCyrillic(raw)) {
    return 'cyrillic';
  }
  if (hasGreek(raw)) {
    return 'greek';
  }
  return /[a-z]/.test(foldToAscii(raw)) ? 'latin' : 'other';
}

// Words repeat enormously across a registry: each written word is transliterated once (tokens are never mutated).
const wordCache = new BoundedCache<readonly NameToken[]>(20_000);

/** Empties the per-word cache (benchmarks measuring the uncached cost). */
export function clearWordCache(): void {
  wordCache.clear();
}

function cachedTokensOfWord(original: string, ukrainian: boolean): readonly NameToken[] {
  // Words hold letters and marks only, so a control character cannot collide with one.
  const key = ukrainian ? `\u0001${original}` : original;
  let tokens = wordCache.get(key);
  if (tokens === undefined) {
    tokens = tokensOfWord(original, ukrainian);
    wordCache.set(key, tokens);
  }
  return tokens;
}

function tokensOfWord(original: string, ukrainian: boolean): NameToken[] {
  const raw = original.toLowerCase();
  const script = scriptOf(raw);
  if (script === 'arabic') {
    return transliterateArabicWord(raw).flatMap((t) => {
      const text = foldToAscii(t.text);
      if (text.length === 0) {
        return [];
      }
      return [t.abjad ? { text, script, abjad: true, enc: t.enc, original } : { text, script, abjad: false, original }];
    });
  }
  let latin = raw;
  let reading: string | undefined;
  if (script === 'cyrillic' || hasCyrillic(latin)) {
    latin = transliterateCyrillic(raw, ukrainian);
    if (!ukrainian) {
      const other = foldToAscii(transliterateCyrillic(raw, true));
      reading = other !== foldToAscii(latin) && other.length > 0 ? other : undefined;
    }
  }
  if (hasGreek(latin)) {
    latin = transliterateGreek(latin);
  }
  const text = foldToAscii(latin);
  if (text.length === 0) {
    return [];
  }
  return [reading === undefined ? { text, script, abjad: false, original } : { text, script, abjad: false, original, reading }];
}

/** Splits a name in any script into normalised ASCII tokens, remembering each token's script and spelling. */
export function tokeniseName(input: string): NameToken[] {
  let prepared: string;
  let ukrainian = false;
  if (isAscii(input)) {
    // ASCII is its own NFKC form and holds no invisible, joining or Arabic-script characters.
    prepared = input.includes("'") || input.includes('`') ? input.replace(APOSTROPHES, '') : input;
  } else {
    prepared = input
      .normalize('NFKC')
      .replace(INVISIBLE, '')
      .replace(WORD_JOINER_BREAKS, ' ')
      .replace(APOSTROPHES, '')
      .replace(ARABIC_RUN, ' $1 ');
    ukrainian = looksUkrainian(prepared);
  }
  const tokens: NameToken[] = [];
  for (const raw of prepared.split(BREAK)) {
    if (raw.length > 0) {
      for (const token of cachedTokensOfWord(raw, ukrainian)) {
        tokens.push(token);
      }
    }
  }
  return tokens;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      return false;
    }
  }
  return true;
}

/** The name as lower-case ASCII words separated by single spaces (idempotent). */
export function normaliseName(input: string): string {
  return tokeniseName(input)
    .map((t) => t.text)
    .join(' ');
}
