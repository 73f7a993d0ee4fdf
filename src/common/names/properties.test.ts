/** Property tests: whatever the input, the matcher stays within its contract. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameBlockingKeys } from './blocking';
import { normaliseName } from './normalise';
import { prepareName } from './prepare';
import { nameSimilarity, scoreNames } from './score';
import { NAME_POOLS } from './testset';

// Letters and marks from the scripts names come in, plus the troublemakers: RTL and zero-width marks,
// combining marks, emoji, punctuation.
const PIECES = [
  ...'abcdefghijklmnopqrstuvwxyzABCZ',
  ...'ăâîșşțţßøæıİéüöçğ',
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئ',
  ...'پچژگکیټډړږښګڼۍېځڅٹڈڑںھےہ',
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґђјљњћџ',
  ...'αβγδεζηθικλμνξοπρστυφχψωάέ',
  '\u064E', '\u0651', '\u0301', '\u0308', '\u200F', '\u200E', '\u200C', '\u200D', '\u202B', '\uFEFF',
  '😀', '👨‍👩‍👧', '-', "'", '.', ' ', ' ', ' ', '1', '张', '\u0000',
];
const nameText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(nameText, fc.string({ unit: 'binary', maxLength: 60 }));
const poolName = fc.constantFrom(
  ...NAME_POOLS.flatMap((p) => [...p.male, ...p.surnames].flatMap((e) => [...e.spellings, ...(e.native ? [e.native] : [])])),
);
const realistic = fc.array(poolName, { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));

describe('name matching properties', () => {
  it('scores always lie in [0, 1] and never throw', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const { score, explanation } = scoreNames(a, b);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(Array.isArray(explanation)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('a name scores 1 against itself when it has any readable letter', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, realistic), (a) => {
        const prepared = prepareName(a);
        fc.pre(prepared.parts.length > 0);
        expect(nameSimilarity(prepared, prepared)).toBeCloseTo(1, 12);
      }),
      { numRuns: 1000 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.oneof(realistic, nameText), fc.oneof(realistic, nameText), (a, b) => {
        const x = prepareName(a);
        const y = prepareName(b);
        expect(Math.abs(nameSimilarity(x, y) - nameSimilarity(y, x))).toBeLessThan(1e-9);
      }),
      { numRuns: 1500 },
    );
  });

  it('normalisation is idempotent and its output is lower-case ASCII words', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        const once = normaliseName(a);
        expect(once).toMatch(/^([a-z]+( [a-z]+)*)?$/);
        expect(normaliseName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with very long input quickly (names are cut at 16 words)', () => {
    const long = 'Mohammed Ali Hassan '.repeat(5000);
    const started = performance.now();
    const { score } = scoreNames(long, `${long}\u200F😀`);
    expect(score).toBeGreaterThan(0.9);
    expect(nameBlockingKeys(long).length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('blocking keys never throw and are plain strings', () => {
    fc.assert(
      fc.property(anyText, (a) => {
        for (const key of nameBlockingKeys(a)) {
          expect(key).toMatch(/^[ksv]:[a-z]+$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
