/** Highlighting matched words in a title and in a snippet cut around the first match of an answer. */
import { termsOfWord, wordsOf } from './text';

/** Character ranges [start, end) to highlight. */
export type Ranges = [number, number][];

/** True when one of the word's terms is among the query's matched terms. */
function isMatched(word: string, matched: ReadonlySet<string>): boolean {
  const terms = termsOfWord(word);
  return terms.native.some((t) => matched.has(`native:${t}`)) || terms.latin.some((t) => matched.has(`latin:${t}`)) || (terms.skeleton !== null && matched.has(`skeleton:${terms.skeleton}`));
}

/** The ranges of `text` whose words the query matched. */
export function highlightRanges(text: string, matched: ReadonlySet<string>): Ranges {
  return wordsOf(text)
    .filter((w) => isMatched(w.text, matched))
    .map((w) => [w.start, w.end]);
}

const SNIPPET_LENGTH = 180;

/** A piece of `text` of about 180 characters around its first matched word, with that piece's ranges. */
export function snippetOf(text: string, matched: ReadonlySet<string>): { text: string; highlights: Ranges } {
  const ranges = highlightRanges(text, matched);
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - 60);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift]),
  };
}
