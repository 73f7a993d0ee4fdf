/**
 * The search index of one language's published articles, in memory: three vocabularies (native words,
 * Latin transliterations, Arabic-script consonant skeletons) with BM25-weighted postings over three
 * fields (question, answer, category names). A query word matches exactly, within its typo budget, or
 * as a prefix while it is being typed; each match is discounted by how loose it is, the best match of
 * each query word counts once per article; articles matching more of the query's words rank first,
 * then those with fewer typos, then by BM25 relevance.
 */
import { consonantSkeleton } from '../../../../common/names';
import { isLatinWord, nativeForm, termsOfWord, wordsOf } from './text';
import { Vocabulary, type TermMatch } from './vocabulary';

/** One article in one language, as the index takes it. */
export interface IndexedArticle {
  articleId: string;
  /** The article's category and its parent, for the category filter. */
  categoryIds: readonly string[];
  question: string;
  /** Plain text (Markdown removed). */
  answer: string;
  categoryNames: string;
}

type Kind = 'native' | 'latin' | 'skeleton';
const KINDS: readonly Kind[] = ['native', 'latin', 'skeleton'];
const FIELD_WEIGHTS = [3, 1, 0.5] as const;
const K1 = 1.2;
const B = 0.75;

interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

/** A scored article: how many query words it matched, with how many typos in all, and its relevance. */
export interface ScoredArticle {
  doc: number;
  score: number;
  matchedWords: number;
  typos: number;
}

/** The matches of one query word: (kind, term, quality). */
interface Expansion {
  kind: Kind;
  term: number;
  quality: number;
  typos: number;
}

export class LanguageIndex {
  readonly articles: IndexedArticle[];
  private readonly vocab = {} as Record<Kind, Vocabulary>;
  private readonly postings = {} as Record<Kind, Postings[]>;
  private readonly idf = {} as Record<Kind, Float32Array>;
  private readonly wordScore: Float32Array;
  private readonly total: Float32Array;
  private readonly matched: Uint8Array;
  private readonly wordTypos: Uint8Array;
  private readonly typos: Uint8Array;

