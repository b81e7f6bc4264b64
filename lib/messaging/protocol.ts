import type { Article, Caption } from '../article';
import type { ExportedArticle } from '../archive/export-format';
import type { SearchHit } from '../search/search-articles';
import type { NovelSentence } from '../stories/novel-sentences';
import type {
  ArticleTimeline,
  EntityStories,
  StorySummary,
  TimelineCopy,
} from '../stories/timeline';
import type { ServerRefusal } from '../sync/server';
import type { SyncErrorCode } from '../sync/sync-error';

/** The longest article text accepted (lib/limits.ts holds every limit). */
export { MAX_TEXT_CHARS } from '../limits';

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
  /**
   * For the article being read (the tab's view): the entities whose background cards open with
   * it, main actors first (lib/ui/main-entities.ts, with the KB's countries); absent elsewhere.
   */
  mainEntityIds?: string[];
  /**
   * The same text read on other sites (a wire story republished), in a list that shows it once
   * ("Recently read": foldRecent); absent: none.
   */
  copies?: TimelineCopy[];
}

/** An entity as the UI shows it. */
export interface EntitySummary {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  name: string;
  /** Its name in the reader's language, for an article in another language, when known. */
  displayName?: string;
  /**
   * The language of the name shown, when it is the article's own in another language than the
   * reader's (a place or an organisation the KB has no name for): the interface marks it.
   */
  nameLang?: string;
  salience: number;
  mentionCount: number;
}

/** A saved article as the reader page shows it: text, captions and the sanitised HTML. */
export interface SavedCopy {
  article: ArticleSummary & { text: string; captions: Caption[] };
  /** Cleaned HTML (sanitised again before display), or null when saved without the page open. */
  html: string | null;
}

/** The story of an article: its articles before and after it, and earlier related stories. */
export type {
  ArticleTimeline,
  EntityStories,
  StorySummary,
  TimelineCopy,
  TimelineEntry,
} from '../stories/timeline';

/** A story's name: its most representative headline, and that headline's language. */
export type { StoryName } from '../stories/story-name';

/** What an article adds to what the reader had read of its story ("New in this article"). */
export interface NewInArticle {
  /** Up to three of its sentences least covered by those articles, in text order. */
  sentences: NovelSentence[];
  /** How many of the story's articles the reader had read before this one (those compared). */
  readBefore: number;
}
export type { NovelSentence } from '../stories/novel-sentences';

/** One search result (lib/search): where it matched, with the matched words marked. */
export type { SearchHit } from '../search/search-articles';

/** The longest saved HTML accepted from a content script, in UTF-16 code units. */
export const MAX_HTML_CHARS = 5_000_000;

/** An entity of the page being read, for the in-page highlights and their cards. */
export interface PageEntity {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  name: string;
  /** The strings the article names it by ("Vladimir Poutine", "Poutine"), longest first. */
  surfaces: string[];
  card: EntityCardView;
}

/** What a hover card shows: text only, rendered as text. */
export interface EntityCardView {
  title: string;
  /** The entity's type in the interface's language ("Person", "Personne"). */
  typeLabel: string;
  /** One line about the entity, when known. */
  description?: string;
  /** When the reader last read about it, and where ("Last read about Jun 18, 2024 in “…”"). */
  history?: string;
}

/** An article that mentions an entity, as a background card cites it. */
export interface ArchiveMention {
  key: string;
  title: string | null;
  siteName: string | null;
  /** Publication date, else when it was first read (ISO 8601). */
  date: string;
}

