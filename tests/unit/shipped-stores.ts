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

const V13 = {
  ...V10,
  articles:
    '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds, savedChangedAt, importedAt, decision.at, dupKey, *aliases',
  searchTailTerms: '[s+doc]',
};

export const SHIPPED_STORES: Record<6 | 8 | 10 | 13, Record<string, string>> = {
  6: V6,
  8: V8,
  10: V10,
  13: V13,
};
