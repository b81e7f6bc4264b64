import { describe, expect, it } from 'vitest';
import {
  DECISION_MODEL,
  MERGE_FEATURE_NAMES,
  useDecisionModel,
  type MergeModel,
} from '@/lib/stories/decision';
import { ARTICLE_TERMS } from '@/lib/stories/params';
import type { StoryRow, Weighted } from '@/lib/stories/rows';
import {
  mergeCheck,
  mergeFeatures,
  observeMerges,
  storiesBelongTogether,
  storySimilarity,
} from '@/lib/stories/similarity';

const DAY = 86_400_000;
const entities: Weighted[] = [
  ['per:Q7747', 0.8],
  ['loc:Q423', 0.6],
];
const enTerms: Weighted[] = [
  ['en:summit', 0.6],
  ['en:pyongyang', 0.6],
  ['en:treaty', 0.52],
];
const frTerms: Weighted[] = [
  ['fr:sommet', 0.7],
  ['fr:traite', 0.5],
  ['fr:visit', 0.5],
];
const member = { entities, terms: enTerms, lang: 'en', date: 10 * DAY, dated: true };

function story(terms: Weighted[], langs: string[], ents: Weighted[] = entities): StoryRow {
  return {
    id: 's1',
    title: null,
    titleDate: 0,
    entities: ents.map(([id, weight]) => ({ id, name: id, type: 'PER', weight })),
    entityIds: [],
    terms,
    termKeys: [],
    langs,
    firstDate: 9 * DAY,
    lastDate: 10 * DAY,
    datedFrom: 9 * DAY,
    datedTo: 10 * DAY,
    count: 2,
  };
}

describe('storySimilarity', () => {
  it("matches an article's words with the story's words in its language only", () => {
    const english = storySimilarity(member, story(enTerms, ['en']));
    const bilingual = storySimilarity(member, story([...frTerms, ...enTerms], ['en', 'fr']));
    // The French words of a French member take nothing from an English article's match.
    expect(bilingual).toBeCloseTo(english, 10);
    expect(english).toBeGreaterThanOrEqual(DECISION_MODEL.join);
  });

  it('joins across languages on shared entities alone', () => {
    const fr = { ...member, terms: frTerms, lang: 'fr' };
    expect(storySimilarity(fr, story(enTerms, ['en']))).toBeGreaterThanOrEqual(DECISION_MODEL.join);
    const nothingShared = { ...fr, entities: [['per:Q1', 1]] as Weighted[] };
    expect(storySimilarity(nothingShared, story(enTerms, ['en']))).toBeLessThan(
      DECISION_MODEL.join,
    );
  });

  it('weighs time: the same evidence fits less a week or a month after the story', () => {
    // Half the words shared: evidence that time can tip either way.
    const some = { ...member, terms: [enTerms[0]!, ['en:golf', 0.8]] as Weighted[] };
    const at = (day: number) =>
      storySimilarity({ ...some, date: day * DAY }, story(enTerms, ['en']));
    expect(at(17)).toBeLessThan(at(10));
    expect(at(40)).toBeLessThan(at(17));
  });
});

describe('storiesBelongTogether', () => {
  it('tells two stories on the same event from two sharing only a person', () => {
    const a = story(enTerms, ['en']);
    expect(storiesBelongTogether(a, { ...story(enTerms, ['en']), id: 's2' })).toBe(true);
    const other = story(
      [
        ['en:golf', 0.8],
        ['en:masters', 0.6],
      ],
      ['en'],
      [['per:Q7747', 1]],
    );
    expect(storiesBelongTogether(a, { ...other, id: 's3' })).toBe(false);
  });
});

describe('mergeFeatures', () => {
  it('weighs the pair the same in either order, the article fits as low and high', () => {
    const a = { ...story(enTerms, ['en']), id: 'a', count: 5 };
    const b = { ...story(enTerms.slice(0, 2), ['en']), id: 'b', count: 2 };
    const x = mergeFeatures(a, b, 0.95, 0.45);
    expect(x).toHaveLength(MERGE_FEATURE_NAMES.length);
    expect(mergeFeatures(b, a, 0.45, 0.95)).toEqual(x);
    const at = (n: (typeof MERGE_FEATURE_NAMES)[number]) => x[MERGE_FEATURE_NAMES.indexOf(n)];
    expect(at('articleFitLow')).toBe(0.45);
    expect(at('articleFitHigh')).toBe(0.95);
    expect(at('logSmall')).toBeCloseTo(Math.log(3), 10);
    expect(at('logLarge')).toBeCloseTo(Math.log(6), 10);
    expect(at('bothDated')).toBe(1);
    // Same day: the near-dated cosines are the cosines.
    expect(at('profileTermsNear')).toBe(at('profileTerms'));
    expect(at('profileEntitiesNear')).toBe(at('profileEntities'));
  });
});

