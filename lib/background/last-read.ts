import type { LightArticle } from '../db/light-articles';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { foldLightRows, type RowText } from '../stories/fold-light-rows';

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
 * Most articles looked at per entity, latest first, for one that is not the article being read
 * read on another site (a wire text republished): that one says nothing the page does not.
 */
const MAX_TRIES = 4;

/**
 * For each entity of `article` (its first, most salient ones), the most recently stored other
 * article that mentions it and is not the same text read on another site (fold-light-rows.ts, as
 * the timeline tells copies). Index reads by key for each entity, then one bulk read of the few
 * distinct articles found, as light rows (never their text); again, for the entities whose
 * latest was a copy, with their next ones (MAX_TRIES in all).
 */
export async function lastReadAbout(
  db: BackstoryDb,
  article: StoredArticle,
): Promise<Map<string, LastRead>> {
  const entities = (article.entities ?? []).slice(0, MAX_LOOKUPS);
  const candidates = await Promise.all(
    entities.map(async (e) => {
      const ids = (await db.lightArticles
        .where('entityIds')
        .equals(e.id)
        .primaryKeys()) as number[];
      const others = ids.filter((id) => id !== article.id).sort((a, b) => b - a);
      return [e.id, others.slice(0, MAX_TRIES)] as const;
    }),
  );
  const rows = new Map<number, LightArticle>();
  const copies = new Set<number>();
  const found = new Map<string, LastRead>();
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const open = candidates.filter(([id, ids]) => !found.has(id) && ids[tries] !== undefined);
    const wanted = [...new Set(open.map(([, ids]) => ids[tries]!))].filter((id) => !rows.has(id));
    if (!open.length) break;
    const read = (await db.lightArticles.bulkGet(wanted)).filter((r): r is LightArticle => !!r);
    for (const row of read) rows.set(row.id, row);
    for (const c of copiesOfArticle(article, read)) copies.add(c.id);
    for (const [entityId, ids] of open) {
      const row = rows.get(ids[tries]!);
      if (row && !copies.has(row.id)) {
        found.set(entityId, { readAt: row.lastReadAt, title: row.title });
      }
    }
  }
  return found;
}

/** The rows that are `article`'s text read on another site. */
function copiesOfArticle(article: StoredArticle, rows: LightArticle[]): LightArticle[] {
  if (!rows.length || (!article.textPrint && !article.nearPrint)) return [];
  const head: RowText & { id: number } = {
    id: article.id ?? -1,
    key: article.key,
    url: article.url ?? null,
    canonicalUrl: article.canonicalUrl ?? null,
    textPrint: article.textPrint,
    nearPrint: article.nearPrint,
  };
  const [first] = foldLightRows<RowText & { id: number }>([head, ...rows], (a) => a === head);
  return (first?.copies ?? []) as LightArticle[];
}
