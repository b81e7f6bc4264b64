import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createHandlers, type BackgroundDeps } from '@/lib/background/handlers';
import type { TabFacts, TabRecord } from '@/lib/background/tab-view';
import { openDb } from '@/lib/db';
import type { Sender } from '@/lib/messaging/handle';
import { readPage } from '@/lib/pipeline/read-page';
import { loadFixture } from '../../../helpers';

const PAGE = 'https://news24.example/monde/kim?utm_medium=social';
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
  tabs: Map<number, TabFacts>;
  records: Map<number, TabRecord>;
  notified: number[];
  recording: boolean;
};
beforeEach(() => {
  const records = new Map<number, TabRecord>();
  const tabs = new Map<number, TabFacts>([[1, { url: PAGE, incognito: false }]]);
  deps = {
    db: openDb(`t-${crypto.randomUUID()}`),
    tabs,
    records,
    notified: [],
    recording: true,
    isRecording: async () => deps.recording,
    getTab: async (id) => tabs.get(id),
    readTabRecord: async (id) => records.get(id),
    writeTabRecord: async (id, r) => void records.set(id, r),
    notifyTabChanged: (id) => void deps.notified.push(id),
    now: () => 42,
  };
});
afterEach(async () => {
  deps.db.close();
  await Dexie.delete(deps.db.name);
});

describe('background handlers', () => {
  it('store a reported article and show it for its tab and in recent reading', async () => {
    const h = createHandlers(deps);
    expect(await h.reportPage({ kind: 'article', article: seed }, sender(1))).toEqual({
      stored: true,
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
    expect(deps.notified).toEqual([1]);
  });

  it('store nothing while recording is paused, and say so', async () => {
    deps.recording = false;
    const h = createHandlers(deps);
    expect(await h.reportPage({ kind: 'article', article: seed }, sender(1))).toEqual({
      stored: false,
    });
    expect(await deps.db.articles.count()).toBe(0);
    expect(await h.getTabView({ tabId: 1 }, ui)).toEqual({ kind: 'paused' });
  });

  it('say why a tab has no article', async () => {
    const h = createHandlers(deps);
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
    const h = createHandlers(deps);
    await h.reportPage({ kind: 'article', article: seed }, sender(1));
    deps.tabs.set(1, { url: 'https://news24.example/other', incognito: false });
    expect(await h.getTabView({ tabId: 1 }, ui)).toEqual({ kind: 'pending' });
  });
});
