import { describe, expect, it } from 'vitest';
import {
  countNames,
  countTable,
  givenNames,
  otherThanGivenName,
} from '@/lib/entities/train/build-given-names';

describe('build-given-names: the SSA baby names made a list of given names', () => {
  it('sums each name over the years and sexes', () => {
    const counts = countNames(['Valerie,F,70', 'Brenda,F,9', 'Valerie,M,5', '']);
    countNames(['Valerie,F,25'], counts);
    expect([...counts]).toEqual([
      ['Valerie', 100],
      ['Brenda', 9],
    ]);
  });

  it("reads INSEE's and Berlin's tables by their header, one-word names only", () => {
    const insee = countTable([
      'sexe;preusuel;annais;nombre',
      '1;THIERRY;1965;100',
      '1;THIERRY;1966;20',
      '2;SOLÈNE;1990;7',
      '1;JEAN-PIERRE;1950;300',
      '1;_PRENOMS_RARES;1950;900',
    ]);
    expect([...insee]).toEqual([
      ['Thierry', 120],
      ['Solène', 7],
    ]);
    const berlin = countTable([
      'vorname,anzahl,geschlecht,position',
      'Jürgen,3,m,2',
      'Gisela,2,w,1',
    ]);
    countTable(['vorname,anzahl,geschlecht', 'Jürgen,4,m'], berlin);
    expect([...berlin]).toEqual([
      ['Jürgen', 7],
      ['Gisela', 2],
    ]);
    expect(() => countTable(['a,b', 'x,1'])).toThrow();
  });

  it('leaves out names that are places, bodies or ordinary words too', () => {
    for (const name of ['Paris', 'Florence', 'Jordan', 'Rose', 'Grace', 'Royal', 'Mark']) {
      expect(otherThanGivenName(name)).toBe(true);
    }
    for (const name of ['Valerie', 'Brenda', 'Javier']) {
      expect(otherThanGivenName(name)).toBe(false);
    }
    expect(otherThanGivenName('Brenda', new Set(['brenda']))).toBe(true);
  });

  it('keeps the most given, folded and sorted', () => {
    const counts = new Map([
      ['Valérie', 90],
      ['Paris', 80],
      ['Brenda', 70],
      ['Javier', 10],
    ]);
    expect(givenNames(counts, 3)).toEqual(['brenda', 'valerie']);
    expect(givenNames(counts, 4, new Set(['javier']))).toEqual(['brenda', 'valerie']);
  });
});
