import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import {
  annotateForStorage,
  createBackgroundQueue,
  createHandlers,
  pruneOldHistory,
  refuseReport,
  saveTab,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabFacts, TabRecord } from '@/lib/background/tab-view';
import { enqueueReport, openDb } from '@/lib/db';
import type { Sender } from '@/lib/messaging/handle';
import { readPage } from '@/lib/pipeline/read-page';
import { GERMAN_TEXT, loadFixture, storedArticle } from '../../../helpers';
import { QUAKE_EN, QUAKE_EN_2, QUAKE_FR } from '../stories/helpers';

// The page is on the site its canonical URL names (lib/url/article-key ownCanonical).
const PAGE = 'https://news24.localhost/monde/kim?utm_medium=social';
const seed = (() => {
  const r = readPage(loadFixture('news24-putin-pyongyang.fr.html', PAGE), PAGE);
  if (!r.ok) throw new Error(r.reason);
  return r.article;
})();
const sender = (tabId: number): Sender => ({
  id: 'x',
  frameId: 0,
  tab: { id: tabId, url: PAGE, incognito: false },
});

const ui: Sender = { id: 'x', url: 'chrome-extension://x/popup.html' };

let deps: BackgroundDeps & {
  badges: Map<number, string>;
  retention: number;
  tabs: Map<number, TabFacts>;
  records: Map<number, TabRecord>;
  notified: number[];
  recording: boolean;
};
beforeEach(() => {
  const records = new Map<number, TabRecord>();
  const tabs = new Map<number, TabFacts>([[1, { url: PAGE, incognito: false }]]);
  deps = {
    badges: new Map(),
    retention: 365,
    db: openDb(`t-${crypto.randomUUID()}`),
    tabs,
    records,
    notified: [],
    recording: true,
    isRecording: async () => deps.recording,
    excludedSites: async () => ['bank.example'],
    historyRetentionDays: async () => deps.retention,
    getTab: async (id) => tabs.get(id),
    readTabRecord: async (id) => records.get(id),
    writeTabRecord: async (id, r) => void records.set(id, r),
    notifyTabChanged: (id) => void deps.notified.push(id),
    captureArticle: async () => null,
    setBadge: (tabId, text) => void deps.badges.set(tabId, text),
    now: () => 42,
  };
});
afterEach(async () => {
  deps.db.close();
  await Dexie.delete(deps.db.name);
});

describe('background handlers', () => {
  it('store a reported article and show it for its tab and in recent reading', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    expect(await h.reportPage({ kind: 'article', article: seed }, sender(1))).toEqual({
      accepted: true,
    });
    const view = await h.getTabView({ tabId: 1 }, ui);
    expect(view.kind).toBe('article');
    expect(view.kind === 'article' && view.article).toMatchObject({
      title: seed.title,
      siteName: 'News 24',
      lang: 'fr',
      publishedAt: '2024-06-19T06:45:00.000Z',
    });
    expect((await h.listRecentArticles({ limit: 5 }, ui)).map((a) => a.title)).toEqual([
      seed.title,
    ]);
    // Told twice: the article at once, then its earlier coverage once its story is known.
    expect(deps.notified).toEqual([1, 1]);
  });

  it('store nothing while recording is paused, and say so', async () => {
    deps.recording = false;
    const h = createHandlers(deps, createBackgroundQueue(deps));
    expect(await h.reportPage({ kind: 'article', article: seed }, sender(1))).toEqual({
      accepted: false,
    });
    expect(await deps.db.articles.count()).toBe(0);
    expect(await h.getTabView({ tabId: 1 }, ui)).toEqual({ kind: 'paused' });
  });

  it('say why a tab has no article', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    deps.tabs.set(2, { url: 'https://news24.example/', incognito: false });
    expect(await h.getTabView({ tabId: 2 }, ui)).toEqual({ kind: 'pending' });
    await h.reportPage(
      { kind: 'not-article', url: 'https://news24.example/', reason: 'a front page' },
      sender(2),
    );
    expect(await h.getTabView({ tabId: 2 }, ui)).toEqual({
      kind: 'not-article',
      reason: 'a front page',
    });
    deps.tabs.set(3, { url: 'https://bank.example/', incognito: true });
    expect(await h.getTabView({ tabId: 3 }, ui)).toEqual({ kind: 'private' });
    deps.tabs.set(4, { url: 'chrome://newtab/', incognito: false });
    expect(await h.getTabView({ tabId: 4 }, ui)).toEqual({ kind: 'unsupported' });
    expect(await h.getTabView({ tabId: 99 }, ui)).toEqual({ kind: 'unsupported' });
    expect(await deps.db.articles.count()).toBe(0);
  });

  it('forget a report once the tab has moved on to another page', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    deps.tabs.set(1, { url: 'https://news24.example/other', incognito: false });
    expect(await h.getTabView({ tabId: 1 }, ui)).toEqual({ kind: 'pending' });
  });
});

