import { describe, expect, it } from 'vitest';
import { fitLogistic } from '@/lib/stories/train/fit-logistic';

describe('fitLogistic', () => {
  it('recovers the direction of each feature, and the same fit twice', () => {
    // y depends on the first feature only; the second is noise on another scale.
    const x: number[][] = [];
    const y: number[] = [];
    let seed = 3;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let i = 0; i < 400; i++) {
      const a = rnd();
      const b = rnd() * 100;
      x.push([a, b]);
      y.push(a + (rnd() - 0.5) * 0.3 > 0.5 ? 1 : 0);
    }
    const fit = fitLogistic(x, y, 0.1);
    expect(fit.weights[0]).toBeGreaterThan(5);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(0.05);
    // The decision boundary sits near a = 0.5.
    expect(-fit.bias / fit.weights[0]! - (fit.weights[1]! * 50) / fit.weights[0]!).toBeCloseTo(
      0.5,
      1,
    );
    expect(fitLogistic(x, y, 0.1)).toEqual(fit);
  });
});
