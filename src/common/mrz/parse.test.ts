import { describe, expect, it } from 'vitest';
import { parseMrz } from './parse';
import { failedChecks, read, rejected, SPECIMEN, SPECIMEN_OPTIONS, withCharacter } from './testing';

describe('parseMrz: ICAO specimens', () => {
  it('reads the TD1 card', () => {
    const result = read(parseMrz(SPECIMEN.TD1.join('\n'), SPECIMEN_OPTIONS));
    expect(result.document).toMatchObject({
      format: 'TD1',
      documentType: 'identity-card',
      documentCode: 'I',
      issuingState: 'UTO',
      documentNumber: 'D23145890',
      surname: 'ERIKSSON',
      givenNames: 'ANNA MARIA',
      nationality: 'UTO',
      dateOfBirth: '1974-08-12',
      sex: 'F',
      expiryDate: '2012-04-15',
      optionalData: '',
      optionalData2: '',
    });
    expect(result.checks.map((check) => [check.field, check.ok])).toEqual([
      ['documentNumber', true],
      ['dateOfBirth', true],
      ['expiryDate', true],
      ['composite', true],
    ]);
    expect(result.flags).toEqual({ expired: false, invalidCheckDigits: false });
    expect(result.warnings).toEqual([]);
  });

  it('reads a TD1 document number longer than 9 characters from the optional data', () => {
    const result = read(parseMrz(SPECIMEN.TD1_LONG_NUMBER.join('\n'), SPECIMEN_OPTIONS));
    expect(result.document.documentNumber).toBe('D23145890734');
    expect(result.document.optionalData).toBe('');
    expect(result.flags.invalidCheckDigits).toBe(false);
  });

  it('reads the TD2 card', () => {
    const result = read(parseMrz(SPECIMEN.TD2.join('\n'), SPECIMEN_OPTIONS));
    expect(result.document).toMatchObject({
      format: 'TD2',
      documentNumber: 'D23145890',
      surname: 'ERIKSSON',
    });
    expect(result.checks.every((check) => check.ok)).toBe(true);
  });

  it('reads the TD3 passport with its personal number', () => {
    const result = read(parseMrz(SPECIMEN.TD3.join('\n'), SPECIMEN_OPTIONS));
    expect(result.document).toMatchObject({
      format: 'TD3',
      documentType: 'passport',
      documentCode: 'P',
      documentNumber: 'L898902C3',
      givenNames: 'ANNA MARIA',
      personalNumber: 'ZE184226B',
    });
    expect(result.checks.map((check) => check.field)).toEqual([
      'documentNumber',
      'dateOfBirth',
      'expiryDate',
      'personalNumber',
      'composite',
    ]);
    expect(result.flags.invalidCheckDigits).toBe(false);
  });

  it.each([
    ['MRVA', SPECIMEN.MRVA, 'ZE184226B'],
    ['MRVB', SPECIMEN.MRVB, ''],
  ] as const)('reads the %s visa: no composite, no personal number', (format, lines, optional) => {
    const result = read(parseMrz(lines.join('\n'), SPECIMEN_OPTIONS));
    expect(result.document).toMatchObject({
      format,
      documentType: 'visa',
      documentCode: 'V',
      documentNumber: 'L8988901C',
      nationality: 'XXX',
      dateOfBirth: '1940-09-07',
      sex: 'F',
    });
    expect(result.document.optionalData.endsWith(optional)).toBe(true);
    expect(result.document.personalNumber).toBeUndefined();
    expect(result.checks.map((check) => [check.field, check.ok])).toEqual([
      ['documentNumber', true],
      ['dateOfBirth', true],
      ['expiryDate', true],
    ]);
    // The specimen expires in 1996; read in the 2000+ window, 2096 is flagged for a look at the page.
    expect(result.document.expiryDate).toBe('2096-12-10');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['EXPIRY_FAR_AHEAD']);
  });

  it('refuses the specimen state UTO unless asked to accept it', () => {
    const result = rejected(parseMrz(SPECIMEN.TD3.join('\n'), { today: new Date('2010-06-01') }));
    expect(result.errors.map((error) => [error.code, error.field])).toEqual([
      ['SPECIMEN_COUNTRY', 'issuingState'],
      ['SPECIMEN_COUNTRY', 'nationality'],
    ]);
    expect(result.errors[0]!.message).toMatch(/specimen, not a real document/);
  });
});

