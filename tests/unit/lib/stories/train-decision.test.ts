import { describe, expect, it } from 'vitest';
import { decisionModel } from '@/lib/stories/decision';
import type { StorySet } from '@/lib/stories/train/story-sets';
import { betterPoint, pairSamples } from '@/lib/stories/train/train-decision';
import { story } from './helpers';
import { useTermsOnlyDecision } from './terms-only-decision';

describe('betterPoint', () => {
  it('takes the higher B-cubed F1, whatever the grouping precision', () => {
    // A point barely keeping pairwise precision 0.95 with a far lower F1 must not win (the
    // refit once jumped to join 0.7, never merge, at F1 0.72 / 0.62 that way).
    expect(betterPoint({ f1: 0.67 }, { f1: 0.845 })).toBe(false);
    expect(betterPoint({ f1: 0.845 }, { f1: 0.67 })).toBe(true);
    expect(betterPoint({ f1: 0.8 }, { f1: 0.7 })).toBe(true);
    expect(betterPoint({ f1: 0.85 }, { f1: 0.8 })).toBe(true);
    expect(betterPoint({ f1: 0.8 }, { f1: 0.85 })).toBe(false);
    expect(betterPoint({ f1: 0.5 }, null)).toBe(true);
  });
});

describe('pairSamples', () => {
  // Two stories by their words, then an article that finds both: the two are compared.
  const texts = ['alpha beta', 'alpha gamma', 'alpha beta gamma', 'alpha gamma'];
  const setOf = (gold: string[]): StorySet => ({
    name: 'words',
    docs: [],
    articles: texts.map((text, i) => story(i + 1, { day: 0, text, title: text, entities: [] })),
    gold,
    fold: gold.map(() => 0),
  });

  it('labels a compared pair of stories by whether their gold stories are one', async () => {
    const restore = useTermsOnlyDecision();
    try {
      const model = decisionModel();
      const apart = await pairSamples(setOf(['x', 'y', 'x', 'y']), model);
      expect(apart.y.length).toBeGreaterThan(0);
      expect(apart.y.every((v) => v === 0)).toBe(true);
      const one = await pairSamples(setOf(['x', 'x', 'x', 'x']), model);
      expect(one.y.length).toBe(apart.y.length);
      expect(one.y.every((v) => v === 1)).toBe(true);
      expect(one.x).toEqual(apart.x);
    } finally {
      restore();
    }
  });
});
