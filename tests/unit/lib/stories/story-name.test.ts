import { describe, expect, it } from 'vitest';
import type { Weighted } from '@/lib/stories/rows';
import { isMinor, storyName } from '@/lib/stories/story-name';

const unit = (...ids: string[]): Weighted[] => ids.map((id) => [id, 1 / Math.sqrt(ids.length)]);

/** A member with entity features only (terms empty), dated `day`. */
const member = (
  key: string,
  title: string | null,
  lang: string,
  day: number,
  ...ids: string[]
) => ({
  key,
  title,
  lang,
  date: day * 86_400_000,
  entities: unit(...ids),
  terms: [] as Weighted[],
});

// A fire, a pledge to rebuild, a spire contest: the pledge shares most with the other two.
const FIRE = member(
  'fire',
  'Fire tears through Notre-Dame',
  'en',
  1,
  'notre-dame',
  'paris',
  'fire',
);
const PLEDGE = member(
  'pledge',
  'Macron veut rebâtir Notre-Dame',
  'fr',
  2,
  'notre-dame',
  'paris',
  'macron',
  'fire',
);
const SPIRE = member(
  'spire',
  'France to hold contest for new spire',
  'en',
  3,
  'notre-dame',
  'macron',
  'spire',
);

describe('storyName', () => {
  it('names a story by its most representative headline', () => {
    expect(storyName([SPIRE, PLEDGE, FIRE], null)).toEqual({
      title: 'Macron veut rebâtir Notre-Dame',
      lang: 'fr',
      key: 'pledge',
    });
  });

  it('prefers a headline in the reader’s language, and says which language it took', () => {
    expect(storyName([SPIRE, PLEDGE, FIRE], 'fr')?.key).toBe('pledge');
    expect(storyName([SPIRE, PLEDGE, FIRE], 'en-GB')?.lang).toBe('en');
    // No Italian article: the most representative one, in its own language.
    expect(storyName([SPIRE, PLEDGE, FIRE], 'it')?.lang).toBe('fr');
  });

  it('takes no minor article’s headline for the reader’s language', () => {
    // A French side piece: of what it names, only the city is the story's.
    const SIDE = member('side', 'Les bouquinistes rouvrent', 'fr', 2, 'paris', 'seine', 'quais');
    expect(isMinor(SIDE, [FIRE, SIDE, SPIRE])).toBe(true);
    expect(storyName([FIRE, SIDE, SPIRE], 'fr')).toEqual(storyName([FIRE, SIDE, SPIRE], null));
    expect(storyName([FIRE, SIDE, SPIRE], 'fr')?.lang).toBe('en');
    // The pledge, all of whose names the story has, is taken for a French reader.
    expect(storyName([FIRE, SIDE, SPIRE, PLEDGE], 'fr')?.key).toBe('pledge');
    // A short French dispatch naming two of the story's places only is no side piece.
    const SHORT = member('short', 'Incendie à Notre-Dame', 'fr', 1, 'notre-dame', 'paris');
    expect(isMinor(SHORT, [FIRE, SHORT, SPIRE])).toBe(false);
    expect(storyName([FIRE, SHORT, SPIRE], 'fr')?.key).toBe('short');
  });

  it('breaks ties by the earliest article, and skips untitled ones', () => {
    const a = member('a', 'Later twin', 'en', 5, 'x', 'y');
    const b = member('b', 'Earlier twin', 'en', 4, 'x', 'y');
    expect(storyName([a, b], 'en')?.title).toBe('Earlier twin');
    expect(storyName([member('c', null, 'en', 1, 'x'), a], 'en')?.key).toBe('a');
    expect(storyName([member('c', '  ', 'en', 1, 'x')], 'en')).toBeNull();
  });
});
