import { describe, expect, it } from 'vitest';
import { startsCapital, startsLower } from '../../../../lib/entities/letter-case';

// The fast paths must answer as the regexes they replace, on every kind of first character.
const WORDS = [
  'Berlin',
  'berlin',
  'Übersetzung',
  'übersetzung',
  'Éire',
  'État',
  'ßig',
  'Ǆemal',
  'ǅemal',
  'Σωκράτης',
  'σωκράτης',
  'Москва',
  'москва',
  '東京',
  '𝐀bc',
  '𐐀x',
  '𐐨x',
  '1990',
  ',',
  '-',
  "'s",
  '«',
  '',
  ' Berlin',
  '_x',
  'ⅰ',
  'Ⅰ',
];

describe('letter case', () => {
  it('answers as /^\\p{Lu}/u and /^\\p{Ll}/u', () => {
    for (const w of WORDS) {
      expect(startsCapital(w), w).toBe(/^\p{Lu}/u.test(w));
      expect(startsLower(w), w).toBe(/^\p{Ll}/u.test(w));
    }
  });

  it('reads a word past the end (undefined) as the regexes do', () => {
    const past = [][0] as unknown as string;
    expect(startsCapital(past)).toBe(/^\p{Lu}/u.test(past));
    expect(startsLower(past)).toBe(/^\p{Ll}/u.test(past));
  });
});
