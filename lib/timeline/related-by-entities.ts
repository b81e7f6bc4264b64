import { listArticlesMentioning } from '../db/mentions';
import type { BackstoryDb, StoredArticle } from '../db/schema';

/** An earlier article related to the current one, with the entities they share. */
export interface RelatedArticle {
  article: StoredArticle;
  /** Sum over shared entities of the lesser of their two saliences. */
  score: number;
  sharedEntityIds: string[];
}

// The current article's most salient entities are enough to find its earlier coverage.
const TOP_ENTITIES = 6;
// Entities below this salience are passing mentions, not what the article is about.
const MIN_SALIENCE = 0.15;
// One shared entity is a coincidence; two make a related article, unless it is central to both.
const MIN_SHARED = 2;
const STRONG_SINGLE = 0.8;

/**
 * Earlier articles sharing the current article's main entities, newest first: one indexed query
 * per entity, never a scan. A first step towards stories (issue #6): no terms, no time decay.
 */
export async function findRelatedByEntities(
  db: BackstoryDb,
  current: StoredArticle,
  limit = 10,
): Promise<RelatedArticle[]> {
  const top = (current.entities ?? [])
    .filter((e) => e.salience >= MIN_SALIENCE)
    .sort((a, b) => b.salience - a.salience)
    .slice(0, TOP_ENTITIES);
  const found = new Map<string, RelatedArticle>();
  for (const entity of top) {
    for (const article of await listArticlesMentioning(db, entity.id, 200)) {
      if (article.key === current.key) continue;
      const r = found.get(article.key) ?? { article, score: 0, sharedEntityIds: [] };
      // A passing mention on either side counts for little.
      const there = article.entities?.find((e) => e.id === entity.id)?.salience ?? 0;
      r.score += Math.min(entity.salience, there);
      r.sharedEntityIds.push(entity.id);
      found.set(article.key, r);
    }
  }
  return [...found.values()]
    .filter((r) => r.sharedEntityIds.length >= MIN_SHARED || r.score >= STRONG_SINGLE)
    .sort((a, b) => dateOf(b.article) - dateOf(a.article))
    .slice(0, limit);
}

function dateOf(a: StoredArticle): number {
  return (a.publishedAt ? Date.parse(a.publishedAt) : NaN) || a.firstReadAt;
}
