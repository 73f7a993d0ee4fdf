/**
 * The live watchlist entries of one database, held in memory for screening: what the name matcher needs of
 * each entry (names, date of birth, nationalities), when it is valid, and postings from each blocking key to
 * the entries carrying it. The bulk is built once into flat typed arrays (a key's entries are one slice of
 * one Int32Array); later list versions add entries to a small overlay and mark removed ones dead, until the
 * overlay is large enough to be worth a rebuild. No I/O here: `live-index.ts` feeds it from the database.
 */
import { birthDateNumber, parseBirthDate } from '../../../../common/names';

/** What the index keeps of one live entry. */
export interface IndexedEntry {
  id: string;
  sourceId: string;
  names: string[];
  nameKeys: string[];
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  birthFrom: string | null;
  birthTo: string | null;
  nationalities: string[];
  validFrom: string | null;
  validTo: string | null;
}

/** An entry as the matcher and the screening service read it back. */
export interface EntryView {
  ordinal: number;
  id: string;
  sourceId: string;
  names: string[];
  dateOfBirth: string | null;
  dateOfBirthEstimated: boolean;
  nationalities: string[];
}

/** Birth years wider than this count as unknown, as in the database's year keys (migration 0005). */
const WIDEST_BIRTH_YEARS = 10;
const UNKNOWN_YEAR = 0;
const SEPARATOR = '\u001f';

function yearOf(date: string | null): number {
  return date ? Number(date.slice(0, 4)) : UNKNOWN_YEAR;
}

/** A growable Int32Array. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length] = value;
    this.length += 1;
  }

  trimmed(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

function uuidBytes(id: string, into: Uint8Array, at: number): void {
  const hex = id.replace(/-/g, '');
  for (let i = 0; i < 16; i += 1) {
    into[at + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  }
}

function uuidText(bytes: Uint8Array, at: number): string {
  let hex = '';
  for (let i = 0; i < 16; i += 1) {
    hex += bytes[at + i]!.toString(16).padStart(2, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Where the entries a lookup keeps may have been born: years (entries of unknown or partial dates count
 * when their range meets them) and, when given, the only dates (`birthDateNumber`: full, or year and
 * month) kept among entries whose date gives at least the month.
 */
export interface BirthWindow {
  from: number;
  to: number;
  dates?: readonly number[];
}

/** Candidates of one lookup: entries sharing keys with the query, with how many keys each shares. */
export interface KeyMatches {
  ordinals: Int32Array;
  shared: Uint8Array;
}

/** The in-memory entry index (see the file comment). */
export class EntryIndex {
  private ids = new Uint8Array(16 * 1024);
  private readonly sourceIds: string[] = [];
  private sourceOrdinal = new Uint16Array(1024);
  private readonly names: string[] = [];
  private readonly births: (string | null)[] = [];
  private estimated = new Uint8Array(1024);
  private birthFromYear = new Int16Array(1024);
  private birthToYear = new Int16Array(1024);
  /** The date of birth as `birthDateNumber` (yyyymmdd, yyyymm00; 0 for a year, an estimate or none). */
  private birthDate = new Int32Array(1024);
  private readonly nationalities: string[] = [];
  /** Validity dates, kept only for the few entries that have any (`undefined` for the rest). */
  private readonly validity = new Map<number, { from: string | null; to: string | null }>();
  /** The widest known birth range of a bulk entry, in years (bounds the slice a year lookup reads). */
  private widestBirthRange = 0;
  private dead = new Uint8Array(1024);
  private deadCount = 0;
  private size = 0;

  /** Bulk postings: key id → ordinals `postings[offsets[k] .. offsets[k + 1])`. */
  private readonly keyIds = new Map<string, number>();
  private offsets = new Int32Array(1);
  private postings = new Int32Array(0);
  /** Postings of entries added after the bulk was built. */
  private readonly overlay = new Map<string, number[]>();
  private overlayEntries = 0;
  /** Scratch space of lookups: shared-key counts per ordinal (lookups are synchronous, so one suffices). */
  private counts = new Uint8Array(1024);
  /** Scratch space of lookups: the ordinals counted (reused, for the same reason). */
  private readonly touched = new IntList();

  /** Keys of the entries added in bulk, laid out as postings by `seal`. */
  private bulkKeys: IntList | null = new IntList();
  private bulkKeyStart: IntList | null = new IntList();

