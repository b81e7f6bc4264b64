import type { BackstoryDb, StoredArticle } from './schema';

/** Articles that mention an entity, most recently read first: one indexed query (entityIds). */
export async function listArticlesMentioning(
  db: BackstoryDb,
  entityId: string,
  limit = 50,
): Promise<StoredArticle[]> {
  const rows = await db.articles.where('entityIds').equals(entityId).toArray();
  return rows.sort((a, b) => b.lastReadAt - a.lastReadAt).slice(0, limit);
}
