/**
 * Realistic variant spellings of a generated person's name, as another clerk, document or database
 * would record it: the native script, another transliteration, surname first, a middle name left out,
 * a compound joined or split (Abdul Rahman / Abdulrahman, Al-Hassan / Alhassan / Hassan), typing slips.
 */
import type { NameEntry } from './testset-pool';

/** A deterministic random source (see mulberry32 in testset.ts). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** One part of a generated name, with the pool list it was drawn from. */
export interface GeneratedPart {
  latin: string;
  native?: string;
  entry: NameEntry;
  source: readonly NameEntry[];
}

/** A generated person's name: the usual Latin spelling, the native spelling when the origin has one, its parts. */
export interface GeneratedName {
  origin: string;
  sex: 'F' | 'M';
  latin: string;
  original?: string;
  parts: readonly GeneratedPart[];
}

/** What was changed to make a variant. */
export type VariantKind = 'native-script' | 'spelling' | 'reorder' | 'drop-middle' | 'compound' | 'typo';

/** A variant spelling of a name and how it was made. */
export interface NameVariant {
  text: string;
  kinds: VariantKind[];
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function keyboardNeighbour(ch: string, rng: Rng): string {
  const lower = ch.toLowerCase();
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const c = KEYBOARD_ROWS[r]!.indexOf(lower);
    if (c >= 0) {
      const options = [KEYBOARD_ROWS[r]![c - 1], KEYBOARD_ROWS[r]![c + 1], KEYBOARD_ROWS[r - 1]?.[c], KEYBOARD_ROWS[r + 1]?.[c]].filter(
        (x): x is string => x !== undefined,
      );
      const out = rng.pick(options);
      return ch === lower ? out : out.toUpperCase();
    }
  }
  return rng.pick([...'aeiou']);
}

/** One typing slip in a word: substitution (mostly a neighbouring key), deletion, insertion or transposition. */
function slip(word: string, rng: Rng): string {
  // Swapping two equal letters or typing the same letter changes nothing: try again.
  for (let attempt = 0; attempt < 10; attempt++) {
    const out = slipOnce(word, rng);
    if (out !== word) {
      return out;
    }
  }
  return `${word}${word.slice(-1)}`;
}

function slipOnce(word: string, rng: Rng): string {
  const chars = [...word];
  // Slips at the first letter are rare in practice (people check the start of a name).
  const pos = chars.length > 1 && !rng.chance(0.08) ? 1 + rng.int(chars.length - 1) : rng.int(chars.length);
  const op = rng.next();
  if (op < 0.4) {
    chars[pos] = rng.chance(0.7) ? keyboardNeighbour(chars[pos]!, rng) : rng.pick([...'abdehiklmnorstuy']);
  } else if (op < 0.6 && chars.length > 3) {
    chars.splice(pos, 1);
  } else if (op < 0.8) {
    chars.splice(pos, 0, rng.chance(0.5) ? chars[pos]! : keyboardNeighbour(chars[pos]!, rng));
  } else if (pos + 1 < chars.length) {
    [chars[pos], chars[pos + 1]] = [chars[pos + 1]!, chars[pos]!];
  } else {
    [chars[pos - 1], chars[pos]] = [chars[pos]!, chars[pos - 1]!];
  }
  return chars.join('');
}

/** Applies one or two typing slips to words of three letters or more; parts (which may hold several words) stay parts. */
export function addTypos(parts: readonly string[], rng: Rng): string[] {
  const words = parts.map((p) => p.split(' '));
  const edits = rng.chance(0.65) ? 1 : 2;
  for (let e = 0; e < edits; e++) {
    const all = words.flatMap((ws, i) => ws.map((w, j) => [w, i, j] as const));
    const long = all.filter(([w]) => [...w].length >= 4);
    const usable = long.length > 0 ? long : all.filter(([w]) => [...w].length >= 3);
    if (usable.length === 0) {
      break;
    }
    const [word, i, j] = rng.pick(usable);
    words[i]![j] = slip(word, rng);
  }
  const out = words.map((ws) => ws.join(' '));
  const typable = parts.some((p) => p.split(' ').some((w) => [...w].length >= 3));
  // Two slips can undo each other (an insertion, then its deletion): a typo variant must differ.
  return typable && out.join(' ') === parts.join(' ') ? addTypos(parts, rng) : out;
}

