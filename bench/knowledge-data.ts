/**
 * A generated knowledge base for the search benchmark: 10,000 articles in each of nine languages,
 * words drawn from a Zipf-distributed vocabulary per language in its own script (Latin with Romanian
 * or French diacritics, Cyrillic, Arabic script with Persian letters), seeded and reproducible. Queries
 * take two less common words of an article's question and spoil them the way people type: as written,
 * one typo, two typos, or the last word cut short (typing).
 */
import { mulberry32, type Rng } from '../src/common/names/testset';

export const BENCH_LANGUAGES = ['ro', 'en', 'fr', 'ru', 'uk', 'ar', 'fa-AF', 'ps', 'ur'] as const;
export type BenchLanguage = (typeof BENCH_LANGUAGES)[number];

interface Alphabet {
  consonants: string[];
  vowels: string[];
}

const LATIN: Alphabet = { consonants: [...'bcdfghjklmnprstvz'], vowels: [...'aeiou'] };
const ALPHABETS: Record<BenchLanguage, Alphabet> = {
  en: LATIN,
  ro: { consonants: [...'bcdfghjlmnprstvzșțș'], vowels: [...'aeiouăâî'] },
  fr: { consonants: [...'bcdfghjlmnprstvç'], vowels: [...'aeiouéèê'] },
  ru: { consonants: [...'бвгджзклмнпрстфхцчшщ'], vowels: [...'аеиоуыяю'] },
  uk: { consonants: [...'бвгґджзклмнпрстфхцчшщ'], vowels: [...'аеиіоуяюї'] },
  ar: { consonants: [...'بتثجحخدذرزسشصضطظعغفقكلمنه'], vowels: [...'اوي'] },
  'fa-AF': { consonants: [...'بپتجچحخدرزژسشصطعغفقکگلمنه'], vowels: [...'اوی'] },
  ps: { consonants: [...'بپتټجچحخدډرړزږسشښغفقکګلمنڼه'], vowels: [...'اوېی'] },
  ur: { consonants: [...'بپتٹجچحخدڈرڑزسشصطعغفقکگلمنہ'], vowels: [...'اوےی'] },
};

const VOCABULARY = 30_000;

function word(rng: Rng, alphabet: Alphabet): string {
  const syllables = 1 + rng.int(3) + (rng.chance(0.3) ? 1 : 0);
  let out = '';
  for (let s = 0; s < syllables; s++) {
    out += rng.pick(alphabet.consonants) + rng.pick(alphabet.vowels) + (rng.chance(0.35) ? rng.pick(alphabet.consonants) : '');
  }
  return out;
}

/** A language's vocabulary, most frequent first, and a Zipf sampler over it. */
function vocabulary(rng: Rng, language: BenchLanguage) {
  const words = new Set<string>();
  while (words.size < VOCABULARY) {
    words.add(word(rng, ALPHABETS[language]));
  }
  const list = [...words];
  const cumulative = new Float64Array(list.length);
  let total = 0;
  for (let i = 0; i < list.length; i++) {
    total += 1 / (i + 1);
    cumulative[i] = total;
  }
  const sample = () => {
    const target = rng.next() * total;
    let low = 0;
    let high = list.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  };
  return { list, sample };
}

export interface BenchArticle {
  id: number;
  language: BenchLanguage;
  question: string;
  answer: string;
  /** Vocabulary ranks of the question's words (for choosing less common ones as queries). */
  questionRanks: number[];
}

/** The articles of one language. */
export function generateArticles(language: BenchLanguage, count: number, seed = 7): BenchArticle[] {
  const rng = mulberry32(seed * 101 + BENCH_LANGUAGES.indexOf(language));
  const vocab = vocabulary(rng, language);
  const sentence = (min: number, max: number) => {
    const ranks = Array.from({ length: min + rng.int(max - min + 1) }, () => vocab.sample());
    return { ranks, text: ranks.map((r) => vocab.list[r]!).join(' ') };
  };
  return Array.from({ length: count }, (_, id) => {
    const question = sentence(6, 12);
    const answer = sentence(50, 120);
    return { id, language, question: `${question.text}?`, answer: `${answer.text}.`, questionRanks: question.ranks };
  });
}

export type QueryKind = 'exact' | 'one-typo' | 'two-typos' | 'prefix';

export interface BenchQuery {
  language: BenchLanguage;
  target: number;
  text: string;
  kind: QueryKind;
  typing: boolean;
}

/** One edit at a random place: substitution, deletion, insertion or transposition, with letters of the word's own script. */
function typo(rng: Rng, w: string): string {
  const letters = [...w];
  const i = 1 + rng.int(Math.max(1, letters.length - 2));
  const letter = rng.pick(letters);
  switch (rng.int(4)) {
    case 0:
      letters[i] = letter === letters[i] ? rng.pick(letters) : letter;
      break;
    case 1:
      letters.splice(i, 1);
      break;
    case 2:
      letters.splice(i, 0, letter);
      break;
    default:
      if (i + 1 < letters.length) {
        [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
      }
  }
  return letters.join('');
}

/** Queries for articles of one language, spread over the four kinds. */
export function generateQueries(articles: readonly BenchArticle[], count: number, seed = 11): BenchQuery[] {
  const rng = mulberry32(seed + articles.length);
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const article = rng.pick(articles);
    const words = article.question.replace(/\?$/, '').split(' ');
    // Two of the less common words of the question: what a person remembers of it.
    const candidates = words.map((w, i) => ({ w, rank: article.questionRanks[i]! })).filter((c) => c.rank > 300 && [...c.w].length >= 5);
    if (candidates.length < 2) {
      continue;
    }
    const [a, b] = [rng.pick(candidates), rng.pick(candidates)];
    if (a.w === b.w) {
      continue;
    }
    const kinds: QueryKind[] = ['exact', 'one-typo', 'two-typos', 'prefix'];
    const kind = kinds[queries.length % 4]!;
    let text: string;
    switch (kind) {
      case 'exact':
        text = `${a.w} ${b.w}`;
        break;
      case 'one-typo':
        text = `${typo(rng, a.w)} ${b.w}`;
        break;
      case 'two-typos':
        // Two typos in one word long enough to be allowed two, else one in each word.
        text = [...a.w].length >= 7 ? `${typo(rng, typo(rng, a.w))} ${b.w}` : `${typo(rng, a.w)} ${typo(rng, b.w)}`;
        break;
      case 'prefix':
        text = `${a.w} ${[...b.w].slice(0, Math.max(3, [...b.w].length - 2)).join('')}`;
        break;
    }
    queries.push({ language: article.language, target: article.id, text, kind, typing: kind === 'prefix' });
  }
  return queries;
}