/** Background on an entity: what Backstory knows offline and what the reader's archive knows. */
export interface EntityBackground {
  id: string;
  type: 'PER' | 'LOC' | 'ORG';
  /** Its name in the reader's language when known, else as the article names it. */
  name: string;
  /** The language of `name` when it is the article's, not the reader's (EntitySummary.nameLang). */
  nameLang?: string;
  /** One line about it from the bundled knowledge base, when known. */
  description?: string;
  /** Its Wikidata id, when known. */
  qid?: string;
  archive: {
    /** The other stored articles that mention it (the one being read left out). */
    count: number;
    /**
     * `count` is an estimate: more older copies than the card reads (entity-background.ts,
     * OLDER_COPIES), so the share of copies among those read is taken for the rest.
     */
    approximate?: true;
    /**
     * How many of those are in the story of the article being read (its timeline shows them);
     * absent: none.
     */
    inStory?: number;
    /** The first and the last of those outside that story, by publication date (else reading). */
    first?: ArchiveMention;
    last?: ArchiveMention;
    /**
     * The entities mentioned with it in recent articles outside this story and not in this
     * article, the most distinctive pairing first.
     */
    with: { id: string; name: string; type: 'PER' | 'LOC' | 'ORG'; count: number }[];
    /** The other stories about it (not this article's), newest first; a few. */
    stories: StorySummary[];
    /** How many stories have it among their key entities, this article's included. */
    storyCount: number;
  };
  /** The reader turned "Wikipedia background" on: getEntityOnline may say more. */
  online: boolean;
}

/** What an online source says about an entity, or in plain terms why it says nothing. */
export type OnlineBackground =
  | {
      status: 'ok';
      qid: string;
      /** The Wikidata description, in the reader's language else English. */
      description?: string;
      /** The Wikipedia summary, plain text, in the reader's language else English. */
      summary?: { title: string; extract: string; url: string; lang: string };
    }
  | { status: 'off' }
  | { status: 'not-found' }
  | { status: 'failed'; reason: string };

/** Other outlets' coverage of the article's story (GDELT), shown apart from the archive. */
export type OutsideCoverageView =
  | {
      status: 'ok';
      /** What was asked: the English names of the article's main entities. */
      query: string[];
      articles: {
        url: string;
        title: string;
        domain: string;
        language: string;
        /** ISO 8601. */
        seendate: string;
      }[];
    }
  | { status: 'off' }
  | { status: 'failed'; reason: string };

/** Why a sync failed (lib/sync/sync-error.ts); the interface says it in plain words. */
export type { SyncErrorCode } from '../sync/sync-error';
/** Why a sync server address was refused at set-up (lib/sync/server.ts). */
export type { ServerRefusal } from '../sync/server';

/** Sync through the reader's own CouchDB, as the options and the panel show it. */
export interface SyncStatus {
  /** Off until the reader sets it up. */
  configured: boolean;
  /** The server's database, as the reader entered it. */
  server?: string;
  running: boolean;
  /** When the last sync finished (epoch ms), or null. */
  lastSyncedAt: number | null;
  /** Changes on this device not sent yet. */
  pending: number;
  /** Why the last sync failed, or null when it did not. */
  error: SyncErrorCode | null;
  /** The failure's own message, for the details. */
  detail?: string;
}