const SPLITTABLE = /^(Al|El|Abdul|Abdel|Abdur|Abdi|Abu)([a-z]{3,})$/;

/** Joins, splits or drops the article of one compound-looking part; undefined when no part lends itself. */
function compoundOf(words: string[], rng: Rng): string[] | undefined {
  const options: (() => string[])[] = [];
  words.forEach((w, i) => {
    if (/[ -]/.test(w)) {
      options.push(() => words.map((x, j) => (j === i ? x.replace(/[ -]/g, '').replace(/^(.)(.*)$/, (_, a: string, b: string) => a + b.toLowerCase()) : x)));
      const article = /^(Al|El)[- ](.+)$/.exec(w);
      if (article) {
        options.push(() => words.map((x, j) => (j === i ? article[2]! : x)));
      }
    }
    const glued = SPLITTABLE.exec(w);
    if (glued) {
      const rest = glued[2]!;
      const sep = glued[1] === 'Al' || glued[1] === 'El' ? rng.pick(['-', ' ']) : ' ';
      options.push(() => words.map((x, j) => (j === i ? `${glued[1]}${sep}${rest[0]!.toUpperCase()}${rest.slice(1)}` : x)));
    }
  });
  return options.length === 0 ? undefined : rng.pick(options)();
}

function respell(parts: readonly GeneratedPart[], rng: Rng): string[] | undefined {
  const changeable = parts.map((p, i) => i).filter((i) => parts[i]!.entry.spellings.length > 1);
  if (changeable.length === 0) {
    return undefined;
  }
  const forced = rng.pick(changeable);
  return parts.map((p, i) => {
    const others = p.entry.spellings.filter((s) => s !== p.latin);
    return others.length > 0 && (i === forced || rng.chance(0.4)) ? rng.pick(others) : p.latin;
  });
}

function reorder(words: readonly string[], rng: Rng): string[] {
  if (words.length < 3 || rng.chance(0.6)) {
    return [words[words.length - 1]!, ...words.slice(0, -1)]; // surname first, as many lists print it
  }
  return [words[1]!, words[0]!, ...words.slice(2)];
}

function dropMiddle(words: readonly string[], rng: Rng): string[] {
  const i = 1 + rng.int(words.length - 2);
  return words.filter((_, j) => j !== i);
}

/** A realistic variant of a generated name: one or two of the kinds above, never none. */
export function makeVariant(name: GeneratedName, rng: Rng): NameVariant {
  if (name.original !== undefined && rng.chance(0.35)) {
    let words = name.parts.map((p) => p.native!);
    const kinds: VariantKind[] = ['native-script'];
    if (words.length >= 3 && rng.chance(0.2)) {
      words = dropMiddle(words, rng);
      kinds.push('drop-middle');
    } else if (rng.chance(0.2)) {
      words = reorder(words, rng);
      kinds.push('reorder');
    }
    return { text: words.join(' '), kinds };
  }
  let words = name.parts.map((p) => p.latin);
  const kinds: VariantKind[] = [];
  const wanted = rng.chance(0.6) ? 1 : 2;
  const menu: VariantKind[] = ['spelling', 'spelling', 'reorder', 'drop-middle', 'compound', 'typo', 'typo'];
  let attempts = 0;
  while (kinds.length < wanted && attempts < 20) {
    attempts += 1;
    const kind = rng.pick(menu);
    if (kinds.includes(kind)) {
      continue;
    }
    let next: string[] | undefined;
    switch (kind) {
      case 'spelling':
        next = kinds.length === 0 ? respell(name.parts, rng) : undefined;
        break;
      case 'reorder':
        next = words.length >= 2 ? reorder(words, rng) : undefined;
        break;
      case 'drop-middle':
        next = words.length >= 3 ? dropMiddle(words, rng) : undefined;
        break;
      case 'compound':
        next = compoundOf(words, rng);
        break;
      case 'typo':
        next = addTypos(words, rng);
        break;
      case 'native-script':
        next = undefined;
        break;
    }
    if (next) {
      words = next;
      kinds.push(kind);
    }
  }
  if (kinds.length === 0) {
    words = addTypos(words, rng);
    kinds.push('typo');
  }
  const text = words.join(' ');
  return { text: rng.chance(0.2) ? text.toUpperCase() : text, kinds };
}
