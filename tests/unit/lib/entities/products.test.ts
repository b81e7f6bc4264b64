import { describe, expect, it } from 'vitest';
import { dropProducts } from '@/lib/entities/products';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { spanOf, wordsOf } from './token-spans';

/** dropProducts over sentences and their spans given as [words, type]; names read back. */
function kept(
  sentences: string[],
  tagged: [string, EntityType][][],
  known: (w: readonly string[]) => EntityType | undefined = () => undefined,
): string[][] {
  const words = sentences.map(wordsOf);
  const spans: TokenSpan[][] = tagged.map((list, k) =>
    list.map(([part, type]) => spanOf(words[k] as string[], part, type)),
  );
  dropProducts(words, spans, known);
  return spans.map((list, k) =>
    list.map((s) => (words[k] as string[]).slice(s.start, s.end).join(' ')),
  );
}

describe('dropProducts', () => {
  it('drops the places and persons that open with a word written before a version number', () => {
    expect(
      kept(
        [
          'Desde Android 6.0 Marshmallow, Google lo hizo.',
          'En Android Pie cambió; Nokia usa Android One.',
        ],
        [
          [
            ['Android', 'LOC'],
            ['Google', 'ORG'],
          ],
          [
            ['Android Pie', 'LOC'],
            ['Nokia', 'ORG'],
            ['Android One', 'PER'],
          ],
        ],
      ),
    ).toEqual([['Google'], ['Nokia']]);
  });

  it('not a person there, a number before a measure, nor a name the KB knows', () => {
    const sentences = [
      'Christie 10.04 won.',
      'Apple rose, Apple 1.5 percent.',
      'Lyon 2.0 opens.',
      'Bretagne 2.06 à 2.70 ; Charente 2.54 3.24.',
    ];
    const tagged: [string, EntityType][][] = [
      [['Christie', 'PER']],
      [['Apple', 'LOC']],
      [['Lyon', 'LOC']],
      [
        ['Bretagne', 'LOC'],
        ['Charente', 'LOC'],
      ],
    ];
    const lyon = (w: readonly string[]) => (w[0] === 'Lyon' ? ('LOC' as const) : undefined);
    expect(kept(sentences, tagged, lyon)).toEqual([
      ['Christie'],
      ['Apple'],
      ['Lyon'],
      ['Bretagne', 'Charente'],
    ]);
  });
});
