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
const MAX_QUERY_WORDS = 12;
/** How many of the best results are re-ordered by word proximity in their question. */
const PROXIMITY_WINDOW = 20;
const B = 0.75;

/** Every term's documents and weights, one after another (term t's run is offsets[t] to offsets[t + 1]). */
interface Postings {
  offsets: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/**
 * Collects one kind's terms while the articles are read (per article, its terms and per-field counts),
 * then lays them out as compact arrays: no object per term or per posting, so 90,000 articles fit in
 * tens of megabytes and build in seconds.
 */
class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private current = new Map<number, number[]>();
  private readonly entryTerm: number[] = [];
  private readonly entryDoc: number[] = [];
  private readonly entryCounts: number[] = [];

  add(term: string, field: number): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    let counts = this.current.get(id);
    if (!counts) {
      counts = [0, 0, 0];
      this.current.set(id, counts);
    }
    counts[field]! += 1;
  }

  endDocument(doc: number): void {
    for (const [term, counts] of this.current) {
      this.entryTerm.push(term);
      this.entryDoc.push(doc);
      this.entryCounts.push(counts[0]!, counts[1]!, counts[2]!);
    }
    this.current = new Map();
  }

  build(weightOf: (doc: number, counts: readonly number[]) => number): { vocabulary: Vocabulary; postings: Postings } {
    const df = new Uint32Array(this.terms.length);
    for (const term of this.entryTerm) {
      df[term]! += 1;
    }
    const vocabulary = new Vocabulary(new Map(this.terms.map((t, i) => [t, df[i]!])));
    const vocabId = Int32Array.from(this.terms, (t) => vocabulary.idOf(t)!);
    const offsets = new Int32Array(vocabulary.terms.length + 1);
    for (let i = 0; i < this.terms.length; i++) {
      offsets[vocabId[i]! + 1] = df[i]!;
    }
    for (let t = 0; t < vocabulary.terms.length; t++) {
      offsets[t + 1]! += offsets[t]!;
    }
    const fill = offsets.slice(0, vocabulary.terms.length);
    const docs = new Int32Array(this.entryTerm.length);
    const weights = new Float32Array(this.entryTerm.length);
    const counts = [0, 0, 0];
    for (let e = 0; e < this.entryTerm.length; e++) {
      const at = fill[vocabId[this.entryTerm[e]!]!]!++;
      counts[0] = this.entryCounts[e * 3]!;
      counts[1] = this.entryCounts[e * 3 + 1]!;
      counts[2] = this.entryCounts[e * 3 + 2]!;
      docs[at] = this.entryDoc[e]!;
      weights[at] = weightOf(this.entryDoc[e]!, counts);
    }
    return { vocabulary, postings: { offsets, docs, weights } };
  }
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
  private readonly postings = {} as Record<Kind, Postings>;
  private readonly idf = {} as Record<Kind, Float32Array>;
  private readonly wordScore: Float32Array;
  private readonly total: Float32Array;
  private readonly matched: Uint8Array;
  private readonly wordTypos: Uint8Array;
  private readonly typos: Uint8Array;
  private readonly questionKeyCache: (number[][] | undefined)[] = [];

  constructor(articles: readonly IndexedArticle[]) {
    this.articles = [...articles];
    const n = this.articles.length;
    const builders = { native: new PostingsBuilder(), latin: new PostingsBuilder(), skeleton: new PostingsBuilder() };
    const lengths = new Float32Array(n * 3);
    // Words repeat across articles: each distinct written word is turned into terms once per build.
    const termsCache = new Map<string, ReturnType<typeof termsOfWord>>();
    this.articles.forEach((article, doc) => {
      [article.question, article.answer, article.categoryNames].forEach((text, field) => {
        const words = wordsOf(text);
        lengths[doc * 3 + field] = words.length;
        for (const word of words) {
          let terms = termsCache.get(word.text);
          if (!terms) {
            terms = termsOfWord(word.text);
            termsCache.set(word.text, terms);
          }
          for (const t of terms.native) {
            builders.native.add(t, field);
          }
          for (const t of terms.latin) {
            builders.latin.add(t, field);
          }
          if (terms.skeleton) {
            builders.skeleton.add(terms.skeleton, field);
          }
        }
      });
      for (const kind of KINDS) {
        builders[kind].endDocument(doc);
      }
    });
    const average = [0, 1, 2].map((f) => {
      let sum = 0;
      for (let doc = 0; doc < n; doc++) {
        sum += lengths[doc * 3 + f]!;
      }
      return sum / Math.max(1, n) || 1;
    });
    const weightOf = (doc: number, counts: readonly number[]) => {
      let w = 0;
      for (let f = 0; f < 3; f++) {
        const tf = counts[f]!;
        if (tf > 0) {
          w += (FIELD_WEIGHTS[f]! * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[doc * 3 + f]!) / average[f]!));
        }
      }
      return w;
    };
    for (const kind of KINDS) {
      const built = builders[kind].build(weightOf);
      this.vocab[kind] = built.vocabulary;
      this.postings[kind] = built.postings;
      this.idf[kind] = Float32Array.from(built.vocabulary.frequency, (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)));
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

  /** The terms (as `kind:text`) a query's words match, for highlighting. */
  matchedTerms(query: string, typing: boolean): Set<string> {
    const words = wordsOf(query).slice(0, MAX_QUERY_WORDS);
    return new Set(words.flatMap((word, i) => this.expand(word.text, typing && i === words.length - 1).map((e) => `${e.kind}:${this.vocab[e.kind].terms[e.term]}`)));
  }

  /** A term as one number: its kind and its id in that kind's vocabulary. */
  private static key(kind: Kind, term: number): number {
    return KINDS.indexOf(kind) * 16_777_216 + term;
  }

  /** The term keys of each word of an article's question (computed once per article, on first need). */
  private questionKeys(doc: number): number[][] {
    let keys = this.questionKeyCache[doc];
    if (!keys) {
      keys = wordsOf(this.articles[doc]!.question).map((w) => {
        const terms = termsOfWord(w.text);
        const ids: number[] = [];
        const add = (kind: Kind, term: string) => {
          const id = this.vocab[kind].idOf(term);
          if (id !== undefined) {
            ids.push(LanguageIndex.key(kind, id));
          }
        };
        terms.native.forEach((t) => add('native', t));
        terms.latin.forEach((t) => add('latin', t));
        if (terms.skeleton) {
          add('skeleton', terms.skeleton);
        }
        return ids;
      });
      this.questionKeyCache[doc] = keys;
    }
    return keys;
  }

  /** How many consecutive query words stand next to each other, in order, in an article's question. */
  private proximity(doc: number, perWord: readonly Set<number>[]): number {
    const hits = this.questionKeys(doc).map((ids) => perWord.map((set) => ids.some((id) => set.has(id))));
    let pairs = 0;
    for (let q = 0; q + 1 < perWord.length; q++) {
      if (hits.some((h, i) => h[q] && hits[i + 1]?.[q + 1])) {
        pairs += 1;
      }
    }
    return pairs;
  }

  /** Articles matching the query, best first; `typing` treats the last word as a prefix. */
  search(query: string, options: { limit: number; typing: boolean; categoryId?: string }): { results: ScoredArticle[]; total: number; matched: Set<string> } {
    const words = wordsOf(query).slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) {
      return { results: [], total: 0, matched: new Set() };
    }
    // Each word's matches, worked out once: for scoring, for the proximity of the best, for highlighting.
    const expansions = words.map((word, i) => this.expand(word.text, options.typing && i === words.length - 1));
    const touched: number[] = [];
    expansions.forEach((wordExpansions) => {
      const wordTouched: number[] = [];
      for (const e of wordExpansions) {
        const list = this.postings[e.kind];
        const factor = e.quality * this.idf[e.kind][e.term]!;
        for (let p = list.offsets[e.term]!, end = list.offsets[e.term + 1]!; p < end; p++) {
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
    if (words.length > 1) {
      // Among the best, a question holding the query's words side by side ("work permit") comes first.
      const perWord = expansions.map((list) => new Set(list.map((e) => LanguageIndex.key(e.kind, e.term))));
      const head = results.slice(0, PROXIMITY_WINDOW);
      const near = new Map(head.map((r) => [r.doc, this.proximity(r.doc, perWord)]));
      head.sort((a, b) => b.matchedWords - a.matchedWords || a.typos - b.typos || near.get(b.doc)! - near.get(a.doc)! || b.score - a.score);
      results.splice(0, head.length, ...head);
    }
    const matched = new Set(expansions.flatMap((list) => list.map((e) => `${e.kind}:${this.vocab[e.kind].terms[e.term]}`)));
    return { results: results.slice(0, options.limit), total: results.length, matched };
  }
}