describe('the processing queue', () => {
  it('finishes, when the worker wakes, a report left behind by a worker stopped mid-way', async () => {
    // The stopped worker had written the report to the queue and nothing else.
    await enqueueReport(deps.db, {
      tabId: 1,
      article: { ...seed, url: PAGE },
      receivedAt: 1,
      attempts: 0,
    });
    const h = createHandlers(deps, createBackgroundQueue(deps));
    expect(await h.getTabView({ tabId: 1 }, ui)).toEqual({ kind: 'pending' });
    // A new worker starts and drains the queue.
    await createBackgroundQueue(deps).drain();
    expect(await deps.db.queue.count()).toBe(0);
    expect(await deps.db.articles.count()).toBe(1);
    expect((await h.getTabView({ tabId: 1 }, ui)).kind).toBe('article');
  });

  it('stores 30 reports arriving at once, each exactly once', async () => {
    const queue = createBackgroundQueue(deps);
    const h = createHandlers(deps, queue);
    const reports = Array.from({ length: 30 }, (_, i) => {
      deps.tabs.set(100 + i, { url: `https://news24.example/a/${i}`, incognito: false });
      const article = {
        ...seed,
        canonicalUrl: `https://news24.example/a/${i}`,
        url: `https://news24.example/a/${i}`,
      };
      return h.reportPage(
        { kind: 'article', article },
        { ...sender(100 + i), tab: { id: 100 + i, url: article.url } },
      );
    });
    expect(await Promise.all(reports)).toEqual(Array(30).fill({ accepted: true }));
    expect(await deps.db.articles.count()).toBe(30);
    expect((await deps.db.articles.toArray()).every((a) => a.readCount === 1)).toBe(true);
    expect(await deps.db.queue.count()).toBe(0);
  }, 30_000);

  it('leaves the database as it was when a write fails (storage full), and the tab says so', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage(
      {
        kind: 'article',
        article: { ...seed, canonicalUrl: 'https://a.example/kept', url: 'https://a.example/kept' },
      },
      sender(1),
    );
    const before = await deps.db.articles.toArray();
    deps.db.articles.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    deps.tabs.set(5, { url: PAGE, incognito: false });
    await h.reportPage(
      { kind: 'article', article: seed },
      { ...sender(5), tab: { id: 5, url: PAGE } },
    );
    expect(await deps.db.articles.toArray()).toEqual(before);
    expect(await deps.db.queue.count()).toBe(0);
    const view = await h.getTabView({ tabId: 5 }, ui);
    expect(view).toEqual({ kind: 'failed', reason: expect.stringContaining('QuotaExceededError') });
  });
});

