/**
 * Arabic-script names (Arabic, Persian, Pashto, Urdu) to Latin.
 *
 * The abjad writes consonants and long vowels only, so besides the readable Latin text each token
 * carries a sound encoding in which long vowels (ا و ي) are upper case (A I U) and the few vowels
 * we can infer (initial alif, ta marbuta, final -eh) are lower case: the comparison needs to know
 * which vowels a Latin spelling must show and which it may add freely; 'e' marks where an ayn gives
 * an unwritten vowel of any colour.
 */

/** One transliterated token: readable Latin text, its sound encoding, and whether it came from an abjad. */
export interface TransliteratedToken {
  text: string;
  enc: string;
  abjad: boolean;
}

// letter -> [Latin text, sound symbol(s)]; symbols use the consonant classes of phonetic.ts, plus T for ث
// (read t or s) and D for ذ ض ظ (read d or z).
const LETTERS: Record<string, readonly [string, string]> = {
  ب: ['b', 'b'], ت: ['t', 't'], ث: ['th', 'T'], ج: ['j', 'j'], ح: ['h', 'h'], خ: ['kh', 'h'],
  د: ['d', 'd'], ذ: ['dh', 'D'], ر: ['r', 'r'], ز: ['z', 'z'], س: ['s', 's'], ش: ['sh', 's'],
  ص: ['s', 's'], ض: ['d', 'D'], ط: ['t', 't'], ظ: ['z', 'D'], غ: ['gh', 'g'], ف: ['f', 'f'],
  ق: ['q', 'k'], ك: ['k', 'k'], ل: ['l', 'l'], م: ['m', 'm'], ن: ['n', 'n'], ه: ['h', 'h'],
  ء: ['', ''], أ: ['a', 'a'], إ: ['i', 'i'], آ: ['a', 'A'], ٱ: ['a', 'a'], ؤ: ['u', 'U'], ئ: ['i', 'I'],
  ة: ['a', 'a'], ى: ['a', 'A'],
  // Persian
  پ: ['p', 'p'], چ: ['ch', 'c'], ژ: ['zh', 'j'], ک: ['k', 'k'], گ: ['g', 'g'], ۀ: ['a', 'a'],
  // Pashto
  ټ: ['t', 't'], ډ: ['d', 'd'], ړ: ['r', 'r'], ږ: ['zh', 'j'], ښ: ['sh', 's'], ګ: ['g', 'g'],
  ڼ: ['n', 'n'], ۍ: ['ai', 'I'], ې: ['e', 'I'], ځ: ['z', 'z'], څ: ['ts', 'c'],
  // Urdu
  ٹ: ['t', 't'], ڈ: ['d', 'd'], ڑ: ['r', 'r'], ں: ['n', 'n'], ے: ['e', 'I'], ۓ: ['e', 'I'],
  ہ: ['h', 'h'], ۂ: ['a', 'a'], ۃ: ['a', 'a'],
  // Kurdish (Sorani) and Maghrebi letters that turn up in names
  ڤ: ['v', 'v'], ڨ: ['g', 'g'], ۆ: ['o', 'U'], ێ: ['e', 'I'], ڵ: ['l', 'l'], ڕ: ['r', 'r'], ە: ['a', 'a'],
};

const ALIF = 'ا';
const WAW = 'و';
const YEH = new Set(['ي', 'ی']);
const AYN = 'ع';
const HEH = new Set(['ه', 'ہ']);
const DO_CHASHMI = 'ھ';
const VOWEL_LETTERS = new Set([ALIF, WAW, 'ي', 'ی', 'ى', 'آ', 'ۍ', 'ې', 'ے']);

// Whole words with a settled Latin form; they are not abjad-spelled names but fixed particles.
const FIXED_WORDS: Record<string, string> = {
  الله: 'allah', عبد: 'abd', بن: 'bin', ابن: 'ibn', إبن: 'ibn', بنت: 'bint', ابو: 'abu', أبو: 'abu',
  ال: 'al', ام: 'umm', أم: 'umm', عبدالله: 'abdullah', عبدلله: 'abdullah',
};

// Words that start with ا ل but whose ال is not the article.
const NOT_ARTICLE = new Set(['الله', 'الياس', 'الیاس', 'الهام', 'الهه', 'الماس', 'الفت']);

// Urdu aspirates written with ھ: what the Latin digraph encodes to.
const ASPIRATED: Record<string, string> = { k: 'h', p: 'f' };

const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;

/** True when the string holds at least one Arabic-script letter. */
export function hasArabicScript(text: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/u.test(text);
}

function isConsonantLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch in LETTERS && !VOWEL_LETTERS.has(ch) && LETTERS[ch]![1] !== '' && !/[AIUaiu]/.test(LETTERS[ch]![1]);
}

