import type { Article } from '../article';
import { articleKey, ownCanonical } from '../url/article-key';
import { findSameArticle, notePrint, noteStoredPrint, withAlias } from './same-article';
import { fingerprintWords, type TextPrint } from './text-fingerprint';
import type { LightArticle } from './light-articles';
import { BackstoryDb, type QueuedReport, type StoredArticle, type StoredEntity } from './schema';

export type { LightArticle, LightEntity } from './light-articles';

export {
  BackstoryDb,
  type QueuedReport,
  type SavedContent,
  type StoredArticle,
  type StoredEntity,
} from './schema';

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
  return db.transaction('rw', db.articles, () => putArticle(db, article, now));
}

/**
 * The upsert itself, for callers that already hold a transaction over `articles`. The origin
 * that first stored an article (or the key's own) owns it: a report from another origin under
 * the same key (a canonical URL claimed from a sibling host, or http against https) is stored
 * under its own page URL instead, and the stored article, saved copy included, keeps its text
 * and origin. An article already stored under another address of its site (findSameArticle) is
 * that row, read once more: it keeps its key, and the new key becomes one of its aliases.
 */
async function putArticle(
  db: BackstoryDb,
  input: Article & { entities?: StoredEntity[] },
  now: number,
): Promise<StoredArticle> {
  let article = { ...input, canonicalUrl: ownCanonical(input.canonicalUrl, input.url) };
  let key = articleKey(article.canonicalUrl, article.url);
  if (!key) throw new Error('an article needs a URL or a canonical URL to be stored');
  let existing = await db.articles.where('key').equals(key).first();
  const from = originOf(article.url ?? key);
  if (existing && from !== originOf(key) && from !== originOf(existing.url ?? key)) {
    const own = articleKey(null, article.url);
    if (!own) throw new Error(`${key} was first stored from another origin`);
    article = { ...article, canonicalUrl: null };
    key = own;
    existing = await db.articles.where('key').equals(key).first();
  }
  // A new key's text is fingerprinted once, for the same-article lookup and for the row's
  // dupKey (notePrint: dupKeyMiddleware takes it).
  let print: TextPrint | undefined;
  if (!existing) {
    print = fingerprintWords(article.text);
    const same = await findSameArticle(db, { ...article, key }, print);
    if (same) return putAlias(db, same, article, key, from, now, print);
  }
  // The key's own page may update an article first read elsewhere on its site; the article
  // keeps the address it was first read at, and with it the origin that owns it.
  if (existing?.url && originOf(existing.url) !== from) article = { ...article, url: existing.url };
  const row: StoredArticle = existing
    ? { ...existing, ...article, key, lastReadAt: now, readCount: existing.readCount + 1 }
    : { ...article, key, firstReadAt: now, lastReadAt: now, readCount: 1 };
  row.entityIds = (row.entities ?? []).map((e) => e.id);
  // Read again with the same text: its stored print is the text's.
  if (print) notePrint(row, article.text, print);
  else if (existing) noteStoredPrint(row, existing);
  row.id = await db.articles.put(row);
  return row;
}

/**
 * Stores a read of `same` under another of its site's addresses, `key`: read count + 1, and
 * the newer extraction when read from the origin that owns it (another origin never
 * overwrites, as under one key). The row keeps its key, address, saved copy and story.
 */
async function putAlias(
  db: BackstoryDb,
  same: StoredArticle,
  article: Article & { entities?: StoredEntity[] },
  key: string,
  from: string | null,
  now: number,
  print: TextPrint,
): Promise<StoredArticle> {
  const owner = originOf(same.url ?? same.key) === from;
  const row: StoredArticle = {
    ...same,
    ...(owner ? { ...article, url: same.url, canonicalUrl: same.canonicalUrl } : {}),
    lastReadAt: now,
    readCount: same.readCount + 1,
    aliases: withAlias(same.aliases, key),
  };
  row.entityIds = (row.entities ?? []).map((e) => e.id);
  // The new text's print, should the row take it (withDupKey checks).
  notePrint(row, article.text, print);
  row.id = await db.articles.put(row);
  return row;
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Puts a report in the processing queue; returns its id. */
export async function enqueueReport(
  db: BackstoryDb,
  item: Omit<QueuedReport, 'id'>,
): Promise<number> {
  return (await db.queue.add(item)) as number;
}

/** The oldest report still waiting, if any. */
export function nextQueued(db: BackstoryDb): Promise<QueuedReport | undefined> {
  return db.queue.orderBy('receivedAt').first();
}

/**
 * Stores a queued report's article and removes it from the queue in one transaction: either
 * both happen or neither does.
 */
export async function completeQueued(
  db: BackstoryDb,
  item: QueuedReport,
  now: number,
  entities: StoredEntity[] = [],
): Promise<StoredArticle> {
  return db.transaction('rw', db.articles, db.queue, async () => {
    const stored = await putArticle(db, { ...item.article, entities }, now);
    await db.queue.delete(item.id!);
    return stored;
  });
}

/** The stored article under a key, if any. */
export function getArticleByKey(db: BackstoryDb, key: string): Promise<StoredArticle | undefined> {
  return db.articles.where('key').equals(key).first();
}

/**
 * The key of the stored article that `key` names: its own, or the one of the article it is an
 * alias of (read there as the same article); null when none.
 */
export async function resolveArticleKey(db: BackstoryDb, key: string): Promise<string | null> {
  if (await db.articles.where('key').equals(key).count()) return key;
  const aliased = await db.articles.where('aliases').equals(key).first();
  return aliased?.key ?? null;
}

/** The light row (no text) of the article under a key, if any: for lists and the tab's view. */
export function getLightByKey(db: BackstoryDb, key: string): Promise<LightArticle | undefined> {
  return db.lightArticles.where('key').equals(key).first();
}

/** The most recently read articles, newest first, as light rows (never their text). */
export function listRecentArticles(db: BackstoryDb, limit: number): Promise<LightArticle[]> {
  return db.lightArticles.orderBy('lastReadAt').reverse().limit(limit).toArray();
}
