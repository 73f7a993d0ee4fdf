import { describe, expect, it } from 'vitest';
import { resources } from './resources';

const { en, ro, ar } = resources;

const PLURAL = /_(zero|one|two|few|many|other)$/;

// Leaf keys with plural suffixes folded, so languages with more plural forms still match.
function keys(resource: object, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      keys(value as object, path).forEach((k) => out.add(k));
    } else {
      out.add(path.replace(PLURAL, ''));
    }
  }
  return out;
}

function leaves(resource: object): string[] {
  return Object.values(resource).flatMap((value: unknown) =>
    value && typeof value === 'object' ? leaves(value) : [String(value)],
  );
}

describe('interface translations', () => {
  const english = keys(en);
  it.each([
    ['ro', ro],
    ['ar', ar],
  ])('%s has exactly the English keys', (_language, resource) => {
    const translated = keys(resource);
    expect([...english].filter((k) => !translated.has(k))).toEqual([]);
    expect([...translated].filter((k) => !english.has(k))).toEqual([]);
  });

  it('Romanian uses comma-below ș and ț, never the cedilla forms', () => {
    expect(leaves(ro).filter((text) => /[şţŞŢ]/.test(text))).toEqual([]);
    expect(leaves(ro).some((text) => /[șțăâî]/.test(text))).toBe(true);
  });

  it('Arabic strings are written in Arabic script', () => {
    const arabic = leaves(ar).filter((text) => /[\u0600-\u06FF]/.test(text));
    expect(arabic.length / leaves(ar).length).toBeGreaterThan(0.9);
  });
});
