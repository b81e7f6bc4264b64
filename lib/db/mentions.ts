import type { LightArticle } from './light-articles';
import type { BackstoryDb } from './schema';

/**
 * Articles that mention an entity, most recently read first, as light rows (never their text):
 * one indexed query (entityIds).
 */
export async function listArticlesMentioning(
  db: BackstoryDb,
  entityId: string,
  limit = 50,
): Promise<LightArticle[]> {
  const rows = await db.lightArticles.where('entityIds').equals(entityId).toArray();
  return rows.sort((a, b) => b.lastReadAt - a.lastReadAt).slice(0, limit);
}
