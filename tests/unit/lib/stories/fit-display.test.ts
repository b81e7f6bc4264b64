import { describe, expect, it } from 'vitest';
import {
  countShown,
  fitShow,
  goldPairs,
  precisionLowerBound,
  reachablePairs,
  samplingUnit,
  shownOver,
  shownPairs,
  shownPrecision,
  TIMELINE_LIMIT,
  type WindowPair,
} from '@/lib/stories/train/fit-display';

/** `n` pairs at a score, right or wrong. */
const at = (score: number, n: number, same: boolean): WindowPair[] =>
  Array.from({ length: n }, () => ({ score, same }));

/** `k` clusters of `n` pairs at a score, the first `wrongIn` of them with `wrong` wrong pairs each. */
const clusters = (score: number, k: number, n: number, wrongIn: number, wrong: number) =>
  Array.from({ length: k }, (_, c) =>
    Array.from({ length: n }, (_, i) => ({
      score,
      same: !(c < wrongIn && i < wrong),
      cluster: `c${c}`,
    })),
  ).flat();

describe('fitShow', () => {
  it('takes the lowest threshold at which every set keeps a lower bound of 95% precision', () => {
    // Set a: sure pairs at 0.9, a band at 0.5 with one wrong pair, doubtful ones at 0.2.
    const a = [
      ...at(0.9, 150, true),
      ...at(0.5, 49, true),
      ...at(0.5, 1, false),
      ...at(0.2, 10, false),
    ];
    // Set b: fine down to 0.2 (100 right pairs: a bound of 0.974).
    const b = [...at(0.8, 80, true), ...at(0.2, 20, true), ...at(0.05, 5, false)];
    // From 0.21 to 0.5, a shows 200 pairs, 199 right (0.995); at 0.2, 210 (0.948).
    expect(fitShow([{ pairs: a, gold: 100 }])).toBe(0.21);
    // b alone could go lower, but a rules.
    expect(fitShow([{ pairs: b, gold: 120 }])).toBe(0.06);
    expect(
      fitShow([
        { pairs: a, gold: 100 },
        { pairs: b, gold: 120 },
      ]),
    ).toBe(0.21);
    // A set where a wrong pair sits at the top: nothing but the grid's top keeps it.
    expect(fitShow([{ pairs: [...at(0.999, 1, false), ...at(0.5, 3, true)], gold: 3 }])).toBe(0.99);
  });

  it('needs less margin where errors are spread over many stories than where a few topics hold them', () => {
    // 400 pairs, 388 right (0.97) each way: 12 of 40 stories with one wrong pair each, or one of
    // 4 topics with all 12.
    const spread = clusters(0.5, 40, 10, 12, 1);
    const held = clusters(0.5, 4, 100, 1, 12);
    expect(precisionLowerBound(spread)).toBeGreaterThan(0.95);
    expect(precisionLowerBound(held)).toBeLessThan(0.95);
    expect(fitShow([{ pairs: [...spread, ...at(0.9, 10, true)], gold: 500 }])).toBe(0);
    expect(fitShow([{ pairs: [...held, ...at(0.9, 100, true)], gold: 500 }])).toBe(0.51);
  });

  it('bounds a perfect set by its size, and never above its precision', () => {
    // Wilson's bound with no wrong pair: n / (n + z²); 32 pairs just reach 0.95, 31 do not.
    expect(precisionLowerBound(at(0.5, 32, true))).toBeGreaterThan(0.95);
    expect(precisionLowerBound(at(0.5, 31, true))).toBeLessThan(0.95);
    expect(precisionLowerBound([])).toBe(1);
    const mixed = [...at(0.5, 90, true), ...at(0.5, 10, false)];
    expect(precisionLowerBound(mixed)).toBeLessThan(0.9);
    expect(precisionLowerBound(mixed)).toBeGreaterThan(0.83);
  });

  it('samples ECB+ by topic and other sets by story', () => {
    expect(samplingUnit({ gold: ['a', 'b'], docs: [{ topic: 3 }, { topic: 3 }] }, 1)).toBe(
      'topic:3',
    );
    expect(samplingUnit({ gold: ['a', 'b'], docs: [{}, {}] }, 1)).toBe('story:b');
    expect(samplingUnit({ gold: ['a'] }, 0)).toBe('story:a');
  });

  it('counts ordered pairs shown and gold pairs', () => {
    expect(goldPairs(['s1', 's1', 's1', 's2'])).toBe(6);
    const c = countShown([...at(0.7, 3, true), ...at(0.6, 1, false)], 0.6, 6);
    expect(c).toEqual({ shown: 4, trueShown: 3, goldPairs: 6 });
    expect(shownPrecision(c)).toBe(0.75);
    expect(shownPrecision(countShown([], 0.5, 6))).toBe(1);
  });
});

describe('what a timeline of TIMELINE_LIMIT entries can list', () => {
  it('lists of one reader the newest TIMELINE_LIMIT - 1 pairs that pass, not the newest weighed', () => {
    // A reader weighs 40 members, newest first: the newest 10 fail the threshold, the 30 after
    // them pass; its timeline lists the first 29 of those.
    const pairs: WindowPair[] = [
      ...Array.from({ length: 10 }, () => ({ score: 0.1, same: false, reader: 'a' })),
      ...Array.from({ length: 30 }, (_, i) => ({ score: 0.9, same: i < 29, reader: 'a' })),
      { score: 0.9, same: true, reader: 'b' },
    ];
    const shown = shownPairs(pairs, 0.5);
    expect(shown).toHaveLength(TIMELINE_LIMIT - 1 + 1);
    expect(shown.every((p) => p.same)).toBe(true);
    expect(countShown(pairs, 0.5, 100)).toEqual({ shown: 30, trueShown: 30, goldPairs: 100 });
    // Pairs of no reader are not capped.
    expect(shownPairs(at(0.9, 40, true), 0.5)).toHaveLength(40);
  });

  it('bounds recall by the gold pairs a timeline could list', () => {
    // A story of 50 articles: each can list 29 others; one of 3: 2 others each.
    const gold = [...Array.from({ length: 50 }, () => 'big'), 'x', 'x', 'x'];
    expect(goldPairs(gold)).toBe(50 * 49 + 3 * 2);
    expect(reachablePairs(gold)).toBe(50 * 29 + 3 * 2);
    const held = [{ show: 0.5, pairs: at(0.9, 10, true), gold: 100, reach: 40 }];
    expect(shownOver(held)).toMatchObject({ trueShown: 10, goldPairs: 100, reachablePairs: 40 });
  });
});
