import { describe, expect, it } from 'vitest';
import { betterPoint } from '@/lib/stories/train/train-decision';

describe('betterPoint', () => {
  it('prefers a point keeping the precision floor, then the higher B-cubed F1', () => {
    expect(betterPoint({ f1: 0.7, ok: true }, { f1: 0.9, ok: false })).toBe(true);
    expect(betterPoint({ f1: 0.9, ok: false }, { f1: 0.7, ok: true })).toBe(false);
    expect(betterPoint({ f1: 0.8, ok: true }, { f1: 0.7, ok: true })).toBe(true);
  });

  it('when no point keeps the floor, still takes the higher B-cubed F1', () => {
    // The grouping that splits less wins, though it is the less precise: the display threshold
    // keeps what the reader is shown precise.
    expect(betterPoint({ f1: 0.85, ok: false }, { f1: 0.8, ok: false })).toBe(true);
    expect(betterPoint({ f1: 0.8, ok: false }, { f1: 0.85, ok: false })).toBe(false);
  });
});
