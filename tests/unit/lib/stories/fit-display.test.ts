import { describe, expect, it } from 'vitest';
import {
  countShown,
  fitShow,
  goldPairs,
  shownPrecision,
  type WindowPair,
} from '@/lib/stories/train/fit-display';

/** `n` pairs at a score, right or wrong. */
const at = (score: number, n: number, same: boolean): WindowPair[] =>
  Array.from({ length: n }, () => ({ score, same }));

describe('fitShow', () => {
  it('takes the lowest threshold at which every set keeps 95% precision and a margin', () => {
    // Set a: sure pairs at 0.9, a band at 0.5 with one wrong pair, doubtful ones at 0.2.
    const a = [
      ...at(0.9, 150, true),
      ...at(0.5, 49, true),
      ...at(0.5, 1, false),
      ...at(0.2, 10, false),
    ];
    // Set b: fine down to 0.2.
    const b = [...at(0.8, 40, true), ...at(0.2, 10, true), ...at(0.05, 5, false)];
    // From 0.21 to 0.5, a shows 200 pairs, 199 right (0.995); at 0.2, 210 (0.948).
    expect(fitShow([{ pairs: a, gold: 100 }])).toBe(0.21);
    // b alone could go lower, but a rules.
    expect(fitShow([{ pairs: b, gold: 60 }])).toBe(0.06);
    expect(
      fitShow([
        { pairs: a, gold: 100 },
        { pairs: b, gold: 60 },
      ]),
    ).toBe(0.21);
    // A set where a wrong pair sits at the top: nothing but the grid's top keeps it.
    expect(fitShow([{ pairs: [...at(0.999, 1, false), ...at(0.5, 3, true)], gold: 3 }])).toBe(0.99);
  });

  it('counts ordered pairs shown and gold pairs', () => {
    expect(goldPairs(['s1', 's1', 's1', 's2'])).toBe(6);
    const c = countShown([...at(0.7, 3, true), ...at(0.6, 1, false)], 0.6, 6);
    expect(c).toEqual({ shown: 4, trueShown: 3, goldPairs: 6 });
    expect(shownPrecision(c)).toBe(0.75);
    expect(shownPrecision(countShown([], 0.5, 6))).toBe(1);
  });
});