describe('a page pushing new URLs (history flooding)', () => {
  /** The tab moves to `url` (history.pushState) and its content script reports the article. */
  const reportAt = (h: ReturnType<typeof createHandlers>, url: string, text = seed.text) => {
    deps.tabs.set(1, { url, incognito: false });
    return h.reportPage(
      { kind: 'article', article: { ...seed, canonicalUrl: null, url, text } },
      { ...sender(1), tab: { id: 1, url } },
    );
  };

  it('keeps one article for the same text under new URLs of the same tab and site', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await reportAt(h, 'https://news24.example/monde/kim');
    for (let i = 1; i <= 30; i++) {
      expect(await reportAt(h, `https://news24.example/monde/kim?page=${i}`)).toEqual({
        accepted: true,
      });
    }
    const rows = await deps.db.articles.toArray();
    expect(rows.map((a) => [a.key, a.readCount])).toEqual([
      ['https://news24.example/monde/kim', 1],
    ]);
    // The popup still shows the article at the URL the page shows now.
    const view = await h.getTabView({ tabId: 1 }, ui);
    expect(view.kind === 'article' && view.article.key).toBe('https://news24.example/monde/kim');
  });

  it('stores a new article when the text changes, or the same text comes from another site', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await reportAt(h, 'https://news24.example/monde/kim');
    await reportAt(h, 'https://news24.example/monde/autre', `${seed.text}\n\nUne mise à jour.`);
    await reportAt(h, 'https://copy.example/monde/kim', `${seed.text}\n\nUne mise à jour.`);
    expect((await deps.db.articles.toArray()).map((a) => a.key).sort()).toEqual([
      'https://copy.example/monde/kim',
      'https://news24.example/monde/autre',
      'https://news24.example/monde/kim',
    ]);
  });

  it('holds one report per tab waiting: of a burst, the newest page wins', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const burst = Array.from({ length: 10 }, (_, i) =>
      reportAt(h, `https://news24.example/a/${i}`, `${seed.text}\n\nVersion ${i}.`),
    );
    expect(await Promise.all(burst)).toEqual(Array(10).fill({ accepted: true }));
    const keys = (await deps.db.articles.toArray()).map((a) => a.key);
    expect(keys.length).toBeLessThanOrEqual(2);
    expect(keys).toContain('https://news24.example/a/9');
    expect(await deps.db.queue.count()).toBe(0);
    const view = await h.getTabView({ tabId: 1 }, ui);
    expect(view.kind === 'article' && view.article.key).toBe('https://news24.example/a/9');
  });
});

describe('one article under two addresses of its site', () => {
  // The seed page without a canonical URL (as served by the e2e server), opened in two tabs
  // under two query strings the site adds.
  const at = (url: string) => ({ ...seed, url, canonicalUrl: null });
  const A = 'https://news24.localhost/monde/kim?sidebar';
  const B = 'https://news24.localhost/monde/kim?highlights';

  it('is one article: each tab shows it, its story counts it once, a save takes its copy', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    deps.tabs.set(1, { url: A, incognito: false });
    deps.tabs.set(2, { url: B, incognito: false });
    await h.reportPage(
      { kind: 'article', article: at(A) },
      { ...sender(1), tab: { id: 1, url: A } },
    );
    await h.reportPage(
      { kind: 'article', article: at(B) },
      { ...sender(2), tab: { id: 2, url: B } },
    );
    expect((await deps.db.articles.toArray()).map((a) => [a.key, a.readCount])).toEqual([[A, 2]]);
    for (const tabId of [1, 2]) {
      const view = await h.getTabView({ tabId }, ui);
      expect(view.kind === 'article' && view.article.key).toBe(A);
    }
    const timeline = await h.getTimeline({ key: A }, ui);
    expect(timeline?.entries).toHaveLength(1);
    expect(timeline?.story.articleCount).toBe(1);
    // Saved from the second tab: its page is the article under its alias, its HTML is kept.
    deps.captureArticle = async () => ({ url: B, canonicalUrl: null, html: '<p>Copie.</p>' });
    expect(await saveTab(deps, h, 2)).toMatchObject({ key: A, savedAt: 42 });
    expect((await h.getSavedArticle({ key: A }, ui))?.html).toBe('<p>Copie.</p>');
  });
});