describe('parseMrz: check digits', () => {
  const td3 = SPECIMEN.TD3;

  it.each([
    // [what, line, position, new character, the message expected]
    ['document number', 1, 9, '7', 'Check digit of the document number is wrong (expected 6, found 7)'],
    ['date of birth', 1, 19, '5', 'Check digit of the date of birth is wrong (expected 2, found 5)'],
    ['expiry date', 1, 27, '0', 'Check digit of the expiry date is wrong (expected 9, found 0)'],
    ['personal number', 1, 42, '4', 'Check digit of the personal number is wrong (expected 1, found 4)'],
  ])('names a wrong %s check digit in a TD3 with both digits', (_, line, position, character, message) => {
    const result = read(parseMrz(withCharacter(td3, line, position, character), SPECIMEN_OPTIONS));
    const failed = failedChecks(result);
    expect(failed[0]).toBe(message);
    // The composite digit covers the same positions, so it fails too.
    expect(failed[1]).toMatch(
      /^Check digit of the whole MRZ \(composite\) is wrong \(expected \d, found 0\)$/,
    );
    expect(result.flags.invalidCheckDigits).toBe(true);
    expect(result.warnings.filter((warning) => warning.code === 'CHECK_DIGIT')).toHaveLength(2);
  });

  it('names a wrong composite check digit alone', () => {
    const result = read(parseMrz(withCharacter(td3, 1, 43, '3'), SPECIMEN_OPTIONS));
    expect(failedChecks(result)).toEqual([
      'Check digit of the whole MRZ (composite) is wrong (expected 0, found 3)',
    ]);
  });

  it('catches a misread character in the data, not only in the digit', () => {
    // L898902C3 read as L898902C8: the printed digit 6 no longer fits.
    const result = read(parseMrz(withCharacter(td3, 1, 8, '8'), SPECIMEN_OPTIONS));
    expect(failedChecks(result)[0]).toBe('Check digit of the document number is wrong (expected 1, found 6)');
  });

  it('checks the long TD1 document number over all its characters', () => {
    const result = read(parseMrz(withCharacter(SPECIMEN.TD1_LONG_NUMBER, 0, 18, '8'), SPECIMEN_OPTIONS));
    expect(failedChecks(result)[0]).toBe('Check digit of the document number is wrong (expected 9, found 8)');
  });

  it('checks TD1 and TD2 composite digits', () => {
    expect(failedChecks(parseMrz(withCharacter(SPECIMEN.TD1, 1, 29, '1'), SPECIMEN_OPTIONS))).toEqual([
      'Check digit of the whole MRZ (composite) is wrong (expected 6, found 1)',
    ]);
    expect(failedChecks(parseMrz(withCharacter(SPECIMEN.TD2, 1, 35, '2'), SPECIMEN_OPTIONS))).toEqual([
      'Check digit of the whole MRZ (composite) is wrong (expected 6, found 2)',
    ]);
  });

  it('checks visa digits with no composite to fall back on', () => {
    const result = read(parseMrz(withCharacter(SPECIMEN.MRVB, 1, 9, '5'), SPECIMEN_OPTIONS));
    expect(failedChecks(result)).toEqual([
      'Check digit of the document number is wrong (expected 4, found 5)',
    ]);
  });

  it('reports a letter where a check digit belongs', () => {
    const result = read(parseMrz(withCharacter(td3, 1, 19, 'Z'), SPECIMEN_OPTIONS));
    expect(failedChecks(result)[0]).toBe('Check digit of the date of birth is wrong (expected 2, found Z)');
  });
});
