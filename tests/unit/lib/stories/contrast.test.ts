import { describe, expect, it } from 'vitest';
import { namesApart } from '@/lib/stories/contrast';
import { FEATURE_NAMES, storyFeatures } from '@/lib/stories/decision';
import type { StoryRow, Weighted } from '@/lib/stories/rows';

const w = (...ids: string[]): Weighted[] => ids.map((id) => [id, 1 / Math.sqrt(ids.length)]);

describe('namesApart', () => {
  it('is 1 when both sides name places and share none', () => {
    expect(
      namesApart(
        w('loc:Q794', 'loc:qeshm', 'per:mehdi-irannejad'),
        w('loc:bam', 'loc:kerman'),
        'loc',
      ),
    ).toBe(1);
  });

  it('is 0 when a place is shared by id, or by a word of its name', () => {
    expect(namesApart(w('loc:Q794', 'loc:qeshm'), w('loc:Q794', 'loc:bam'), 'loc')).toBe(0);
    expect(namesApart(w('loc:bandar-abbas'), w('loc:bandar'), 'loc')).toBe(0);
  });

  it('is 0 when either side names none of the type (nothing to contrast)', () => {
    expect(namesApart(w('per:tara-reid'), w('loc:malibu'), 'loc')).toBe(0);
    expect(namesApart(w('loc:malibu', '~malibu'), [], 'loc')).toBe(0);
  });

  it('reads only the given type: persons apart with a place in common', () => {
    const a = w('loc:Q90', 'per:yak-ketsoyan');
    const b = w('loc:Q90', 'per:gerard-benezat');
    expect(namesApart(a, b, 'per')).toBe(1);
    expect(namesApart(a, b, 'loc')).toBe(0);
  });

  it('does not compare a KB id by words', () => {
    expect(namesApart(w('loc:Q142'), w('loc:Q1422'), 'loc')).toBe(1);
  });
});

describe('storyFeatures: names apart', () => {
  const story: Pick<StoryRow, 'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo' | 'count'> =
    {
      entities: [
        { id: 'loc:Q794', name: 'Iran', type: 'LOC', weight: 1 },
        { id: 'loc:bam', name: 'Bam', type: 'LOC', weight: 1 },
        { id: 'per:akbar-mohammadi', name: 'Akbar Mohammadi', type: 'PER', weight: 1 },
      ],
      terms: [['en:earthquak', 1]],
      langs: ['en'],
      datedFrom: null,
      datedTo: null,
      count: 2,
    };
  const at = (name: string) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]);
  // A full text: more distinct words than a headline gives (decision.ts LONG_SHORT).
  const words = (n: number): Weighted[] =>
    Array.from({ length: n }, (_, i): Weighted => [i ? `en:word${i}` : 'en:earthquak', 1]);
  const article = (...ids: string[]) => ({
    entities: w(...ids),
    terms: words(30),
    lang: 'en',
    date: 0,
    dated: false,
  });

  it('gives the article and the story persons apart, places shared', () => {
    const x = storyFeatures(article('loc:Q794', 'per:heidar-alishvandi'), story);
    expect(x[at('placesApart')]).toBe(0);
    expect(x[at('personsApart')]).toBe(1);
  });

  it('gives places apart when the towns differ and the country is not named', () => {
    const x = storyFeatures(article('loc:qeshm', 'loc:dargahan'), story);
    expect(x[at('placesApart')]).toBe(1);
    expect(x[at('personsApart')]).toBe(0);
  });

  it('gives no contrast for a headline (a few words, one or two names)', () => {
    const x = storyFeatures(
      { ...article('loc:qeshm', 'per:heidar-alishvandi'), terms: words(8) },
      story,
    );
    expect(x[at('placesApart')]).toBe(0);
    expect(x[at('personsApart')]).toBe(0);
  });
});
