import { describe, expect, it } from 'vitest';
import type { StoryRow, Weighted } from '@/lib/stories/rows';
import { storySimilarity } from '@/lib/stories/similarity';

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

function story(terms: Weighted[], langs: string[]): StoryRow {
  return {
    id: 's1',
    title: null,
    titleDate: 0,
    entities: entities.map(([id, weight]) => ({ id, name: id, type: 'PER', weight })),
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
    expect(english).toBeCloseTo(1, 10);
  });

  it('relies on entities alone across languages, and halves over HALF_LIFE_DAYS', () => {
    const fr = { ...member, terms: frTerms, lang: 'fr' };
    expect(storySimilarity(fr, story(enTerms, ['en']))).toBeCloseTo(1, 10);
    const later = { ...member, date: 40 * DAY };
    expect(storySimilarity(later, story(enTerms, ['en']))).toBeCloseTo(0.5, 10);
  });
});
