import { describe, expect, it } from 'vitest';
import { editDistance, jaroWinkler } from './distance';
import { consonantSkeleton, encodeLatin, phoneticKey, soundSegments } from './phonetic';
import { phoneticKeysOf } from './prepare';

const key = (word: string): string => phoneticKey(encodeLatin(word));
const skeletonOf = (name: string): string => phoneticKeysOf(name)[0]!.skeleton;

describe('encodeLatin', () => {
  it('reads consonant clusters as one sound', () => {
    expect(encodeLatin('shahin')).toBe(encodeLatin('sahin'));
    expect(encodeLatin('khalid')).toBe(encodeLatin('halid'));
    expect(encodeLatin('mikhail')).toBe(encodeLatin('mihail'));
    expect(encodeLatin('zhukov')).toBe(encodeLatin('jukov'));
    expect(encodeLatin('philip')).toBe(encodeLatin('filib'));
  });

  it('collapses doubled consonants and devoices a final t or p', () => {
    expect(encodeLatin('mohammed')).toBe('mohamed');
    expect(encodeLatin('ahmet')).toBe(encodeLatin('ahmed'));
    expect(encodeLatin('yakup')).toBe(encodeLatin('yakub'));
  });

  it('reads x as ks between vowels and as h where Somali and Kurdish write it', () => {
    expect(encodeLatin('alexander')).toBe(encodeLatin('aleksander'));
    expect(encodeLatin('xasan')).toBe(encodeLatin('hasan'));
    expect(encodeLatin('faarax')).toBe(encodeLatin('faarah'));
  });

  it('keeps Pashto -zai names intact (dz is not one sound)', () => {
    expect(encodeLatin('ahmadzai')).toBe('ahmadzai');
  });
});

describe('phoneticKey', () => {
  it('reduces vowels to three classes and long digraphs to one', () => {
    expect(key('hussein')).toBe(key('husain'));
    expect(key('hossein')).toBe(key('huseyn'));
    expect(key('mohamad')).toBe(key('muhamad'));
    expect(key('youssef')).toBe(key('yusif'));
    expect(key('oeztuerk')).toBe(key('ozturk'));
  });

  it('drops an initial glide and a glide after i', () => {
    expect(key('yelena')).toBe(key('elena'));
    expect(key('iurii')).toBe(key('yuri'));
    expect(key('mariya')).toBe(key('maria'));
    expect(key('dmitriy')).toBe(key('dmitri'));
  });

  it('keeps different names apart', () => {
    expect(key('hassan')).not.toBe(key('hussein'));
    expect(key('mahmoud')).not.toBe(key('mohammed'));
    expect(key('karimi')).not.toBe(key('rahimi'));
  });
});

describe('consonantSkeleton', () => {
  it('is the key an Arabic-script name shares with its Latin spellings', () => {
    expect(skeletonOf('محمد')).toBe('mhmd');
    expect(skeletonOf('Mohammed')).toBe('mhmd');
    expect(skeletonOf('Muhammad')).toBe('mhmd');
    expect(skeletonOf('Mehmet')).toBe('mhmd');
    expect(skeletonOf('يوسف')).toBe(skeletonOf('Youssef'));
    expect(skeletonOf('مروان')).toBe(skeletonOf('Marwan'));
  });

  it('leaves out vowels and glides', () => {
    expect(consonantSkeleton('mariam')).toBe('mrm');
    expect(consonantSkeleton('yusuf')).toBe('sf');
  });
});

describe('soundSegments', () => {
  it('groups vowel runs, glides between vowels included', () => {
    expect(soundSegments('rezayi')).toEqual(['r', 'e', 'z', 'ayi']);
    expect(soundSegments('mhmUd')).toEqual(['m', 'h', 'm', 'U', 'd']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit', () => {
    expect(editDistance('ahmad', 'ahmad')).toBe(0);
    expect(editDistance('ahmad', 'ahmed')).toBe(1);
    expect(editDistance('ahmad', 'ahamd')).toBe(1);
    expect(editDistance('ahmad', 'ahmadi')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early once the limit is exceeded', () => {
    expect(editDistance('alexander', 'bo', 2)).toBe(3);
    expect(editDistance('abcdef', 'ghijkl', 1)).toBe(2);
  });
});

describe('jaroWinkler', () => {
  it('is 1 for equal strings, 0 for nothing in common, high for near spellings', () => {
    expect(jaroWinkler('martha', 'martha')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
  });
});
