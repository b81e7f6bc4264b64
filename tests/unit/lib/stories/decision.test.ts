import { describe, expect, it } from 'vitest';
import {
  DECISION_MODEL,
  FEATURE_NAMES,
  joinProbability,
  storyFeatures,
} from '@/lib/stories/decision';
import type { StoryRow, Weighted } from '@/lib/stories/rows';
import { TIME_SIGMA_DAYS } from '@/lib/stories/params';

const DAY = 86_400_000;
const terms: Weighted[] = [['en:summit', 1]];
const base: Pick<
  StoryRow,
  'entities' | 'terms' | 'langs' | 'datedFrom' | 'datedTo' | 'count' | 'datedSum' | 'datedCount'
> = {
  entities: [{ id: 'per:Q7747', name: 'Putin', type: 'PER', weight: 1 }],
  terms,
  langs: ['en'],
  datedFrom: 0,
  datedTo: 6 * DAY,
  datedSum: 6 * DAY,
  datedCount: 3,
  count: 3,
};
const member = {
  entities: [['per:Q7747', 1]] as Weighted[],
  terms,
  lang: 'en',
  date: 6 * DAY,
  dated: true,
};
const feature = (x: number[], name: (typeof FEATURE_NAMES)[number]) =>
  x[FEATURE_NAMES.indexOf(name)]!;

describe('storyFeatures: time', () => {
  // Shared evidence (entities and words) is 1 here; time scales it.
  it("scales the evidence by nearness to the story's newest, oldest and mean dates", () => {
    const x = storyFeatures(member, base);
    expect(feature(x, 'timed')).toBe(1);
    expect(feature(x, 'combined')).toBeCloseTo(1, 10);
    expect(feature(x, 'combinedNearNewest')).toBeCloseTo(1, 10);
    expect(feature(x, 'combinedNearOldest')).toBeCloseTo(
      Math.exp(-0.5 * (6 / TIME_SIGMA_DAYS) ** 2),
      10,
    );
    // The mean is datedSum / datedCount (2 days), not the range's middle (3 days).
    expect(feature(x, 'combinedNearMean')).toBeCloseTo(
      Math.exp(-0.5 * (4 / TIME_SIGMA_DAYS) ** 2),
      10,
    );
  });

  it('gives no time evidence when either side is undated, nor without shared evidence', () => {
    const timeFeatures = [
      'timed',
      'combinedNearNewest',
      'combinedNearOldest',
      'combinedNearMean',
    ] as const;
    const x = storyFeatures({ ...member, dated: false }, base);
    expect(timeFeatures.map((n) => feature(x, n))).toEqual([0, 0, 0, 0]);
    const y = storyFeatures(member, { ...base, datedFrom: null, datedTo: null });
    expect(feature(y, 'timed')).toBe(0);
    const unrelated = storyFeatures(
      { ...member, entities: [['per:Q1', 1]], terms: [['en:golf', 1]] },
      base,
    );
    expect(timeFeatures.slice(1).map((n) => feature(unrelated, n))).toEqual([0, 0, 0]);
  });

  it('falls back to the middle of the range for stories stored before the mean was kept', () => {
    const x = storyFeatures(member, { ...base, datedSum: undefined, datedCount: undefined });
    expect(feature(x, 'combinedNearMean')).toBeCloseTo(
      Math.exp(-0.5 * (3 / TIME_SIGMA_DAYS) ** 2),
      10,
    );
  });
});

describe('storyFeatures: cover', () => {
  it("gives the share of the article's words the story holds, however wide the story", () => {
    const headline = {
      ...member,
      terms: [
        ['en:summit', 0.8],
        ['en:geneva', 0.6],
      ] as Weighted[],
    };
    // The story holds "summit", never "geneva"; a wider story spreads over more words.
    const narrow = { ...base, terms: [['en:summit', 1]] as Weighted[] };
    const other = Array.from({ length: 20 }, (_, i): Weighted => [`en:word${i}`, 0.5]);
    const wide = { ...base, terms: [['en:summit', 1], ...other] as Weighted[] };
    const [x, y] = [storyFeatures(headline, narrow), storyFeatures(headline, wide)];
    expect(feature(x, 'termsCover')).toBeCloseTo(0.64, 10);
    expect(feature(y, 'termsCover')).toBeCloseTo(0.64, 10);
    // The cosine falls as the story widens.
    expect(feature(y, 'terms')).toBeLessThan(feature(x, 'terms') / 2);
    expect(feature(x, 'entitiesCover')).toBe(1);
    const stranger = storyFeatures({ ...headline, entities: [['per:Q1', 1]] }, wide);
    expect(feature(stranger, 'entitiesCover')).toBe(0);
  });

  it("counts the article's words the story holds, each alike whatever its weight", () => {
    // Of a headline's four words the story holds one, its lightest: a quarter by count, little
    // by weight.
    const headline = {
      ...member,
      terms: [
        ['en:geneva', 0.7],
        ['en:talks', 0.5],
        ['en:iran', 0.5],
        ['en:summit', 0.1],
      ] as Weighted[],
    };
    const x = storyFeatures(headline, base);
    expect(feature(x, 'termsShared')).toBeCloseTo(0.25, 10);
    expect(feature(x, 'termsCover')).toBeLessThan(0.02);
    const apart = { ...base, terms: [['en:other', 1]] as Weighted[] };
    expect(feature(storyFeatures(headline, apart), 'termsShared')).toBe(0);
  });
});

describe('joinProbability', () => {
  it('is the logistic of the weighted features', () => {
    const model = {
      ...DECISION_MODEL,
      weights: FEATURE_NAMES.map((_, i) => (i === 0 ? 2 : 0)),
      bias: -1,
    };
    const x = FEATURE_NAMES.map(() => 1);
    expect(joinProbability(x, model)).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
  });

  it('ships a model over every feature, with a merge point at or above its join point', () => {
    expect(DECISION_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(DECISION_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(DECISION_MODEL.merge).toBeGreaterThanOrEqual(DECISION_MODEL.join);
  });
});
