/** Shapes of the synthetic name pools used by the labelled test set and the benchmarks. */

/** One name as it is spelled in Latin script (most usual first) and, where it has one, in its native script. */
export interface NameEntry {
  spellings: readonly string[];
  native?: string;
}

/** How a culture builds a full name from its parts. */
export type NamePattern =
  | 'given-father-family' // Arabic: Mohammed Ahmad Al-Hassan (sometimes the grandfather instead of a family name)
  | 'given-father-grandfather' // Somali, Eritrean: three given names, no surname
  | 'given-surname' // Afghan, Pakistani, Turkish, Romanian, Kurdish
  | 'given-patronymic-surname'; // Russian, Ukrainian

/** A pool of names from one origin. */
export interface NamePool {
  origin: string;
  /** Share of generated persons drawn from this pool. */
  weight: number;
  pattern: NamePattern;
  male: readonly NameEntry[];
  female: readonly NameEntry[];
  surnames: readonly NameEntry[];
  /** Female surname forms (Russian -ova), by the same index as `surnames`; absent when surnames do not change. */
  femaleSurnames?: readonly NameEntry[];
  patronymicsMale?: readonly NameEntry[];
  patronymicsFemale?: readonly NameEntry[];
  /** Chance that a given name is preceded by a second one (Muhammad Imran, Ana Maria). */
  secondGivenChance?: number;
  /** Names that may come before another given name (Muhammad in Pakistan). */
  givenPrefixes?: readonly NameEntry[];
}

/** Parses entries written "Latin|Other Latin=native". */
export function entries(...specs: readonly string[]): NameEntry[] {
  return specs.map((spec) => {
    const [latin, native] = spec.split('=');
    return native === undefined ? { spellings: latin!.split('|') } : { spellings: latin!.split('|'), native };
  });
}

/** Russian-style female surnames: -ov/-ev/-in take -a (Ivanov → Ivanova, Иванов → Иванова). */
export function femaleForms(surnames: readonly NameEntry[]): NameEntry[] {
  return surnames.map((e) => {
    const feminine = (s: string): string => (/(ov|ev|in|ёв|ов|ев|ин)$/u.test(s) ? `${s}${/[а-яё]$/u.test(s) ? 'а' : 'a'}` : s);
    return { spellings: e.spellings.map(feminine), native: e.native === undefined ? undefined : feminine(e.native) };
  });
}
