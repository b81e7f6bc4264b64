import { describe, expect, it } from 'vitest';
import { DECISION_MODEL, useDecisionModel } from '@/lib/stories/decision';
import { alsoBelonging } from '@/lib/stories/place';

interface Toy {
  id: string;
  count: number;
  /** How well it fits the story joined, as storiesBelongTogether would weigh it. */
  fit: number;
}

const toy = (id: string, count: number, fit: number): Toy => ({ id, count, fit });
const belongAt = (_joined: Toy, other: Toy, at: number) => other.fit >= at;

function withModel<T>(join: number, merge: number, run: () => T): T {
  // The fixed merge rule: no learned merge model.
  const restore = useDecisionModel({ ...DECISION_MODEL, join, merge, mergeModel: undefined });
  try {
    return run();
  } finally {
    restore();
  }
}

describe('alsoBelonging', () => {
  const joined = toy('s1', 40, 1);

  it('merges a larger story only at the merge probability', () => {
    const others = [toy('s2', 3, 0.6), toy('s3', 2, 0.8)];
    expect(withModel(0.3, 0.65, () => alsoBelonging(joined, others, belongAt))).toEqual([
      others[1],
    ]);
  });

  it('takes in a story of one article at the join probability: the decision it would get now', () => {
    const single = toy('s4', 1, 0.4);
    const pair = toy('s5', 2, 0.4);
    const missed = toy('s6', 1, 0.25);
    expect(
      withModel(0.3, 0.65, () => alsoBelonging(joined, [single, pair, missed], belongAt)),
    ).toEqual([single]);
  });

  it('takes in single articles even when the model never merges stories', () => {
    const single = toy('s4', 1, 0.4);
    const pair = toy('s5', 2, 0.99);
    expect(withModel(0.3, 1.01, () => alsoBelonging(joined, [single, pair], belongAt))).toEqual([
      single,
    ]);
  });

  it('weighs single articles and larger stories alike under a learned merge model', () => {
    const single = toy('s2', 1, 0.45);
    const pair = toy('s3', 2, 0.55);
    const weak = toy('s4', 1, 0.35);
    const restore = useDecisionModel({
      ...DECISION_MODEL,
      join: 0.3,
      merge: 0.65,
      mergeModel: { weights: [], bias: 0, at: 0.4 },
    });
    try {
      // The fixed rule would take both singles at 0.3 and leave the pair below 0.65.
      expect(alsoBelonging(joined, [single, pair, weak], belongAt)).toEqual([single, pair]);
    } finally {
      restore();
    }
  });
});
