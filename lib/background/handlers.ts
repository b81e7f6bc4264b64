import * as v from 'valibot';
import type { Article } from '../article';
import {
  enqueueReport,
  getArticleByKey,
  getLightByKey,
  listRecentArticles,
  resolveArticleKey,
  type BackstoryDb,
  type LightArticle,
  type StoredArticle,
  type StoredEntity,
} from '../db';
import { getSavedCopy, removeFromArchive, saveToArchive } from '../db/archive';
import {
  deleteAll,
  deleteArticle,
  deleteSite,
  exportPage,
  importArticles,
  pruneHistory,
} from '../db/transfer';
import { CapturedArticleSchema } from '../messaging/schemas';
import type { Handlers, Sender } from '../messaging/handle';
import { isExcludedUrl } from '../privacy/excluded-sites';
import { annotateArticle, readInLanguage } from '../pipeline/annotate';
import { clearIndex, indexArticle, indexArticles, removeFromIndex } from '../search/index-articles';
import { hashContent } from '../search/hash-content';
import { searchArticles } from '../search/search-articles';
import {
  addToStories,
  entityStories,
  inFrequencyBatch,
  removeFromStories,
  setStoryApart,
  storyTables,
  timelineForArticle,
} from '../stories';
import { nextTask } from '../timing/reader-first';
import { articleKey } from '../url/article-key';
import type { OnlineBackground, OutsideCoverageView, SyncStatus } from '../messaging/protocol';
import { entityBackground, type OfflineLookup } from './entity-background';
import { viewWithReaderNames, withReaderNames } from './entity-names';
import { viewWithMainEntities } from './main-cards';
import { scheduleIdleMerge } from './idle-merge';
import { newInArticle } from './new-in-article';
import { foldRecent } from './recent-reading';
import { createQueueRunner, type QueueRunner } from './process-queue';
import type { SyncRunner } from './sync';
import { openEntityPanelFor, pageEntitiesFor } from './page-entities';
import {
  describeTab,
  isSameArticleAgain,
  summarize,
  type TabFacts,
  type TabRecord,
} from './tab-view';

const NO_SYNC: SyncStatus = {
  configured: false,
  running: false,
  lastSyncedAt: null,
  pending: 0,
  error: null,
};

/** What the handlers need from the browser, injected so that they run in plain Node tests. */
export interface BackgroundDeps {
  db: BackstoryDb;
  isRecording(): Promise<boolean>;
  /** Sites the reader excluded from recording. */
  excludedSites(): Promise<string[]>;
  getTab(tabId: number): Promise<TabFacts | undefined>;
  readTabRecord(tabId: number): Promise<TabRecord | undefined>;
  writeTabRecord(tabId: number, record: TabRecord): Promise<void>;
  /** Tells open extension pages that a tab's view changed. */
  notifyTabChanged(tabId: number): void;
  /** How long reading history is kept, in days (0: until deleted). */
  historyRetentionDays(): Promise<number>;
  /** Shows a number on the toolbar button for a tab ('' clears it). */
  setBadge(tabId: number, text: string): void;
  /** Asks the tab's content script for its article's HTML; the raw, unvalidated answer. */
  captureArticle(tabId: number): Promise<unknown>;
  now(): number;
  /** Whether the reader turned "Wikipedia background" on (default: off). */
  wikipediaEnabled?(): Promise<boolean>;
  /** Asks Wikipedia/Wikidata about an entity (lib/online); only called when turned on. */
  fetchOnline?(
    entity: Pick<StoredEntity, 'id' | 'type' | 'name'>,
    lang: string,
  ): Promise<OnlineBackground>;
  /** The bundled knowledge base's facts about an entity (lib/kb). */
  offlineLookup?: OfflineLookup;
  /** Whether the reader turned "outside coverage" on (default: off). */
  outsideEnabled?(): Promise<boolean>;
  /** Asks GDELT about a stored article (lib/online); only called when turned on. */
  fetchOutside?(article: LightArticle): Promise<OutsideCoverageView>;
  /** Articles were added in bulk: complete their pending derived data (stories), later. */
  backfillMore?(): void;
  /** The interface's language ("fr"), for the entity cards of in-page highlights. */
  uiLanguage?(): string;
  /** Opens the side panel in a tab (Chrome: only during a user gesture). */
  openSidePanel?(tabId: number): Promise<void>;
  /** Sync through the reader's server (lib/background/sync.ts), when the browser has it. */
  sync?: SyncRunner;
  /** Remembers the entity the reader clicked in a tab, for the side panel to show. */
  selectPanelEntity?(
    tabId: number,
    entity: Pick<StoredEntity, 'id' | 'name' | 'type'>,
  ): Promise<void>;
}

