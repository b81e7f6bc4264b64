import { describe, expect, it } from 'vitest';
import { betterPoint } from '@/lib/stories/train/train-decision';

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