describe('mergeCheck', () => {
  const a = { ...story(enTerms, ['en']), id: 'a' };
  const b = { ...story(enTerms, ['en']), id: 'b' };
  const fits = new Map([
    ['a', 0.97],
    ['b', 0.4],
  ]);
  // A toy merge model: the stories merge when the article fits the weaker of them well.
  const lowFit = MERGE_FEATURE_NAMES.indexOf('articleFitLow');
  const learned: MergeModel = {
    weights: MERGE_FEATURE_NAMES.map((_, i) => (i === lowFit ? 20 : 0)),
    bias: -10,
    at: 0.5,
  };
  const withMerge = <T>(m: MergeModel | undefined, run: () => T): T => {
    const restore = useDecisionModel({ ...DECISION_MODEL, mergeModel: m });
    try {
      return run();
    } finally {
      restore();
    }
  };

  it('is the fixed rule without a learned merge model', () => {
    expect(withMerge(undefined, () => mergeCheck(fits)(a, b))).toBe(storiesBelongTogether(a, b));
    expect(storiesBelongTogether(a, b)).toBe(true);
  });

  it("follows a learned merge model's probability, with the article's fit to each", () => {
    // Alike stories, but the article fits one of them at 0.4 only: the toy model says no.
    expect(withMerge(learned, () => mergeCheck(fits)(a, b))).toBe(false);
    const both = new Map([
      ['a', 0.97],
      ['b', 0.9],
    ]);
    expect(withMerge(learned, () => mergeCheck(both)(a, b))).toBe(true);
  });

  it('weighs how short the article is: headlines and full texts merge differently', () => {
    const short = MERGE_FEATURE_NAMES.indexOf('short');
    const byLength: MergeModel = {
      weights: MERGE_FEATURE_NAMES.map((_, i) => (i === short ? 20 : 0)),
      bias: -10,
      at: 0.5,
    };
    const headline = { terms: enTerms };
    const fullText = {
      terms: Array.from({ length: ARTICLE_TERMS }, (_, i): Weighted => [`en:w${i}`, 0.1]),
    };
    expect(withMerge(byLength, () => mergeCheck(fits, headline)(a, b))).toBe(true);
    expect(withMerge(byLength, () => mergeCheck(fits, fullText)(a, b))).toBe(false);
  });

  it('merges for a full text from its own point (atLong), for a headline from `at`', () => {
    // The toy model reads 0.5 for these stories (articleFitLow 0.5): merged at 0.4, not at 0.6.
    const half = new Map([
      ['a', 0.97],
      ['b', 0.5],
    ]);
    const split: MergeModel = { ...learned, at: 0.4, atLong: 0.6 };
    const headline = { terms: enTerms };
    const fullText = {
      terms: Array.from({ length: ARTICLE_TERMS }, (_, i): Weighted => [`en:w${i}`, 0.1]),
    };
    expect(withMerge(split, () => mergeCheck(half, headline)(a, b))).toBe(true);
    expect(withMerge(split, () => mergeCheck(half, fullText)(a, b))).toBe(false);
    // Without atLong, full texts merge from `at` too.
    const one: MergeModel = { ...learned, at: 0.4 };
    expect(withMerge(one, () => mergeCheck(half, fullText)(a, b))).toBe(true);
  });

  it('never merges two stories that share nothing, however sure the learned model is', () => {
    // A model that merges everything: the floor (the smaller story fits the larger at the join
    // probability) still keeps apart stories of other people and other words.
    const always: MergeModel = { weights: MERGE_FEATURE_NAMES.map(() => 0), bias: 10, at: 0.5 };
    const other = {
      ...story(
        [
          ['en:pension', 0.7],
          ['en:reform', 0.7],
        ],
        ['en'],
        [['per:Q3052772', 0.9]],
      ),
      id: 'c',
    };
    const sure = new Map([
      ['a', 0.97],
      ['c', 0.97],
    ]);
    expect(withMerge(always, () => mergeCheck(sure)(a, other))).toBe(false);
    expect(withMerge(always, () => mergeCheck(sure)(a, b))).toBe(true);
  });

  it('lets training observe every pair it weighs', () => {
    const seen: string[] = [];
    const stop = observeMerges((x, y, features) => {
      seen.push(`${x.id}${y.id}:${features.length}`);
    });
    try {
      withMerge(undefined, () => mergeCheck(fits)(a, b));
    } finally {
      stop();
    }
    expect(seen).toEqual([`ab:${MERGE_FEATURE_NAMES.length}`]);
  });
});
