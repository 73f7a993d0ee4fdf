import { describe, expect, it } from 'vitest';
import { formatTd1, formatTd3, type Td1Data } from './format';
import { MrzFormatError } from './format-error';
import { buildNameField, transliterateName } from './names';

const ERIKSSON: Td1Data = {
  documentCode: 'I',
  issuingState: 'UTO',
  documentNumber: 'D23145890',
  surname: 'Eriksson',
  givenNames: 'Anna Maria',
  dateOfBirth: '1974-08-12',
  sex: 'F',
  expiryDate: '2012-04-15',
  nationality: 'UTO',
};
const SPECIMEN = { acceptSpecimenCountries: true };

function formatError(write: () => unknown): MrzFormatError {
  try {
    write();
  } catch (error) {
    if (error instanceof MrzFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an MrzFormatError');
}

describe('transliterateName', () => {
  it.each([
    ['Müller', 'MUELLER'],
    ['Mu\u0308ller', 'MUELLER'], // decomposed ü
    ['Ångström', 'AANGSTROEM'],
    ['Søren Kierkegård', 'SOEREN<KIERKEGAARD'],
    ['Straße', 'STRASSE'],
    ['Þórður', 'THORDUR'],
    ['Łukasz Żółć', 'LUKASZ<ZOLC'],
    ['Đorđe', 'DORDE'],
    ['José María', 'JOSE<MARIA'],
    ['François-Xavier', 'FRANCOIS<XAVIER'],
    ["D'Artagnan", 'DARTAGNAN'],
    ['O’Brien', 'OBRIEN'],
    ['  van  der   Berg ', 'VAN<DER<BERG'],
    ['Çağlar Ğ. Şen', 'CAGLAR<G<SEN'],
    ['Œdipe Æsir', 'OEDIPE<AESIR'],
  ])('writes %s as %s', (name, written) => {
    expect(transliterateName(name, 'surname')).toBe(written);
  });

  it('asks for the Latin form of a name in another script', () => {
    const arabic = formatError(() => transliterateName('محمد', 'surname'));
    expect(arabic.field).toBe('surname');
    expect(arabic.message).toMatch(
      /^Surname "محمد" contains .*not Latin script: pass the name in Latin script/,
    );
    const cyrillic = formatError(() => transliterateName('Иван Petrov', 'givenNames'));
    expect(cyrillic.field).toBe('givenNames');
    expect(cyrillic.message).toContain('"И"');
  });

  it('refuses digits and symbols in a name', () => {
    expect(formatError(() => transliterateName('Anna2', 'givenNames')).message).toBe(
      'Given names "Anna2" contain "2", which cannot be written in an MRZ name',
    );
  });
});

describe('buildNameField: truncation', () => {
  it('pads a name that fits, untouched', () => {
    expect(buildNameField('Eriksson', 'Anna Maria', 30)).toEqual({
      field: 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
      truncated: false,
    });
    expect(buildNameField('Eriksson', '', 30).field).toBe('ERIKSSON<<<<<<<<<<<<<<<<<<<<<<');
  });

  it('shortens the given names first, from the last one back', () => {
    expect(buildNameField('Eriksson', 'Anna Maria Christina Elisabeth', 30)).toEqual({
      field: 'ERIKSSON<<ANNA<MARIA<CHRISTI<E',
      truncated: true,
    });
  });

  it('keeps at least the initial of each given name, then cuts the surname', () => {
    expect(buildNameField('Wolfeschlegelsteinhausenbergerdorff', 'Hubert Blaine', 30)).toEqual({
      field: 'WOLFESCHLEGELSTEINHAUSENB<<H<B',
      truncated: true,
    });
  });

  it('cuts a surname alone to the width', () => {
    expect(buildNameField('A'.repeat(35), '', 30)).toEqual({ field: 'A'.repeat(30), truncated: true });
  });

  it('never leaves a filler dangling at the end of a cut surname', () => {
    const { field } = buildNameField('Abcdefghijklmnopqrstuvwxyz Abc', 'Q', 30);
    expect(field).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ<<Q<');
  });

  it('drops trailing initials only when the surname would lose every letter', () => {
    const { field } = buildNameField('Smith', 'A B C D E F G H I J K L M N O', 30);
    expect(field).toBe('S<<A<B<C<D<E<F<G<H<I<J<K<L<M<N');
  });

  it('refuses a person with no surname', () => {
    expect(formatError(() => buildNameField(' - ', 'Anna', 30)).field).toBe('surname');
  });
});

describe('formatTd1', () => {
  it('writes the ICAO TD1 specimen exactly', () => {
    expect(formatTd1(ERIKSSON, SPECIMEN)).toEqual([
      'I<UTOD231458907<<<<<<<<<<<<<<<',
      '7408122F1204159UTO<<<<<<<<<<<6',
      'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
    ]);
  });

  it('writes the ICAO long-number specimen exactly', () => {
    expect(formatTd1({ ...ERIKSSON, documentNumber: 'D23145890734' }, SPECIMEN)[0]).toBe(
      'I<UTOD23145890<7349<<<<<<<<<<<',
    );
  });

  it('writes a partial birth date with fillers, and X as <', () => {
    const [, middle] = formatTd1({ ...ERIKSSON, dateOfBirth: '1974', sex: 'X' }, SPECIMEN);
    expect(middle.slice(0, 8)).toBe('74<<<<1<');
  });

  it('fits a 22-character number and refuses a 23rd', () => {
    const longest = formatTd1({ ...ERIKSSON, documentNumber: 'AB34567890123456789012' }, SPECIMEN);
    expect(longest[0]).toMatch(/^I<UTOAB3456789<0123456789012\d<$/);
    expect(
      formatError(() => formatTd1({ ...ERIKSSON, documentNumber: 'A'.repeat(23) }, SPECIMEN)).message,
    ).toBe(`Document number "${'A'.repeat(23)}" has 23 characters; this MRZ holds at most 22`);
  });

  it('says how much optional data fits after a long number', () => {
    const error = formatError(() =>
      formatTd1({ ...ERIKSSON, documentNumber: 'D23145890734', optionalData: 'ABCDEFGHIJKL' }, SPECIMEN),
    );
    expect(error.field).toBe('optionalData');
    expect(error.message).toBe('Optional data "ABCDEFGHIJKL" is too long: 10 characters fit on line 1');
  });

  it.each([
    [{ documentCode: 'P' }, 'documentCode'],
    [{ documentCode: 'IV' }, 'documentCode'],
    [{ issuingState: 'XYZ' }, 'issuingState'],
    [{ nationality: 'Romania' }, 'nationality'],
    [{ documentNumber: 'AB-1234' }, 'documentNumber'],
    [{ dateOfBirth: '1985-02-30' }, 'dateOfBirth'],
    [{ dateOfBirth: '12/03/1985' }, 'dateOfBirth'],
    [{ expiryDate: '1999-12-31' }, 'expiryDate'],
    [{ expiryDate: '2030-06' }, 'expiryDate'],
    [{ optionalData2: 'ABCDEFGHIJKL' }, 'optionalData'],
    [{ givenNames: 'Анна' }, 'givenNames'],
  ] as const)('refuses %o, naming %s', (change, field) => {
    expect(formatError(() => formatTd1({ ...ERIKSSON, ...change }, SPECIMEN)).field).toBe(field);
  });

  it('refuses the specimen state unless asked', () => {
    expect(formatError(() => formatTd1(ERIKSSON)).field).toBe('issuingState');
  });
});

describe('formatTd3', () => {
  it('writes the ICAO TD3 specimen exactly', () => {
    const lines = formatTd3(
      {
        issuingState: 'UTO',
        documentNumber: 'L898902C3',
        surname: 'Eriksson',
        givenNames: 'Anna Maria',
        nationality: 'UTO',
        dateOfBirth: '1974-08-12',
        sex: 'F',
        expiryDate: '2012-04-15',
        personalNumber: 'ZE184226B',
      },
      SPECIMEN,
    );
    expect(lines).toEqual([
      'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
      'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    ]);
  });

  it('writes an unused personal number with a filler check digit', () => {
    const [, line2] = formatTd3({ ...ERIKSSON, documentCode: 'P', documentNumber: 'X1' }, SPECIMEN);
    expect(line2.slice(28, 43)).toBe('<'.repeat(15));
  });

  it('refuses a TD3 number longer than 9 characters', () => {
    expect(
      formatError(() =>
        formatTd3({ ...ERIKSSON, documentCode: 'P', documentNumber: 'D23145890734' }, SPECIMEN),
      ).field,
    ).toBe('documentNumber');
  });
});
