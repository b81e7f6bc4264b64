import { describe, expect, it } from 'vitest';
import { DECISION_MODEL } from '@/lib/stories/decision';
import type { StoryRow, Weighted } from '@/lib/stories/rows';
import { storiesBelongTogether, storySimilarity } from '@/lib/stories/similarity';

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