/**
 * What is stored with an article: the language it is read in (readInLanguage, detected once for
 * both), and the entities the recogniser found, with mention spans only. A recogniser failure costs the entities, never the
 * article.
 */
export function annotateForStorage(
  input: Article,
  annotate = annotateArticle,
): { article: Article; entities: StoredEntity[] } {
  const { article, lang } = readInLanguage(input);
  try {
    const entities = annotate(article, lang).entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      salience: e.salience,
      mentions: e.mentions.map(({ start, end }) => ({ start, end })),
      ...(e.shown === false ? { shown: false } : {}),
    }));
    return { article, entities };
  } catch (error) {
    console.warn('[Backstory] entity recognition failed; storing the article without', error);
    return { article, entities: [] };
  }
}

/** The queue runner wired to tab state: a stored or failed report updates its tab's view. */
export function createBackgroundQueue(deps: BackgroundDeps): QueueRunner {
  return createQueueRunner({
    db: deps.db,
    now: deps.now,
    annotate: (article) => annotateForStorage(article),
    async onStored(item, stored) {
      const url = item.article.url ?? stored.key;
      // Hashed once, on entry; a report queued by an older version comes without.
      const textHash = item.textHash ?? hashContent([stored.text]);
      await deps.writeTabRecord(item.tabId, { url, kind: 'article', key: stored.key, textHash });
      deps.notifyTabChanged(item.tabId); // The article shows at once...
      await keepIndexed(deps.db, indexArticle(deps.db, stored));
      await keepInStories(deps.db, stored);
      // The toolbar says how much earlier coverage this page has.
      const earlier = await countEarlier(deps.db, stored.key);
      deps.setBadge(item.tabId, earlier ? String(earlier) : '');
      // ...and its earlier coverage once its story is known: a panel that asked in between
      // would otherwise keep saying there is none.
      deps.notifyTabChanged(item.tabId);
    },
    async onFailed(item, error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const url = item.article.url ?? item.article.canonicalUrl ?? '';
      await deps.writeTabRecord(item.tabId, { url, kind: 'failed', reason }).catch(() => {});
      deps.notifyTabChanged(item.tabId);
    },
  });
}

/**
 * The background's answers to every inbound message. An article report is first written to the
 * persisted queue, then processed; a worker stopped in between finishes it when it wakes.
 */
