import type { Article } from '../article';
import { articleKey } from '../url/article-key';
import { BackstoryDb, type StoredArticle } from './schema';

export { BackstoryDb, type StoredArticle } from './schema';

export const DEFAULT_DB_NAME = 'backstory';

/** Opens (creating or upgrading) the database. */
export function openDb(name: string = DEFAULT_DB_NAME): BackstoryDb {
  return new BackstoryDb(name);
}

/**
 * Stores an article read at `now`. The same key (canonical URL) again updates the row in place
 * (newer extraction, read count + 1): never a duplicate.
 */
export async function upsertArticle(
  db: BackstoryDb,
  article: Article,
  now: number,
): Promise<StoredArticle> {
  const key = articleKey(article.canonicalUrl, article.url);
  if (!key) throw new Error('an article needs a URL or a canonical URL to be stored');
  return db.transaction('rw', db.articles, async () => {
    const existing = await db.articles.where('key').equals(key).first();
    const row: StoredArticle = existing
      ? { ...existing, ...article, key, lastReadAt: now, readCount: existing.readCount + 1 }
      : { ...article, key, firstReadAt: now, lastReadAt: now, readCount: 1 };
    row.id = await db.articles.put(row);
    return row;
  });
}

/** The stored article under a key, if any. */
export function getArticleByKey(db: BackstoryDb, key: string): Promise<StoredArticle | undefined> {
  return db.articles.where('key').equals(key).first();
}

/** The most recently read articles, newest first. */
export function listRecentArticles(db: BackstoryDb, limit: number): Promise<StoredArticle[]> {
  return db.articles.orderBy('lastReadAt').reverse().limit(limit).toArray();
}
