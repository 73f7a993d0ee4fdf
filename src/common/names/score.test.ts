import { describe, expect, it } from 'vitest';
import { prepareName } from './prepare';
import { DEFAULT_MATCH_THRESHOLD, nameSimilarity, scoreNames, type PartMatch } from './score';

const lines = (a: string, b: string): string[] =>
  scoreNames(a, b).explanation.map((m: PartMatch) => `${m.query}~${m.candidate}:${m.how}`);

describe('scoreNames', () => {
  it('gives 1 to the same name and explains each part as exact', () => {
    expect(scoreNames('Mohammed Ali', 'Mohammed Ali')).toMatchObject({ score: 1 });
    expect(lines('Mohammed Ali', 'Mohammed Ali')).toEqual(['Mohammed~Mohammed:exact', 'Ali~Ali:exact']);
  });

  it('explains variant spellings', () => {
    const result = scoreNames('Mohammed Ali', 'Muhammad Ali');
    expect(result.score).toBeGreaterThan(0.95);
    expect(lines('Mohammed Ali', 'Muhammad Ali')).toContain('Mohammed~Muhammad:variant');
  });

  it('matches Arabic script with Latin spellings and says so', () => {
    expect(scoreNames('محمد علي', 'Mohammed Ali').score).toBeGreaterThan(0.9);
    expect(lines('محمد علي', 'Mohammed Ali')).toEqual(['محمد~Mohammed:transliteration', 'علي~Ali:transliteration']);
    expect(lines('Иван Петров', 'Ivan Petrov')).toEqual(['Иван~Ivan:transliteration', 'Петров~Petrov:transliteration']);
  });

  it('keeps names apart that differ in a long vowel the abjad writes', () => {
    expect(scoreNames('حسن', 'Hassan').score).toBeGreaterThan(0.9);
    expect(scoreNames('حسين', 'Hussein').score).toBeGreaterThan(0.9);
    expect(scoreNames('حسن', 'Hussein').score).toBeLessThan(0.5);
    expect(scoreNames('حسين', 'Hassan').score).toBeLessThan(0.5);
    expect(scoreNames('محمد', 'Mahmoud').score).toBeLessThan(0.5);
    expect(scoreNames('محمود', 'Mohammed').score).toBeLessThan(0.5);
  });

  it('explains phonetic matches, typos and initials', () => {
    expect(lines('Khaled Darwish', 'Khaled Darweesh')).toContain('Darwish~Darweesh:phonetic');
    expect(lines('Ahmad Karimi', 'Ahmad Kraimi')).toContain('Karimi~Kraimi:typo');
    expect(lines('M. Hassan', 'Mohammed Hassan')).toContain('M~Mohammed:initial');
    expect(scoreNames('Ahmad Karimi', 'Ahmad Kraimi').score).toBeGreaterThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('tolerates a dropped middle name and says which part is missing or extra', () => {
    const result = scoreNames('Mohammed Ali Hassan', 'Mohammed Hassan');
    expect(result.score).toBeGreaterThan(0.85);
    expect(lines('Mohammed Ali Hassan', 'Mohammed Hassan')).toContain('Ali~:missing');
    expect(lines('Mohammed Hassan', 'Mohammed Ali Hassan')).toContain('~Ali:extra');
  });

  it('ignores the order of parts', () => {
    expect(scoreNames('Hassan Ali', 'Ali Hassan').score).toBe(1);
    expect(scoreNames('Popescu Ion', 'Ion Popescu').score).toBe(1);
  });

  it('explains a compound written joined or split', () => {
    expect(lines('Mohammadreza Karimi', 'Mohammad Reza Karimi')).toContain('Mohammadreza~Mohammad Reza:compound');
    expect(lines('Abdulrahman', 'Abd al-Rahman')).toEqual(['Abdulrahman~Abd al Rahman:compound']);
  });

  it('matches particles with particles (bin = ibn)', () => {
    expect(scoreNames('Mohammed bin Salman', 'Mohammed ibn Salman').score).toBe(1);
    expect(scoreNames('Mohammed bin Salman', 'Mohammed Salman').score).toBeGreaterThan(0.95);
  });

  it('counts a part both names have but disagree on against the match', () => {
    const result = scoreNames('Ali Hassan', 'Ali Karimi');
    expect(result.score).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
    expect(lines('Ali Hassan', 'Ali Karimi')).toContain('Hassan~Karimi:mismatch');
  });

  it('weighs different given names more: siblings share the rest', () => {
    expect(scoreNames('Fatima Nabil Issa Al-Khatib', 'Hiba Nabil Issa Al-Khatib').score).toBeLessThan(DEFAULT_MATCH_THRESHOLD);
    expect(scoreNames('Fatima Nabil Issa Al-Khatib', 'Fatima Nabil Issa').score).toBeGreaterThan(DEFAULT_MATCH_THRESHOLD);
  });

  it('scores 0 when a name has no letters it can read', () => {
    expect(scoreNames('', 'Ali').score).toBe(0);
    expect(scoreNames('😀', '😀').score).toBe(0);
  });

  it('accepts names as parts and as prepared names', () => {
    const prepared = prepareName('Yusuf Ibrahim');
    expect(scoreNames(['Youssef', 'Ebrahim'], prepared).score).toBeGreaterThan(0.9);
    expect(nameSimilarity(prepared, prepareName('يوسف إبراهيم'))).toBeGreaterThan(0.9);
  });

  it('gives the part score and weight of each explanation line', () => {
    const [first] = scoreNames('Mohammed', 'Muhammad').explanation;
    expect(first).toMatchObject({ query: 'Mohammed', candidate: 'Muhammad', how: 'variant', score: 0.95, weight: 1, queryParts: [0], candidateParts: [0] });
  });

  it('reads Ukrainian names written without Ukrainian-only letters either way', () => {
    expect(scoreNames('Олег Гриценко', 'Oleh Hrytsenko').score).toBeGreaterThan(0.95);
    expect(scoreNames('Олег Гриценко', 'Oleg Gritsenko').score).toBeGreaterThan(0.95);
  });
});
