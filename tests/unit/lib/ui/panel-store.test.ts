import { describe, expect, it } from 'vitest';
import { createPanelStore, type PanelConnector } from '@/lib/ui/panel-store';
import type { TabView } from '@/lib/messaging/protocol';

function fakeConnector(views: Record<number, TabView>) {
  let tabId = 1;
  let listener: (() => void) | undefined;
  const conn: PanelConnector = {
    findTabId: async () => tabId,
    getTabView: async (id) => views[id] ?? { kind: 'pending' },
    listRecent: async () => [],
    getRelated: async () => [],
    save: async () => Promise.reject(new Error('unused')),
    unsave: async () => Promise.reject(new Error('unused')),
    subscribe: (fn) => ((listener = fn), () => (listener = undefined)),
  };
  return {
    conn,
    switchTo: (id: number) => ((tabId = id), listener?.()),
    subscribed: () => listener !== undefined,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('panel store', () => {
  it('loads the current tab and follows tab switches until stopped', async () => {
    const fake = fakeConnector({ 1: { kind: 'paused' }, 2: { kind: 'not-article', reason: 'x' } });
    const store = createPanelStore(fake.conn);
    expect(store.state.value.loading).toBe(true);
    const stop = store.start();
    await flush();
    expect(store.state.value).toEqual({
      loading: false,
      view: { kind: 'paused' },
      tabId: 1,
      recent: [],
    });
    fake.switchTo(2);
    await flush();
    expect(store.state.value.view).toEqual({ kind: 'not-article', reason: 'x' });
    stop();
    expect(fake.subscribed()).toBe(false);
  });

  it('keeps what it showed and reports an error when the background fails', async () => {
    const store = createPanelStore({
      findTabId: async () => 1,
      getTabView: async () => Promise.reject(new Error('worker gone')),
      listRecent: async () => [],
      getRelated: async () => [],
      save: async () => Promise.reject(new Error('unused')),
      unsave: async () => Promise.reject(new Error('unused')),
      subscribe: () => () => {},
    });
    await store.refresh();
    expect(store.state.value).toMatchObject({ loading: false, error: 'worker gone' });
  });
});

describe('saving from the panel', () => {
  const article = {
    key: 'https://a.example/1',
    url: 'https://a.example/1',
    canonicalUrl: null,
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'en',
    publishedAt: null,
    firstReadAt: 1,
    lastReadAt: 1,
    readCount: 1,
    savedAt: null,
    entities: [],
  };

  it('saves with the tab (so the HTML is captured), then shows the saved state', async () => {
    const calls: unknown[] = [];
    let saved = false;
    const store = createPanelStore({
      findTabId: async () => 9,
      getTabView: async () => ({
        kind: 'article',
        article: { ...article, savedAt: saved ? 5 : null },
      }),
      listRecent: async () => [],
      getRelated: async () => [],
      save: async (key, tabId) => (
        calls.push([key, tabId]),
        (saved = true),
        { ...article, savedAt: 5 }
      ),
      unsave: async () => Promise.reject(new Error('unused')),
      subscribe: () => () => {},
    });
    await store.refresh();
    await store.toggleSave(article);
    expect(calls).toEqual([['https://a.example/1', 9]]);
    expect(store.state.value.view).toMatchObject({ article: { savedAt: 5 } });
    expect(store.state.value.saving).toBeUndefined();
  });

  it('says the archive was not changed when saving fails', async () => {
    const store = createPanelStore({
      findTabId: async () => 9,
      getTabView: async () => ({ kind: 'article', article }),
      listRecent: async () => [],
      getRelated: async () => [],
      save: async () => Promise.reject(new Error('QuotaExceededError')),
      unsave: async () => Promise.reject(new Error('unused')),
      subscribe: () => () => {},
    });
    await store.refresh();
    await store.toggleSave(article);
    expect(store.state.value.saveError).toBe('QuotaExceededError');
  });
});
