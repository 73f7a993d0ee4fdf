/**
 * Dates of birth as registries hold them: full ("1990-05-17", "17.05.1990"), year-month ("1990-05",
 * "1990-05-XX"), year only ("1990", "1990-00-00"), or approximate ("about 1990", "~1990",
 * "circa 1990 ±3", "1990±2"). A partial date is the range of days it allows; approximate dates widen
 * the range by ± years (2 unless stated).
 */

/** A parsed date of birth; month and day are absent when unknown. */
export interface BirthDate {
  year: number;
  month?: number;
  day?: number;
  /** Years either side the date may be off; 0 for a date as recorded. */
  plusMinusYears: number;
}

/** Years either side of an "about" date when the record does not say. */
export const DEFAULT_APPROXIMATE_YEARS = 2;

const APPROXIMATE = /^(?:about|approx\.?|approximately|circa|ca\.?|c\.|abt\.?|around|~)\s*/;
const PLUS_MINUS = /\s*(?:±|\+\/-|\+-)\s*(\d{1,2})\s*(?:y|yr|yrs|years?)?$/;
const ISO = /^(\d{4})(?:-(\d{1,2}|xx|00))?(?:-(\d{1,2}|xx|00))?$/;
const DAY_FIRST = /^(\d{1,2}|xx|00)[./](\d{1,2}|xx|00)[./](\d{4})$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;

function part(text: string | undefined): number | undefined {
  if (text === undefined || text === 'xx' || text === '00') {
    return undefined;
  }
  return Number(text);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a date of birth, or undefined when the text is not a date (or an impossible one). */
export function parseBirthDate(input: string): BirthDate | undefined {
  let text = input.trim().toLowerCase();
  let plusMinusYears = 0;
  const approximate = APPROXIMATE.exec(text);
  if (approximate) {
    plusMinusYears = DEFAULT_APPROXIMATE_YEARS;
    text = text.slice(approximate[0].length);
  }
  const range = PLUS_MINUS.exec(text);
  if (range) {
    plusMinusYears = Number(range[1]);
    text = text.slice(0, range.index).trim();
  }
  let year: number;
  let month: number | undefined;
  let day: number | undefined;
  const iso = ISO.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  const monthYear = MONTH_YEAR.exec(text);
  if (iso) {
    year = Number(iso[1]);
    month = part(iso[2]);
    day = month === undefined ? undefined : part(iso[3]);
  } else if (dayFirst) {
    year = Number(dayFirst[3]);
    month = part(dayFirst[2]);
    day = month === undefined ? undefined : part(dayFirst[1]);
  } else if (monthYear) {
    year = Number(monthYear[2]);
    month = part(monthYear[1]);
  } else {
    return undefined;
  }
  if (year < 1800 || year > 2200) {
    return undefined;
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    return undefined;
  }
  if (day !== undefined && (month === undefined || day < 1 || day > daysInMonth(year, month))) {
    return undefined;
  }
  return { year, month, day, plusMinusYears };
}

/** The first and last day (UTC epoch days) the date allows. */
export function birthDateRange(date: BirthDate): { from: number; to: number } {
  const day = 86_400_000;
  const fromYear = date.year - date.plusMinusYears;
  const toYear = date.year + date.plusMinusYears;
  const from = Date.UTC(fromYear, (date.month ?? 1) - 1, date.day ?? 1) / day;
  let to: number;
  if (date.day !== undefined) {
    to = Date.UTC(toYear, date.month! - 1, date.day) / day;
  } else if (date.month !== undefined) {
    to = Date.UTC(toYear, date.month, 0) / day;
  } else {
    to = Date.UTC(toYear, 11, 31) / day;
  }
  return { from, to };
}

/** How two dates of birth relate, from the strongest agreement to the strongest disagreement. */
export type BirthDateRelation =
  | 'same'
  | 'overlap'
  | 'dayMonthSwapped'
  | 'yearOffByOne'
  | 'sameYearOtherDay'
  | 'near'
  | 'different';

function isFull(date: BirthDate): boolean {
  return date.day !== undefined && date.plusMinusYears === 0;
}

/**
 * A date of birth as one number, for screening's date filter: yyyymmdd for a full date, yyyymm00 for a
 * year and month, 0 for a year alone, an approximate date or none.
 */
export function birthDateNumber(date: BirthDate | undefined): number {
  if (!date || date.plusMinusYears > 0 || date.month === undefined) {
    return 0;
  }
  return date.year * 10_000 + date.month * 100 + (date.day ?? 0);
}

/**
 * The dates (as `birthDateNumber`) that relate to a full date of birth more closely than "same year, other
 * day": itself, day and month swapped, the same day a year either side, and its own year and month (as
 * `relateBirthDates` reads them). Any other full or year-month date is at most "same year, other day"
 * (`OTHER_DAY_CEILING`): a screening whose threshold is above that need not look at its namesakes. Empty
 * for a partial or approximate date (nothing is ruled out).
 */
export function closeBirthDates(date: BirthDate): number[] {
  if (!isFull(date)) {
    return [];
  }
  const { year, month, day } = date as Required<BirthDate>;
  const close = [birthDateNumber(date), (year - 1) * 10_000 + month * 100 + day, (year + 1) * 10_000 + month * 100 + day, year * 10_000 + month * 100];
  if (day <= 12 && day !== month) {
    close.push(year * 10_000 + day * 100 + month);
  }
  return close;
}

/** Relates two dates of birth; partial dates agree when their ranges overlap. */
export function relateBirthDates(a: BirthDate, b: BirthDate): BirthDateRelation {
  if (isFull(a) && isFull(b)) {
    if (a.year === b.year && a.month === b.month && a.day === b.day) {
      return 'same';
    }
    if (a.year === b.year && a.month === b.day && a.day === b.month) {
      return 'dayMonthSwapped';
    }
    if (Math.abs(a.year - b.year) === 1 && a.month === b.month && a.day === b.day) {
      return 'yearOffByOne';
    }
    if (a.year === b.year) {
      return 'sameYearOtherDay';
    }
    return 'different';
  }
  const ra = birthDateRange(a);
  const rb = birthDateRange(b);
  if (ra.from <= rb.to && rb.from <= ra.to) {
    return 'overlap';
  }
  const gapDays = Math.max(rb.from - ra.to, ra.from - rb.to);
  return gapDays <= 366 ? 'near' : 'different';
}
