import { describe, expect, it } from 'vitest';
import { foldOf, repartition, type StorySet } from '@/lib/stories/train/story-sets';
import { spreadOf } from '@/lib/stories/train/train-decision';

/** A set of 40 topics of 3 documents each, split by topic parity (as ECB+ is). */
function topics(): StorySet {
  const unit = Array.from({ length: 120 }, (_, i) => `topic ${Math.floor(i / 3)}`);
  return {
    name: 'toy',
    docs: [],
    articles: [],
    gold: unit.map((u) => `${u} a`),
    fold: unit.map((_, i) => Math.floor(i / 3) % 2),
    unit,
  };
}

describe('repartition', () => {
  it("keeps the set's own halves on repeat 0", () => {
    const set = topics();
    expect(repartition(set, 0)).toBe(set);
  });

  it('draws other halves on later repeats, keeping each unit whole and the halves even', () => {
    const set = topics();
    const seen = new Set<string>([set.fold.join('')]);
    for (const r of [1, 2, 3]) {
      const { fold } = repartition(set, r);
      seen.add(fold.join(''));
      // A topic's documents stay in one half.
      for (let i = 0; i < fold.length; i += 3) {
        expect(new Set(fold.slice(i, i + 3)).size).toBe(1);
      }
      expect(fold.filter((f) => f === 0).length).toBe(60);
      // The same draw each run.
      expect(repartition(set, r).fold).toEqual(fold);
    }
    expect(seen.size).toBe(4);
  });

  it('carries the units into a fold', () => {
    const half = foldOf(repartition(topics(), 2), 1);
    expect(half.unit).toHaveLength(60);
    expect(half.unit!.every((u, i) => half.gold[i] === `${u} a`)).toBe(true);
  });
});

describe('spreadOf', () => {
  it('gives mean, sample standard deviation and range', () => {
    const s = spreadOf([0.82, 0.84, 0.86]);
    expect(s.mean).toBeCloseTo(0.84, 10);
    expect(s.sd).toBeCloseTo(0.02, 10);
    expect([s.min, s.max]).toEqual([0.82, 0.86]);
    expect(spreadOf([0.5]).sd).toBe(0);
  });
});