export function createHandlers(deps: BackgroundDeps, queue: QueueRunner): Handlers {
  // Each tab's latest report still waiting: a newer report of the tab takes its place, so a
  // tab has at most one report in flight and one waiting (the newest page wins).
  const waiting = new Map<number, number>();
  const replaceWaiting = async (tabId: number, id?: number) => {
    const older = waiting.get(tabId);
    if (id === undefined) waiting.delete(tabId);
    else waiting.set(tabId, id);
    if (older !== undefined) await deps.db.queue.delete(older).catch(() => {});
  };
  // The running search of each UI client (a popup, a side panel), to stop when superseded.
  const searches = new Map<string, AbortController>();
  return {
    async reportPage(report, sender) {
      const tabId = sender.tab!.id!; // dispatchMessage has checked that a tab sent it.
      if (!(await deps.isRecording())) return { accepted: false };
      const pageUrl =
        report.kind === 'article' ? (report.article.url ?? sender.tab?.url) : report.url;
      // Defence in depth: the content script of an excluded site sends nothing in the first place.
      if (pageUrl && isExcludedUrl(pageUrl, await deps.excludedSites())) return { accepted: false };
      if (report.kind === 'not-article') {
        await replaceWaiting(tabId);
        await deps.writeTabRecord(tabId, {
          url: report.url,
          kind: 'not-article',
          reason: report.reason,
        });
        deps.notifyTabChanged(tabId);
        return { accepted: false };
      }
      const article = { ...report.article, url: report.article.url ?? sender.tab?.url ?? null };
      const key = articleKey(article.canonicalUrl, article.url);
      if (!key) return { accepted: false };
      const record = await deps.readTabRecord(tabId);
      const textHash = hashContent([article.text]);
      if (isSameArticleAgain(record, { url: article.url, key, textHash })) {
        // The tab still shows the article it stored: it now shows it at this URL, read once.
        await replaceWaiting(tabId);
        await deps.writeTabRecord(tabId, { ...record!, url: article.url! });
        deps.notifyTabChanged(tabId);
        return { accepted: true };
      }
      try {
        const id = await enqueueReport(deps.db, {
          tabId,
          article,
          receivedAt: deps.now(),
          attempts: 0,
          textHash,
        });
        await replaceWaiting(tabId, id);
      } catch (error) {
        // Not even the queue could be written (storage full): nothing changed; say so.
        await deps.writeTabRecord(tabId, {
          url: article.url ?? '',
          kind: 'failed',
          reason: String(error),
        });
        deps.notifyTabChanged(tabId);
        return { accepted: false };
      }
      await queue.drain();
      return { accepted: true };
    },

    async getTabView({ tabId }) {
      const [tab, record, recording, excluded] = await Promise.all([
        deps.getTab(tabId),
        deps.readTabRecord(tabId),
        deps.isRecording(),
        deps.excludedSites(),
      ]);
      // The light row: the popup never waits for an article's text to be read.
      const article = record?.key ? await getLightByKey(deps.db, record.key) : undefined;
      const view = describeTab(tab, record, recording, article, excluded);
      return viewWithMainEntities(viewWithReaderNames(view, deps.uiLanguage?.()));
    },

    async listRecentArticles({ limit }) {
      return foldRecent(await listRecentArticles(deps.db, limit));
    },

    async saveArticle({ key, tabId }) {
      const html = tabId === undefined ? null : await captureHtml(deps, tabId, key);
      const saved = await saveToArchive(deps.db, key, html, deps.now());
      await keepIndexed(deps.db, indexArticle(deps.db, saved)); // Counts as saved in search from now on.
      if (tabId !== undefined) deps.notifyTabChanged(tabId);
      return summarize(saved);
    },

    async unsaveArticle({ key }) {
      const article = await removeFromArchive(deps.db, key, deps.now());
      await keepIndexed(deps.db, indexArticle(deps.db, article));
      return summarize(article);
    },

    async search({ query, includeHistory, limit, offset, client }) {
      // A client's new search (its next keystroke) stops its previous one between reads.
      const ctl = new AbortController();
      if (client) {
        searches.get(client)?.abort(new Error('superseded by a newer search'));
        searches.set(client, ctl);
      }
      try {
        return await searchArticles(deps.db, query, {
          includeHistory,
          limit,
          offset,
          now: deps.now(),
          signal: ctl.signal,
        });
      } finally {
        if (client && searches.get(client) === ctl) searches.delete(client);
      }
    },

    exportArticles: ({ after, limit }) => exportPage(deps.db, after, limit),
    async importArticles({ articles }) {
      // The articles and their pending derivation are written together: a worker stopped
      // from here on leaves them pending, and finishes them when it wakes (derive-pending.ts).
      const result = await importArticles(deps.db, articles, deps.now());
      const rows = await deps.db.articles
        .where('key')
        .anyOf(articles.map((a) => a.key))
        .toArray();
      await annotateImported(deps.db, rows);
      const indexed = await indexArticles(
        deps.db,
        rows.map((article) => ({ article })),
      ).then(
        () => true,
        (error: unknown) => console.warn('[Backstory] search index not updated', error),
      );
      scheduleIdleMerge(deps.db);
      // Only their stories are left; they come after, in the background.
      if (indexed) {
        await deps.db.pendingDerive.bulkPut(rows.map((r) => ({ key: r.key, indexed: 1 as const })));
      }
      deps.backfillMore?.();
      return result;
    },
    async deleteArticle({ key }) {
      // Read first: its words are counted out of the stories' rarities.
      const row = await getArticleByKey(deps.db, key);
      const deleted = await deleteArticle(deps.db, key, deps.now());
      await keepIndexed(deps.db, removeFromIndex(deps.db, key));
      await leaveStories(deps.db, [row ?? key]);
      return { deleted };
    },
    async deleteSite({ site }) {
      const rows = await deleteSite(deps.db, site, deps.now());
      for (const { key } of rows) await keepIndexed(deps.db, removeFromIndex(deps.db, key));
      await leaveStories(deps.db, rows);
      return { deleted: rows.length };
    },
    async deleteAll() {
      // Deleting here is not deleting everywhere: sync is turned off first, the server kept.
      await deps.sync?.turnOff();
      await deleteAll(deps.db);
      await keepIndexed(deps.db, clearIndex(deps.db));
      await clearStories(deps.db);
      return { deleted: true };
    },
    getSyncStatus: () => deps.sync?.status() ?? NO_SYNC,
    setUpSync: (setup) =>
      deps.sync?.setUp(setup) ?? { ok: false, error: 'other', detail: 'sync is not available' },
    signInSync: (credentials) => deps.sync?.signIn(credentials) ?? NO_SYNC,
    syncNow: () => deps.sync?.run() ?? NO_SYNC,
    turnOffSync: () => deps.sync?.turnOff() ?? NO_SYNC,
    async getArchiveStats() {
      const [articles, saved] = await Promise.all([
        deps.db.articles.count(),
        deps.db.articles.where('savedAt').above(0).count(),
      ]);
      return { articles, saved };
    },

    getPageEntities: ({ url }, sender) => pageEntitiesFor(deps, url, sender),
    openEntityPanel: ({ entityId }, sender) => openEntityPanelFor(deps, entityId, sender),

    getTimeline: ({ key, lang }) =>
      timelineForArticle(deps.db, key, { now: deps.now(), ...(lang ? { lang } : {}) }),
    getNewInArticle: ({ key }) => newInArticle(deps.db, key),

    async getEntityBackground({ key, entityId, lang }) {
      const article = await getLightByKey(deps.db, key);
      if (!article) return null;
      const online = (await deps.wikipediaEnabled?.()) ?? false;
      return entityBackground(deps.db, article, entityId, lang, online, deps.offlineLookup);
    },

    getEntityStories: ({ entityId, lang }) =>
      entityStories(deps.db, entityId, lang ? { lang } : {}),

    async setStoryApart({ key, apart, tabId }) {
      const storyId = await setStoryApart(deps.db, key, apart, deps.now());
      // The toolbar's count of earlier coverage for the page the reader is on changes with it.
      const record = tabId === undefined ? undefined : await deps.readTabRecord(tabId);
      if (tabId !== undefined && record?.kind === 'article' && record.key) {
        const earlier = await countEarlier(deps.db, record.key);
        deps.setBadge(tabId, earlier ? String(earlier) : '');
      }
      return { storyId };
    },

    async getEntityOnline({ key, entityId, lang }) {
      // Checked here, not only in the interface: nothing leaves the browser unless turned on.
      if (!deps.fetchOnline || !(await deps.wikipediaEnabled?.())) return { status: 'off' };
      const entity = (await getLightByKey(deps.db, key))?.entities.find((e) => e.id === entityId);
      if (!entity) return { status: 'not-found' };
      return deps.fetchOnline(entity, lang);
    },

    async getOutsideCoverage({ key }) {
      if (!deps.fetchOutside || !(await deps.outsideEnabled?.())) return { status: 'off' };
      const article = await getLightByKey(deps.db, key);
      if (!article) return { status: 'failed', reason: 'not-found' };
      return deps.fetchOutside(article);
    },

    async getSavedArticle({ key }) {
      const copy = await getSavedCopy(deps.db, key);
      if (!copy) return null;
      const { article, html } = copy;
      const ui = deps.uiLanguage?.();
      const summary = ui ? withReaderNames(summarize(article), ui) : summarize(article);
      return {
        article: { ...summary, text: article.text, captions: article.captions ?? [] },
        html,
      };
    },
  };
}