describe('saving', () => {
  const key = 'http://news24.localhost/monde/2024/06/19/kim-promet-son-plein-soutien-a-la-russie';

  it('saves the article of an open tab with the HTML its content script captured', async () => {
    deps.captureArticle = async () => ({ url: PAGE, canonicalUrl: key, html: '<p>Texte.</p>' });
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    const saved = await h.saveArticle({ key, tabId: 1 }, ui);
    expect(saved.savedAt).toBe(42);
    expect(await h.getSavedArticle({ key }, ui)).toMatchObject({
      html: '<p>Texte.</p>',
      article: { title: seed.title, text: seed.text },
    });
    expect(await saveTab(deps, h, 1)).toMatchObject({ key, savedAt: 42 });
  });

  it('keeps no HTML from a tab that moved on to another article, or that answers nonsense', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    deps.captureArticle = async () => ({
      url: 'https://other.example/x',
      canonicalUrl: null,
      html: '<p>Other</p>',
    });
    await h.saveArticle({ key, tabId: 1 }, ui);
    expect((await h.getSavedArticle({ key }, ui))?.html).toBeNull();
    deps.captureArticle = async () => ({ html: 42 });
    await h.saveArticle({ key, tabId: 1 }, ui);
    expect((await h.getSavedArticle({ key }, ui))?.html).toBeNull();
    expect(await h.getSavedArticle({ key: 'https://unknown.example/' }, ui)).toBeNull();
  });
});

describe('excluded sites', () => {
  it('are never stored, even if a report arrives, and the tab says why', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const url = 'https://bank.example/statement';
    deps.tabs.set(7, { url, incognito: false });
    const result = await h.reportPage(
      { kind: 'article', article: { ...seed, url, canonicalUrl: null } },
      { ...sender(7), tab: { id: 7, url } },
    );
    expect(result).toEqual({ accepted: false });
    expect(await deps.db.articles.count()).toBe(0);
    expect(await h.getTabView({ tabId: 7 }, ui)).toEqual({ kind: 'excluded' });
  });
});

describe('entities', () => {
  it('are found when an article is stored, and shown with the tab', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    const stored = await deps.db.articles.toArray();
    const ids = stored[0]!.entities!.map((e) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['per:Q7747', 'per:Q56226', 'loc:Q423', 'org:Q7184']),
    );
    // Mention spans point into the stored text.
    const putin = stored[0]!.entities!.find((e) => e.id === 'per:Q7747')!;
    expect(putin.mentions.map((m) => stored[0]!.text.slice(m.start, m.end))).toContain(
      'Vladimir Poutine',
    );
    const view = await h.getTabView({ tabId: 1 }, ui);
    expect(
      view.kind === 'article' && view.article.entities.find((e) => e.id === 'per:Q56226'),
    ).toMatchObject({ type: 'PER', name: 'Kim Jong Un' });
  });
});

describe('language', () => {
  it('is detected from the text when the page does not say it', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: { ...seed, lang: null } }, sender(1));
    expect((await deps.db.articles.toArray())[0]!.lang).toBe('fr');
  });

  it("is the text's when the page's tag clearly says another", async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const german = {
      ...seed,
      lang: 'en',
      title: 'Geiger übernimmt die Führung',
      text: GERMAN_TEXT,
    };
    await h.reportPage({ kind: 'article', article: german }, sender(1));
    // Stored as German: the archive's language filter and the timeline's marks say so too.
    expect((await deps.db.articles.toArray())[0]!.lang).toBe('de');
  });
});

describe('annotateForStorage', () => {
  it('keeps the article when the recogniser fails', () => {
    const failing = () => {
      throw new Error('model broken');
    };
    const { article, entities } = annotateForStorage({ ...seed, lang: 'fr' }, failing);
    expect(entities).toEqual([]);
    expect(article.title).toBe(seed.title);
  });
});

