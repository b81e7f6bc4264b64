import { describe, expect, it } from 'vitest';
import { mergeMentions } from '@/lib/entities/merge-mentions';
import type { EntityType } from '@/lib/entities/tags';
import { canonicalEntityId } from '@/lib/kb/canonical-id';
import { lookupName } from '@/lib/kb/lookup';
import { keyCollision, nameKey, strictNameKey } from '@/lib/kb/name-key';
import { mentionsAt } from '../../mentions-at';

const idsOf = (text: string, names: [string, EntityType][]): Record<string, string[]> =>
  Object.fromEntries(
    mergeMentions(mentionsAt(text, names), [], 'en').map((e) => [
      e.id,
      e.mentions.map((m) => m.text),
    ]),
  );

describe('one person per id', () => {
  it('never gives Kim Il Sung the id of Kim Jong Un', () => {
    expect(canonicalEntityId('PER', ['Kim Il Sung', 'Kim'], 'en')).not.toBe('per:Q56226');
    const text = 'Kim Jong Un met Putin. Kim Il Sung founded the state. Kim spoke.';
    const ids = idsOf(text, [
      ['Kim Jong Un', 'PER'],
      ['Putin', 'PER'],
      ['Kim Il Sung', 'PER'],
      ['Kim', 'PER'],
    ]);
    expect(ids['per:Q56226']).toEqual(['Kim Jong Un']);
    expect(ids['per:kim-il-sung']).toEqual(['Kim Il Sung']);
  });

  it('merges a surname only when one person of the document has it', () => {
    const text = 'Kim Jong Un met Putin. Kim spoke. Kim smiled.';
    const ids = idsOf(text, [
      ['Kim Jong Un', 'PER'],
      ['Putin', 'PER'],
      ['Kim', 'PER'],
      ['Kim', 'PER'],
    ]);
    expect(ids['per:Q56226']).toEqual(['Kim Jong Un', 'Kim', 'Kim']);
  });

  it('takes a KB id from a shorter name only when the full name fits one of its names', () => {
    expect(canonicalEntityId('PER', ['Kim Il Sung', 'Kim Jong Un'])).toBe('per:kim-il-sung');
    expect(canonicalEntityId('PER', ['Alexandre Poutine', 'Poutine'])).not.toBe('per:Q7747');
    expect(canonicalEntityId('PER', ['Vladimir Poutine', 'Poutine'], 'fr')).toBe('per:Q7747');
  });
});

describe('transliteration key collisions', () => {
  it('knows the collisions of the key', () => {
    expect(nameKey('Chen Wei')).toBe(nameKey('Shen Wei'));
    expect(keyCollision('Chen Wei', 'Shen Wei')).toBe(true);
    expect(keyCollision('Martine Aubry', 'Martin Aubry')).toBe(true);
    expect(keyCollision('Zelensky', 'Zelenskyy')).toBe(false);
    expect(strictNameKey('Yuri Ouchakov')).toBe(strictNameKey('Yuri Ushakov'));
  });

  it('keeps two spellings a document has apart (Chen Wei and Shen Wei)', () => {
    const text = 'Chen Wei met Shen Wei. Then Chen Wei left.';
    const ids = idsOf(text, [
      ['Chen Wei', 'PER'],
      ['Shen Wei', 'PER'],
      ['Chen Wei', 'PER'],
    ]);
    expect(Object.values(ids).sort()).toEqual([['Chen Wei', 'Chen Wei'], ['Shen Wei']]);
    expect(new Set(Object.keys(ids)).size).toBe(2);
  });

  it('keeps Martine apart from Martin in one document', () => {
    const text = 'Martine Aubry and her cousin Martin Aubry.';
    const ids = idsOf(text, [
      ['Martine Aubry', 'PER'],
      ['Martin Aubry', 'PER'],
    ]);
    expect(Object.keys(ids)).toHaveLength(2);
  });

  it('still merges spellings the document does not tell apart (Zelensky, Zelenskyy)', () => {
    const text = 'Volodymyr Zelensky spoke. Zelenskyy left.';
    const ids = idsOf(text, [
      ['Volodymyr Zelensky', 'PER'],
      ['Zelenskyy', 'PER'],
    ]);
    expect(Object.keys(ids)).toHaveLength(1);
  });

  it('does not give a KB person to a name the KB spells otherwise in that language', () => {
    // The KB spells Putin "Poutine" in French and "Putin" in English: both find him.
    expect(lookupName('Poutine', 'PER', 'fr')?.id).toBe('per:Q7747');
    expect(lookupName('Putin', 'PER', 'en')?.id).toBe('per:Q7747');
    // "Justine" would reach the KB's "Justin" only through the key's -ine rule.
    expect(lookupName('Justin Trudeau', 'PER', 'en')?.id).toBe('per:Q3099714');
    expect(lookupName('Justine Trudeau', 'PER', 'en')).toBeUndefined();
    expect(canonicalEntityId('PER', ['Justine Trudeau'], 'fr')).not.toBe('per:Q3099714');
  });
});
