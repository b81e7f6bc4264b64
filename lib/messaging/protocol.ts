import type { Article, Caption } from '../article';
import type { ExportedArticle } from '../archive/export-format';
import type { SearchHit } from '../search/search-articles';

/** The longest article text accepted, in UTF-16 code units (a long book chapter is ~500k). */
export const MAX_TEXT_CHARS = 2_000_000;

/** What the content script tells the background about the page it runs in. */
export type PageReport =
  { kind: 'article'; article: Article } | { kind: 'not-article'; url: string; reason: string };

/** An article as the UI lists it: metadata only, no text. */
export interface ArticleSummary {
  key: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedAt: string | null;
  firstReadAt: number;
  lastReadAt: number;
  readCount: number;
  /** When it was saved to the archive, or null for reading history only. */
  savedAt: number | null;
  /** Its people, places and organisations, most salient first. */
  entities: EntitySummary[];
}

/** An entity as the UI shows it. */
export interface EntitySummary {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  name: string;
  salience: number;
  mentionCount: number;
}

/** A saved article as the reader page shows it: text, captions and the sanitised HTML. */
export interface SavedCopy {
  article: ArticleSummary & { text: string; captions: Caption[] };
  /** Cleaned HTML (sanitised again before display), or null when saved without the page open. */
  html: string | null;
}

/** A related article and the entities it shares with the current one. */
export interface RelatedSummary {
  article: ArticleSummary;
  shared: { id: string; name: string }[];
}

/** One search result (lib/search): where it matched, with the matched words marked. */
export type { SearchHit } from '../search/search-articles';

/** The longest saved HTML accepted from a content script, in UTF-16 code units. */
export const MAX_HTML_CHARS = 5_000_000;

/** What Backstory knows about one tab, or in plain terms why it knows nothing. */
export type TabView =
  | { kind: 'article'; article: ArticleSummary }
  | { kind: 'not-article'; reason: string }
  | { kind: 'failed'; reason: string }
  | { kind: 'paused' }
  | { kind: 'excluded' }
  | { kind: 'private' }
  | { kind: 'unsupported' }
  | { kind: 'pending' };

/**
 * The one message contract. Each name says its direction; every message that enters the
 * background is validated against `schemas.ts` and its sender checked in `handle.ts`.
 */
export interface ProtocolMap {
  /** content → background: the page is an article (extracted) or is not. */
  reportPage(report: PageReport): { accepted: boolean };
  /** ui → background: what Backstory shows for a tab. */
  getTabView(query: { tabId: number }): TabView;
  /** ui → background: the articles read most recently, newest first. */
  listRecentArticles(query: { limit: number }): ArticleSummary[];
  /** ui → background: save an article to the archive (with its HTML when its tab is open). */
  saveArticle(query: { key: string; tabId?: number }): ArticleSummary;
  /** ui → background: take an article out of the archive. */
  unsaveArticle(query: { key: string }): ArticleSummary;
  /** ui → background: a saved article for the reader page; null when unknown. */
  getSavedArticle(query: { key: string }): SavedCopy | null;
  /** ui → background: articles read before that share the article's main entities. */
  getRelated(query: { key: string }): RelatedSummary[];
  /** ui → background: search the archive (and the reading history when asked). */
  search(query: { query: string; includeHistory: boolean; limit?: number }): SearchHit[];
  /** ui → background: one page of the export, in key order. */
  exportArticles(query: { offset: number; limit: number }): {
    articles: ExportedArticle[];
    total: number;
  };
  /** ui → background: import a chunk of an export file (already read whole and checked). */
  importArticles(query: { articles: ExportedArticle[] }): { added: number; merged: number };
  /** ui → background: delete one article, history and archive. */
  deleteArticle(query: { key: string }): { deleted: number };
  /** ui → background: delete every article of a site. */
  deleteSite(query: { site: string }): { deleted: number };
  /** ui → background: delete everything. */
  deleteAll(query: Record<string, never>): { deleted: true };
  /** ui → background: how many articles are stored and saved. */
  getArchiveStats(query: Record<string, never>): { articles: number; saved: number };
  /** background → ui: what a tab shows has changed; ask again. */
  tabViewChanged(event: { tabId: number }): void;
  /** background → content: the page's article as cleaned, sanitised HTML, for a saved copy. */
  captureArticle(
    query: Record<string, never>,
  ): { url: string; canonicalUrl: string | null; html: string } | null;
}

/** The messages the background answers, and who may send each. */
export const INBOUND: Record<
  Exclude<keyof ProtocolMap, 'tabViewChanged' | 'captureArticle'>,
  'content' | 'ui'
> = {
  reportPage: 'content',
  getTabView: 'ui',
  listRecentArticles: 'ui',
  saveArticle: 'ui',
  unsaveArticle: 'ui',
  getSavedArticle: 'ui',
  getRelated: 'ui',
  search: 'ui',
  exportArticles: 'ui',
  importArticles: 'ui',
  deleteArticle: 'ui',
  deleteSite: 'ui',
  deleteAll: 'ui',
  getArchiveStats: 'ui',
};

export type InboundType = keyof typeof INBOUND;
