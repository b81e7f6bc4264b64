import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '@/lib/entities/common-words';
import { lowerOnlyWords, packWords, singulars } from '@/lib/entities/train/build-words-en';

describe('the English dictionary word list', () => {
  it('keeps words written only in lower case, no plural of a kept word, no -ed/-ly/-est', () => {
    const small = ['agony', 'pets', 'pet', 'symposia', 'timestamp', 'timestamps', 'bloom'];
    const big = [...small, 'Bloom', 'earth', 'Earth', 'quickly', 'added', 'NASA', 'nasa', 'cat'];
    const words = lowerOnlyWords(
      [...small, 'quickly', 'added', 'nasa', 'cat'],
      [small, big],
      new Set(['symposia']),
    );
    expect(words).toEqual(['agony', 'pets', 'timestamp']);
    expect(singulars('ladies')).toEqual(['lady', 'ladi', 'ladie']);
  });

  it('stores hashes a word outside the list seldom matches (measured: under 0.5 %)', () => {
    expect(packWords(['agony', 'pets', 'agony'])).toMatchObject({ bits: 23, count: 2 });
    // The shipped list: listed words and the plurals of listed words match; few made-up words.
    for (const w of ['Agony', 'Therapeutics', 'Carbohydrates', 'Groundwork']) {
      expect(isEnglishWord(w)).toBe(true);
    }
    for (const w of ['Boston', 'Earth', 'Microsoft', 'Pet']) expect(isEnglishWord(w)).toBe(false);
    let hits = 0;
    for (let i = 0; i < 20000; i++) if (isEnglishWord(`Zq${i.toString(36)}x`)) hits++;
    expect(hits / 20000).toBeLessThan(0.005);
  });
});
