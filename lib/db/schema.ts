import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { canonicalizeStoredEntities } from './canonical-entities';
import { articleWritesMiddleware } from './article-writes';
import { dupKeyMiddleware, fillDupKeys } from './same-article';
import {
  fillLightArticles,
  LIGHT_TABLE,
  lightArticlesMiddleware,
  type LightArticle,
} from './light-articles';
import type { Article } from '../article';
import { fillCopyEntityIds, type LinkFill } from './copy-links';
import type {
  PostingsRow,
  SearchDoc,
  SearchMeta,
  SearchColumns,
  TailDoc,
  TailTermsRow,
} from '../search/index-rows';
import { upgradeIdBuckets } from '../search/index-articles';
import { columnsFromLegacy, type LegacyColumns } from '../search/index-rows';
import { packedStoryRowsMiddleware } from '../stories/packed-rows';
import type { StoryDfRow, StoryMember, StoryRow } from '../stories/rows';
import {
  fillStorySideRows,
  storySideRowsMiddleware,
  type StoryHead,
  type StoryView,
} from '../stories/story-heads';

/**
 * An article report received from a tab and not yet processed. It is written before any work
 * starts and deleted in the same transaction that stores the result, so a service worker
 * stopped half-way redoes the work when it wakes, and never does it twice.
 */
export interface QueuedReport {
  id?: number;
  tabId: number;
  article: Article;
  receivedAt: number;
  attempts: number;
  /** Hash of the article's text (lib/search/hash-content), computed once on entry. */
  textHash?: string;
}

/** An article as stored: what was extracted, plus when and how often it was read. */
export interface StoredArticle extends Article {
  id?: number;
  /** Canonical URL (else page URL) without fragment or tracking parameters: one row per key. */
  key: string;
  /** Epoch milliseconds. */
  firstReadAt: number;
  lastReadAt: number;
  readCount: number;
  /** When the reader saved it to the archive (epoch ms); absent for history only. */
  savedAt?: number;
  /** People, places and organisations found in it, most salient first (absent before v0.2). */
  entities?: StoredEntity[];
  /** The entities' ids, multi-entry indexed: "all articles mentioning X" is one query. */
  entityIds?: string[];
  /** When it was last imported from a file (epoch ms): history retention counts from then too. */
  importedAt?: number;
  /** When it was last saved or taken out of the archive (epoch ms): sync keeps the latest. */
  savedChangedAt?: number;
  /** The reader's latest "Not this story" (apart) or put back, and when (epoch ms). */
  decision?: { apart: boolean; at: number };
  /** Reads counted on other devices, by device id, as last synced (lib/sync): readCount includes them. */
  syncReads?: Record<string, number>;
  /**
   * Hash of its site, normalised title and normalised text (lib/db/same-article.ts), indexed:
   * this article read under another address of its site has it too. Kept by a middleware on
   * every write.
   */
  dupKey?: string;
  /** Other keys (addresses of its site) it was read under as the same article, indexed. */
  aliases?: string[];
  /**
   * Its text's fingerprint when long enough (text-fingerprint.ts copyPrint), not indexed: kept
   * with dupKey by the same middleware, from the same pass over the text, and copied to the
   * light row (LightArticle.textPrint, indexed there). Absent on rows written before.
   */
  textPrint?: string;
  /**
   * Its text's near-copy signature when long enough (near-copy.ts), not indexed: computed by the
   * same middleware only when the text changed (its textPrint differs from the one the row
   * carries), and copied to the light row (LightArticle.nearPrint). Absent on rows written before.
   */
  nearPrint?: string;
  /**
   * Its signature's bands (near-copy.ts nearCopySignature), computed and kept with nearPrint, not
   * indexed here: copied to the light row (LightArticle.nearBands, indexed there).
   */
  nearBands?: number[];
}

/**
 * An article whose derived data (entities, search index entry, story) is not complete yet:
 * written in the same transaction as the imported article, deleted once all of it is done, so
 * a worker stopped in between finishes the work when it wakes. `indexed`: 1 once its entities
 * and index entry are there and only its story is left.
 */
export interface PendingDerive {
  key: string;
  indexed: 0 | 1;
}

/** An article deleted by the reader at `at` (epoch ms), for sync to send the deletion. */
export interface SyncTombstone {
  key: string;
  at: number;
  /** Not deleted but folded into the article under this key (lib/sync/merge.ts): a redirect. */
  into?: string;
}