/**
 * A page report refused on entry (lib/messaging/handle.ts): logged, and its tab says why
 * instead of "not read yet", so the reader is not told to reload a page that will fail again.
 */
export async function refuseReport(
  deps: BackgroundDeps,
  type: string,
  sender: Sender,
  reason: string,
): Promise<void> {
  console.warn(`[Backstory] ${type} refused:`, reason);
  const tabId = sender.tab?.id;
  if (type !== 'reportPage' || tabId === undefined || !sender.tab?.url) return;
  await deps.writeTabRecord(tabId, {
    url: sender.tab.url,
    kind: 'failed',
    reason: `the page's report was refused, ${reason}`,
  });
  deps.notifyTabChanged(tabId);
}

/**
 * The cleaned HTML of the article open in a tab, when that tab still shows the article with
 * this key; null otherwise (closed tab, navigated away, page without our content script).
 */
async function captureHtml(
  deps: BackgroundDeps,
  tabId: number,
  key: string,
): Promise<string | null> {
  const answer = v.safeParse(
    CapturedArticleSchema,
    await deps.captureArticle(tabId).catch(() => null),
  );
  if (!answer.success || !answer.output) return null;
  const { url, canonicalUrl, html } = answer.output;
  const pageKey = articleKey(canonicalUrl, url);
  if (!pageKey) return null;
  // The page may show the article under another address of its site (an alias of its key).
  return pageKey === key || (await resolveArticleKey(deps.db, pageKey)) === key ? html : null;
}

