/**
 * MRZ dates are YYMMDD with a two-digit year, so reading one means choosing a century:
 * - date of birth: the latest century that does not put the birth after today (a person born
 *   in 1925 and read in 2025 is 100, not -75). People over 100 are read 100 years too young;
 *   the VIZ or the chip settles those rare cases.
 * - date of expiry: always 2000–2099. No MRZ document still in circulation expired in the
 *   1900s; an expiry more than 20 years ahead is flagged so an officer can look at the page.
 * A birth date may leave the month and/or day unknown as `<<` (ICAO 9303 Part 3); they stay `<<`.
 */
import { formatIsoDate, isCalendarDay, type IsoDate } from '../stays/days';
import { MrzFormatError } from './format-error';

/** A date read from the MRZ, or why it could not be. */
export type DateReading = { ok: true; value: string } | { ok: false; message: string };

const PART = /^(\d{2}|<<)$/;

/** Reads a birth date YYMMDD (parts may be `<<`), choosing the century that keeps it on or before today. */
export function readBirthDate(raw: string, today: IsoDate): DateReading {
  const [yy, mm, dd] = [raw.slice(0, 2), raw.slice(2, 4), raw.slice(4, 6)];
  if (raw.length !== 6 || ![yy, mm, dd].every((part) => PART.test(part))) {
    return {
      ok: false,
      message: `Date of birth "${raw}" is not YYMMDD (write << for an unknown month or day)`,
    };
  }
  const month = mm === '<<' ? null : Number(mm);
  const day = dd === '<<' ? null : Number(dd);
  if (yy === '<<') {
    return partsAreValid(null, month, day)
      ? { ok: true, value: `<<<<-${mm}-${dd}` }
      : { ok: false, message: `Date of birth "${raw}" has an impossible month or day` };
  }
  let year = 2000 + Number(yy);
  // Compare only what is known: a birth in an unknown month of this year is not in the future.
  const known = formatIsoDate(year, month ?? 1, day ?? 1).slice(
    0,
    month === null ? 4 : day === null ? 7 : 10,
  );
  if (known > today.slice(0, known.length)) {
    year -= 100;
  }
  if (!partsAreValid(year, month, day)) {
    return { ok: false, message: `Date of birth "${raw}" is not a calendar date` };
  }
  return { ok: true, value: `${year}-${mm}-${dd}` };
}

/** Reads an expiry date YYMMDD as a day in 2000–2099; every part must be known. */
export function readExpiryDate(raw: string): DateReading {
  if (!/^\d{6}$/.test(raw)) {
    return { ok: false, message: `Expiry date "${raw}" must be a full date YYMMDD` };
  }
  const [year, month, day] = [
    2000 + Number(raw.slice(0, 2)),
    Number(raw.slice(2, 4)),
    Number(raw.slice(4, 6)),
  ];
  if (!isCalendarDay(year, month, day)) {
    return { ok: false, message: `Expiry date "${raw}" is not a calendar date` };
  }
  return { ok: true, value: formatIsoDate(year, month, day) };
}

/**
 * Writes a birth date as YYMMDD. Takes 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY', and `<<` for unknown
 * parts ('1985-<<-<<', '<<<<-<<-<<') so a date read by `parseMrz` can be written back.
 */
export function writeBirthDate(date: string): string {
  const match = /^(\d{4}|<<<<)(?:-(\d{2}|<<)(?:-(\d{2}|<<))?)?$/.exec(date.trim());
  if (match === null) {
    throw new MrzFormatError(
      'dateOfBirth',
      `Date of birth "${date}" must be YYYY-MM-DD, YYYY-MM or YYYY (use << for an unknown month or day)`,
    );
  }
  const [yyyy, mm = '<<', dd = '<<'] = [match[1]!, match[2], match[3]];
  const year = yyyy === '<<<<' ? null : Number(yyyy);
  if (!partsAreValid(year, mm === '<<' ? null : Number(mm), dd === '<<' ? null : Number(dd))) {
    throw new MrzFormatError('dateOfBirth', `Date of birth "${date}" is not a calendar date`);
  }
  return `${yyyy.slice(2)}${mm}${dd}`;
}

/** Writes an expiry date 'YYYY-MM-DD' (2000–2099, as MRZ readers take it) as YYMMDD. */
export function writeExpiryDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const [year, month, day] =
    match === null ? [0, 0, 0] : [Number(match[1]), Number(match[2]), Number(match[3])];
  if (match === null || !isCalendarDay(year, month, day)) {
    throw new MrzFormatError(
      'expiryDate',
      `Expiry date "${date}" must be a calendar date written YYYY-MM-DD`,
    );
  }
  if (year < 2000 || year > 2099) {
    throw new MrzFormatError(
      'expiryDate',
      `Expiry date ${date} must be in 2000–2099, the years an MRZ can express`,
    );
  }
  return `${match[1]!.slice(2)}${match[2]}${match[3]}`;
}

/** Month and day are each known or not; a known day needs a known month to check its length. */
function partsAreValid(year: number | null, month: number | null, day: number | null): boolean {
  if (month !== null && (month < 1 || month > 12)) {
    return false;
  }
  if (day === null) {
    return true;
  }
  if (month === null) {
    return day >= 1 && day <= 31;
  }
  // With the year unknown, 29 February is possible: check against a leap year.
  return isCalendarDay(year ?? 2000, month, day);
}
