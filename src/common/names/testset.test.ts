import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise';
import {
  addTypos,
  generateLabelledPairs,
  generatePersonName,
  makeLookalike,
  makeVariant,
  mulberry32,
  NAME_POOLS,
} from './testset';

describe('mulberry32', () => {
  it('is reproducible from its seed and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(mulberry32(43).next()).not.toBe(xs[0]);
  });
});

describe('name pools', () => {
  it('cover the origins the registry sees, with native script for the Arabic-script and Cyrillic ones', () => {
    const origins = NAME_POOLS.map((p) => p.origin);
    expect(origins).toEqual(
      expect.arrayContaining(['arabic', 'afghan-dari', 'pashto', 'pakistani', 'russian', 'ukrainian', 'romanian', 'turkish', 'kurdish', 'eritrean', 'somali']),
    );
    for (const pool of NAME_POOLS.filter((p) => ['arabic', 'afghan-dari', 'pashto', 'pakistani', 'russian', 'ukrainian'].includes(p.origin))) {
      for (const entry of [...pool.male, ...pool.female, ...pool.surnames]) {
        expect(entry.native, `${pool.origin} ${entry.spellings[0]}`).toBeDefined();
      }
    }
  });
});

describe('generatePersonName', () => {
  it('builds names from parts, with the native spelling where the origin has one', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const name = generatePersonName(rng);
      expect(name.parts.length).toBeGreaterThanOrEqual(2);
      expect(name.latin).toBe(name.parts.map((p) => p.latin).join(' '));
      if (name.original !== undefined) {
        expect(name.original).toBe(name.parts.map((p) => p.native).join(' '));
      }
    }
  });

  it('is reproducible', () => {
    const a = Array.from({ length: 50 }, ((rng) => () => generatePersonName(rng).latin)(mulberry32(9)));
    const b = Array.from({ length: 50 }, ((rng) => () => generatePersonName(rng).latin)(mulberry32(9)));
    expect(a).toEqual(b);
  });
});

describe('makeVariant', () => {
  it('always changes something and says what', () => {
    const rng = mulberry32(5);
    for (let i = 0; i < 300; i++) {
      const name = generatePersonName(rng);
      const variant = makeVariant(name, rng);
      expect(variant.kinds.length).toBeGreaterThan(0);
      if (!variant.kinds.includes('native-script') && variant.kinds.every((k) => k === 'reorder')) {
        expect(normaliseName(variant.text)).not.toBe(normaliseName(name.latin));
      }
    }
  });

  it('makes one or two typing slips, keeping the parts', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 100; i++) {
      const out = addTypos(['Mohammed', 'Abdul Rahman'], rng);
      expect(out).toHaveLength(2);
      expect(out.join(' ')).not.toBe('Mohammed Abdul Rahman');
    }
  });
});

describe('makeLookalike', () => {
  it('keeps the origin and shares at least one part', () => {
    const rng = mulberry32(8);
    for (let i = 0; i < 200; i++) {
      const person = generatePersonName(rng);
      const { name } = makeLookalike(person, rng);
      expect(name.origin).toBe(person.origin);
      expect(name.parts.length).toBe(person.parts.length);
    }
  });
});

describe('generateLabelledPairs', () => {
  it('is reproducible, balanced and labels every pair', () => {
    const pairs = generateLabelledPairs(400, 11);
    expect(pairs).toEqual(generateLabelledPairs(400, 11));
    expect(pairs.filter((p) => p.same)).toHaveLength(200);
    expect(new Set(pairs.flatMap((p) => p.kinds))).toEqual(
      new Set(['native-script', 'spelling', 'reorder', 'drop-middle', 'compound', 'typo', 'same-given', 'same-surname', 'same-two', 'similar-part']),
    );
  });
});
