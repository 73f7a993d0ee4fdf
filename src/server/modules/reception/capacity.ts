/** Capacity arithmetic and the choice of a centre for a group: pure, so it is tested on its own. */

export interface Counts {
  capacity: number;
  blocked: number;
  occupied: number;
  reserved: number;
}

export interface Figures extends Counts {
  /** Places left, never below 0. */
  free: number;
  /** How far the centre is above capacity (0 when it is not). */
  overCapacityBy: number;
}

/** Free places = capacity − blocked − occupied − reserved, shown as `free` (≥ 0) and `overCapacityBy` (≥ 0). */
export function figuresOf(counts: Counts): Figures {
  const left = counts.capacity - counts.blocked - counts.occupied - counts.reserved;
  return { ...counts, free: Math.max(0, left), overCapacityBy: Math.max(0, -left) };
}

/** The sum of several centres' figures (the national total), recomputed from the summed counts. */
export function sumFigures(all: readonly Counts[]): Figures {
  const total = all.reduce<Counts>(
    (sum, c) => ({ capacity: sum.capacity + c.capacity, blocked: sum.blocked + c.blocked, occupied: sum.occupied + c.occupied, reserved: sum.reserved + c.reserved }),
    { capacity: 0, blocked: 0, occupied: 0, reserved: 0 },
  );
  return figuresOf(total);
}

/** True when taking `places` more would put the centre above capacity. */
export function wouldExceed(counts: Counts, places: number): boolean {
  return counts.capacity - counts.blocked - counts.occupied - counts.reserved < places;
}

export interface CentreChoice {
  siteId: string;
  overCapacity: boolean;
}

/**
 * The centre for a group of `size`: among centres with room for the whole group, the one with the most
 * free places; when none has room, the one with the most free places anyway (over capacity — never
 * refused). Ties go to the earlier centre in the list (the plan's order).
 */
export function chooseCentre(centres: readonly (Counts & { siteId: string })[], size: number): CentreChoice | null {
  let best: { siteId: string; free: number } | null = null;
  for (const centre of centres) {
    const left = centre.capacity - centre.blocked - centre.occupied - centre.reserved;
    if (!best || left > best.free) {
      best = { siteId: centre.siteId, free: left };
    }
  }
  return best ? { siteId: best.siteId, overCapacity: best.free < size } : null;
}

const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A wristband number from a sequence value: prefix, seven digits and a check letter (mod 23 of the digits). */
export function wristbandNumber(value: number, exercise: boolean): string {
  const digits = String(value).padStart(7, '0');
  return `${exercise ? 'XB' : 'WB'}-${digits}${CHECK_LETTERS[Number(BigInt(digits) % 23n)]}`;
}

/** True when a typed or scanned wristband number is well formed and its check letter agrees. */
export function isWristbandNumber(text: string): boolean {
  const match = /^(WB|XB)-(\d{7,})([A-Z])$/.exec(text);
  return match !== null && CHECK_LETTERS[Number(BigInt(match[2]!) % 23n)] === match[3];
}

/** Given names and surname from a name as given: the last word is taken as the surname. */
export function splitNameAsGiven(name: string): { givenNames: string; surname: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) {
    return { givenNames: '', surname: words[0] ?? '' };
  }
  return { givenNames: words.slice(0, -1).join(' '), surname: words.at(-1)! };
}

/** The value at quantile `q` (0–1) of `values` (nearest rank), or null when there are none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
