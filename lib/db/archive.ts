import type { BackstoryDb, StoredArticle } from './schema';

/**
 * Saves a stored article to the archive, with its cleaned HTML when there is one. Both writes
 * happen in one transaction: a failure (storage full) leaves the archive as it was.
 */
export async function saveToArchive(
  db: BackstoryDb,
  key: string,
  html: string | null,
  now: number,
): Promise<StoredArticle> {
  return db.transaction('rw', db.articles, db.contents, async () => {
    const article = await db.articles.where('key').equals(key).first();
    if (!article) {
      throw new Error('this article is not in Backstory yet: open it once, then save it');
    }
    const saved: StoredArticle = {
      ...article,
      savedAt: article.savedAt ?? now,
      savedChangedAt: now,
    };
    await db.articles.put(saved);
    if (html !== null) await db.contents.put({ key, html });
    return saved;
  });
}

/** Takes an article out of the archive: it stays in the reading history, its HTML goes. */
export async function removeFromArchive(
  db: BackstoryDb,
  key: string,
  now = Date.now(),
): Promise<StoredArticle> {
  return db.transaction('rw', db.articles, db.contents, async () => {
    const article = await db.articles.where('key').equals(key).first();
    if (!article) throw new Error('no such article');
    const { savedAt: _savedAt, ...kept } = article;
    const rest: StoredArticle = { ...kept, savedChangedAt: now };
    await db.articles.put(rest);
    await db.contents.delete(key);
    return rest;
  });
}

/** A saved article with its HTML (null when it was saved without the page open). */
export async function getSavedCopy(
  db: BackstoryDb,
  key: string,
): Promise<{ article: StoredArticle; html: string | null } | undefined> {
  const article = await db.articles.where('key').equals(key).first();
  if (!article) return undefined;
  const content = await db.contents.get(key);
  return { article, html: content?.html ?? null };
}
