import Dexie from 'dexie';
import type { StoredArticle } from '@/lib/db';

/**
 * The stores of old schema versions exactly as they shipped (lib/db/schema.ts), for upgrade
 * tests that open a database an older release left behind.
 */
const V6 = {
  articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds',
  queue: '++id, receivedAt',
  contents: '&key',
  searchPostings: '',
  searchColumns: 'chunk',
  searchDocs: 'key',
  searchTail: 'doc',
  searchMeta: 'id',
  onlineCache: 'key, expiresAt',
};
const V8 = {
  ...V6,
  stories: 'id, lastDate, *entityIds, *termKeys',
  storyMembers: 'key, [storyId+date]',
  storyDf: 'k',
  pendingDerive: 'key, indexed',
};
const V10 = {
  ...V8,
  articles:
    '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds, savedChangedAt, importedAt, decision.at',
  lightArticles: 'id, &key, lastReadAt, publishedAt, savedAt, *entityIds',
  syncTombstones: 'key, at',
  syncKeys: 'id',
};

// v11 and v12 (v12 changed no store).
const V11 = { ...V10, searchTailTerms: '[s+doc]' };
const V13 = {
  ...V11,
  articles:
    '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds, savedChangedAt, importedAt, decision.at, dupKey, *aliases',
};

const V14 = {
  ...V13,
  lightArticles: 'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint',
};

const V16 = {
  ...V14,
  lightArticles: 'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands',
};

const V17 = {
  ...V16,
  lightArticles:
    'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands, *copyGroups',
  fills: 'id',
};

const V18 = { ...V17, storyHeads: 'id', storyViews: 'id' };

const V19 = {
  ...V18,
  lightArticles:
    'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands, *copyGroups, *copyEntityIds',
};

// v15 changed no store.
export const SHIPPED_STORES: Record<
  6 | 8 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19,
  Record<string, string>
> = {
  6: V6,
  8: V8,
  10: V10,
  11: V11,
  12: V11,
  13: V13,
  14: V14,
  15: V14,
  16: V16,
  17: V17,
  18: V18,
  19: V19,
};

/**
 * A new database as release `version` (v9 or later: light rows) left it, holding `rows` and their
 * light rows (`light` of each: by default the row without its text or entities); returns its
 * name, for an upgrade test to open.
 */
export async function leftByRelease(
  version: 11 | 12 | 13 | 14 | 15 | 16 | 17,
  rows: readonly StoredArticle[],
  light: (row: StoredArticle) => object = ({ text: _, ...r }) => ({ ...r, entities: [] }),
): Promise<string> {
  const name = `t-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(version).stores(SHIPPED_STORES[version]);
  await old.table('articles').bulkAdd([...rows]);
  await old.table('lightArticles').bulkAdd(rows.map(light));
  old.close();
  return name;
}
