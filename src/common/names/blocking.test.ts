import { describe, expect, it } from 'vitest';
import { nameBlockingKeyGroups, nameBlockingKeys } from './blocking';
import { generateLabelledPairs } from './testset';

const shareKey = (a: string, b: string): boolean => {
  const keys = new Set(nameBlockingKeys(a));
  return nameBlockingKeys(b).some((k) => keys.has(k));
};

describe('nameBlockingKeys', () => {
  it('gives phonetic, skeleton and variant keys per part', () => {
    const keys = nameBlockingKeys('Mohammed Hassan');
    expect(keys).toEqual(expect.arrayContaining(['k:muhamid', 's:mhmd', 'v:muhammad', 's:hsn', 'v:hasan']));
  });

  it('gives an Arabic-script name the skeleton and variant keys its Latin spellings have', () => {
    expect(nameBlockingKeys('محمد')).toEqual(expect.arrayContaining(['s:mhmd', 'v:muhammad']));
    expect(shareKey('محمد حسن', 'Mehmet Hasan')).toBe(true);
    expect(shareKey('Олександр', 'Alexander')).toBe(true);
  });

  it('survives one slipped consonant', () => {
    expect(shareKey('Karimi', 'Kalimi')).toBe(true);
    expect(shareKey('Mohammed', 'Mohanmed')).toBe(true);
  });

  it('leaves out the one-consonant-deleted skeletons when asked, keeping every other key', () => {
    const all = nameBlockingKeys('Mohammed Hassan');
    const narrow = nameBlockingKeys('Mohammed Hassan', { deletions: false });
    expect(narrow).toEqual(expect.arrayContaining(['k:muhamid', 's:mhmd', 'v:muhammad', 's:hsn', 'v:hasan']));
    expect(narrow).not.toContain('s:hmd');
    expect(all).toContain('s:hmd');
    expect(narrow.every((k) => all.includes(k))).toBe(true);
  });

  it('groups the keys by name part (a compound such as Abdul Rahman is one part; particles add none)', () => {
    const groups = nameBlockingKeyGroups('Abdul Rahman al-Hassan Karimi');
    expect(groups.length).toBeGreaterThanOrEqual(3); // then the joins of neighbouring parts
    expect(groups[0]).toEqual(expect.arrayContaining(['k:abdulrahman', 'k:rahman', 'v:rahman']));
    expect(groups[1]).toEqual(expect.arrayContaining(['k:hasan', 'v:hasan']));
    expect(groups[2]).toEqual(expect.arrayContaining(['s:krm']));
    expect(groups.flat()).not.toContain('k:al');
    expect([...new Set(groups.flat())].sort()).toEqual(nameBlockingKeys('Abdul Rahman al-Hassan Karimi'));
  });

  it('gives nothing for a name with no readable letters', () => {
    expect(nameBlockingKeys('😀 123')).toEqual([]);
  });

  it('lets nearly every variant spelling in the labelled set share a key with the original', () => {
    const same = generateLabelledPairs(3000, 77).filter((p) => p.same);
    const sharing = same.filter((p) => shareKey(p.a, p.b)).length / same.length;
    expect(sharing).toBeGreaterThanOrEqual(0.99);
  });
});
