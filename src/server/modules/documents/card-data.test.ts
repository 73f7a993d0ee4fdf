/**
 * The card's MRZ, checked by the `mrz` package (an independent reader of ICAO 9303): every card we
 * could print parses as TD1 with every check digit valid, whatever the script or length of the name
 * and however partial the birth date.
 */
import fc from 'fast-check';
import { parse } from 'mrz';
import { describe, expect, it } from 'vitest';
import { readSeal, sealText } from '../../../common/seal';
import { cardMrz, cardSealData, holderMrzNames, mrzName, type CardDocument, type CardHolder } from './card-data';

const latin = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿĂăȘșȚțŁłßÆæ' -]{1,24}$/).filter((s) => /[A-Za-zÀ-ÿĂăȘșȚțŁłßÆæ]/.test(s));
const arabic = fc.array(fc.constantFrom(...'محمدعليحسنفاطمةزينبعبدالرحمنيوسف'), { minLength: 2, maxLength: 12 }).map((c) => c.join(''));
const cyrillic = fc.array(fc.constantFrom(...'АлександрОльгаЮлияСергейЩербакЖуков'), { minLength: 2, maxLength: 14 }).map((c) => c.join(''));
const greek = fc.array(fc.constantFrom(...'ΑλέξανδροςΓιώργοςΜαρία'), { minLength: 2, maxLength: 12 }).map((c) => c.join(''));
const part = fc.oneof(latin, arabic, cyrillic, greek);
const name = fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const birth = fc
  .tuple(fc.integer({ min: 1920, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('full', 'month', 'year', 'unknown'))
  .map(([y, m, d, precision]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    return precision === 'full' ? `${y}-${mm}-${dd}` : precision === 'month' ? `${y}-${mm}` : precision === 'year' ? String(y) : null;
  });

const holder: fc.Arbitrary<CardHolder> = fc.record({
  surname: name,
  givenNames: fc.oneof(name, fc.constant('')),
  dateOfBirth: birth,
  sex: fc.constantFrom('M', 'F', 'X', 'U'),
  nationalities: fc.oneof(fc.constant([]), fc.constantFrom(['SYR'], ['AFG', 'IRN'], ['UKR'])),
});

const document = (number: string): CardDocument => ({ mrzCode: 'IA', typeCode: 'TID-AS', number, issuedOn: '2026-12-06', expiresOn: '2027-06-06', issuingState: 'ROU' });

describe('card MRZ', () => {
  it('parses with the mrz package, every check digit valid, for names in any script and partial birth dates', () => {
    fc.assert(
      fc.property(holder, fc.integer({ min: 1, max: 9_999_999 }), (person, value) => {
        const number = `TA${String(value).padStart(7, '0')}`;
        const lines = cardMrz(document(number), person);
        expect(lines.map((l) => l.length)).toEqual([30, 30, 30]);
        const result = parse(lines);
        expect(result.format).toBe('TD1');
        const checkDigits = result.details.filter((d) => d.field?.endsWith('CheckDigit'));
        expect(checkDigits.map((d) => d.field).sort()).toEqual(['birthDateCheckDigit', 'compositeCheckDigit', 'documentNumberCheckDigit', 'expirationDateCheckDigit']);
        // The package refuses an empty given-names part when a one-name surname fills the line up to
        // its last two fillers (ICAO allows it); every other field must read.
        const onlyNameFillsLine = holderMrzNames(person).givenNames === '' && /^[A-Z<]{28}<<$/.test(lines[2]) && !lines[2].slice(0, 28).endsWith('<');
        const failed = result.details.filter((d) => !d.valid && !(onlyNameFillsLine && d.field === 'firstName')).map((d) => `${d.field}: ${d.error}`);
        expect(failed, lines.join('\n')).toEqual([]);
        expect(result.fields.documentNumber).toBe(number);
        expect(result.fields.issuingState).toBe('ROU');
        expect(result.fields.expirationDate).toBe('270606');
      }),
      { numRuns: 300 },
    );
  });

  it('truncates long names per ICAO 9303: given names first, down to initials, then the surname', () => {
    const lines = cardMrz(document('TA0000001'), { surname: 'Abdulrahman Al-Hashimi', givenNames: 'Muhammad Ali Hassan Mustafa', dateOfBirth: '1985', sex: 'M', nationalities: ['SYR'] });
    expect(lines[2]).toBe('ABDULRAHMAN<AL<HASHIM<<M<A<H<M');
    expect(parse(lines).valid).toBe(true);
    expect(lines[1].slice(0, 7)).toMatch(/^85<<<<\d$/);
  });

  it('writes Arabic and Cyrillic names in Latin letters, and a one-name person with the name as surname', () => {
    expect(mrzName('محمد', 'surname')).toMatch(/^M[A-Z]+D$/);
    expect(mrzName('Олег Щербак', 'givenNames')).toBe('OLEG<SHCHERBAK');
    expect(holderMrzNames({ surname: '', givenNames: 'Zainab' })).toEqual({ surname: 'ZAINAB', givenNames: '' });
  });

  it('refuses a name with no Latin form, naming the person field', () => {
    expect(() => holderMrzNames({ surname: '王', givenNames: '' })).toThrow(/no Latin form/);
  });

  it('puts the MRZ names and the data in a seal the seal reader reads back', () => {
    fc.assert(
      fc.property(holder, (person) => {
        const text = sealText(cardSealData(document('TA0000042'), person, 'K20261206-abcdef'));
        const read = readSeal(`${text}|${'A'.repeat(86)}`);
        expect(read.ok).toBe(true);
        if (read.ok) {
          expect(read.seal.signedText).toBe(text);
          expect(read.seal.data).toMatchObject({ documentNumber: 'TA0000042', dateOfBirth: person.dateOfBirth ?? '', issuedOn: '2026-12-06' });
        }
      }),
      { numRuns: 200 },
    );
  });
});