describe('earlier coverage', () => {
  it('is listed for an article and counted on the toolbar button', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const earlier = {
      ...seed,
      canonicalUrl: 'https://news24.example/monde/earlier',
      url: 'https://news24.example/monde/earlier',
      title: 'Earlier',
      publishedAt: '2023-09-13T08:00:00.000Z',
      // Its own text (a copy of the seed's would be the seed's "also on", no earlier coverage).
      text: [
        "Vladimir Poutine a reçu Kim Jong Un au cosmodrome de Vostotchny, dans l'Extrême-Orient russe, pour un sommet de plusieurs heures consacré à la coopération militaire et spatiale entre la Russie et la Corée du Nord.",
        'Selon le Kremlin, Vladimir Poutine a fait visiter au dirigeant nord-coréen les installations de lancement, avant des entretiens élargis aux ministres de la Défense des deux pays.',
        "Kim Jong Un a assuré que la Corée du Nord soutiendrait toujours les décisions de la Russie, tandis que Washington et Séoul s'inquiètent d'éventuelles livraisons d'armes à Moscou pour la guerre en Ukraine.",
      ].join('\n\n'),
    };
    deps.tabs.set(2, { url: earlier.url, incognito: false });
    await h.reportPage(
      { kind: 'article', article: earlier },
      { ...sender(2), tab: { id: 2, url: earlier.url } },
    );
    expect(deps.badges.get(2)).toBe('');
    // What an open panel would see when told: at the last word, the story is there.
    const seen: Promise<number>[] = [];
    deps.notifyTabChanged = () => void seen.push(deps.db.storyMembers.count());
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    expect(await Promise.all(seen)).toEqual([1, 2]);
    expect(deps.badges.get(1)).toBe('1');
    const key = 'http://news24.localhost/monde/2024/06/19/kim-promet-son-plein-soutien-a-la-russie';
    const entries = async () => {
      const timeline = await h.getTimeline({ key }, ui);
      return [
        ...timeline!.entries.filter((e) => !e.current),
        ...timeline!.relatedStories.flatMap((r) => r.entries),
      ];
    };
    const found = await entries();
    expect(found.map((e) => e.title)).toEqual(['Earlier']);
    expect(found[0]!.sharedEntityIds).toEqual(expect.arrayContaining(['per:Q7747', 'per:Q56226']));
    // Answered for the article (read at the same instant as the other: nothing to compare).
    expect(await h.getNewInArticle({ key }, ui)).toEqual({ sentences: [], readBefore: 0 });
    // Taken out of the story by the reader: the toolbar count of the tab is counted again.
    deps.badges.set(1, 'stale');
    const apart = await h.setStoryApart(
      { key: 'https://news24.example/monde/earlier', apart: true, tabId: 1 },
      ui,
    );
    expect(apart.storyId).not.toBeNull();
    expect((await deps.db.storyMembers.get('https://news24.example/monde/earlier'))?.apart).toBe(
      true,
    );
    expect(deps.badges.get(1)).toBe('1');
    // Deleted, it leaves the timeline too.
    await h.deleteArticle({ key: 'https://news24.example/monde/earlier' }, ui);
    expect(await entries()).toEqual([]);
    // Both deleted: nothing of them is left in the stories' word and entity counts.
    await h.deleteArticle({ key }, ui);
    const counts = await deps.db.storyDf.toArray();
    expect(counts.filter((r) => r.k.startsWith('t:') || r.k.startsWith('e:'))).toEqual([]);
  });
});

describe('search through the background', () => {
  const key = 'http://news24.localhost/monde/2024/06/19/kim-promet-son-plein-soutien-a-la-russie';

  it('finds a saved article by its words, folded, and by entity; forgets it when deleted', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    // Read only: found in history, not in the archive.
    expect(await h.search({ query: 'pyongyang', includeHistory: false }, ui)).toEqual([]);
    expect(
      (await h.search({ query: 'pyongyang', includeHistory: true }, ui)).map((r) => r.key),
    ).toEqual([key]);
    await h.saveArticle({ key }, ui);
    for (const query of ['Pyongyang', 'pyongyang', 'coree', 'person:Poutine', '"Kim Il Sung"']) {
      const hits = await h.search({ query, includeHistory: false }, ui);
      expect(
        hits.map((r) => r.key),
        query,
      ).toEqual([key]);
    }
    const [hit] = await h.search({ query: 'pyongyang', includeHistory: false }, ui);
    const [start, end] = hit!.snippet.highlights[0]!;
    expect(hit!.snippet.text.slice(start, end)).toBe('Pyongyang');
    await h.deleteArticle({ key }, ui);
    expect(await h.search({ query: 'pyongyang', includeHistory: true }, ui)).toEqual([]);
  });

  it("stops a client's running search when its next one comes, not another client's", async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    const q = (query: string, client: string) =>
      h.search({ query, includeHistory: true, client }, ui);
    const stale = q('pyong', 'popup');
    const other = q('pyongyang', 'sidepanel');
    const latest = q('pyongyang', 'popup');
    await expect(stale).rejects.toThrow('superseded');
    expect((await other).map((r) => r.key)).toEqual([key]);
    expect((await latest).map((r) => r.key)).toEqual([key]);
    expect(await h.search({ query: 'pyongyang', includeHistory: true, offset: 1 }, ui)).toEqual([]);
  });
});

