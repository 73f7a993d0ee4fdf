/**
 * The product's own phonetic coding, tuned for names transliterated into Latin from Arabic, Persian,
 * Cyrillic and Turkish sources rather than for English words.
 *
 * encodeLatin turns a Latin token into a sound encoding: one lower-case symbol per consonant class
 * (sh/ş/sch → s, kh/h → h, ch/ts → c, zh/j → j, ph → f, w/v → v, q/c/k → k, x → ks or h, th → t, dh → d,
 * gh → g), doubled consonants once, vowels kept as written (y and w count as vowels where they are
 * not glides), a final t/p devoiced to d/b (Ahmet = Ahmed, Yakup = Yakub).
 * phoneticKey reduces vowels to three classes (a; e/i; o/u), long-vowel digraphs to one (ei, ai,
 * ey, ee → i; ou, oo, oe, ue → u) and drops an initial glide (Yelena = Elena, Iurii = Yuri).
 * consonantSkeleton keeps the consonants only: the key an Arabic-script name without short vowels
 * shares with its Latin spellings (محمد → mhmd = Mohammed, Muhammad, Mehmet).
 */

// Lookup tables by character code: these run in the innermost loops.
const VOWEL_CODES = new Uint8Array(128);
const SYMBOL_VOWEL_CODES = new Uint8Array(128);
for (const ch of 'aeiou') {
  VOWEL_CODES[ch.charCodeAt(0)] = 1;
}
for (const ch of 'aeiouAIUY') {
  SYMBOL_VOWEL_CODES[ch.charCodeAt(0)] = 1;
}

/** True when the encoding symbol is a vowel (Latin a e i o u, an abjad long vowel A I U, or Y: long a or i). */
export function isVowelSymbol(symbol: string | undefined): boolean {
  return symbol !== undefined && SYMBOL_VOWEL_CODES[symbol.charCodeAt(0)] === 1;
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWEL_CODES[ch.charCodeAt(0)] === 1;
}

// Consonant clusters read as one sound (dz is left alone: Pashto -zai names, Ahmadzai), longest first within each starting letter.
const CLUSTERS: readonly (readonly [string, string])[] = [
  ['shch', 's'], ['tsch', 'c'], ['sch', 's'], ['tch', 'c'], ['dzh', 'j'], ['sh', 's'], ['sz', 's'],
  ['ch', 'c'], ['cz', 'c'], ['zh', 'j'], ['kh', 'h'], ['gh', 'g'], ['ph', 'f'], ['th', 't'], ['dh', 'd'],
  ['ts', 'c'], ['tz', 'c'], ['dj', 'j'], ['ck', 'k'],
];
const SIMPLE: Record<string, string> = {
  b: 'b', d: 'd', f: 'f', g: 'g', h: 'h', j: 'j', k: 'k', l: 'l', m: 'm', n: 'n', p: 'p', q: 'k',
  r: 'r', s: 's', t: 't', v: 'v', z: 'z',
};
// The clusters by their first letter, in the order above (the first that matches wins).
const CLUSTERS_BY_CODE: (readonly (readonly [string, string])[] | undefined)[] = [];
for (const cluster of CLUSTERS) {
  const code = cluster[0].charCodeAt(0);
  CLUSTERS_BY_CODE[code] = [...(CLUSTERS_BY_CODE[code] ?? []), cluster];
}

/** Appends a symbol unless it repeats the last consonant (vowels always append). */
function pushSymbol(out: string, symbol: string): string {
  return symbol !== out[out.length - 1] || isVowel(symbol) ? out + symbol : out;
}

/** Encodes a lower-case ASCII token as sound symbols (see the file comment). */
export function encodeLatin(text: string): string {
  const n = text.length;
  let out = '';
  let i = 0;
  // An initial i or y before another vowel is a glide: Iurii = Yuri, Ioana, Iaroslav.
  if (n > 1 && (text[0] === 'i' || text[0] === 'y') && isVowel(text[1]) && text[1] !== 'i') {
    out = 'y';
    i = 1;
  }
  // Persian -eh is the -a of other spellings (Zohreh / Zohra, Masoumeh / Masuma, Fatemeh / Fatima);
  // only in longer words, where it is not a real h (Saleh is صالح).
  const persianEh = n >= 6 && text.endsWith('eh') && !isVowel(text[n - 3]) && text[n - 3] !== 'h';
  while (i < n) {
    const c = text[i]!;
    if (isVowel(c)) {
      out += persianEh && i === n - 2 ? 'a' : c;
      i += 1;
      continue;
    }
    if (c === 'y' || c === 'w') {
      const glide = isVowel(text[i + 1]);
      out = pushSymbol(out, glide ? (c === 'y' ? 'y' : 'v') : c === 'y' ? 'i' : 'u');
      i += 1;
      continue;
    }
    const clusters = CLUSTERS_BY_CODE[text.charCodeAt(i)];
    let cluster: readonly [string, string] | undefined;
    if (clusters !== undefined) {
      for (const candidate of clusters) {
        if (text.startsWith(candidate[0], i)) {
          cluster = candidate;
          break;
        }
      }
    }
    if (cluster) {
      out = pushSymbol(out, cluster[1]);
      i += cluster[0].length;
      continue;
    }
    i += 1;
    if (c === 'c') {
      out = pushSymbol(out, text[i] === 'e' || text[i] === 'i' || text[i] === 'y' ? 's' : 'k');
    } else if (c === 'x') {
      // Somali and Kurdish write h/kh with x (Xasan, Xebat, Faarax, Cabdiraxmaan): an initial x, or one
      // before a consonant or at the end, is h; between vowels it is ks (Alexander, Oxana, Maxim).
      if (i === n && isVowelSymbol(out[out.length - 1])) {
        continue; // a final h sound after a vowel is silent, as below (Faarax = Farah)
      }
      if (i === 1 || !isVowel(text[i])) {
        out = pushSymbol(out, 'h');
      } else {
        out = pushSymbol(pushSymbol(out, 'k'), 's');
      }
    } else if (c === 'h') {
      const prev = out[out.length - 1];
      // Silent: aspiration after b/j (Bhatti), and a final h after a vowel (Fatemeh, Abdullah, Shah).
      if (prev === 'b' || prev === 'j' || (i === n && isVowelSymbol(prev))) {
        continue;
      }
      out = pushSymbol(out, 'h');
    } else {
      const simple = SIMPLE[c];
      if (simple) {
        out = pushSymbol(out, simple);
      }
    }
  }
  return devoiceFinal(out);
}

