import { describe, expect, it } from 'vitest';
import { frenchLemmas, isFrenchWord } from '@/lib/entities/common-words';
import { lowerOnlyFrenchLemmas, packFrenchWords } from '@/lib/entities/train/build-words-fr';

describe('the French dictionary word list', () => {
  it('keeps noun and adjective lemmas written only in lower case, folded', () => {
    const dic = [
      'stylo/S.() po:nom is:mas',
      'rouge/S.() po:nom po:adj is:epi',
      'carton/S.() po:nom is:mas',
      'faure/S.() po:nom is:mas',
      "Faure/L'D'Q' po:patr is:epi is:inv",
      'mayen/S.() po:nom is:mas',
      "Mayenne/L'D'Q' po:npr is:epi is:inv",
      'chercher/a0p+() po:v1__t___zz',
      'jour/S.() po:nom is:mas',
      'télévision/S.() po:nom is:fem',
      'anticonstitutionnel/F.() po:adj',
    ];
    // "faure" is a surname the dictionary writes capitalised, "mayen" the masculine frenchLemmas
    // would read in "Mayenne", "chercher" no noun, "rouge" a word both common-word lists
    // hold, "télévision" and "anticonstitutionnel" longer than MAX_LETTERS.
    expect(lowerOnlyFrenchLemmas(dic, new Set(['rouge']))).toEqual(['carton', 'jour', 'stylo']);
    expect(frenchLemmas('nationales')).toEqual(expect.arrayContaining(['nationale', 'national']));
    expect(frenchLemmas('chevaux')).toEqual(expect.arrayContaining(['cheval']));
    expect(frenchLemmas('lectrice')).toEqual(expect.arrayContaining(['lecteur']));
  });

  it('stores hashes a word outside the list seldom matches (measured: under 1 %)', () => {
    expect(packFrenchWords(['stylo', 'carton', 'stylo'])).toMatchObject({ bits: 24, count: 2 });
    // The shipped list: lemmas and their plural and feminine forms match; names do not.
    for (const w of ['Stylos', 'Carton', 'Morgue', 'Barreau', 'Carnaval']) {
      expect(isFrenchWord(w)).toBe(true);
    }
    for (const w of ['Faure', 'Lefebvre', 'Dubois', 'Bruno', 'Mayenne', 'Valenciennes', 'Paris']) {
      expect(isFrenchWord(w)).toBe(false);
    }
    let hits = 0;
    let n = 0;
    for (const a of 'bcdfgklmnprstvz') {
      for (const b of 'aeiou') {
        for (const c of 'bcdfgklmnprstvz') {
          // Endings frenchLemmas leaves as they are: a hit is a hash's collision.
          for (const d of ['oq', 'uk', 'ij', 'yq']) {
            n++;
            if (isFrenchWord(`${a}${b}${c}${d}`)) hits++;
          }
        }
      }
    }
    expect(hits / n).toBeLessThan(0.01);
  });
});
