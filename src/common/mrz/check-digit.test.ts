import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCheckDigit } from './check-digit';

const MRZ_CHARACTERS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<';

/** A second, independent reading of ICAO 9303 Part 3, 4.9: a value table, not character codes. */
function referenceCheckDigit(value: string): number {
  const values = new Map<string, number>([...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, i]));
  values.set('<', 0);
  const weights = [7, 3, 1];
  let sum = 0;
  [...value].forEach((character, index) => {
    sum += values.get(character)! * weights[index % 3]!;
  });
  return sum % 10;
}

describe('computeCheckDigit', () => {
  it('gives the check digits of the ICAO specimens', () => {
    expect(computeCheckDigit('L898902C3')).toBe(6); // TD3 document number
    expect(computeCheckDigit('740812')).toBe(2); // date of birth
    expect(computeCheckDigit('120415')).toBe(9); // expiry date
    expect(computeCheckDigit('ZE184226B<<<<<')).toBe(1); // personal number
    expect(computeCheckDigit('D23145890')).toBe(7); // TD1 document number
    expect(computeCheckDigit('D23145890734')).toBe(9); // TD1 long document number
  });

  it('counts fillers as 0 and the empty string as 0', () => {
    expect(computeCheckDigit('<<<<<<')).toBe(0);
    expect(computeCheckDigit('')).toBe(0);
    expect(computeCheckDigit('A<<')).toBe(computeCheckDigit('A'));
  });

  it('refuses characters outside the MRZ set, saying where', () => {
    expect(() => computeCheckDigit('AB c')).toThrow('" " at position 3 is not an MRZ character');
    expect(() => computeCheckDigit('é')).toThrow(RangeError);
  });

  it('matches the reference implementation on any MRZ string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...MRZ_CHARACTERS), maxLength: 60 }), (value) => {
        expect(computeCheckDigit(value)).toBe(referenceCheckDigit(value));
      }),
      { numRuns: 500 },
    );
  });
});