  /** Adds an entry while the index is being built (before `seal`). */
  bulkAdd(entry: IndexedEntry): void {
    if (!this.bulkKeys || !this.bulkKeyStart) {
      throw new Error('The index is sealed: add later entries with add()');
    }
    this.store(entry);
    this.bulkKeyStart.push(this.bulkKeys.length);
    for (const key of new Set(entry.nameKeys)) {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keyIds.size;
        this.keyIds.set(key, id);
      }
      this.bulkKeys.push(id);
    }
  }

  /** Ends the bulk build: the keys gathered become flat postings. */
  seal(): this {
    if (this.bulkKeys && this.bulkKeyStart) {
      this.bulkKeyStart.push(this.bulkKeys.length);
      this.layOutPostings(this.bulkKeys.trimmed(), this.bulkKeyStart.trimmed());
      this.bulkKeys = null;
      this.bulkKeyStart = null;
    }
    return this;
  }

  /** Builds a sealed index from entries in one go. */
  static build(entries: Iterable<IndexedEntry>): EntryIndex {
    const index = new EntryIndex();
    for (const entry of entries) {
      index.bulkAdd(entry);
    }
    return index.seal();
  }

  /**
   * Flat postings, each key's entries in order of birth year (unknown years first): a lookup for a
   * traveller born in a known year reads only the slices of each key that can be born near it.
   */
  private layOutPostings(entryKeys: Int32Array, entryKeyStart: Int32Array): void {
    const keyCount = this.keyIds.size;
    const offsets = new Int32Array(keyCount + 1);
    for (const key of entryKeys) {
      offsets[key + 1]! += 1;
    }
    for (let k = 0; k < keyCount; k += 1) {
      offsets[k + 1]! += offsets[k]!;
    }
    const fill = offsets.slice(0, keyCount);
    const postings = new Int32Array(entryKeys.length);
    for (const ordinal of this.ordinalsByBirthYear(entryKeyStart.length - 1)) {
      for (let i = entryKeyStart[ordinal]!; i < entryKeyStart[ordinal + 1]!; i += 1) {
        const key = entryKeys[i]!;
        postings[fill[key]!] = ordinal;
        fill[key]! += 1;
      }
    }
    this.offsets = offsets;
    this.postings = postings;
  }

  /** The first `count` ordinals sorted by birth year, unknown first (a counting sort). */
  private ordinalsByBirthYear(count: number): Int32Array {
    let latest = 0;
    for (let o = 0; o < count; o += 1) {
      latest = Math.max(latest, this.birthFromYear[o]!);
      this.widestBirthRange = Math.max(this.widestBirthRange, this.birthToYear[o]! - this.birthFromYear[o]!);
    }
    const starts = new Int32Array(latest + 2);
    for (let o = 0; o < count; o += 1) {
      starts[this.birthFromYear[o]! + 1]! += 1;
    }
    for (let y = 0; y <= latest; y += 1) {
      starts[y + 1]! += starts[y]!;
    }
    const order = new Int32Array(count);
    for (let o = 0; o < count; o += 1) {
      const year = this.birthFromYear[o]!;
      order[starts[year]!] = o;
      starts[year]! += 1;
    }
    return order;
  }

  /** The first position in postings[from, to) whose entry's birth year is at least `year`. */
  private firstBornFrom(from: number, to: number, year: number): number {
    let low = from;
    let high = to;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.birthFromYear[this.postings[middle]!]! < year) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private grow(): void {
    const capacity = this.sourceOrdinal.length * 2;
    const resize = <T extends Uint8Array | Uint16Array | Int16Array | Int32Array>(array: T, make: (n: number) => T, n = capacity): T => {
      const grown = make(n);
      grown.set(array);
      return grown;
    };
    this.ids = resize(this.ids, (n) => new Uint8Array(n), capacity * 16);
    this.sourceOrdinal = resize(this.sourceOrdinal, (n) => new Uint16Array(n));
    this.estimated = resize(this.estimated, (n) => new Uint8Array(n));
    this.birthFromYear = resize(this.birthFromYear, (n) => new Int16Array(n));
    this.birthToYear = resize(this.birthToYear, (n) => new Int16Array(n));
    this.birthDate = resize(this.birthDate, (n) => new Int32Array(n));
    this.dead = resize(this.dead, (n) => new Uint8Array(n));
    this.counts = new Uint8Array(capacity);
  }

  private store(entry: IndexedEntry): number {
    const ordinal = this.size;
    if (ordinal === this.sourceOrdinal.length) {
      this.grow();
    }
    uuidBytes(entry.id, this.ids, ordinal * 16);
    let source = this.sourceIds.indexOf(entry.sourceId);
    if (source < 0) {
      source = this.sourceIds.push(entry.sourceId) - 1;
    }
    this.sourceOrdinal[ordinal] = source;
    this.names.push(entry.names.join(SEPARATOR));
    this.births.push(entry.dateOfBirth);
    this.estimated[ordinal] = entry.dateOfBirthEstimated ? 1 : 0;
    const from = yearOf(entry.birthFrom);
    const to = yearOf(entry.birthTo);
    const known = from !== UNKNOWN_YEAR && to !== UNKNOWN_YEAR && to - from <= WIDEST_BIRTH_YEARS;
    this.birthFromYear[ordinal] = known ? from : UNKNOWN_YEAR;
    this.birthToYear[ordinal] = known ? to : UNKNOWN_YEAR;
    this.birthDate[ordinal] = entry.dateOfBirth && !entry.dateOfBirthEstimated ? birthDateNumber(parseBirthDate(entry.dateOfBirth)) : 0;
    this.nationalities.push(entry.nationalities.join(SEPARATOR));
    if (entry.validFrom || entry.validTo) {
      this.validity.set(ordinal, { from: entry.validFrom, to: entry.validTo });
    }
    this.size += 1;
    return ordinal;
  }

  /** Adds an entry a later list version brought (into the overlay). */
  add(entry: IndexedEntry): void {
    this.seal();
    const ordinal = this.store(entry);
    for (const key of new Set(entry.nameKeys)) {
      const list = this.overlay.get(key);
      if (list) {
        list.push(ordinal);
      } else {
        this.overlay.set(key, [ordinal]);
      }
    }
    this.overlayEntries += 1;
  }

  /** Marks an entry removed by a later list version; its keys find it without an id map. */
  remove(id: string, nameKeys: readonly string[]): boolean {
    const probe = new Uint8Array(16);
    uuidBytes(id, probe, 0);
    const isIt = (ordinal: number) => {
      for (let i = 0; i < 16; i += 1) {
        if (this.ids[ordinal * 16 + i] !== probe[i]) {
          return false;
        }
      }
      return true;
    };
    for (const key of nameKeys.length > 0 ? nameKeys.slice(0, 1) : []) {
      for (const ordinal of this.postingsOf(key)) {
        if (this.dead[ordinal] === 0 && isIt(ordinal)) {
          this.dead[ordinal] = 1;
          this.deadCount += 1;
          return true;
        }
      }
    }
    // An entry without keys (no usable name) is found by a scan; such entries are rare.
    for (let ordinal = 0; ordinal < this.size; ordinal += 1) {
      if (this.dead[ordinal] === 0 && isIt(ordinal)) {
        this.dead[ordinal] = 1;
        this.deadCount += 1;
        return true;
      }
    }
    return false;
  }

  private *postingsOf(key: string): Generator<number> {
    const id = this.keyIds.get(key);
    if (id !== undefined) {
      for (let i = this.offsets[id]!; i < this.offsets[id + 1]!; i += 1) {
        yield this.postings[i]!;
      }
    }
    yield* this.overlay.get(key) ?? [];
  }

  /** Entries live in the index (added and not removed). */
  get liveCount(): number {
    return this.size - this.deadCount;
  }

  /** True when the overlay and the dead entries are large enough that a rebuild pays. */
  get wantsRebuild(): boolean {
    return this.overlayEntries + this.deadCount > Math.max(10_000, this.size / 10);
  }

  /**
   * Entries sharing at least one of `keys`, best first by how many they share (in postings order among
   * equals), at most `limit`: among those `accept` keeps (live list, valid today) and, given `born`, those
   * that may have been born within it (`bornIn`: a common name's namesakes born on other days would
   * otherwise crowd out a misspelt listed person). Counting runs over flat postings in a shared scratch
   * array; the cheap filters (removed, born outside the window) run on every entry counted, `accept` only
   * on the entries ranked high enough to be returned — a common name shares keys with thousands of
   * entries, of which a screening looks at a few hundred.
   */
  matchKeys(keys: readonly string[], accept: (ordinal: number) => boolean, born: BirthWindow | null = null, limit = Number.POSITIVE_INFINITY): KeyMatches {
    const counts = this.counts;
    const postings = this.postings;
    const touched = this.touched;
    touched.length = 0;
    // The hot loop of screening: written out, without a call per posting.
    const countRange = (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const ordinal = postings[i]!;
        const count = counts[ordinal]!;
        if (count === 0) {
          touched.push(ordinal);
        }
        if (count < 255) {
          counts[ordinal] = count + 1;
        }
      }
    };
    for (const key of new Set(keys)) {
      const id = this.keyIds.get(key);
      if (id !== undefined) {
        const start = this.offsets[id]!;
        const end = this.offsets[id + 1]!;
        if (born) {
          const known = this.firstBornFrom(start, end, 1);
          countRange(start, known);
          countRange(this.firstBornFrom(known, end, born.from - this.widestBirthRange), this.firstBornFrom(known, end, born.to + 1));
        } else {
          countRange(start, end);
        }
      }
      for (const ordinal of this.overlay.get(key) ?? []) {
        if (counts[ordinal] === 0) {
          touched.push(ordinal);
        }
        counts[ordinal] = Math.min(255, counts[ordinal]! + 1);
      }
    }
    // Removed entries and those born outside the window drop out (count 0); the rest are tallied by count.
    const tally = new Uint32Array(256);
    for (let i = 0; i < touched.length; i += 1) {
      const ordinal = touched.values[i]!;
      if (this.dead[ordinal] === 0 && (!born || this.bornIn(ordinal, born))) {
        tally[counts[ordinal]!] += 1;
      } else {
        counts[ordinal] = 0;
      }
    }
    // Collect the best by count, from the top count down, until `limit` entries are accepted.
    const byCount: number[][] = [];
    let collected = 0;
    let above = 256;
    while (collected < limit && above > 1) {
      // The lowest count that may still be needed, given what the tally says lies above it.
      let floor = above - 1;
      for (let candidates = tally[floor]!; floor > 1 && collected + candidates < limit; ) {
        floor -= 1;
        candidates += tally[floor]!;
      }
      for (let i = 0; i < touched.length; i += 1) {
        const ordinal = touched.values[i]!;
        const count = counts[ordinal]!;
        if (count >= floor && count < above && accept(ordinal)) {
          (byCount[count] ??= []).push(ordinal);
          collected += 1;
        }
      }
      above = floor;
    }
    for (let i = 0; i < touched.length; i += 1) {
      counts[touched.values[i]!] = 0;
    }
    const ordinals: number[] = [];
    const shared: number[] = [];
    for (let count = byCount.length - 1; count > 0 && ordinals.length < limit; count -= 1) {
      for (const ordinal of byCount[count] ?? []) {
        if (ordinals.length === limit) {
          break;
        }
        ordinals.push(ordinal);
        shared.push(count);
      }
    }
    return { ordinals: Int32Array.from(ordinals), shared: Uint8Array.from(shared) };
  }

  /** Keys and postings held (for status and benchmarks). */
  get postingCount(): { keys: number; postings: number } {
    let overlay = 0;
    for (const list of this.overlay.values()) {
      overlay += list.length;
    }
    return { keys: this.keyIds.size, postings: this.postings.length + overlay };
  }

  /**
   * True when the entry may have been born in the window: within its years, and on one of its dates when
   * it gives any and the entry's date gives at least the month.
   */
  private bornIn(ordinal: number, window: BirthWindow): boolean {
    if (!this.bornWithin(ordinal, window.from, window.to)) {
      return false;
    }
    const date = this.birthDate[ordinal]!;
    return date === 0 || !window.dates || window.dates.length === 0 || window.dates.includes(date);
  }

  /** True when the entry may have been born within `[fromYear, toYear]` (unknown years always may). */
  bornWithin(ordinal: number, fromYear: number, toYear: number): boolean {
    const from = this.birthFromYear[ordinal]!;
    return from === UNKNOWN_YEAR || (from <= toYear && this.birthToYear[ordinal]! >= fromYear);
  }

  /** True when the entry is within its validity dates on `day` (YYYY-MM-DD). */
  validOn(ordinal: number, day: string): boolean {
    const validity = this.validity.get(ordinal);
    return !validity || ((validity.from === null || validity.from <= day) && (validity.to === null || validity.to >= day));
  }

  /** The source of an entry, by position in `sourceIds`. */
  sourceOf(ordinal: number): string {
    return this.sourceIds[this.sourceOrdinal[ordinal]!]!;
  }

  /** An entry read back for scoring. */
  entry(ordinal: number): EntryView {
    const nationalities = this.nationalities[ordinal]!;
    return {
      ordinal,
      id: uuidText(this.ids, ordinal * 16),
      sourceId: this.sourceOf(ordinal),
      names: this.names[ordinal]!.split(SEPARATOR),
      dateOfBirth: this.births[ordinal]!,
      dateOfBirthEstimated: this.estimated[ordinal] === 1,
      nationalities: nationalities ? nationalities.split(SEPARATOR) : [],
    };
  }

  /** Date of birth and nationalities alone (for the ceiling check before any name is compared). */
  birthAndNationalities(ordinal: number): { dateOfBirth: string | null; dateOfBirthEstimated: boolean; nationalities: string[] } {
    const nationalities = this.nationalities[ordinal]!;
    return { dateOfBirth: this.births[ordinal]!, dateOfBirthEstimated: this.estimated[ordinal] === 1, nationalities: nationalities ? nationalities.split(SEPARATOR) : [] };
  }
}
