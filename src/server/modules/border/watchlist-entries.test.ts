import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isShortFormOf, namesComparedWith } from './watchlist-entries';

describe('short forms of a listed name', () => {
  it('recognises an alias whose every word sounds like a distinct word of the listed name, in any script', () => {
    expect(isShortFormOf('Zahid Malik', 'Zahid Arshad Malik')).toBe(true);
    expect(isShortFormOf('Gol Ahmad Haidari', 'Gul Ahmad Abdul Qayum Haidari')).toBe(true);
    expect(isShortFormOf('MALIK ZAHID', 'Zahid Arshad Malik')).toBe(true);
    expect(isShortFormOf('Елена Михайлова', 'Elena Kirill Mikhailova')).toBe(true);
    expect(isShortFormOf('Zahid Zahid', 'Zahid Arshad Malik')).toBe(false);
    expect(isShortFormOf('Zahid Arshad Malik', 'Zahid Arshad Malik')).toBe(false);
    expect(isShortFormOf('Samina Malik', 'Zahid Arshad Malik')).toBe(false);
  });

  it('compares a traveller giving more words than a short alias with the full listed name only', () => {
    const listed = ['Zahid Arshad Malik', 'Zahid Malik', 'Zaheed Arshad Malick'];
    expect(namesComparedWith(listed, ['Samina Zahid Malik'])).toEqual(['Zahid Arshad Malik', 'Zaheed Arshad Malick']);
    expect(namesComparedWith(listed, ['Zahid Malik'])).toEqual(listed);
    expect(namesComparedWith(listed, ['Samina Zahid Malik', 'Zahid Malik'])).toEqual(listed);
  });

  it('always keeps the listed name and never adds a name', () => {
    const word = fc.constantFrom('Zahid', 'Arshad', 'Malik', 'Samina', 'Ahmad', 'Gul', 'Haidari');
    const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 2 }), (entry, traveller) => {
        const compared = namesComparedWith(entry, traveller);
        expect(compared[0]).toBe(entry[0]);
        expect(compared.every((n) => entry.includes(n))).toBe(true);
      }),
    );
  });
});
