import { describe, expect, it } from 'vitest';
import { isSpanishWord, spanishLemmas } from '@/lib/entities/common-words';
import {
  lowerOnlyLemmas,
  packSpanishWords,
  spanishForms,
} from '@/lib/entities/train/build-words-es';

describe('the Spanish dictionary word list', () => {
  it('keeps noun and adjective lemmas written only in lower case, folded', () => {
    const dic = [
      'fluidez/S',
      'lector/GS',
      'matemático/GS',
      'blanco/GS',
      'Blanco',
      'rosa/S',
      'Rosas',
      'andar/RED',
      'sol/S',
      'talento/S',
    ];
    // "blanco" and "rosa" are surnames too (a capitalised entry writes a form of theirs), "andar"
    // no noun, "sol" too short, "talento" a word both common-word lists hold.
    expect(lowerOnlyLemmas(dic, new Set(['talento']))).toEqual(['fluidez', 'lector', 'matematico']);
    expect(spanishForms('lector')).toEqual(['lector', 'lectores', 'lectora', 'lectoras']);
    expect(spanishLemmas('lectoras')).toEqual(
      expect.arrayContaining(['lectoras', 'lectora', 'lector']),
    );
  });

  it('stores hashes a word outside the list seldom matches (measured: under 1 %)', () => {
    expect(packSpanishWords(['fluidez', 'lector', 'fluidez'])).toMatchObject({
      bits: 25,
      count: 2,
    });
    // The shipped list: lemmas and their plural and feminine forms match; surnames do not.
    for (const w of ['Fluidez', 'Lectora', 'Matemáticas', 'Inteligencia']) {
      expect(isSpanishWord(w)).toBe(true);
    }
    for (const w of ['Blanco', 'Rosa', 'Delgado', 'Vergara', 'Madrid']) {
      expect(isSpanishWord(w)).toBe(false);
    }
    let hits = 0;
    let n = 0;
    for (const a of 'bcdfgklmnprstvz') {
      for (const b of 'aeiou') {
        for (const c of 'bcdfgklmnprstvz') {
          for (const d of ['ox', 'uk', 'ij', 'yq']) {
            n++;
            if (isSpanishWord(`${a}${b}${c}${d}`)) hits++;
          }
        }
      }
    }
    expect(hits / n).toBeLessThan(0.01);
  });
});
