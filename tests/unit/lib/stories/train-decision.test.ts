import { describe, expect, it } from 'vitest';
import { decisionModel, type DecisionModel } from '@/lib/stories/decision';
import type { StorySet } from '@/lib/stories/train/story-sets';
import { betterPoint, mergeSamples } from '@/lib/stories/train/train-decision';
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

describe('mergeSamples', () => {
  const words = (n: number, text: string) => story(n, { day: 0, text, title: text, entities: [] });
  const articles = [words(1, 'alpha beta'), words(2, 'alpha gamma'), words(3, 'alpha beta gamma')];
  const set = (gold: string[]): StorySet => ({
    name: 'toy',
    docs: [],
    articles,
    gold,
    fold: gold.map(() => 0),
  });
  const termsOnly = (): DecisionModel => {
    const restore = useTermsOnlyDecision();
    const model = decisionModel();
    restore();
    return model;
  };

  it('labels a pair of stories by whether their majority gold stories are the same', async () => {
    // The third article fits both stories: the merge checks weigh them (as a bridge, and again
    // as a story of one article the joined story might take in).
    const apart = await mergeSamples(set(['x', 'y', 'x']), termsOnly());
    expect(apart.y.length).toBeGreaterThan(0);
    expect(apart.y.every((v) => v === 0)).toBe(true);
    const same = await mergeSamples(set(['x', 'x', 'x']), termsOnly());
    expect(same.x).toEqual(apart.x);
    expect(same.y.every((v) => v === 1)).toBe(true);
  });
});