/** Transliterates one letter in its word; context decides whether و/ي are consonants or long vowels. */
function letterAt(letters: readonly string[], i: number): readonly [string, string] {
  const ch = letters[i]!;
  const prev = letters[i - 1];
  const next = letters[i + 1];
  const last = i === letters.length - 1;
  if (ch === ALIF) {
    return i === 0 ? ['a', 'a'] : ['a', 'A'];
  }
  if (ch === WAW) {
    // Consonant w at the start, next to an alif, or before a long i (میرویس Mirwais, نوید Navid; not رویا Roya).
    const beforeLongI = next !== undefined && YEH.has(next) && letters[i + 2] !== undefined && letters[i + 2] !== ALIF;
    return i === 0 || next === ALIF || prev === ALIF || beforeLongI ? ['w', 'v'] : ['u', 'U'];
  }
  if (YEH.has(ch)) {
    // After a hamza on alif it is the diphthong ay (أيمن Ayman, أيوب Ayyub); after إ the long i of Iman.
    if (i === 0 || next === ALIF || (prev === ALIF && !last) || (prev === 'أ' && !last)) {
      return ['y', 'y'];
    }
    // A final Persian ی after a consonant is i in Ahmadi but a in Mostafa, Musa, Morteza: Y is either.
    return last && ch === 'ی' && isConsonantLetter(prev) ? ['i', 'Y'] : ['i', 'I'];
  }
  if (ch === AYN) {
    // Ayn is a vowel of any colour in Latin spellings (Ali, Omar, Issa, Saadi, Jaafar) or nothing at all:
    // 'e' in the encoding stands for such an unwritten vowel.
    return i === 0 && isConsonantLetter(next) ? ['a', 'e'] : ['', 'e'];
  }
  if (HEH.has(ch) && last && i > 0 && isConsonantLetter(prev)) {
    // Persian and Urdu final -eh is a vowel (Fatemeh, Zohreh), not a consonant.
    return ['a', 'a'];
  }
  return LETTERS[ch] ?? ['', ''];
}

// -allah at the end of a compound (اسدالله Asadullah, نصرالله Nasrullah) is heard -ullah/-ollah/-allah.
const ALLAH_SUFFIX = 'الله';

function transliterateLetters(word: string): TransliteratedToken {
  if (word.length > ALLAH_SUFFIX.length && word.endsWith(ALLAH_SUFFIX)) {
    const stem = transliterateLetters(word.slice(0, -ALLAH_SUFFIX.length));
    return { text: `${stem.text}ullah`, enc: `${stem.enc}ela`, abjad: true };
  }
  const letters = [...word];
  let text = '';
  let enc = '';
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    if (ch === DO_CHASHMI) {
      // ھ after a consonant marks aspiration (bh, kh, th): fold it into the consonant as Latin does.
      const prevEnc = enc.slice(-1);
      if (i > 0 && isConsonantLetter(letters[i - 1])) {
        text += 'h';
        enc = enc.slice(0, -1) + (ASPIRATED[prevEnc] ?? prevEnc);
        continue;
      }
      text += 'h';
      enc += 'h';
      continue;
    }
    if (i > 0 && ch === letters[i - 1] && isConsonantLetter(ch)) {
      continue; // a consonant written twice (the two lams of الله) is one sound
    }
    const [t, e] = letterAt(letters, i);
    text += t;
    enc += e;
  }
  return { text, enc, abjad: true };
}

/** Transliterates one whitespace-free Arabic-script word; the article and عبد/ابو split off as their own tokens. */
export function transliterateArabicWord(raw: string): TransliteratedToken[] {
  // یٰ / ىٰ (yeh with a superscript alef) is read a, as in بشریٰ Bushra and عظمیٰ Uzma.
  const word = raw.normalize('NFC').replace(/[يیى]\u0670/gu, 'ى').replace(MARKS, '');
  const out: TransliteratedToken[] = [];
  let rest = word;
  for (;;) {
    const fixed = FIXED_WORDS[rest];
    if (fixed !== undefined) {
      out.push({ text: fixed, enc: '', abjad: false });
      return out;
    }
    if (rest.length > 3 && rest.startsWith('عبد')) {
      out.push({ text: 'abd', enc: '', abjad: false });
      rest = rest.slice(3);
      continue;
    }
    if (rest.length > 3 && (rest.startsWith('ابو') || rest.startsWith('أبو'))) {
      out.push({ text: 'abu', enc: '', abjad: false });
      rest = rest.slice(3);
      continue;
    }
    if (rest.length > 3 && rest.startsWith('ال') && !NOT_ARTICLE.has(rest)) {
      out.push({ text: 'al', enc: '', abjad: false });
      rest = rest.slice(2);
      continue;
    }
    break;
  }
  if (rest.length > 0) {
    const token = transliterateLetters(rest);
    if (token.text.length > 0) {
      out.push(token);
    }
  }
  return out;
}
