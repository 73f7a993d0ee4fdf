/**
 * Names in the MRZ (ICAO 9303 Part 3; section 6 for transliteration): Latin letters A–Z only,
 * the surname (primary identifier) and given names (secondary identifier) separated by `<<`,
 * name parts by `<`.
 * Names in other scripts must come in their Latin form from the caller: transliterating Arabic or
 * Cyrillic well needs the language, which this code does not have.
 */
import { MrzFormatError } from './format-error';

/** Letters ICAO transliterates to more than the bare letter (Part 3, section 6). */
const LATIN_EXPANSIONS: Readonly<Record<string, string>> = {
  Ä: 'AE',
  Æ: 'AE',
  Å: 'AA',
  Ö: 'OE',
  Ø: 'OE',
  Œ: 'OE',
  Ü: 'UE',
  ẞ: 'SS',
  Þ: 'TH',
  Ð: 'D',
  Đ: 'D',
  Ħ: 'H',
  Ĳ: 'IJ',
  Ł: 'L',
  Ŀ: 'L',
  Ŋ: 'N',
  Ŧ: 'T',
};

/** Separators written as one filler: spaces, hyphens, commas between name parts. */
const SEPARATORS = /[\s\-\u2010\u2011\u2012\u2013\u2014,]+/gu;
/** Marks left out altogether: apostrophes (D'ARTAGNAN → DARTAGNAN) and full stops. */
const OMITTED = /['\u2018\u2019\u02bc\u02b9`\u00b4.]/gu;

/**
 * Writes a name in MRZ characters: upper case, ICAO expansions (Ä→AE, Å→AA, Ø→OE, Ü→UE, ß→SS,
 * Þ→TH…), other diacritics dropped, spaces, hyphens and commas → `<`, apostrophes and full stops
 * left out. Throws MrzFormatError naming the characters when anything else (another script, digits) remains.
 */
export function transliterateName(name: string, field: 'surname' | 'givenNames'): string {
  const upper = name.normalize('NFC').toUpperCase();
  const expanded = Array.from(upper, (character) => LATIN_EXPANSIONS[character] ?? character).join('');
  const written = expanded
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(OMITTED, '')
    .replace(SEPARATORS, '<')
    .replace(/<+/g, '<')
    .replace(/^<|<$/g, '');
  const leftOver = [...new Set(written.replace(/[A-Z<]/g, ''))];
  if (leftOver.length > 0) {
    const label = field === 'surname' ? 'Surname' : 'Given names';
    const verb = field === 'surname' ? 'contains' : 'contain';
    const shown = leftOver.map((character) => `"${character}"`).join(', ');
    throw new MrzFormatError(
      field,
      /\p{L}/u.test(leftOver.join(''))
        ? `${label} "${name}" ${verb} ${shown}, not Latin script: pass the name in Latin script (ICAO 9303 transliteration), as printed on the document`
        : `${label} "${name}" ${verb} ${shown}, which cannot be written in an MRZ name`,
    );
  }
  return written;
}

/** A name field ready for the MRZ, and whether it had to be shortened. */
export interface MrzNameField {
  field: string;
  truncated: boolean;
}

/**
 * Builds the name field of `width` characters (TD1 30, TD2 and MRV-B 31, TD3 and MRV-A 39).
 * A name too long for it is truncated in this order: first the given names, from the last one
 * back, each down to its initial; then the surname from its end. Every given name kept keeps at
 * least its initial, and a truncated field normally ends in a letter, which tells a reader it was
 * cut (not when the cut falls on a space in the surname: no filler is left dangling there).
 */
export function buildNameField(surname: string, givenNames: string, width: number): MrzNameField {
  const primary = transliterateName(surname, 'surname');
  if (primary === '') {
    throw new MrzFormatError(
      'surname',
      'Surname is empty: a person with one name has it written as the surname',
    );
  }
  const secondary = transliterateName(givenNames, 'givenNames');
  const given = secondary === '' ? [] : secondary.split('<');
  const whole = joinName(primary, given);
  if (whole.length <= width) {
    return { field: whole.padEnd(width, '<'), truncated: false };
  }
  for (let index = given.length - 1; index >= 0; index -= 1) {
    const excess = joinName(primary, given).length - width;
    if (excess <= 0) {
      break;
    }
    given[index] = given[index]!.slice(0, Math.max(1, given[index]!.length - excess));
  }
  if (joinName(primary, given).length <= width) {
    return { field: joinName(primary, given).padEnd(width, '<'), truncated: true };
  }
  // Only initials are left: cut the surname, and drop trailing initials only if the surname
  // would otherwise lose every letter (more given names than the field has room for).
  while (given.length > 1 && width - 2 - given.join('<').length < 1) {
    given.pop();
  }
  const room = given.length === 0 ? width : width - 2 - given.join('<').length;
  // A cut right after a separator would leave `<<` inside the surname: drop the dangling filler.
  const cutSurname = primary.slice(0, room).replace(/<+$/, '');
  return { field: joinName(cutSurname, given).padEnd(width, '<'), truncated: true };
}

/** Splits a name field into surname and given names, the way the MRZ writes them. */
export function splitNameField(field: string): { surname: string; givenNames: string } {
  const separator = field.indexOf('<<');
  const [primary, secondary] =
    separator === -1 ? [field, ''] : [field.slice(0, separator), field.slice(separator + 2)];
  return { surname: readableName(primary), givenNames: readableName(secondary) };
}

function readableName(part: string): string {
  return part.replace(/<+/g, ' ').trim();
}

function joinName(primary: string, given: readonly string[]): string {
  return given.length === 0 ? primary : `${primary}<<${given.join('<')}`;
}
