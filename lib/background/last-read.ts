import type { LightArticle } from '../db/light-articles';
import type { BackstoryDb, StoredArticle } from '../db/schema';

/** The reader's last other article about an entity: when it was read, and its headline. */
export interface LastRead {
  /** When the reader last read it (ms since the epoch). */
  readAt: number;
  title: string | null;
}

// The most salient entities of a page get a history line; a page naming hundreds of names
// does not cost hundreds of lookups.
const MAX_LOOKUPS = 40;

/**
 * For each entity of `article` (its first, most salient ones), the most recently stored other
 * article that mentions it. Index reads by key for each entity, then one bulk read of the few
 * distinct articles found, as light rows (never their text).
 */
export async function lastReadAbout(
  db: BackstoryDb,
  article: StoredArticle,
): Promise<Map<string, LastRead>> {
  const entities = (article.entities ?? []).slice(0, MAX_LOOKUPS);
  const latest = await Promise.all(
    entities.map(async (e) => {
      const ids = (await db.lightArticles
        .where('entityIds')
        .equals(e.id)
        .primaryKeys()) as number[];
      const others = ids.filter((id) => id !== article.id);
      return [e.id, others.length ? Math.max(...others) : undefined] as const;
    }),
  );
  const wanted = [...new Set(latest.flatMap(([, id]) => (id === undefined ? [] : [id])))];
  const rows = new Map<number, LightArticle>();
  for (const row of await db.lightArticles.bulkGet(wanted)) if (row?.id) rows.set(row.id, row);
  const found = new Map<string, LastRead>();
  for (const [entityId, id] of latest) {
    const row = id === undefined ? undefined : rows.get(id);
    if (row) found.set(entityId, { readAt: row.lastReadAt, title: row.title });
  }
  return found;
}