/** What setting sync up did: synced, or why nothing was stored. */
export type SyncSetupResult =
  | { ok: true; status: SyncStatus }
  | { ok: false; error: SyncErrorCode | ServerRefusal; detail: string };

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
  /**
   * ui → background: the article's story (named in the reader's `lang`), its articles before
   * and after it, and earlier related stories; null if in none.
   */
  getTimeline(query: { key: string; lang?: string }): ArticleTimeline | null;
  /** ui → background: the sentences of the article that its story read before does not say. */
  getNewInArticle(query: { key: string }): NewInArticle;
  /**
   * ui → background: search the archive (and the reading history when asked); `offset` gives
   * a later page of the same ranking. A search from a `client` stops that client's previous
   * one, if still running (it then fails): each keystroke supersedes the one before.
   */
  search(query: {
    query: string;
    includeHistory: boolean;
    limit?: number;
    offset?: number;
    client?: string;
  }): SearchHit[];
  /**
   * ui → background: one page of the export, in key order, after the key `after` (null: from
   * the start); bounded in bytes as well as in count, and empty once the export is done.
   */
  exportArticles(query: { after: string | null; limit: number }): {
    articles: ExportedArticle[];
    total: number;
  };
  /** ui → background: import a chunk of an export file (already read whole and checked), bounded in bytes. */
  importArticles(query: { articles: ExportedArticle[] }): { added: number; merged: number };
  /** ui → background: delete one article, history and archive. */
  deleteArticle(query: { key: string }): { deleted: number };
  /** ui → background: delete every article of a site. */
  deleteSite(query: { site: string }): { deleted: number };
  /** ui → background: delete everything. */
  deleteAll(query: Record<string, never>): { deleted: true };
  /** ui → background: how many articles are stored and saved. */
  getArchiveStats(query: Record<string, never>): { articles: number; saved: number };
  /** ui → background: background on an entity of a stored article; null when unknown. */
  getEntityBackground(query: {
    key: string;
    entityId: string;
    lang: string;
  }): EntityBackground | null;
  /**
   * ui → background: the reader says an article is not part of its story (or undoes that);
   * `tabId`: the tab whose toolbar count of earlier coverage changes with it.
   */
  setStoryApart(query: { key: string; apart: boolean; tabId?: number }): {
    storyId: string | null;
  };
  /** ui → background: every story about an entity over time, each with its latest articles. */
  getEntityStories(query: { entityId: string; lang?: string }): EntityStories;
  /** ui → background: what Wikipedia says about it, when the reader turned that on. */
  getEntityOnline(query: { key: string; entityId: string; lang: string }): OnlineBackground;
  /** ui → background: other outlets' coverage (GDELT), when the reader turned that on. */
  getOutsideCoverage(query: { key: string }): OutsideCoverageView;
  /** content → background: the entities of the article stored for the sender tab's page. */
  getPageEntities(query: { url: string }): PageEntity[];
  /** content → background: the reader clicked a mention; open the side panel on its entity. */
  openEntityPanel(query: { entityId: string }): { opened: boolean };
  /** ui → background: where sync stands (off, last synced, changes not sent, error). */
  getSyncStatus(query: Record<string, never>): SyncStatus;
  /**
   * ui → background: set sync up with the reader's server and passphrase, then sync. A wrong
   * passphrase or password stores nothing; the passphrase itself is never stored.
   */
  setUpSync(query: {
    url: string;
    database: string;
    username: string;
    password: string;
    passphrase: string;
  }): SyncSetupResult;
  /**
   * ui → background: the user name and password again, for the same server and archive (after
   * the server refused them), then sync from where it stopped.
   */
  signInSync(query: { username: string; password: string }): SyncStatus;
  /** ui → background: sync now; answers when it is done. */
  syncNow(query: Record<string, never>): SyncStatus;
  /** ui → background: turn sync off on this device (the server's archive stays). */
  turnOffSync(query: Record<string, never>): SyncStatus;
  /** background → ui: sync started or finished; ask getSyncStatus again. */
  syncStatusChanged(event: Record<string, never>): void;
  /** background → ui: what a tab shows has changed; ask again. */
  tabViewChanged(event: { tabId: number }): void;
  /** background → content: the page's article as cleaned, sanitised HTML, for a saved copy. */
  captureArticle(
    query: Record<string, never>,
  ): { url: string; canonicalUrl: string | null; html: string } | null;
}

/** The messages the background answers, and who may send each. */
export const INBOUND: Record<
  Exclude<keyof ProtocolMap, 'tabViewChanged' | 'captureArticle' | 'syncStatusChanged'>,
  'content' | 'ui'
> = {
  reportPage: 'content',
  getTabView: 'ui',
  listRecentArticles: 'ui',
  saveArticle: 'ui',
  unsaveArticle: 'ui',
  getSavedArticle: 'ui',
  getTimeline: 'ui',
  getNewInArticle: 'ui',
  search: 'ui',
  exportArticles: 'ui',
  importArticles: 'ui',
  deleteArticle: 'ui',
  deleteSite: 'ui',
  deleteAll: 'ui',
  getArchiveStats: 'ui',
  getEntityBackground: 'ui',
  getEntityStories: 'ui',
  setStoryApart: 'ui',
  getEntityOnline: 'ui',
  getOutsideCoverage: 'ui',
  getPageEntities: 'content',
  openEntityPanel: 'content',
  getSyncStatus: 'ui',
  setUpSync: 'ui',
  signInSync: 'ui',
  syncNow: 'ui',
  turnOffSync: 'ui',
};

export type InboundType = keyof typeof INBOUND;