/** Final devoicing shared by both encoders: Mehmet = Mehmed, Yakup = Yakub, Halit = Khalid. */
export function devoiceFinal(enc: string): string {
  const last = enc[enc.length - 1];
  if (last === 't') {
    return `${enc.slice(0, -1)}d`;
  }
  if (last === 'p') {
    return `${enc.slice(0, -1)}b`;
  }
  return enc;
}

const LONG_I = new Set(['ai', 'ay', 'ae', 'ei', 'ey', 'ee', 'ie', 'ii', 'iy']);
const LONG_U = new Set(['ou', 'oo', 'uu', 'au', 'aw', 'ow', 'oe', 'ue', 'uo', 'ui']);

function vowelClass(symbol: string): string {
  switch (symbol) {
    case 'a':
    case 'A':
      return 'a';
    case 'o':
    case 'u':
    case 'U':
    case 'v':
      return 'u';
    default:
      return 'i';
  }
}

/** The vowel classes of one run of vowel symbols, long digraphs read as one vowel. */
export function vowelRunClasses(run: string): string {
  const lower = run.toLowerCase();
  let out = '';
  let j = 0;
  while (j < lower.length) {
    const pair = lower.slice(j, j + 2);
    let cls: string;
    if (pair.length === 2 && LONG_I.has(pair)) {
      cls = 'i';
      j += 2;
    } else if (pair.length === 2 && LONG_U.has(pair)) {
      cls = 'u';
      j += 2;
    } else if (pair === 'aa') {
      cls = 'a';
      j += 2;
    } else {
      cls = vowelClass(lower[j]!);
      j += 1;
    }
    if (out[out.length - 1] !== cls) {
      out += cls;
    }
  }
  return out;
}

/** The phonetic key of an encoding: vowel classes, glides dropped, repeats collapsed. */
export function phoneticKey(enc: string): string {
  let out = '';
  let i = 0;
  while (i < enc.length) {
    const s = enc[i]!;
    if (isVowelSymbol(s)) {
      let j = i;
      while (j < enc.length && isVowelSymbol(enc[j])) {
        j += 1;
      }
      for (const cls of vowelRunClasses(enc.slice(i, j))) {
        if (out[out.length - 1] !== cls) {
          out += cls;
        }
      }
      i = j;
      continue;
    }
    const next = enc[i + 1];
    // A glide before a vowel at the start or after an i adds nothing: Yelena = Elena, Mariya = Maria.
    if (s === 'y' && isVowelSymbol(next) && (out.length === 0 || out[out.length - 1] === 'i')) {
      i += 1;
      continue;
    }
    // The abjad's two-way letters (T: t/s, D: d/z) key as their Arabic reading.
    const symbol = s === 'T' ? 't' : s === 'D' ? 'd' : s;
    if (out[out.length - 1] !== symbol) {
      out += symbol;
    }
    i += 1;
  }
  return out;
}

/** The consonants of a phonetic key, glides left out: the vowel-blind key that abjad names share. */
export function consonantSkeleton(key: string): string {
  let out = '';
  for (const s of key) {
    if (!isVowelSymbol(s) && s !== 'y' && out[out.length - 1] !== s) {
      out += s;
    }
  }
  return out;
}

function inVowelRun(enc: string, j: number): boolean {
  const s = enc[j];
  if (isVowelSymbol(s)) {
    return true;
  }
  // A glide between two vowels belongs to the run: رضایی Rezaei / Rezayi, Nawaz / نواز.
  return (s === 'y' || s === 'v') && isVowelSymbol(enc[j - 1]) && isVowelSymbol(enc[j + 1]);
}

/** Splits an encoding into consonant symbols and vowel runs (glides between vowels included): the abjad alignment's units. */
export function soundSegments(enc: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < enc.length) {
    if (isVowelSymbol(enc[i])) {
      let j = i;
      while (j < enc.length && inVowelRun(enc, j)) {
        j += 1;
      }
      out.push(enc.slice(i, j));
      i = j;
    } else {
      out.push(enc[i]!);
      i += 1;
    }
  }
  return out;
}