describe('another site claiming a saved article (#20)', () => {
  const key = 'http://news24.localhost/monde/2024/06/19/kim-promet-son-plein-soutien-a-la-russie';
  const EVIL = 'https://evil.example/poison';
  const poison = {
    ...seed,
    url: EVIL,
    canonicalUrl: key,
    title: 'POISONED: send your bitcoin',
    text: 'POISONED. Send your bitcoin to this address to keep your archive.',
  };

  it('never changes it: the page is stored under its own address, the saved copy keeps its text', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    await h.saveArticle({ key }, ui);
    deps.tabs.set(9, { url: EVIL, incognito: false });
    await h.reportPage(
      { kind: 'article', article: poison },
      { ...sender(9), tab: { id: 9, url: EVIL, incognito: false } },
    );

    const saved = await h.getSavedArticle({ key }, ui);
    expect(saved?.article).toMatchObject({ title: seed.title, url: PAGE, savedAt: 42 });
    expect(saved?.article.text).toBe(seed.text);
    // The other page is an article of its own site, under its own address, not saved.
    const view = await h.getTabView({ tabId: 9 }, ui);
    expect(view.kind === 'article' && view.article).toMatchObject({
      key: EVIL,
      canonicalUrl: null,
      savedAt: null,
    });
    expect(await h.search({ query: 'bitcoin', includeHistory: false }, ui)).toEqual([]);
    expect(
      (await h.search({ query: 'bitcoin', includeHistory: true }, ui)).map((r) => r.key),
    ).toEqual([EVIL]);
  });
});

describe('a report refused on entry', () => {
  it('leaves its tab saying why, not "not read yet" (#20)', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await refuseReport(deps, 'reportPage', sender(1), 'invalid article.url: Invalid length');
    const view = await h.getTabView({ tabId: 1 }, ui);
    expect(view).toEqual({ kind: 'failed', reason: expect.stringContaining('article.url') });
    expect(deps.notified).toContain(1);
  });
});

describe('history retention', () => {
  it('forgets articles only read past the retention period, keeps saved ones', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const h = createHandlers(deps, createBackgroundQueue(deps));
    deps.now = () => 1 * DAY;
    const old = { ...seed, canonicalUrl: 'https://n.example/old', url: 'https://n.example/old' };
    const kept = { ...seed, canonicalUrl: 'https://n.example/kept', url: 'https://n.example/kept' };
    await h.reportPage({ kind: 'article', article: old }, sender(1));
    await h.reportPage({ kind: 'article', article: kept }, sender(2)); // Same text: another tab.
    await h.saveArticle({ key: 'https://n.example/kept' }, ui);
    deps.now = () => 400 * DAY;
    deps.retention = 0; // "until I delete them"
    expect(await pruneOldHistory(deps)).toBe(0);
    deps.retention = 365;
    expect(await pruneOldHistory(deps)).toBe(1);
    expect((await deps.db.articles.toArray()).map((a) => a.key)).toEqual([
      'https://n.example/kept',
    ]);
    expect(await h.search({ query: 'pyongyang', includeHistory: true }, ui)).toHaveLength(1);
  });

  it('keeps imported old history a full retention period from the import', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const h = createHandlers(deps, createBackgroundQueue(deps));
    deps.retention = 365;
    deps.now = () => 1000 * DAY;
    const key = 'https://n.example/read-two-years-ago';
    const outcome = await h.importArticles(
      {
        articles: [
          {
            ...seed,
            url: key,
            canonicalUrl: null,
            key,
            firstReadAt: 270 * DAY,
            lastReadAt: 270 * DAY,
            readCount: 1,
            savedAt: null,
            html: null,
          },
        ],
      },
      ui,
    );
    expect(outcome).toEqual({ added: 1, merged: 0 });
    // The next start: "1 new" is still there, and found.
    deps.now = () => 1001 * DAY;
    expect(await pruneOldHistory(deps)).toBe(0);
    expect(await h.search({ query: 'pyongyang', includeHistory: true }, ui)).toHaveLength(1);
    // A year after the import, it goes like any other history.
    deps.now = () => 1366 * DAY;
    expect(await pruneOldHistory(deps)).toBe(1);
    expect(await deps.db.articles.count()).toBe(0);
  });
});

