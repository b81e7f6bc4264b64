import { expect, it } from 'vitest';
import { regroupMembers } from '@/lib/stories/regroup';
import type { StoryMember, Weighted } from '@/lib/stories/rows';
import { DAY, memberRow } from './helpers';
import { useTermsOnlyDecision } from './terms-only-decision';

/** Article n, dated day n, read in order. */
const member = (n: number, entities: Weighted[], terms: Weighted[]): StoryMember =>
  memberRow(n, 's1', n * DAY, n, entities, terms);

const quake = member(
  1,
  [['loc:Q17', 1]],
  [
    ['en:quake', 0.8],
    ['en:tsunami', 0.6],
  ],
);
const quake2 = member(
  2,
  [['loc:Q17', 1]],
  [
    ['en:quake', 0.7],
    ['en:tsunami', 0.7],
  ],
);
const budget = member(
  3,
  [['org:Q1', 1]],
  [
    ['en:budget', 0.8],
    ['en:deficit', 0.6],
  ],
);

it('splits what an article bridged once it is gone, and keeps what holds together', () => {
  // What is left of a story once its bridging article went: two stories again.
  expect(regroupMembers([quake, budget]).map((g) => g.map((m) => m.key))).toEqual([
    [quake.key],
    [budget.key],
  ]);
  expect(regroupMembers([quake, quake2])).toHaveLength(1);
});

it('keeps together, as adding does, two groups that fit each other once a member finds both', () => {
  const restore = useTermsOnlyDecision();
  try {
    const words = (n: number, ws: string[]) =>
      member(
        n,
        [],
        ws.map((w): Weighted => [`en:${w}`, 1 / Math.sqrt(ws.length)]),
      );
    const members = [
      words(1, ['alpha', 'beta']),
      words(2, ['alpha', 'gamma']),
      words(3, ['alpha', 'beta', 'gamma']),
      words(4, ['alpha', 'gamma']),
    ];
    // The third joins one of the first two; the fourth finds both, which then fit each other.
    expect(regroupMembers(members)).toHaveLength(1);
  } finally {
    restore();
  }
});