/**
 * The keys that open the sync server's archive (lib/sync/crypto.ts), derived once from the
 * passphrase at set-up; `remote` names the server database they belong to.
 */
export interface StoredSyncKeys {
  id: 'keys';
  remote: string;
  salt: string;
  iterations: number;
  aes: CryptoKey;
  hmac: CryptoKey;
}

/** An entity of a stored article, with its mention spans (UTF-16 offsets into text). */
export interface StoredEntity {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  name: string;
  salience: number;
  mentions: { start: number; end: number }[];
  /**
   * False for an entity the recogniser is not confident of (lib/entities/confidence.ts): kept for
   * search, left out of cards, chips and underlines. Absent (older rows) means shown.
   */
  shown?: boolean;
}

/** The saved copy of an article's cleaned, sanitised HTML (only for saved articles). */
export interface SavedContent {
  key: string;
  html: string;
}

/** A cached answer of an online source (lib/online), kept until expiresAt (epoch ms). */
export interface OnlineCacheRow {
  /** Source and request, e.g. "wiki:fr:per:Vladimir Poutine". */
  key: string;
  value: unknown;
  fetchedAt: number;
  expiresAt: number;
}

/** The database. Only the background service worker opens it. */
export class BackstoryDb extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  queue!: EntityTable<QueuedReport, 'id'>;
  contents!: EntityTable<SavedContent, 'key'>;
  searchPostings!: Dexie.Table<PostingsRow, string>;
  searchColumns!: EntityTable<SearchColumns, 'chunk'>;
  searchDocs!: EntityTable<SearchDoc, 'key'>;
  searchTail!: EntityTable<TailDoc, 'doc'>;
  searchTailTerms!: Dexie.Table<TailTermsRow, [number, number]>;
  searchMeta!: EntityTable<SearchMeta, 'id'>;
  onlineCache!: EntityTable<OnlineCacheRow, 'key'>;
  stories!: EntityTable<StoryRow, 'id'>;
  storyMembers!: EntityTable<StoryMember, 'key'>;
  storyDf!: EntityTable<StoryDfRow, 'k'>;
  /** What a timeline weighs a related story by (lib/stories/story-heads.ts). */
  storyHeads!: EntityTable<StoryHead, 'id'>;
  /** When the reader last opened each story's timeline (lib/stories/story-heads.ts). */
  storyViews!: EntityTable<StoryView, 'id'>;
  pendingDerive!: EntityTable<PendingDerive, 'key'>;
  /** Articles without their text, for list views (lib/db/light-articles.ts). */
  lightArticles!: EntityTable<LightArticle, 'id'>;
  syncTombstones!: EntityTable<SyncTombstone, 'key'>;
  syncKeys!: EntityTable<StoredSyncKeys, 'id'>;
  /** Progress of the fills done after an upgrade by the idle worker (copy-links.ts). */
  fills!: EntityTable<LinkFill, 'id'>;

  constructor(name: string) {
    super(name);
    applySchema(this);
  }
}

/** One shipped schema version: what it changed in the stores, and how it upgrades data. */
interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

/**
 * Every schema version, ascending, as shipped. Never edit a shipped version: add one below it
 * with its upgrade beside it, and a test that opens data written by the version before.
 */
const VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: { articles: '++id, &key, lastReadAt, publishedAt, siteName, lang' },
  },
  // v2: the persisted processing queue. Articles are untouched.
  { version: 2, stores: { queue: '++id, receivedAt' } },
  // v3: the archive. Saved articles are indexed by savedAt; their HTML lives apart so that
  // listing articles never loads it.
  {
    version: 3,
    stores: {
      articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt',
      contents: '&key',
    },
  },
  // v4: articles indexed by the entities they mention (multi-entry), so that "all articles
  // mentioning X" is one indexed query. Rows stored before get their ids from their entities.
  {
    version: 4,
    stores: {
      articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds',
    },
    upgrade: (tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: StoredArticle) => {
          a.entityIds = (a.entities ?? []).map((e) => e.id);
        }),
  },
  // v5: the search index (lib/search). Postings rows keyed out of line by term bucket and
  // segment of 4,096 documents; columns for ranking and filters; each article's
  // document number; the tail of documents not yet merged into the postings rows. Articles
  // are untouched; an upgraded archive is indexed by indexing its articles.
  {
    version: 5,
    stores: {
      searchPostings: '',
      searchColumns: 'chunk',
      searchDocs: 'key',
      searchTail: 'doc',
      searchMeta: 'id',
    },
  },
  // v6: answers of online sources (Wikipedia/Wikidata background, outside coverage), cached
  // with a time-to-live. Stored entities get canonical ids (lib/kb, #5: "per:Q7747", one id
  // across languages); entities that now share an id are merged.
  {
    version: 6,
    stores: { onlineCache: 'key, expiresAt' },
    upgrade: (tx) =>
      tx
        .table('articles')
        .toCollection()
        .modify((a: StoredArticle) => {
          canonicalizeStoredEntities(a);
        }),
  },
  // v7: stories (lib/stories). Stories indexed by their key entities and key terms
  // (multi-entry) so that a new article's candidate stories are a few capped queries; each
  // article's membership, listed per story by date; document frequencies of entities and terms.
  // Articles are untouched; an upgraded archive gets stories by adding its articles.
  {
    version: 7,
    stores: {
      stories: 'id, lastDate, *entityIds, *termKeys',
      storyMembers: 'key, [storyId+date]',
      storyDf: 'k',
    },
  },
  // v8: articles whose derived data is not complete yet (imports), by key, and whether only
  // their story is left. Nothing else changes.
  { version: 8, stores: { pendingDerive: 'key, indexed' } },
  // v9: light rows (lib/db/light-articles.ts): each article without its text, same id, for
  // every list view; kept in step by a middleware on every write to articles. Filled from the
  // article rows a page at a time. Articles are untouched.
  {
    version: 9,
    stores: { [LIGHT_TABLE]: 'id, &key, lastReadAt, publishedAt, savedAt, *entityIds' },
    upgrade: (tx) => fillLightArticles(tx),
  },
  // v10: sync (lib/sync). What changed since the last sync is found
  // by index (a read, a save or unsave, a decision, an import after a time); deletions leave a
  // tombstone until they have gone out; the keys derived from the sync passphrase (CryptoKeys,
  // not extractable: the passphrase itself is never stored). Existing rows need no upgrade.
  {
    version: 10,
    stores: {
      articles:
        '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds, savedChangedAt, importedAt, decision.at',
      syncTombstones: 'key, at',
      syncKeys: 'id',
    },
  },
  // v11: the search tail's terms in rows per shard of buckets, keyed [shard, doc] (lib/search
  // index-rows.ts TailTerms), so that a query reads only its buckets' part of the tail. Tail
  // rows written before keep their terms and are read, and merged, as they are. Columns rows
  // of 4,096 documents at 13 bytes each instead of 1,024 at 28: converted here (a cold query
  // reads them all).
  {
    version: 11,
    stores: { searchTailTerms: '[s+doc]' },
    upgrade: async (tx) => {
      const table = tx.table<SearchColumns | LegacyColumns, number>('searchColumns');
      const rows = (await table.toArray()) as LegacyColumns[];
      await table.clear();
      await table.bulkPut(columnsFromLegacy(rows));
    },
  },
  // (Since v11, without a version: the idle worker folds tail documents 32 at a time, their
  // terms into one searchTailTerms row per shard keyed [s, last doc + 0.5] (TailBlock) and their
  // columns into the columns rows, with SearchMeta.foldFrom; v11's rows are read and merged.)
  // v12: entities' id terms in buckets by the id's characters, not one bucket per entity type
  // (lib/search/index-rows.ts bucketOf): their rows split, the tail merged.
  {
    version: 12,
    stores: {},
    upgrade: (tx) =>
      upgradeIdBuckets({
        searchPostings: tx.table('searchPostings'),
        searchColumns: tx.table('searchColumns'),
        searchTail: tx.table('searchTail'),
        searchTailTerms: tx.table('searchTailTerms'),
        searchMeta: tx.table('searchMeta'),
      }),
  },
  // v13: one article under several addresses of its site is one row (lib/db/same-article.ts):
  // articles indexed by the hash of their site, normalised title and text (dupKey), and by the
  // other keys they were read under (aliases, multi-entry). Rows stored before get their dupKey,
  // a page at a time; rows already stored twice stay as they are.
  {
    version: 13,
    stores: {
      articles:
        '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds, savedChangedAt, importedAt, decision.at, dupKey, *aliases',
    },
    upgrade: (tx) => fillDupKeys(tx),
  },
  // v14: light rows indexed by their text's fingerprint (LightArticle.textPrint): one wire story
  // read on several sites is one timeline entry, and its copy adds nothing new. Light rows
  // written before are written again from their articles, a page at a time.
  {
    version: 14,
    stores: { [LIGHT_TABLE]: 'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint' },
    upgrade: (tx) => fillLightArticles(tx),
  },
  // v15: light rows carry their text's near-copy signature (LightArticle.nearPrint, not
  // indexed): a wire story republished with a credit, a dateline or a paragraph changed is one
  // timeline entry too. Light rows written before are written again from their articles, a page
  // at a time.
  { version: 15, stores: {}, upgrade: (tx) => fillLightArticles(tx) },
  // v16: light rows indexed by their signature's bands (LightArticle.nearBands, multi-entry):
  // a near copy read before is found among all articles read, in any story or none, by a few
  // indexed reads. Light rows written before are written again from their articles, a page at a
  // time.
  {
    version: 16,
    stores: {
      [LIGHT_TABLE]:
        'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands',
    },
    upgrade: (tx) => fillLightArticles(tx),
  },
  // v17: light rows linked to their near copies when written (lib/db/copy-links.ts,
  // LightArticle.copyGroups, multi-entry): a timeline reads a text's copies from its groups
  // instead of looking them up by band each time. No upgrade: rows written before are linked
  // after it by the idle worker a page at a time (fillCopyLinks, its progress in `fills`), and
  // looked up by band until then.
  {
    version: 17,
    stores: {
      [LIGHT_TABLE]:
        'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands, *copyGroups',
      fills: 'id',
    },
  },
  // v18: beside each story, its head (dates and entity profile: what a timeline weighs a related
  // story by, without reading the whole row) and its view (when the reader last opened its
  // timeline, until now the row's lastViewedAt: a view no longer rewrites the row), both kept
  // by storySideRowsMiddleware. Heads written and views moved a page of stories at a time.
  {
    version: 18,
    stores: { storyHeads: 'id', storyViews: 'id' },
    upgrade: (tx) => fillStorySideRows(tx),
  },
  // v19: light rows linked to a copy indexed by their entities too (LightArticle.copyEntityIds,
  // multi-entry): an entity card reads the entity's own linked rows by key, not every linked row
  // of the archive. The rows linked before are written again (fillCopyEntityIds), a page at a time.
  {
    version: 19,
    stores: {
      [LIGHT_TABLE]:
        'id, &key, lastReadAt, publishedAt, savedAt, *entityIds, textPrint, *nearBands, *copyGroups, *copyEntityIds',
    },
    upgrade: (tx) => fillCopyEntityIds(tx),
  },
  // v20: story heads carry what a timeline lists a story by (StoryHead title, count, keyEntities):
  // a timeline reads no story row. Every head written again from its row, a page at a time.
  { version: 20, stores: {}, upgrade: (tx) => fillStorySideRows(tx) },
];

