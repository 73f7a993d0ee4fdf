/** The in-memory search: typo tolerance within the budget, prefixes, scripts, ranking, and no crash on any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LanguageIndex } from './language-index';
import { nativeForm, termsOfWord } from './text';
import { typoBudget } from './vocabulary';

const articles = [
  { articleId: 'asylum', categoryIds: ['a'], question: 'Cum depun o cerere de azil?', answer: 'Cererea de azil se depune la orice structură a IGI sau la poliția de frontieră.', categoryNames: 'Procedura de azil' },
  { articleId: 'residence', categoryIds: ['r'], question: 'Cum obțin permisul de ședere pentru muncă?', answer: 'Aveți nevoie de un aviz de muncă obținut de angajator.', categoryNames: 'Permise de ședere' },
  { articleId: 'health', categoryIds: ['h'], question: 'Unde găsesc un medic de familie?', answer: 'Solicitanții de azil au dreptul la asistență medicală gratuită.', categoryNames: 'Sănătate' },
  { articleId: 'school', categoryIds: ['e'], question: 'Cum înscriu copilul la școală?', answer: 'Copiii au dreptul la educație; mergeți la inspectoratul școlar.', categoryNames: 'Educație' },
];
const index = new LanguageIndex(articles);
const top = (q: string, typing = false) => index.articles[index.search(q, { limit: 3, typing }).results[0]?.doc ?? -1]?.articleId;

/** One random edit (substitution, deletion, insertion or transposition) inside a word. */
const edit = (word: string, at: number, kind: number, letter: string) => {
  const i = Math.min(at, word.length - 2);
  switch (kind) {
    case 0:
      return word.slice(0, i) + letter + word.slice(i + 1);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + letter + word.slice(i);
    default:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
};

describe('knowledge search index', () => {
  it('folds Romanian diacritics both ways and unifies Arabic letter variants', () => {
    expect(nativeForm('Ședere')).toBe('sedere');
    expect(nativeForm('şedere')).toBe('sedere');
    expect(nativeForm('ţară')).toBe('tara');
    expect(nativeForm('الإقامة')).toBe(nativeForm('الاقامة'));
    expect(termsOfWord('اللجوء').native).toContain(nativeForm('لجوء'));
  });

  it('finds a word with one typo (words of 4–6 letters) or two (7 and more), wherever the typo is', () => {
    const words: [string, string][] = [
      ['cererea', 'asylum'],
      ['medic', 'health'],
      ['permisul', 'residence'],
      ['angajator', 'residence'],
      ['inspectoratul', 'school'],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(20), fc.nat(3), fc.constantFrom(...'aeiourstnx'), fc.boolean(), ([word, article], at, kind, letter, twice) => {
        let typo = edit(word, at, kind, letter);
        const again = edit(typo, at + 3, (kind + 1) % 4, letter);
        // Two typos where the word as typed is still long enough to be allowed two.
        if (twice && typoBudget(again.length) === 2) {
          typo = again;
        }
        expect(top(typo)).toBe(article);
      }),
      { numRuns: 300 },
    );
  });

  it('completes the word being typed, and ranks articles matching more words first', () => {
    expect(top('ang', true)).toBe('residence');
    // Three letters carry no typo: without the prefix, "ang" is no word of these articles.
    expect(top('ang', false)).toBeUndefined();
    expect(top('dreptul educatie')).toBe('school');
    expect(index.search('azil', { limit: 5, typing: false, categoryId: 'h' }).results.map((r) => index.articles[r.doc]!.articleId)).toEqual(['health']);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.boolean(), (query, typing) => {
        const found = index.search(query, { limit: 5, typing });
        expect(found.results.length).toBeLessThanOrEqual(5);
      }),
    );
  });
});
