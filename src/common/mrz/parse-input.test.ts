import { describe, expect, it } from 'vitest';
import { formatTd1, formatTd3 } from './format';
import { parseMrz } from './parse';
import { read, rejected, SPECIMEN, SPECIMEN_OPTIONS, withCharacter } from './testing';

describe('parseMrz: input as typed or scanned', () => {
  it('reads one long string from a keyboard-wedge scanner', () => {
    for (const lines of [SPECIMEN.TD1, SPECIMEN.TD2, SPECIMEN.TD3, SPECIMEN.MRVA]) {
      const result = read(parseMrz(lines.join(''), SPECIMEN_OPTIONS));
      expect(result.document.lines).toEqual(lines);
    }
  });

  it('takes \\r\\n, stray spaces, blank lines and lower case', () => {
    const messy = `  ${SPECIMEN.TD3[0]!.toLowerCase()}  \r\n\r\n ${SPECIMEN.TD3[1]}\r\n`;
    expect(read(parseMrz(messy, SPECIMEN_OPTIONS)).document.surname).toBe('ERIKSSON');
    expect(read(parseMrz(SPECIMEN.TD1.join('\t'), SPECIMEN_OPTIONS)).document.format).toBe('TD1');
  });

  it('says which line is too short and what it should be', () => {
    const short = [SPECIMEN.TD3[0], SPECIMEN.TD3[1]!.slice(0, 43)].join('\n');
    expect(rejected(parseMrz(short, SPECIMEN_OPTIONS)).errors).toEqual([
      { code: 'LINE_LENGTH', field: 'input', message: 'Line 2 has 43 characters; TD3 lines have 44' },
    ]);
  });

  it('says when a line is missing', () => {
    const result = rejected(parseMrz(SPECIMEN.TD1.slice(0, 2).join('\n'), SPECIMEN_OPTIONS));
    expect(result.errors.map((error) => error.message)).toEqual([
      'Found 2 lines; TD1 has 3 lines of 30 characters',
    ]);
    expect(rejected(parseMrz(SPECIMEN.TD3[0]!, SPECIMEN_OPTIONS)).errors[0]!.message).toBe(
      'Only 1 line was read; TD3 has 2 lines of 44 characters',
    );
  });

  it('names lengths no MRZ has', () => {
    expect(rejected(parseMrz('ABC\nDEF', SPECIMEN_OPTIONS)).errors[0]!.message).toBe(
      'Line 1 has 3 characters; MRZ lines have 30 (TD1), 36 (TD2, MRV-B) or 44 (TD3, MRV-A) characters',
    );
    expect(rejected(parseMrz('P<UTO'.repeat(10), SPECIMEN_OPTIONS)).errors[0]!.code).toBe('LINE_LENGTH');
  });

  it('points at characters that are not in the MRZ set', () => {
    const result = rejected(parseMrz(withCharacter(SPECIMEN.TD3, 0, 6, 'É'), SPECIMEN_OPTIONS));
    expect(result.errors).toEqual([
      {
        code: 'INVALID_CHARACTER',
        field: 'input',
        message: 'Line 1, position 7: "É" is not an MRZ character (only A–Z, 0–9 and <)',
      },
    ]);
    const spaced = rejected(parseMrz(withCharacter(SPECIMEN.TD3, 1, 40, ' '), SPECIMEN_OPTIONS));
    expect(spaced.errors[0]!.message).toBe(
      'Line 2, position 41: a space is not an MRZ character; fillers are written <',
    );
  });

  it('refuses empty input', () => {
    expect(rejected(parseMrz('  \n ')).errors[0]!.code).toBe('EMPTY_INPUT');
  });
});

