import { describe, expect, it } from 'vitest';
import { foldToAscii } from './normalise';
import { scoreNames } from './score';
import { nameVariantsOf, sameParticle, variantSpellings } from './variants';

const spellingText = (s: string): string => foldToAscii(s.toLowerCase());

describe('the variant table', () => {
  it('has at least 60 classes', () => {
    expect(variantSpellings().length).toBeGreaterThanOrEqual(60);
  });

  it('puts every spelling in one class only', () => {
    const owner = new Map<string, number>();
    const clashes: string[] = [];
    variantSpellings().forEach((spellings, i) => {
      for (const s of spellings) {
        const text = spellingText(s);
        const known = owner.get(text);
        if (known !== undefined && known !== i) {
          clashes.push(`${s}: ${variantSpellings()[known]![0]} / ${spellings[0]}`);
        }
        owner.set(text, i);
      }
    });
    expect(clashes).toEqual([]);
  });

  it.each([
    ['Mohammed', ['Muhammad', 'Mohamad', 'Mohamed', 'Mehmet', 'Muhammed']],
    ['Ahmed', ['Ahmad']],
    ['Yusuf', ['Youssef', 'Yousef', 'Joseph', 'Josef', 'Iosif']],
    ['Ibrahim', ['Ebrahim', 'Abraham']],
    ['Hussein', ['Husain', 'Hossein', 'Huseyn']],
    ['Mustafa', ['Mostafa']],
    ['Aleksandr', ['Alexander', 'Oleksandr']],
    ['Olga', ['Olha']],
    ['Sergei', ['Sergey', 'Serhiy']],
    ['Yevgeny', ['Evgeny']],
    ['Dmitry', ['Dmitri', 'Dmytro']],
    ['Ali', ['Aly']],
    ['Fatima', ['Fatemeh', 'Fatma']],
    ['Khalid', ['Khaled']],
    ['Omar', ['Umar']],
    ['Osman', ['Usman', 'Othman']],
    ['Hassan', ['Hasan']],
    ['Zahra', ['Zehra']],
    ['Nour', ['Noor', 'Nur']],
  ])('knows %s as %j', (spelling, others) => {
    expect(nameVariantsOf(spelling)).toEqual(expect.arrayContaining(others));
  });

  it('finds a class by phonetic key for an unlisted spelling, but not across first letters', () => {
    expect(nameVariantsOf('Muhamad')).toContain('Muhammad');
    expect(nameVariantsOf('Sivan')).toEqual(['Sivan']);
  });

  it('keeps different names in different classes', () => {
    expect(nameVariantsOf('Hassan')).not.toContain('Hussein');
    expect(nameVariantsOf('Mahmoud')).not.toContain('Mohammed');
  });
});

describe('particles', () => {
  it('treats bin, ben and ibn alike, and van and von alike', () => {
    expect(sameParticle('bin', 'ibn')).toBe(true);
    expect(sameParticle('ben', 'bin')).toBe(true);
    expect(sameParticle('van', 'von')).toBe(true);
    expect(sameParticle('bin', 'van')).toBe(false);
  });
});

describe('compound names', () => {
  const spellings = ['Abdul Rahman', 'Abdulrahman', 'Abd al-Rahman', 'Abdelrahman', 'Abdurrahman', 'Abd ar-Rahman', 'عبد الرحمن', 'عبدالرحمن'];

  it.each(spellings.flatMap((a) => spellings.map((b) => [a, b] as const)))('%s = %s', (a, b) => {
    expect(scoreNames(a, b).score).toBeGreaterThanOrEqual(0.9);
  });

  it('joins and splits the article', () => {
    for (const [a, b] of [
      ['Al Hassan', 'Alhassan'],
      ['Al-Hassan', 'El Hassan'],
      ['Al Hassan', 'Hassan'],
      ['الحسن', 'Alhassan'],
    ] as const) {
      expect(scoreNames(a, b).score, `${a} / ${b}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('matches X al-Din names written as one word or three', () => {
    expect(scoreNames('Nur al-Din', 'Nureddin').score).toBeGreaterThanOrEqual(0.9);
    expect(scoreNames('Salah ad-Din', 'Salahuddin').score).toBeGreaterThanOrEqual(0.9);
    expect(scoreNames('نور الدين', 'Noureddine').score).toBeGreaterThanOrEqual(0.8);
  });

  it('matches Persian and Afghan compound given names split or joined', () => {
    expect(scoreNames('Mohammad Reza', 'Mohammadreza').score).toBeGreaterThanOrEqual(0.9);
    expect(scoreNames('Habib Ullah', 'Habibullah').score).toBeGreaterThanOrEqual(0.9);
    expect(scoreNames('Gul Ahmad', 'Gulahmad').score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not take Abd al-Rahman for plain Rahman', () => {
    expect(scoreNames('Abdul Rahman', 'Rahman').score).toBeLessThan(0.6);
  });
});
