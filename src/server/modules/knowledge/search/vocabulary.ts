/**
 * The vocabulary of one index kind: every distinct term, found by exact match, by prefix (typing) and
 * within one or two typos. Prefixes use the sorted term list; typos use a bigram index over the terms
 * (an edit changes at most three bigrams of a word, so a term within k edits shares at least
 * bigrams − 3k of them), then a bounded edit distance confirms.
 */
import { editDistance } from '../../../../common/names';

/** A term that matched a query word, and how. */
export interface TermMatch {
  term: number;
  /** 0 exact, 1–2 typos; prefix matches are marked `prefix`. */
  distance: number;
  prefix: boolean;
}

/** How many typos a word of this length may carry: none up to 3 letters, one up to 6, two from 7 (as Typesense's defaults). */
export function typoBudget(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

const MAX_PREFIX_EXPANSIONS = 40;

function bigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let i = 0; i < padded.length - 1; i++) {
    grams.push(padded.slice(i, i + 2));
  }
  return grams;
}

export class Vocabulary {
  /** Terms in sorted order; a term's id is its position. */
  readonly terms: string[];
  private readonly ids: Map<string, number>;
  private readonly grams = new Map<string, Int32Array>();
  private readonly counts: Uint16Array;
  /** Documents per term, to prefer common completions when typing. */
  readonly frequency: Uint32Array;

  constructor(termFrequency: Map<string, number>) {
    this.terms = [...termFrequency.keys()].sort();
    this.ids = new Map(this.terms.map((t, i) => [t, i]));
    this.frequency = Uint32Array.from(this.terms, (t) => termFrequency.get(t) ?? 0);
    const lists = new Map<string, number[]>();
    this.terms.forEach((term, id) => {
      for (const gram of new Set(bigramsOf(term))) {
        let list = lists.get(gram);
        if (!list) {
          list = [];
          lists.set(gram, list);
        }
        list.push(id);
      }
    });
    for (const [gram, list] of lists) {
      this.grams.set(gram, Int32Array.from(list));
    }
    this.counts = new Uint16Array(this.terms.length);
  }

  /** The id of a term, if present. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Terms starting with `prefix` (the word being typed), most frequent first. */
  completions(prefix: string): TermMatch[] {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.terms[mid]! < prefix) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    const found: number[] = [];
    for (let id = low; id < this.terms.length && this.terms[id]!.startsWith(prefix); id++) {
      found.push(id);
    }
    found.sort((a, b) => this.frequency[b]! - this.frequency[a]!);
    return found.slice(0, MAX_PREFIX_EXPANSIONS).map((term) => ({ term, distance: 0, prefix: this.terms[term] !== prefix }));
  }

  /** Terms within the word's typo budget (the exact term included, at distance 0). */
  near(word: string, budget = typoBudget(word.length)): TermMatch[] {
    const exact = this.ids.get(word);
    if (budget === 0) {
      return exact === undefined ? [] : [{ term: exact, distance: 0, prefix: false }];
    }
    const grams = [...new Set(bigramsOf(word))];
    // A substitution, insertion or deletion changes at most two bigrams, an adjacent transposition three.
    const needed = Math.max(1, grams.length - 3 * budget);
    const touched: number[] = [];
    for (const gram of grams) {
      const list = this.grams.get(gram);
      if (!list) {
        continue;
      }
      for (let i = 0; i < list.length; i++) {
        const id = list[i]!;
        if (this.counts[id] === 0) {
          touched.push(id);
        }
        this.counts[id]! += 1;
      }
    }
    const matches: TermMatch[] = [];
    for (const id of touched) {
      if (this.counts[id]! >= needed) {
        const term = this.terms[id]!;
        const distance = Math.abs(term.length - word.length) > budget ? budget + 1 : editDistance(word, term, budget);
        if (distance <= budget) {
          matches.push({ term: id, distance, prefix: false });
        }
      }
      this.counts[id] = 0;
    }
    return matches;
  }
}