describe('parseMrz: fields', () => {
  const passport = {
    issuingState: 'D',
    documentNumber: 'C01X00T47',
    surname: 'Mustermann',
    givenNames: 'Erika',
    nationality: 'D',
    dateOfBirth: '1964-08-12',
    sex: 'F' as const,
    expiryDate: '2027-10-31',
  };

  it('reads Germany as D<< and stateless as XXA', () => {
    const result = read(parseMrz(formatTd3(passport).join('\n'), { today: new Date('2025-01-01') }));
    expect(result.document).toMatchObject({ issuingState: 'D', nationality: 'D', surname: 'MUSTERMANN' });
    const stateless = formatTd3({ ...passport, nationality: 'XXA' }).join('\n');
    expect(read(parseMrz(stateless, { today: new Date('2025-01-01') })).document.nationality).toBe('XXA');
  });

  it('refuses state codes ICAO does not have', () => {
    const lines = formatTd3(passport);
    const result = rejected(parseMrz(withCharacter(lines, 1, 10, 'Q'), { today: new Date('2025-01-01') }));
    expect(result.errors).toEqual([
      {
        code: 'UNKNOWN_COUNTRY',
        field: 'nationality',
        message: 'Nationality "Q" is not an ICAO 9303 state or organisation code',
      },
    ]);
  });

  it('flags an expired document, counting the expiry day as still valid', () => {
    const text = SPECIMEN.TD3.join('\n');
    const onExpiry = read(parseMrz(text, { ...SPECIMEN_OPTIONS, today: new Date('2012-04-15T23:00:00Z') }));
    expect(onExpiry.flags.expired).toBe(false);
    const dayAfter = read(parseMrz(text, { ...SPECIMEN_OPTIONS, today: new Date('2012-04-16') }));
    expect(dayAfter.flags.expired).toBe(true);
    expect(dayAfter.warnings).toContainEqual({
      code: 'EXPIRED',
      field: 'expiryDate',
      message: 'The document expired on 2012-04-15',
    });
  });

  it('puts the birth year in the latest century not after today', () => {
    const born = (dateOfBirth: string, today: string): string =>
      read(parseMrz(formatTd3({ ...passport, dateOfBirth }).join('\n'), { today: new Date(today) })).document
        .dateOfBirth;
    expect(born('2015-03-01', '2025-06-01')).toBe('2015-03-01');
    expect(born('2025-06-01', '2025-06-01')).toBe('2025-06-01'); // born today
    expect(born('1925-06-02', '2025-06-01')).toBe('1925-06-02'); // 2025-06-02 would be tomorrow
    expect(born('1930-01-01', '2025-06-01')).toBe('1930-01-01');
    expect(born('2000-02-29', '2025-06-01')).toBe('2000-02-29');
  });

  it('keeps unknown parts of a birth date as fillers', () => {
    const born = (dateOfBirth: string): string =>
      read(parseMrz(formatTd3({ ...passport, dateOfBirth }).join('\n'), { today: new Date('2025-06-01') }))
        .document.dateOfBirth;
    expect(born('1985')).toBe('1985-<<-<<');
    expect(born('1985-07')).toBe('1985-07-<<');
    expect(born('<<<<-<<-<<')).toBe('<<<<-<<-<<');
    expect(born('2025')).toBe('2025-<<-<<'); // this year, month unknown: not in the future
  });

  it('refuses impossible dates and sexes', () => {
    const lines = formatTd3(passport);
    const badMonth = rejected(parseMrz(withCharacter(lines, 1, 15, '9'), { today: new Date('2025-01-01') }));
    expect(badMonth.errors[0]).toEqual({
      code: 'INVALID_DATE',
      field: 'dateOfBirth',
      message: 'Date of birth "649812" is not a calendar date',
    });
    // The date's check digit no longer fits either; an officer sees both.
    expect(badMonth.errors.map((error) => error.code)).toContain('CHECK_DIGIT');
    const badSex = rejected(parseMrz(withCharacter(lines, 1, 20, 'W'), { today: new Date('2025-01-01') }));
    expect(badSex.errors).toEqual([
      { code: 'INVALID_SEX', field: 'sex', message: 'Sex "W" must be M, F or < (unspecified)' },
    ]);
  });

  it('reads unspecified sex (<) as X', () => {
    const text = formatTd3({ ...passport, sex: 'X' }).join('\n');
    expect(read(parseMrz(text, { today: new Date('2025-01-01') })).document.sex).toBe('X');
  });

  it('refuses document codes that do not fit the layout', () => {
    const result = rejected(parseMrz(withCharacter(SPECIMEN.TD3, 0, 0, 'I'), SPECIMEN_OPTIONS));
    expect(result.errors[0]).toEqual({
      code: 'INVALID_DOCUMENT_CODE',
      field: 'documentCode',
      message: 'Document code "I<" cannot start a TD3 MRZ: passports start with P (visas with V)',
    });
  });

  it('points at a digit inside a name (an O read as 0)', () => {
    const result = rejected(parseMrz(withCharacter(SPECIMEN.TD3, 0, 8, '0'), SPECIMEN_OPTIONS));
    expect(result.errors[0]!.code).toBe('INVALID_NAME');
    expect(result.errors[0]!.message).toMatch(/^The name on line 1 contains "0"/);
  });

  it('refuses a long TD1 number whose continuation is missing', () => {
    const broken = withCharacter(SPECIMEN.TD1, 0, 14, '<');
    const result = rejected(parseMrz(broken, SPECIMEN_OPTIONS));
    expect(result.errors[0]!.code).toBe('INVALID_DOCUMENT_NUMBER');
  });

  it('round-trips a card written by formatTd1 with optional data on both lines', () => {
    const lines = formatTd1({
      documentCode: 'IR',
      issuingState: 'ROU',
      documentNumber: 'TR00012345678',
      surname: 'Ahmadi',
      givenNames: 'Farid',
      dateOfBirth: '1990-01-15',
      sex: 'M',
      expiryDate: '2026-01-14',
      nationality: 'AFG',
      optionalData: 'OFF3',
      optionalData2: 'A1B2',
    });
    const result = read(parseMrz(lines.join('\n'), { today: new Date('2025-01-01') }));
    expect(result.document).toMatchObject({
      documentCode: 'IR',
      documentNumber: 'TR00012345678',
      optionalData: 'OFF3',
      optionalData2: 'A1B2',
      nationality: 'AFG',
    });
    expect(result.flags.invalidCheckDigits).toBe(false);
  });
});
