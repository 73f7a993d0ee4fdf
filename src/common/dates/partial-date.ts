/**
 * Partial and estimated dates of birth: "1990", "1990-05", "1990-05-17", each possibly "about".
 * A partial date stands for the range of days it covers; an estimated one widens the range.
 */

export interface PartialDate {
  /** As given: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
  value: string;
  estimated: boolean;
}

export interface DateRange {
  from: string;
  to: string;
}

export type PartialDateResult = { ok: true; date: PartialDate; range: DateRange } | { ok: false; message: string };

/** Years either side of an estimated ("about") year of birth. */
export const ESTIMATE_MARGIN_YEARS = 2;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads "1990", "1990-05", "1990-05-17", optionally prefixed "about"/"~"/"ca." (estimated). */
export function parsePartialDate(input: string, options: { estimated?: boolean; today?: Date } = {}): PartialDateResult {
  let text = input.trim();
  let estimated = options.estimated ?? false;
  const about = /^(about|approx\.?|approximately|ca\.?|circa|~)\s*/i.exec(text);
  if (about) {
    estimated = true;
    text = text.slice(about[0].length);
  }
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) {
    return { ok: false, message: `"${input}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1880) {
    return { ok: false, message: `The year ${year} is too far in the past` };
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, message: `There is no month ${match[2]}` };
  }
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, message: `${year}-${pad(month)} has no day ${match[3]}` };
  }
  const range = rangeOf(year, month, day, estimated);
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  if (range.from > today) {
    return { ok: false, message: `The date ${text} is in the future` };
  }
  return { ok: true, date: { value: text, estimated }, range };
}

function rangeOf(year: number, month: number | undefined, day: number | undefined, estimated: boolean): DateRange {
  if (estimated) {
    const margin = day === undefined && month === undefined ? ESTIMATE_MARGIN_YEARS : 1;
    return { from: `${year - margin}-01-01`, to: `${year + margin}-12-31` };
  }
  if (month === undefined) {
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  if (day === undefined) {
    return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
  }
  const exact = `${year}-${pad(month)}-${pad(day)}`;
  return { from: exact, to: exact };
}

/** True when two ranges share at least one day. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Age in whole years on `on` of someone born on `birth` (ISO dates). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** Ages the range allows on `on`: the youngest (latest birth) and oldest (earliest birth). */
export function ageRange(range: DateRange, on: string): { min: number; max: number } {
  return { min: ageOn(range.to, on), max: ageOn(range.from, on) };
}
