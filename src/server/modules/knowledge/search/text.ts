/**
 * Words of FAQ text, for search: found with their offsets (for highlighting), and turned into the
 * terms the index holds. A word has a native term in its own script (lower case; Latin without
 * diacritics, so ș ş s and ț ţ t are one letter; Arabic without vowel marks and with its letter
 * variants unified), and, for words in another script, a Latin term from the name library's
 * transliteration, so that "pritulok" finds "притулок"; Arabic-script words also get their consonant
 * skeleton, which a Latin spelling with any vowels ("tasrih", "tasreeh") shares.
 */
import { consonantSkeleton, foldToAscii, tokeniseName } from '../../../../common/names';

/** A word of a text and where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The terms of one word: kind-prefixed keys for the index. */
export interface WordTerms {
  /** Native form(s): the word itself, and for Arabic without its article. */
  native: string[];
  /** Latin transliteration(s) of a word in another script. */
  latin: string[];
  /** Consonant skeleton of an Arabic-script word's transliteration. */
  skeleton: string | null;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u;
const LATIN_LETTER = /^[\p{Script=Latin}\p{N}\p{M}]+$/u;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ی: 'ي', ئ: 'ي', ؤ: 'و', ة: 'ه', ک: 'ك', ۀ: 'ه', ھ: 'ه' };
const ARABIC_VARIANT_RE = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'gu');

/** The words of a text with their offsets (letters, marks and digits; everything else separates). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** True when the word is written in Latin letters (or digits). */
export function isLatinWord(word: string): boolean {
  return LATIN_LETTER.test(word);
}

/** The native term of a word: lower case; Latin folded to ASCII; Arabic script without marks, variants unified. */
export function nativeForm(word: string): string {
  const lower = word.normalize('NFKC').toLowerCase();
  if (isLatinWord(lower)) {
    return latinFold(lower);
  }
  if (ARABIC.test(lower)) {
    return lower.replace(ARABIC_MARKS, '').replace(ARABIC_VARIANT_RE, (c) => ARABIC_VARIANTS[c] ?? c);
  }
  // Cyrillic, Greek and others: lower case, combining marks removed (ё → е, й stays й).
  return lower.normalize('NFD').replace(/[\u0300-\u0302\u0304-\u0305\u0308]/gu, '').normalize('NFC');
}

/** Latin letters and digits folded to ASCII (ș ş → s, ț ţ → t, ß → ss), digits kept. */
function latinFold(lower: string): string {
  let out = '';
  for (const part of lower.split(/(\p{N}+)/u)) {
    out += /^\p{N}+$/u.test(part) ? part : foldToAscii(part);
  }
  return out;
}

/** The terms the index keeps for a word. */
export function termsOfWord(word: string): WordTerms {
  const native = nativeForm(word);
  if (native.length === 0) {
    return { native: [], latin: [], skeleton: null };
  }
  if (isLatinWord(word)) {
    return { native: [native], latin: [], skeleton: null };
  }
  const natives = [native];
  if (ARABIC.test(native) && native.startsWith('ال') && native.length > 4) {
    natives.push(native.slice(2));
  }
  const tokens = tokeniseName(word);
  const latin = [...new Set(tokens.map((t) => t.text).filter((t) => t.length > 0))];
  const arabic = tokens.some((t) => t.script === 'arabic');
  const joined = tokens.map((t) => t.text).join('');
  const skeleton = arabic && joined.length > 0 ? consonantSkeleton(joined) : null;
  return { native: natives, latin, skeleton: skeleton && skeleton.length >= 2 ? skeleton : null };
}

/** Plain text of the restricted Markdown the articles use: link targets, emphasis and list marks dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
