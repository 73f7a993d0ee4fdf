/**
 * Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Tajik, Kazakh letters) and
 * Greek to Latin. The systems follow what passports print (Russian BGN-like, Ukrainian KMU 2010,
 * Greek ELOT 743); other spellings of the same name are the phonetic key's and the variant table's job.
 */

const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters (the rest of the Ukrainian table is in UKRAINIAN)
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
  // Serbian and Macedonian
  ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
  // Tajik, Kazakh, Uzbek (Cyrillic), Azerbaijani (old)
  ғ: 'gh', қ: 'q', ң: 'ng', ү: 'u', ұ: 'u', һ: 'h', ә: 'a', ө: 'o', ҳ: 'h', ҷ: 'j', ӣ: 'i', ӯ: 'u',
};

// Ukrainian differs where it matters for names: г is h, и is y, and iotated vowels are i- inside a word.
const UKRAINIAN: Record<string, string> = { г: 'h', и: 'y', х: 'kh', щ: 'shch' };
const UKRAINIAN_IOTATED: Record<string, readonly [string, string]> = {
  є: ['ye', 'ie'], ї: ['yi', 'i'], й: ['y', 'i'], ю: ['yu', 'iu'], я: ['ya', 'ia'],
};
const RUSSIAN_VOWELS = new Set([...'аеёиоуыэюяіїє']);

/** True when the string holds Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/u.test(text);
}

/** True when the name uses letters only Ukrainian has, so the whole name is read with Ukrainian rules. */
export function looksUkrainian(text: string): boolean {
  return /[іїєґІЇЄҐ]/u.test(text);
}

/** Transliterates the Cyrillic letters of a lower-case word; other characters pass through unchanged. */
export function transliterateCyrillic(word: string, ukrainian: boolean): string {
  let out = '';
  const chars = [...word];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const prev = chars[i - 1];
    const initial = i === 0 || prev === undefined || !/\p{L}/u.test(prev);
    if (ukrainian) {
      const iotated = UKRAINIAN_IOTATED[ch];
      if (iotated) {
        out += initial ? iotated[0] : iotated[1];
        continue;
      }
      const uk = UKRAINIAN[ch];
      if (uk !== undefined) {
        out += uk;
        continue;
      }
    } else if ((ch === 'е' || ch === 'ё') && !initial && prev !== undefined && (RUSSIAN_VOWELS.has(prev) || prev === 'ь' || prev === 'ъ')) {
      // After a vowel or a soft/hard sign, е is heard ye (Solovyev, Afanasyev).
      out += 'ye';
      continue;
    }
    const ru = RUSSIAN[ch];
    out += ru ?? ch;
  }
  return out;
}

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm',
  ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
// Digraphs first; the mp/nt/gk pairs are b/d/g at the start of a word.
const GREEK_PAIRS: Record<string, readonly [string, string]> = {
  ου: ['ou', 'ou'], αι: ['ai', 'ai'], ει: ['ei', 'ei'], οι: ['oi', 'oi'], αυ: ['av', 'av'], ευ: ['ev', 'ev'],
  μπ: ['b', 'mp'], ντ: ['d', 'nt'], γκ: ['g', 'ng'], γγ: ['ng', 'ng'], τζ: ['tz', 'tz'],
};

/** True when the string holds Greek letters. */
export function hasGreek(text: string): boolean {
  return /[\u0370-\u03FF\u1F00-\u1FFF]/u.test(text);
}

/** Transliterates the Greek letters of a lower-case word (accents removed first). */
export function transliterateGreek(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  let i = 0;
  while (i < plain.length) {
    const pair = GREEK_PAIRS[plain.slice(i, i + 2)];
    if (pair) {
      out += i === 0 ? pair[0] : pair[1];
      i += 2;
      continue;
    }
    const ch = plain[i]!;
    out += GREEK[ch] ?? ch;
    i += 1;
  }
  return out;
}
