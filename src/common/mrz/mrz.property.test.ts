import fc from 'fast-check';
import { parse, type ParseResult } from 'mrz';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../stays/days';
import { formatTd1, formatTd3, type Td1Data } from './format';
import { transliterateName } from './names';
import { parseMrz } from './parse';

const TODAY = new Date('2025-06-01');
const STATES = [
  'ROU',
  'MDA',
  'UKR',
  'SYR',
  'AFG',
  'IRQ',
  'ERI',
  'D',
  'GBR',
  'XXA',
  'XXB',
  'XXC',
  'XXX',
  'UNO',
];
const MRZ_CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';

/** Latin letters with the diacritics and ligatures ICAO transliterates, plus plain ones. */
const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäåæöøüßéèêçñłœþðđăâîșțğışžčćśźńřůýÁÉÖÜÅØ');
const word = fc.string({ unit: letter, minLength: 1, maxLength: 14 });
const separator = fc.constantFrom(' ', '-', ' - ', "'", '  ');
/** Names of 1–maxWords words, some very long in total, joined by spaces, hyphens and apostrophes. */
function nameArb(minWords: number, maxWords: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.array(word, { minLength: minWords, maxLength: maxWords }),
      fc.array(separator, { minLength: maxWords }),
    )
    .map(([words, separators]) => words.reduce((name, next, index) => `${name}${separators[index]}${next}`));
}
const alphanumeric = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    minLength: min,
    maxLength: max,
  });

const dayBetween = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
/** Full, year-month or year-only birth dates, none after TODAY (so the century reads back). */
const birthDate = fc.oneof(
  dayBetween('1926-01-01', '2025-06-01'),
  dayBetween('1926-01-01', '2025-05-31').map((day) => day.slice(0, 7)),
  dayBetween('1926-01-01', '2025-05-31').map((day) => day.slice(0, 4)),
);

const td1Data: fc.Arbitrary<Td1Data> = fc
  .record({
    documentCode: fc.constantFrom('I', 'ID', 'IR', 'AR', 'C', 'CR'),
    issuingState: fc.constantFrom(...STATES),
    documentNumber: alphanumeric(1, 22),
    surname: nameArb(1, 4),
    givenNames: fc.oneof(nameArb(1, 7), fc.constant('')),
    dateOfBirth: birthDate,
    sex: fc.constantFrom('M' as const, 'F' as const, 'X' as const),
    expiryDate: dayBetween('2000-01-01', '2099-12-31'),
    nationality: fc.constantFrom(...STATES),
    optionalData: alphanumeric(0, 15),
    optionalData2: alphanumeric(0, 11),
  })
  .map((data) => {
    // Keep only as much optional data as fits beside the document number.
    const room = data.documentNumber.length <= 9 ? 15 : 15 - (data.documentNumber.length - 9) - 2;
    return { ...data, optionalData: data.optionalData.slice(0, room) };
  });

/** The MRZ form of a birth date: YYMMDD with fillers for unknown parts. */
function mrzBirthDate(date: string): string {
  const [year, month = '<<', day = '<<'] = date.split('-');
  return `${year!.slice(2)}${month}${day}`;
}

/** What the name should read back as: each word of the result starts the matching word written. */
function expectNameKept(read: string, written: string): void {
  const readWords = read === '' ? [] : read.split(' ');
  const writtenWords = written === '' ? [] : written.split('<');
  expect(readWords.length).toBeLessThanOrEqual(writtenWords.length);
  readWords.forEach((readWord, index) => {
    expect(readWord.length).toBeGreaterThan(0);
    expect(writtenWords[index]!.startsWith(readWord)).toBe(true);
  });
}

/**
 * Fields the mrz package finds invalid. With no given names, mrz v5 calls the first name invalid
 * when the surname leaves exactly `<<` at the end of the field (it wants a letter after `<<`),
 * though ICAO allows it; parseMrz does not use that verdict, and every check digit must still pass.
 */
function invalidDetails(result: ParseResult, givenNames: string): string[] {
  const hasGivenNames = transliterateName(givenNames, 'givenNames') !== '';
  return result.details
    .filter((detail) => !detail.valid && (hasGivenNames || detail.field !== 'firstName'))
    .map((detail) => detail.label);
}

