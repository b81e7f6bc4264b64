import type { ArticleSummary, EntitySummary } from '@/lib/messaging/protocol';

const entity = (
  id: string,
  type: EntitySummary['type'],
  name: string,
  salience: number,
  mentionCount = 2,
): EntitySummary => ({ id, type, name, salience, mentionCount });

/** The French seed article as the background summarises it (tests/fixtures/news24-…fr.html). */
export const seedArticle: ArticleSummary = {
  key: 'http://news24.localhost/monde/kim',
  url: 'http://127.0.0.1/news24-putin-pyongyang.fr.html',
  canonicalUrl: 'http://news24.localhost/monde/kim',
  title: 'Kim promet son « plein soutien » à la Russie',
  byline: 'Par la rédaction',
  siteName: 'News 24',
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  firstReadAt: Date.UTC(2024, 5, 20),
  lastReadAt: Date.UTC(2024, 5, 20, 12),
  readCount: 1,
  savedAt: null,
  entities: [
    entity('per:Q7747', 'PER', 'Vladimir Poutine', 1, 12),
    entity('per:Q56226', 'PER', 'Kim Jong Un', 0.9, 1),
    entity('loc:Q18808', 'LOC', 'Pyongyang', 0.7),
    entity('org:Q7184', 'ORG', 'OTAN', 0.1),
  ],
};
