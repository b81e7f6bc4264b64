import { expect, it } from 'vitest';
import { regroupMembers } from '@/lib/stories/regroup';
import type { StoryMember, Weighted } from '@/lib/stories/rows';

const DAY = 86_400_000;

function member(n: number, entities: Weighted[], terms: Weighted[]): StoryMember {
  return {
    key: `https://news.example/${n}`,
    storyId: 's1',
    date: n * DAY,
    dated: true,
    firstReadAt: n,
    joinedAt: n,
    lang: 'en',
    title: `Article ${n}`,
    url: null,
    siteName: null,
    saved: false,
    entities,
    terms,
    names: {},
    signature: String(n),
  };
}

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