describe('formatTd1: properties', () => {
  it('writes MRZs the mrz package reads back, every check digit valid, fields round-tripping', () => {
    fc.assert(
      fc.property(td1Data, (data) => {
        const lines = formatTd1(data);
        expect(lines.map((line) => line.length)).toEqual([30, 30, 30]);
        const result = parse(lines);
        expect(invalidDetails(result, data.givenNames)).toEqual([]);
        expect(result.documentNumber).toBe(data.documentNumber);
        expect(result.fields.issuingState).toBe(data.issuingState);
        expect(result.fields.nationality).toBe(data.nationality);
        expect(result.fields.birthDate).toBe(mrzBirthDate(data.dateOfBirth));
        expect(result.fields.expirationDate).toBe(data.expiryDate.slice(2).replace(/-/g, ''));
        expect(result.fields.sex).toBe({ M: 'male', F: 'female', X: 'nonspecified' }[data.sex]);

        const surname = transliterateName(data.surname, 'surname');
        const given = transliterateName(data.givenNames, 'givenNames');
        const fits = surname.length + (given === '' ? 0 : 2 + given.length) <= 30;
        if (fits) {
          expect(result.fields.lastName).toBe(surname.replace(/</g, ' '));
          if (given !== '') {
            expect(result.fields.firstName).toBe(given.replace(/</g, ' '));
          }
        } else {
          expectNameKept(result.fields.lastName!, surname);
          if (given !== '') {
            expectNameKept(result.fields.firstName!, given);
            // Every given name keeps its initial while the surname can keep a letter beside them.
            const count = given.split('<').length;
            if (1 + 2 + (2 * count - 1) <= 30) {
              expect(result.fields.firstName!.split(' ')).toHaveLength(count);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes MRZs that parseMrz reads back unchanged', () => {
    fc.assert(
      fc.property(td1Data, (data) => {
        const result = parseMrz(formatTd1(data).join('\n'), { today: TODAY });
        if (!result.ok) {
          throw new Error(JSON.stringify(result.errors));
        }
        expect(result.checks.every((check) => check.ok)).toBe(true);
        const [year, month = '<<', day = '<<'] = data.dateOfBirth.split('-');
        expect(result.document).toMatchObject({
          format: 'TD1',
          documentCode: data.documentCode,
          documentNumber: data.documentNumber,
          dateOfBirth: `${year}-${month}-${day}`,
          expiryDate: data.expiryDate,
          sex: data.sex,
          optionalData: data.optionalData,
          optionalData2: data.optionalData2,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes TD3 MRZs the mrz package reads back with every check digit valid', () => {
    fc.assert(
      fc.property(td1Data, alphanumeric(0, 14), (data, personalNumber) => {
        const lines = formatTd3({
          ...data,
          documentCode: 'P',
          documentNumber: data.documentNumber.slice(0, 9),
          personalNumber,
        });
        const result = parse(lines);
        expect(invalidDetails(result, data.givenNames)).toEqual([]);
        expect(result.fields.personalNumber).toBe(personalNumber);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseMrz: properties', () => {
  const isResult = (input: string): void => {
    const result = parseMrz(input, { today: TODAY });
    if (result.ok) {
      expect(result.document.lines.length).toBeGreaterThanOrEqual(2);
    } else {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) {
        expect(error.code).toMatch(/^[A-Z_]+$/);
        expect(error.message.length).toBeGreaterThan(0);
      }
    }
  };

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), isResult), { numRuns: 500 });
  });

  it('never throws on MRZ-shaped text (right lengths, random MRZ characters)', () => {
    const shaped = fc.constantFrom([30, 3], [36, 2], [44, 2]).chain(([length, count]) =>
      fc.array(
        fc.string({ unit: fc.constantFrom(...MRZ_CHARACTERS), minLength: length!, maxLength: length! }),
        {
          minLength: count!,
          maxLength: count!,
        },
      ),
    );
    fc.assert(
      fc.property(shaped, fc.constantFrom('\n', '\r\n', ''), (lines, joiner) => isResult(lines.join(joiner))),
      { numRuns: 500 },
    );
  });

  it('never throws on real MRZs with characters changed', () => {
    const mutated = fc
      .tuple(td1Data, fc.array(fc.tuple(fc.nat(89), fc.constantFrom(...MRZ_CHARACTERS)), { maxLength: 4 }))
      .map(([data, changes]) => {
        const text = [...formatTd1(data).join('')];
        for (const [position, character] of changes) {
          text[position] = character;
        }
        return text.join('');
      });
    fc.assert(fc.property(mutated, isResult), { numRuns: 500 });
  });

  it('agrees with the expired flag', () => {
    fc.assert(
      fc.property(td1Data, dayBetween('2025-06-01', '2099-12-31'), (data, today) => {
        const result = parseMrz(formatTd1(data).join('\n'), { today: new Date(today) });
        expect(result.ok && result.flags.expired).toBe(data.expiryDate < today);
      }),
      { numRuns: 100 },
    );
  });
});
