import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/search/fold';
import { foldedPattern } from '@/lib/search/fold-pattern';

const whole = (folded: string) => new RegExp(`^(?:${foldedPattern(folded)!})$`, 'iu');
const begins = (folded: string) => new RegExp(`^(?:${foldedPattern(folded, true)!})`, 'iu');

describe('foldedPattern', () => {
  it('matches, unfolded, every spelling that folds to the word', () => {
    for (const word of [
      'Straße',
      'STRASSE',
      'Cœur',
      'CŒUR',
      'Ærø',
      'ﬁnale',
      'Ĳssel',
      'þing',
      'Étaient',
    ]) {
      expect(whole(foldText(word)).test(word)).toBe(true);
      expect(whole(foldText(word)).test(foldText(word))).toBe(true);
    }
    expect(whole('strasse').test('Strase')).toBe(false);
    expect(whole('coeur').test('cœurs')).toBe(false);
  });

  it('matches the beginning of a word, a letter folding to two half used', () => {
    expect(begins('mas').test('Maß')).toBe(true);
    expect(begins('coe').test('Cœur')).toBe(true);
    expect(begins('fin').test('ﬁnale')).toBe(true);
    expect(begins('mas').test('Mäßig')).toBe(true);
    expect(begins('mas').test('Muße')).toBe(false);
  });

  it('gives no pattern for a word of too many spellings', () => {
    expect(foldedPattern('ssssssssssss')).toBeNull();
    expect(foldedPattern('strasse')).not.toBeNull();
  });
});
