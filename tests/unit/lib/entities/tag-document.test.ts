import { describe, expect, it } from 'vitest';
import { getModel } from '@/lib/entities/load-tagger';
import { tagDocument } from '@/lib/entities/tag-document';

describe('tagDocument', () => {
  const sentences = [
    ['POUTINE', 'ARRIVE', 'À', 'PYONGYANG'],
    ['Le', 'président', 'russe', 'Vladimir', 'Poutine', 'est', 'arrivé', 'à', 'Pyongyang', '.'],
    ['Poutine', 'a', 'remercié', 'ses', 'hôtes', '.'],
  ];
  const tagged = tagDocument(getModel(), sentences, 'fr');

  it('tags each sentence', () => {
    expect(tagged[1]).toEqual(
      expect.arrayContaining([
        { start: 3, end: 5, type: 'PER' },
        { start: 8, end: 9, type: 'LOC' },
      ]),
    );
  });

  it('finds the surname of a person found in full elsewhere in the article', () => {
    expect(tagged[2]).toContainEqual({ start: 0, end: 1, type: 'PER' });
  });

  it('finds known names in a headline set in capitals', () => {
    expect(tagged[0]).toEqual([
      { start: 0, end: 1, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
    ]);
  });

  it('does not propagate a surname the article also uses as a lower-case word', () => {
    const person = ['Selon', 'le', 'maire', 'Jacques', 'Marchand', ',', 'tout', 'va', 'bien', '.'];
    const later = ['Marchand', 'a', 'souri', '.'];
    const plain = tagDocument(getModel(), [person, later], 'fr');
    expect(plain[0]).toContainEqual({ start: 3, end: 5, type: 'PER' });
    expect(plain[1]).toContainEqual({ start: 0, end: 1, type: 'PER' });
    const word = ['Le', 'marchand', 'de', 'journaux', 'a', 'fermé', '.'];
    const mixed = tagDocument(getModel(), [person, later, word], 'fr');
    expect(mixed[1]?.some((s) => s.start === 0)).toBe(false);
  });
});
