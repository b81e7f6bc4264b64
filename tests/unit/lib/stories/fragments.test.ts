import { describe, expect, it } from 'vitest';
import {
  DECISION_MODEL,
  MERGE_FEATURE_NAMES,
  useDecisionModel,
  type DecisionModel,
} from '@/lib/stories/decision';
import { fragmentsToTakeIn } from '@/lib/stories/fragments';
import { ARTICLE_TERMS, FRAGMENT_HOME_MIN } from '@/lib/stories/params';
import type { StoryRow, Weighted } from '@/lib/stories/rows';
import { mergeCheck, storyAsMember, storySimilarity } from '@/lib/stories/similarity';

const DAY = 86_400_000;

function row(id: string, count: number, terms: Weighted[], ents: Weighted[] = []): StoryRow {
  return {
    id,
    title: id,
    titleDate: 0,
    entities: ents.map(([e, weight]) => ({ id: e, name: e, type: 'PER', weight })),
    entityIds: [],
    terms,
    termKeys: [],
    langs: ['en'],
    firstDate: 9 * DAY,
    lastDate: 10 * DAY,
    datedFrom: 9 * DAY,
    datedTo: 10 * DAY,
    count,
  };
}

// A large story on a game's launch, and one headline on it that came before its profile held
// its words: it shares one of them ("titanfall") and fits the story below the join point.
const home = row('home', FRAGMENT_HOME_MIN + 5, [
  ['en:titanfal', 0.9],
  ['en:xbox', 0.7],
  ['en:launch', 0.6],
  ['en:respawn', 0.5],
  ['en:server', 0.4],
  ['en:game', 0.4],
  ['en:pc', 0.4],
  ['en:review', 0.3],
]);
const fragment = row('frag', 1, [
  ['en:titanfal', 0.3],
  ['en:livestream', 0.6],
  ['en:catch', 0.6],
  ['en:right', 0.6],
  ['en:here', 0.6],
  ['en:watch', 0.6],
]);
const headline = { terms: fragment.terms };
const fullText = {
  terms: Array.from({ length: ARTICLE_TERMS }, (_, i): Weighted => [`en:w${i}`, 0.1]),
};
// A learned merge that agrees to everything: the floor and the sweep's own conditions decide.
const always = { weights: MERGE_FEATURE_NAMES.map(() => 0), bias: 10, at: 0.3 };
const fit = storySimilarity(storyAsMember(fragment), home);
const floor = fit / 2;

function withModel<T>(model: Partial<DecisionModel>, run: () => T): T {
  const restore = useDecisionModel({ ...DECISION_MODEL, mergeModel: always, ...model });
  try {
    return run();
  } finally {
    restore();
  }
}

const sweep = (others: StoryRow[], all = [home, ...others], article = headline) =>
  fragmentsToTakeIn(home, others, all, article, mergeCheck(new Map(), article));

describe('fragmentsToTakeIn', () => {
  it('takes in a small story that fits the joined large one below the join point', () => {
    expect(fit).toBeLessThan(DECISION_MODEL.join);
    expect(fit).toBeGreaterThan(0.02);
    // The learned merge alone keeps it out (its floor is the join probability).
    expect(withModel({}, () => mergeCheck(new Map(), headline)(home, fragment))).toBe(false);
    expect(withModel({ fragment: { floor } }, () => sweep([fragment]))).toEqual([fragment]);
  });

  it('takes in nothing without a fragment point in the model, or above its floor', () => {
    expect(withModel({ fragment: undefined }, () => sweep([fragment]))).toEqual([]);
    expect(withModel({ fragment: { floor: fit + 0.01 } }, () => sweep([fragment]))).toEqual([]);
  });

  it('leaves a fragment that another candidate story fits as well (it would bridge them)', () => {
    const rival = row('rival', 4, [
      ['en:livestream', 0.8],
      ['en:watch', 0.6],
      ['en:twitch', 0.6],
    ]);
    expect(storySimilarity(storyAsMember(fragment), rival)).toBeGreaterThanOrEqual(fit);
    expect(
      withModel({ fragment: { floor } }, () => sweep([fragment], [home, fragment, rival])),
    ).toEqual([]);
  });

  it('sweeps neither larger stories, nor into a small home, nor for a full text', () => {
    const larger = { ...fragment, id: 'larger', count: 4 };
    expect(withModel({ fragment: { floor } }, () => sweep([larger]))).toEqual([]);
    const smallHome = { ...home, count: FRAGMENT_HOME_MIN - 1 };
    expect(
      withModel({ fragment: { floor } }, () =>
        fragmentsToTakeIn(
          smallHome,
          [fragment],
          [smallHome, fragment],
          headline,
          mergeCheck(new Map(), headline),
        ),
      ),
    ).toEqual([]);
    expect(
      withModel({ fragment: { floor } }, () => sweep([fragment], undefined, fullText)),
    ).toEqual([]);
  });
});
