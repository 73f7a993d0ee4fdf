import { describe, expect, it } from 'vitest';
import { foldToAscii, normaliseName, tokeniseName } from './normalise';

describe('foldToAscii', () => {
  it('removes Romanian diacritics in both the comma and the cedilla forms', () => {
    expect(foldToAscii('ștefan')).toBe('stefan');
    expect(foldToAscii('ştefan')).toBe('stefan');
    expect(foldToAscii('țurcanu')).toBe('turcanu');
    expect(foldToAscii('ţurcanu')).toBe('turcanu');
    expect(foldToAscii('năstase')).toBe('nastase');
    expect(foldToAscii('sârbu')).toBe('sarbu');
  });

  it('folds letters without a decomposition', () => {
    expect(foldToAscii('straße')).toBe('strasse');
    expect(foldToAscii('søren')).toBe('soren');
    expect(foldToAscii('ægir')).toBe('aegir');
    expect(foldToAscii('łukasz')).toBe('lukasz');
    expect(foldToAscii('yılmaz')).toBe('yilmaz');
    expect(foldToAscii('əliyev')).toBe('aliyev');
  });

  it('drops anything that is not a Latin letter, spaces included (it folds one word)', () => {
    expect(foldToAscii('a1-b_c d')).toBe('abcd');
  });
});

describe('normaliseName', () => {
  it('lower-cases and separates words by single spaces', () => {
    expect(normaliseName('  MOHAMMED\t  Ali  ')).toBe('mohammed ali');
  });

  it('reads the Turkish dotted and dotless i as i', () => {
    expect(normaliseName('İBRAHİM Işık')).toBe('ibrahim isik');
  });

  it('splits at hyphens and dots but keeps apostrophe words whole', () => {
    expect(normaliseName('Abd al-Rahman')).toBe('abd al rahman');
    expect(normaliseName("O'Brien")).toBe('obrien');
    expect(normaliseName('Sa’id ʿAli')).toBe('said ali');
    expect(normaliseName('M. Ali')).toBe('m ali');
  });

  it('ignores direction marks, zero-width joiners and the soft hyphen', () => {
    expect(normaliseName('\u200Fمحمد\u200E')).toBe(normaliseName('محمد'));
    expect(normaliseName('Mo\u00ADham\u200Dmed')).toBe('mohammed');
  });

  it('treats the Persian half-space as a word break', () => {
    expect(normaliseName('محمد\u200Cرضا')).toBe('mhmd rda');
  });

  it('applies NFKC: full-width letters, ligatures and Arabic presentation forms', () => {
    expect(normaliseName('ＡＬＩ')).toBe('ali');
    expect(normaliseName('ﬁrdaus')).toBe('firdaus');
    expect(normaliseName('ﻣﺤﻤﺪ')).toBe(normaliseName('محمد'));
  });

  it('drops emoji, digits and scripts it does not transliterate', () => {
    expect(normaliseName('Ali 😀 2 张伟')).toBe('ali');
    expect(normaliseName('😀')).toBe('');
  });

  it('keeps a Latin word glued to an Arabic one apart', () => {
    expect(tokeniseName('Aliمحمد').map((t) => t.text)).toEqual(['ali', 'mhmd']);
  });
});

describe('tokeniseName', () => {
  it('remembers each word as written and its script', () => {
    const tokens = tokeniseName('Иван محمد Γιώργος Ana');
    expect(tokens.map((t) => [t.original, t.script])).toEqual([
      ['Иван', 'cyrillic'],
      ['محمد', 'arabic'],
      ['Γιώργος', 'greek'],
      ['Ana', 'latin'],
    ]);
  });

  it('marks Arabic-script words as abjad, with long vowels in the encoding', () => {
    const [token] = tokeniseName('حسين');
    expect(token).toMatchObject({ text: 'hsin', abjad: true, enc: 'hsIn' });
  });
});