/**
 * Declares the schema to Dexie: only the versions that upgrade data, and the latest, each with
 * every store up to it (what Dexie, since 3.0, needs: it diffs the installed database's own
 * schema against the next declared version, so a database at any shipped version upgrades as
 * through each one). Dexie parses every version declared before at each declaration: the
 * twelve declarations cost the constructor of a woken worker ~13 ms in Chromium under load
 * (one: ~3 ms), paid by the first query of a popup.
 */
export function applySchema(db: Dexie): void {
  let stores: Record<string, string> = {};
  VERSIONS.forEach((v, i) => {
    stores = { ...stores, ...v.stores };
    if (!v.upgrade && i < VERSIONS.length - 1) return;
    const declared = db.version(v.version).stores(stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  });
  // In this order: the later one sees each write first (Dexie), so the light row copies the
  // textPrint that dupKeyMiddleware has just computed with the dupKey (one pass over the text),
  // and the watches of article writes see that dupKey (article-writes.ts).
  db.use(articleWritesMiddleware);
  db.use(lightArticlesMiddleware);
  db.use(dupKeyMiddleware);
  // Story and member rows are stored with their vectors packed (lib/stories/packed-rows.ts).
  db.use(packedStoryRowsMiddleware);
  // Above it: sees story rows as callers write them, and writes their heads and views' deletes.
  db.use(storySideRowsMiddleware);
}
