import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../article';

/** An article as stored: what was extracted, plus when and how often it was read. */
export interface StoredArticle extends Article {
  id?: number;
  /** Canonical URL (else page URL) without fragment or tracking parameters: one row per key. */
  key: string;
  /** Epoch milliseconds. */
  firstReadAt: number;
  lastReadAt: number;
  readCount: number;
}

/** The database. Only the background service worker opens it. */
export class BackstoryDb extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;

  constructor(name: string) {
    super(name);
    applySchema(this);
  }
}

/**
 * Every schema version, ascending. Never edit a shipped version: add one below it with its
 * upgrade beside it, and a test that opens data written by the version before.
 */
export function applySchema(db: Dexie): void {
  db.version(1).stores({
    articles: '++id, &key, lastReadAt, publishedAt, siteName, lang',
  });
}
