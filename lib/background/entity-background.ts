import type { BackstoryDb, StoredArticle, StoredEntity } from '../db/schema';
import { isoOrEmpty } from '../limits';
import type { ArchiveMention, EntityBackground } from '../messaging/protocol';
import { storyOfArticle, timelineForEntity } from '../stories/timeline';

/** What the bundled knowledge base says about an entity (lib/kb), in the reader's language. */
export interface OfflineFacts {
  name?: string;
  description?: string;
  qid?: string;
}

/** Looks an entity up offline; the default knows nothing. */
export type OfflineLookup = (
  entity: Pick<StoredEntity, 'id' | 'type' | 'name'>,
  lang: string,
) => OfflineFacts | undefined;

// The entities mentioned with one are counted over its most recent articles only: the card
// stays cheap for an entity the reader met in thousands of articles.
const RECENT_FOR_COMPANY = 100;
const COMPANY = 5;
const STORIES = 3;

/**
 * Background on one entity of a stored article: the knowledge base's name and one line, and
 * what the reader's archive knows — how many articles mention it, the first and the last
 * (reading order: article ids grow as articles are stored), the entities most often mentioned
 * with it, the stories about it. Indexed queries only: the ids from the entityIds index, then a bounded bulk read.
 */
export async function entityBackground(
  db: BackstoryDb,
  article: StoredArticle,
  entityId: string,
  lang: string,
  online: boolean,
  lookup: OfflineLookup = () => undefined,
): Promise<EntityBackground | null> {
  const entity = article.entities?.find((e) => e.id === entityId);
  if (!entity) return null;
  const ids = (await db.articles.where('entityIds').equals(entityId).primaryKeys()) as number[];
  ids.sort((a, b) => a - b);
  const recent = ids.slice(-RECENT_FOR_COMPANY);
  const rows = (await db.articles.bulkGet(recent)).filter((r): r is StoredArticle => !!r);
  const firstRow = ids.length > recent.length ? await db.articles.get(ids[0]!) : rows[0];
  const facts = lookup(entity, lang) ?? {};
  return {
    id: entity.id,
    type: entity.type,
    name: facts.name ?? entity.name,
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.qid ? { qid: facts.qid } : {}),
    archive: {
      count: ids.length,
      ...(firstRow ? { first: mention(firstRow) } : {}),
      ...(rows.length ? { last: mention(rows.at(-1)!) } : {}),
      // Named as the entity itself is: in the reader's language when known.
      with: company(rows, entityId).map((w) => ({ ...w, name: lookup(w, lang)?.name ?? w.name })),
      stories: await storiesAbout(db, entityId, article.key),
      storyCount: await db.stories
        .where('entityIds')
        .equals(entityId)
        .count()
        .catch(() => 0),
    },
    online,
  };
}

/**
 * The stories about an entity, newest first, without the story of the article being read when
 * that article is all it has (it is on the page already).
 */
async function storiesAbout(db: BackstoryDb, entityId: string, key: string) {
  try {
    const [stories, own] = await Promise.all([
      timelineForEntity(db, entityId, { limit: STORIES + 1 }),
      storyOfArticle(db, key),
    ]);
    return stories.filter((s) => s.id !== own?.id || s.articleCount > 1).slice(0, STORIES);
  } catch {
    return [];
  }
}

function mention(a: StoredArticle): ArchiveMention {
  const published = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return {
    key: a.key,
    title: a.title,
    siteName: a.siteName,
    date: isoOrEmpty(Number.isFinite(published) ? published : a.firstReadAt),
  };
}

/**
 * The entities most often mentioned in the same articles, each counted once per article; at
 * least two articles together (one article's other entities are on the page already).
 */
function company(rows: StoredArticle[], entityId: string): EntityBackground['archive']['with'] {
  const found = new Map<string, EntityBackground['archive']['with'][number]>();
  for (const row of rows) {
    for (const e of row.entities ?? []) {
      if (e.id === entityId) continue;
      const count = (found.get(e.id)?.count ?? 0) + 1;
      // The name as the most recent article gives it (rows are oldest first).
      found.set(e.id, { id: e.id, name: e.name, type: e.type, count });
    }
  }
  return [...found.values()]
    .filter((c) => c.count >= 2)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, COMPANY);
}