/** Saves the article open in a tab (context menu, keyboard shortcut); null when there is none. */
export async function saveTab(deps: BackgroundDeps, handlers: Handlers, tabId: number) {
  const record = await deps.readTabRecord(tabId);
  if (record?.kind !== 'article' || !record.key) return null;
  return handlers.saveArticle({ key: record.key, tabId }, { id: 'self' });
}

/**
 * Runs an index update; a failure is logged, never thrown: the article itself is already safe,
 * and the index can be rebuilt from the articles.
 */
async function keepIndexed(db: BackstoryDb, work: Promise<void>): Promise<void> {
  await work.catch((error: unknown) => console.warn('[Backstory] search index not updated', error));
  scheduleIdleMerge(db);
}

/** Puts a stored article in its story; a failure is logged: the article itself is safe. */
async function keepInStories(db: BackstoryDb, article: StoredArticle): Promise<void> {
  await addToStories(db, article).catch((error: unknown) =>
    console.warn('[Backstory] stories not updated', error),
  );
}

/**
 * Puts articles in their stories one after the other (a backfill batch), in one transaction
 * with the word frequencies read and written once (inFrequencyBatch): the same stories as one
 * at a time, in far fewer database writes. Should one article fail, the batch is undone and
 * they go one at a time, so that only that one is left out.
 */
export async function addAllToStories(db: BackstoryDb, articles: StoredArticle[]): Promise<void> {
  if (articles.length > 1) {
    const together = await db
      .transaction('rw', storyTables(db), async () => {
        await inFrequencyBatch(db, async () => {
          for (const article of articles) await addToStories(db, article);
        });
      })
      .then(
        () => true,
        (error: unknown) => void console.warn('[Backstory] stories: one at a time', error),
      );
    if (together) return;
  }
  for (const article of articles) await keepInStories(db, article);
}

/**
 * Takes deleted articles out of their stories (a story left empty goes): given as the rows that
 * were deleted, so that their words are counted out too, or by key when the row was gone.
 */
async function leaveStories(db: BackstoryDb, deleted: (StoredArticle | string)[]): Promise<void> {
  for (const d of deleted) {
    const [key, row] = typeof d === 'string' ? [d, undefined] : [d.key, d];
    await removeFromStories(db, key, row).catch((error: unknown) =>
      console.warn('[Backstory] stories not updated', error),
    );
  }
}

async function clearStories(db: BackstoryDb): Promise<void> {
  await db.transaction('rw', db.stories, db.storyMembers, db.storyDf, () =>
    Promise.all([db.stories.clear(), db.storyMembers.clear(), db.storyDf.clear()]),
  );
}

/**
 * How many other articles the timeline of an article lists, its story's and related stories'
 * (without marking it viewed): the toolbar's count.
 */
export async function countEarlier(db: BackstoryDb, key: string): Promise<number> {
  const timeline = await timelineForArticle(db, key, { markViewed: false }).catch(() => null);
  if (!timeline) return 0;
  return (
    timeline.entries.filter((e) => !e.current).length +
    timeline.relatedStories.reduce((n, r) => n + r.entries.length, 0)
  );
}

/**
 * Finds the entities of imported articles that came without (files exported before entities
 * were), one article at a time, letting other messages (the popup's) in between.
 */
async function annotateImported(db: BackstoryDb, rows: StoredArticle[]): Promise<void> {
  const updated: StoredArticle[] = [];
  for (const row of rows) {
    if (row.entities) continue;
    await nextTask();
    const { entities } = annotateForStorage(row);
    row.entities = entities;
    row.entityIds = entities.map((e) => e.id);
    updated.push(row);
  }
  // Only these two fields: a read of the article meanwhile keeps its count.
  await db.transaction('rw', db.articles, () =>
    Promise.all(
      updated.map((r) =>
        db.articles.update(r.id!, { entities: r.entities, entityIds: r.entityIds }),
      ),
    ),
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes reading history past the retention period (and its index entries); returns how many. */
export async function pruneOldHistory(deps: BackgroundDeps): Promise<number> {
  const days = await deps.historyRetentionDays();
  if (!days) return 0;
  const rows = await pruneHistory(deps.db, deps.now() - days * DAY_MS);
  for (const { key } of rows) await keepIndexed(deps.db, removeFromIndex(deps.db, key));
  await leaveStories(deps.db, rows);
  return rows.length;
}
