import { describe, expect, it } from 'vitest';
import { transliterateArabicWord } from './arabic-script';
import { transliterateCyrillic, transliterateGreek } from './cyrillic-greek';
import { normaliseName } from './normalise';

const arabic = (word: string): string[] => transliterateArabicWord(word).map((t) => t.text);
const enc = (word: string): string => transliterateArabicWord(word).map((t) => t.enc).join(' ');

describe('Arabic script', () => {
  it('writes consonants and long vowels, no short vowels', () => {
    expect(arabic('محمد')).toEqual(['mhmd']);
    expect(arabic('يوسف')).toEqual(['yusf']);
    expect(arabic('خالد')).toEqual(['khald']);
    expect(enc('حسين')).toBe('hsIn');
    expect(enc('حسن')).toBe('hsn');
  });

  it('reads و and ي as consonants at the start and next to alif, as long vowels elsewhere', () => {
    expect(arabic('مروان')).toEqual(['mrwan']);
    expect(arabic('ياسين')).toEqual(['yasin']);
    expect(enc('محمود')).toBe('mhmUd');
  });

  it('ignores the short-vowel marks when a name is vowelled', () => {
    expect(arabic('مُحَمَّد')).toEqual(['mhmd']);
  });

  it('splits off the article, Abd and Abu, and knows Allah', () => {
    expect(arabic('الحسن')).toEqual(['al', 'hsn']);
    expect(arabic('عبدالرحمن')).toEqual(['abd', 'al', 'rhmn']);
    expect(arabic('ابوبكر')).toEqual(['abu', 'bkr']);
    expect(arabic('عبدالله')).toEqual(['abdullah']);
    expect(arabic('الياس')).toEqual(['alyas']);
  });

  it('reads ta marbuta and the Persian final -eh as a vowel', () => {
    expect(arabic('فاطمة')).toEqual(['fatma']);
    expect(arabic('فاطمه')).toEqual(['fatma']);
  });

  it('transliterates the Persian letters پ چ ژ گ ک ی', () => {
    expect(arabic('پ')).toEqual(['p']);
    expect(arabic('چمن')).toEqual(['chmn']);
    expect(arabic('ژاله')).toEqual(['zhala']);
    expect(arabic('گل')).toEqual(['gl']);
    expect(arabic('کریمی')).toEqual(['krimi']);
  });

  it('transliterates the Pashto letters ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ', () => {
    expect(arabic('خټک')).toEqual(['khtk']);
    expect(arabic('ډېر')).toEqual(['der']);
    expect(arabic('کاکړ')).toEqual(['kakr']);
    expect(arabic('سپوږمۍ')).toEqual(['spuzhmai']);
    expect(arabic('پښتنه')).toEqual(['pshtna']);
    expect(arabic('ګل')).toEqual(['gl']);
    expect(arabic('ځدراڼ')).toEqual(['zdran']);
    expect(arabic('اڅکزی')).toEqual(['atskzi']);
  });

  it('transliterates the Urdu letters ٹ ڈ ڑ ں ھ ے and folds aspiration into the consonant', () => {
    expect(arabic('بٹ')).toEqual(['bt']);
    expect(arabic('ڈار')).toEqual(['dar']);
    expect(arabic('تارڑ')).toEqual(['tarr']);
    expect(arabic('خاں')).toEqual(['khan']);
    expect(arabic('بھٹی')).toEqual(['bhti']);
    // A final ی after a consonant may be i (Bhatti, Ahmadi) or a (Mostafa): Y stands for either.
    expect(enc('بھٹی')).toBe('btY');
    expect(arabic('بے')).toEqual(['be']);
    expect(enc('بشریٰ')).toBe('bsrA');
  });

  it('is ASCII whatever the input', () => {
    expect(normaliseName('ﷲ ﷺ ۝ ٣')).toMatch(/^[a-z ]*$/);
  });
});

describe('Cyrillic script', () => {
  it('uses Russian rules by default', () => {
    expect(transliterateCyrillic('александр', false)).toBe('aleksandr');
    expect(transliterateCyrillic('щукин', false)).toBe('shchukin');
    expect(transliterateCyrillic('юлия', false)).toBe('yuliya');
    expect(transliterateCyrillic('соловьёв', false)).toBe('solovyev');
    expect(transliterateCyrillic('хрущёв', false)).toBe('khrushchev');
  });

  it('uses Ukrainian rules when asked (г is h, и is y, iotated vowels inside a word are i-)', () => {
    expect(transliterateCyrillic('григорій', true)).toBe('hryhorii');
    expect(transliterateCyrillic('юлія', true)).toBe('yuliia');
    expect(transliterateCyrillic('їжак', true)).toBe('yizhak');
    expect(transliterateCyrillic('ґанна', true)).toBe('ganna');
  });

  it('reads a whole name as Ukrainian when one word has і, ї, є or ґ', () => {
    expect(normaliseName('Григорій Гнатюк')).toBe('hryhorii hnatiuk');
    expect(normaliseName('Григорий Гнатюк')).toBe('grigoriy gnatyuk');
  });

  it('transliterates Serbian, Macedonian and Bulgarian letters', () => {
    expect(normaliseName('Ђорђе Јовановић')).toBe('djordje jovanovic');
    // ц is ts as in Russian; the Serbian Latin c is then the phonetic key's and the typo score's job.
    expect(normaliseName('Љубица Њего')).toBe('ljubitsa njego');
    expect(normaliseName('Стоян Петров')).toBe('stoyan petrov');
  });
});

describe('Greek script', () => {
  it('follows ELOT 743 for letters and the usual digraphs', () => {
    expect(transliterateGreek('παπαδόπουλος')).toBe('papadopoulos');
    expect(transliterateGreek('μπάμπης')).toBe('bampis');
    expect(transliterateGreek('ντίνος')).toBe('dinos');
    expect(normaliseName('Γιώργος Ευάγγελος')).toBe('giorgos evangelos');
  });
});