  constructor(articles: readonly IndexedArticle[]) {
    this.articles = [...articles];
    const fieldTexts = this.articles.map((a) => [a.question, a.answer, a.categoryNames]);
    // term -> doc -> per-field counts, per kind
    const raw: Record<Kind, Map<string, Map<number, number[]>>> = { native: new Map(), latin: new Map(), skeleton: new Map() };
    const lengths = fieldTexts.map((fields) => fields.map((text) => wordsOf(text).length));
    const average = [0, 1, 2].map((f) => lengths.reduce((sum, l) => sum + l[f]!, 0) / Math.max(1, lengths.length) || 1);
    fieldTexts.forEach((fields, doc) => {
      fields.forEach((text, field) => {
        for (const word of wordsOf(text)) {
          const terms = termsOfWord(word.text);
          const add = (kind: Kind, term: string) => {
            let docs = raw[kind].get(term);
            if (!docs) {
              docs = new Map();
              raw[kind].set(term, docs);
            }
            let counts = docs.get(doc);
            if (!counts) {
              counts = [0, 0, 0];
              docs.set(doc, counts);
            }
            counts[field]! += 1;
          };
          terms.native.forEach((t) => add('native', t));
          terms.latin.forEach((t) => add('latin', t));
          if (terms.skeleton) {
            add('skeleton', terms.skeleton);
          }
        }
      });
    });
    const n = this.articles.length;
    for (const kind of KINDS) {
      const frequency = new Map([...raw[kind]].map(([term, docs]) => [term, docs.size]));
      const vocabulary = new Vocabulary(frequency);
      this.vocab[kind] = vocabulary;
      this.idf[kind] = Float32Array.from(vocabulary.terms, (t) => {
        const df = frequency.get(t)!;
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
      });
      this.postings[kind] = vocabulary.terms.map((term) => {
        const docs = raw[kind].get(term)!;
        const ids = Int32Array.from(docs.keys());
        const weights = Float32Array.from(ids, (doc) => {
          const counts = docs.get(doc)!;
          let w = 0;
          for (let f = 0; f < 3; f++) {
            const tf = counts[f]!;
            if (tf > 0) {
              w += (FIELD_WEIGHTS[f]! * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc]![f]!) / average[f]!));
            }
          }
          return w;
        });
        return { docs: ids, weights };
      });
    }
    this.wordScore = new Float32Array(n);
    this.total = new Float32Array(n);
    this.matched = new Uint8Array(n);
    this.wordTypos = new Uint8Array(n).fill(255);
    this.typos = new Uint8Array(n);
  }

  /** How a query word matches the vocabularies: exact, typos, prefix (when typed last), other scripts. */
  private expand(word: string, typing: boolean): Expansion[] {
    const out: Expansion[] = [];
    const push = (kind: Kind, matches: TermMatch[], base: number, perTypo: number, prefixQuality: number) => {
      for (const m of matches) {
        out.push({ kind, term: m.term, quality: m.prefix ? prefixQuality : base - perTypo * m.distance, typos: m.distance });
      }
    };
    const native = nativeForm(word);
    if (native.length === 0) {
      return out;
    }
    push('native', this.vocab.native.near(native), 1, 0.3, 0.85);
    if (typing && native.length >= 2) {
      push('native', this.vocab.native.completions(native), 1, 0, 0.85);
    }
    if (isLatinWord(word)) {
      push('latin', this.vocab.latin.near(native), 0.8, 0.25, 0.7);
      if (typing && native.length >= 3) {
        push('latin', this.vocab.latin.completions(native), 0.8, 0, 0.7);
      }
      if (native.length >= 4) {
        const skeleton = this.vocab.skeleton.idOf(consonantSkeleton(native));
        if (skeleton !== undefined) {
          out.push({ kind: 'skeleton', term: skeleton, quality: 0.6, typos: 0 });
        }
      }
    } else {
      // A word typed in another script than the articles (Cyrillic "азил" for Romanian "azil").
      for (const latin of termsOfWord(word).latin) {
        push('native', this.vocab.native.near(latin), 0.7, 0.2, 0.6);
      }
    }
    return out;
  }

  /** The terms (as text) a query's words match, for highlighting. */
  matchedTerms(query: string, typing: boolean): Set<string> {
    const terms = new Set<string>();
    const words = wordsOf(query);
    words.forEach((word, i) => {
      for (const e of this.expand(word.text, typing && i === words.length - 1)) {
        terms.add(`${e.kind}:${this.vocab[e.kind].terms[e.term]}`);
      }
    });
    return terms;
  }

  /** Articles matching the query, best first; `typing` treats the last word as a prefix. */
  search(query: string, options: { limit: number; typing: boolean; categoryId?: string }): { results: ScoredArticle[]; total: number } {
    const words = wordsOf(query).slice(0, 12);
    if (words.length === 0) {
      return { results: [], total: 0 };
    }
    const touched: number[] = [];
    words.forEach((word, i) => {
      const wordTouched: number[] = [];
      for (const e of this.expand(word.text, options.typing && i === words.length - 1)) {
        const list = this.postings[e.kind][e.term]!;
        const factor = e.quality * this.idf[e.kind][e.term]!;
        for (let p = 0; p < list.docs.length; p++) {
          const doc = list.docs[p]!;
          const score = factor * list.weights[p]!;
          if (this.wordScore[doc] === 0) {
            wordTouched.push(doc);
          }
          if (score > this.wordScore[doc]!) {
            this.wordScore[doc] = score;
          }
          if (e.typos < this.wordTypos[doc]!) {
            this.wordTypos[doc] = e.typos;
          }
        }
      }
      for (const doc of wordTouched) {
        if (this.matched[doc] === 0) {
          touched.push(doc);
        }
        this.total[doc]! += this.wordScore[doc]!;
        this.matched[doc]! += 1;
        this.typos[doc]! += this.wordTypos[doc]!;
        this.wordScore[doc] = 0;
        this.wordTypos[doc] = 255;
      }
    });
    const results: ScoredArticle[] = [];
    for (const doc of touched) {
      const coverage = this.matched[doc]! / words.length;
      const inCategory = !options.categoryId || this.articles[doc]!.categoryIds.includes(options.categoryId);
      if (inCategory) {
        results.push({ doc, score: this.total[doc]! * coverage * coverage, matchedWords: this.matched[doc]!, typos: this.typos[doc]! });
      }
      this.total[doc] = 0;
      this.matched[doc] = 0;
      this.typos[doc] = 0;
    }
    // As the engines people know rank: more of the query's words first, then fewer typos, then relevance.
    results.sort((a, b) => b.matchedWords - a.matchedWords || a.typos - b.typos || b.score - a.score);
    return { results: results.slice(0, options.limit), total: results.length };
  }
}
