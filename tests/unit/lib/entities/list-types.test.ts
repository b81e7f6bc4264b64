import { describe, expect, it } from 'vitest';
import { alignListTypes } from '@/lib/entities/list-types';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { wordsOf } from './token-spans';

/** The spans of `names` (each a single word of `words`) with their types. */
function spans(words: string[], names: [string, EntityType][]): TokenSpan[] {
  return names.map(([name, type]) => {
    const i = words.indexOf(name);
    return { start: i, end: i + 1, type };
  });
}

const typed = (words: string[], out: TokenSpan[]) =>
  out.map((s) => [words.slice(s.start, s.end).join(' '), s.type]);

describe('alignListTypes: names listed together are of one kind', () => {
  it('makes persons of designers the tagger read as places among persons', () => {
    const words = wordsOf('Chanel, Lanvin, Mainbocher, Molyneux et Patou dictaient la mode.');
    const tagged = spans(words, [
      ['Chanel', 'PER'],
      ['Lanvin', 'PER'],
      ['Mainbocher', 'LOC'],
      ['Molyneux', 'PER'],
      ['Patou', 'LOC'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      ),
    ).toEqual(['Chanel', 'Lanvin', 'Mainbocher', 'Molyneux', 'Patou'].map((n) => [n, 'PER']));
  });

  it('makes a place of a town read as a person among towns, unless the KB knows it', () => {
    const words = wordsOf('Moldava, Bazias, Kovi y Semlin.');
    const tagged = spans(words, [
      ['Moldava', 'LOC'],
      ['Bazias', 'LOC'],
      ['Kovi', 'PER'],
      ['Semlin', 'LOC'],
    ]);
    expect(
      typed(
        words,
        alignListTypes(words, tagged, () => undefined),
      )[2],
    ).toEqual(['Kovi', 'LOC']);
    const knownPerson = (w: readonly string[]) => (w[0] === 'Kovi' ? 'PER' : undefined);
    expect(typed(words, alignListTypes(words, tagged, knownPerson))[2]).toEqual(['Kovi', 'PER']);
  });

  it('leaves a place among organisations, a tie, two names, and names not joined as a list', () => {
    const clubs = wordsOf('Barcelona, Getafe, Madrid and Lleida won.');
    const mixed = spans(clubs, [
      ['Barcelona', 'ORG'],
      ['Getafe', 'ORG'],
      ['Madrid', 'LOC'],
      ['Lleida', 'ORG'],
    ]);
    expect(alignListTypes(clubs, mixed, () => undefined)).toEqual(mixed);
    const tie = wordsOf('Pérez, Lima, Gómez y Quito.');
    const tied = spans(tie, [
      ['Pérez', 'PER'],
      ['Lima', 'LOC'],
      ['Gómez', 'PER'],
      ['Quito', 'LOC'],
    ]);
    expect(alignListTypes(tie, tied, () => undefined)).toEqual(tied);
    const apart = wordsOf('Dupont vit à Lyon avec Martin et Durand.');
    const far = spans(apart, [
      ['Dupont', 'PER'],
      ['Lyon', 'LOC'],
      ['Martin', 'PER'],
      ['Durand', 'PER'],
    ]);
    expect(alignListTypes(apart, far, () => undefined)).toEqual(far);
  });
});