describe('background on an entity', () => {
  it('comes from the archive offline; Wikipedia is asked only when the reader turned it on', async () => {
    const asked: string[] = [];
    let wikipedia = false;
    deps.wikipediaEnabled = async () => wikipedia;
    deps.fetchOnline = async (entity, lang) => {
      asked.push(`${entity.name}|${lang}`);
      return { status: 'ok', qid: 'Q56226', description: 'dirigeant nord-coréen' };
    };
    const h = createHandlers(deps, createBackgroundQueue(deps));
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    const stored = (await deps.db.articles.toArray())[0]!;
    const kim = stored.entities!.find((e) => e.name === 'Kim Jong Un')!;
    const query = { key: stored.key, entityId: kim.id, lang: 'fr' };
    expect(await h.getEntityBackground(query, ui)).toMatchObject({
      id: kim.id,
      type: 'PER',
      online: false,
      // Only this article mentions it: no other article to cite.
      archive: { count: 0, with: [], stories: [] },
    });
    expect(await h.getEntityOnline(query, ui)).toEqual({ status: 'off' });
    expect(asked).toEqual([]);
    wikipedia = true;
    expect(await h.getEntityBackground(query, ui)).toMatchObject({ online: true });
    expect(await h.getEntityOnline(query, ui)).toMatchObject({ status: 'ok', qid: 'Q56226' });
    expect(asked).toEqual(['Kim Jong Un|fr']);
    // An entity the article does not have is not looked up.
    expect(await h.getEntityOnline({ ...query, entityId: 'per:someone-else' }, ui)).toEqual({
      status: 'not-found',
    });
    expect(asked).toHaveLength(1);
  });
});

describe('import', () => {
  it('finds the entities of articles from a file that has none', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const key = 'https://news.example/seed';
    await h.importArticles(
      {
        articles: [
          {
            ...seed,
            url: key,
            canonicalUrl: null,
            key,
            firstReadAt: 1,
            lastReadAt: 1,
            readCount: 1,
            savedAt: 2,
            html: null,
          },
        ],
      },
      ui,
    );
    const [row] = await deps.db.articles.toArray();
    expect(row!.entities!.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Vladimir Poutine', 'Kim Jong Un']),
    );
    expect(row!.entityIds).toEqual(row!.entities!.map((e) => e.id));
    // Found by entity in search too.
    expect((await h.search({ query: 'person:Kim', includeHistory: true }, ui)).length).toBe(1);
  });
});

describe('recent reading', () => {
  it('lists a text read on two sites once, the one read last, "also on" the other', async () => {
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
    const on = (site: string, n: number, text: string, readAt: number) =>
      storedArticle({
        key: `https://${site}/${n}`,
        url: `https://${site}/${n}`,
        title: `Story ${n}`,
        siteName: site,
        text,
        firstReadAt: readAt,
        lastReadAt: readAt,
      });
    await deps.db.articles.bulkAdd([
      on('wire-one.example', 1, WIRE, 1_000),
      on('other.example', 2, QUAKE_FR, 2_000),
      on('wire-two.example', 3, `VALPARAISO (AFP) — ${WIRE} With AFP`, 3_000),
    ]);
    const recent = await h.listRecentArticles({ limit: 5 }, ui);
    expect(recent.map((a) => [a.key, a.copies?.map((c) => c.siteName)])).toEqual([
      ['https://wire-two.example/3', ['wire-one.example']],
      ['https://other.example/2', undefined],
    ]);
  });
});
