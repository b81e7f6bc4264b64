import { describe, expect, it, vi } from 'vitest';
import { createPanelStore, type PanelConnector } from '@/lib/ui/panel-store';
import type { TabView, TimelineEntry } from '@/lib/messaging/protocol';

function fakeConnector(views: Record<number, TabView>) {
  let tabId = 1;
  let listener: (() => void) | undefined;
  const conn: PanelConnector = {
    findTabId: async () => tabId,
    getTabView: async (id) => views[id] ?? { kind: 'pending' },
    listRecent: async () => [],
    getTimeline: async () => null,
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
    await vi.waitFor(() =>
      expect(store.state.value.view).toEqual({ kind: 'not-article', reason: 'x' }),
    );
    stop();
    expect(fake.subscribed()).toBe(false);
  });

  it('answers a burst of 1,000 page changes with a few refreshes, showing the last', async () => {
    let asked = 0;
    const fake = fakeConnector({ 1: { kind: 'paused' }, 2: { kind: 'not-article', reason: 'x' } });
    const getTabView = fake.conn.getTabView;
    fake.conn.getTabView = (id) => (asked++, getTabView(id));
    const store = createPanelStore(fake.conn);
    const stop = store.start();
    await flush();
    for (let i = 0; i < 1000; i++) fake.switchTo(i % 2 ? 1 : 2);
    fake.switchTo(2);
    await vi.waitFor(() =>
      expect(store.state.value.view).toEqual({ kind: 'not-article', reason: 'x' }),
    );
    await new Promise((r) => setTimeout(r, 600));
    expect(asked).toBeLessThanOrEqual(3);
    stop();
  });

  it('does not refresh when a tab it does not show changes its page', async () => {
    let asked = 0;
    let listener: ((tabId?: number) => void) | undefined;
    const fake = fakeConnector({ 1: { kind: 'paused' } });
    fake.conn.subscribe = (fn) => ((listener = fn), () => {});
    const getTabView = fake.conn.getTabView;
    fake.conn.getTabView = (id) => (asked++, getTabView(id));
    const store = createPanelStore(fake.conn);
    store.start();
    await vi.waitFor(() => expect(store.state.value.loading).toBe(false));
    for (let i = 0; i < 100; i++) listener!(7);
    await new Promise((r) => setTimeout(r, 600));
    expect(asked).toBe(1);
    listener!(1);
    await vi.waitFor(() => expect(asked).toBe(2));
  });

  it('keeps what it showed and reports an error when the background fails', async () => {
    const store = createPanelStore({
      findTabId: async () => 1,
      getTabView: async () => Promise.reject(new Error('worker gone')),
      listRecent: async () => [],
      getTimeline: async () => null,
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
      getTimeline: async () => null,
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
      getTimeline: async () => null,
      save: async () => Promise.reject(new Error('QuotaExceededError')),
      unsave: async () => Promise.reject(new Error('unused')),
      subscribe: () => () => {},
    });
    await store.refresh();
    await store.toggleSave(article);
    expect(store.state.value.saveError).toBe('QuotaExceededError');
  });
});

describe('background cards', () => {
  const ent = (id: string, type: 'PER' | 'LOC' | 'ORG', name: string, salience: number) => ({
    id,
    type,
    name,
    salience,
    mentionCount: 1,
  });
  const article = {
    key: 'https://a.example/1',
    url: 'https://a.example/1',
    canonicalUrl: null,
    title: 'T',
    byline: null,
    siteName: null,
    lang: 'fr',
    publishedAt: null,
    firstReadAt: 1,
    lastReadAt: 1,
    readCount: 1,
    savedAt: null,
    entities: [
      ent('per:a', 'PER', 'Vladimir Poutine', 1),
      ent('loc:b', 'LOC', 'Pyongyang', 0.9),
      ent('per:c', 'PER', 'Kim Jong Un', 0.8),
      ent('per:d', 'PER', 'Sergueï Lavrov', 0.2),
      ent('org:e', 'ORG', 'KCNA', 0.6),
      ent('loc:f', 'LOC', 'Moscou', 0.5),
      ent('org:g', 'ORG', 'ONU', 0.2),
    ],
  };
  const background = (id: string, online: boolean) => ({
    id,
    type: 'PER' as const,
    name: id,
    archive: { count: 1, with: [], stories: [], storyCount: 0 },
    online,
  });

  function connector(online: boolean) {
    const asked: string[] = [];
    let listener = () => {};
    const conn: PanelConnector = {
      findTabId: async () => 1,
      getTabView: async () => ({ kind: 'article', article }),
      listRecent: async () => [],
      getTimeline: async () => null,
      save: async () => Promise.reject(new Error('unused')),
      unsave: async () => Promise.reject(new Error('unused')),
      subscribe: (fn) => ((listener = fn), () => {}),
      getEntityBackground: async (_key, id, lang) => (
        asked.push(`bg ${id} ${lang}`),
        background(id, online)
      ),
      getEntityOnline: async (_key, id, lang) => {
        asked.push(`online ${id} ${lang}`);
        return id === 'per:c'
          ? { status: 'failed', reason: 'timeout' }
          : { status: 'ok', qid: 'Q1', description: `about ${id}` };
      },
    };
    return { conn, asked, change: () => listener() };
  }

  it('open for the main people, organisation and places, in the reader’s language', async () => {
    const fake = connector(false);
    const store = createPanelStore(fake.conn, 'fr');
    await store.refresh();
    // Who acts, then where; a name the article barely mentions (ONU, Lavrov) has no card.
    expect(store.state.value.cards!.map((c) => c.id)).toEqual([
      'per:a',
      'per:c',
      'org:e',
      'loc:b',
      'loc:f',
    ]);
    expect(store.state.value.cards![0]).toMatchObject({ background: { id: 'per:a' } });
    expect(fake.asked.sort()).toEqual([
      'bg loc:b fr',
      'bg loc:f fr',
      'bg org:e fr',
      'bg per:a fr',
      'bg per:c fr',
    ]);
  });

  it('open in the order the background ranked them, when it did', async () => {
    const fake = connector(false);
    const ranked = { ...article, mainEntityIds: ['per:a', 'loc:f'] };
    fake.conn.getTabView = async () => ({ kind: 'article', article: ranked });
    const store = createPanelStore(fake.conn, 'fr');
    await store.refresh();
    expect(store.state.value.cards!.map((c) => c.id)).toEqual(['per:a', 'loc:f']);
  });

  it('ask Wikipedia only when it is on, once per entity; a failure is shown but asked again later', async () => {
    const fake = connector(true);
    const store = createPanelStore(fake.conn, 'fr');
    await store.refresh();
    const online = fake.asked.filter((a) => a.startsWith('online'));
    expect(online).toEqual([
      'online per:a fr',
      'online per:c fr',
      'online org:e fr',
      'online loc:b fr',
      'online loc:f fr',
    ]);
    expect(store.state.value.cards![0]!.online).toMatchObject({
      status: 'ok',
      description: 'about per:a',
    });
    expect(store.state.value.cards![1]!.online).toEqual({ status: 'failed', reason: 'timeout' });
    fake.asked.length = 0;
    await store.refresh();
    expect(fake.asked).toEqual(['online per:c fr']);
  });

  it('bring a picked entity’s card first, and ignore an entity the article does not have', async () => {
    const fake = connector(false);
    const store = createPanelStore(fake.conn, 'en');
    await store.refresh();
    await store.showEntity('per:d');
    expect(store.state.value.cards!.map((c) => c.id)).toEqual([
      'per:d',
      'per:a',
      'per:c',
      'org:e',
      'loc:b',
      'loc:f',
    ]);
    expect(store.state.value.cards![0]).toMatchObject({ background: { id: 'per:d' } });
    // Asked for: shown even when it knows nothing; the others open by themselves.
    expect(store.state.value.cards!.map((c) => !!c.picked)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    await store.showEntity('per:unknown');
    expect(store.state.value.cards).toHaveLength(6);
    // A refresh keeps the pick.
    await store.refresh();
    expect(store.state.value.cards![0]!.id).toBe('per:d');
  });

  it('list every story about an entity on its card when asked, and keep it over a refresh', async () => {
    const fake = connector(false);
    let fail = true;
    const list = { total: 4, stories: [] };
    fake.conn.getEntityStories = async (id) => {
      fake.asked.push(`stories ${id}`);
      if (fail) throw new Error('worker restarted');
      return list;
    };
    const store = createPanelStore(fake.conn, 'en');
    await store.refresh();
    fake.asked.length = 0;
    await store.showEntityStories('per:a');
    expect(store.state.value.cards![0]).toMatchObject({
      id: 'per:a',
      stories: { status: 'failed' },
    });
    fail = false;
    const pending = store.showEntityStories('per:a');
    expect(store.state.value.cards![0]!.stories).toEqual({ status: 'loading' });
    await pending;
    expect(store.state.value.cards![0]!.stories).toEqual(list);
    expect(fake.asked).toEqual(['stories per:a', 'stories per:a']);
    await store.refresh();
    expect(store.state.value.cards![0]!.stories).toEqual(list);
    expect(fake.asked.filter((a) => a.startsWith('stories'))).toHaveLength(2);
  });

  it('take an earlier article out of the story, offer it back, and undo', async () => {
    const fake = connector(false);
    const calls: string[] = [];
    let timelines = 0;
    fake.conn.getTimeline = async () => (timelines++, null);
    fake.conn.setStoryApart = async (key, apart) => {
      calls.push(`${key} ${apart}`);
      if (key === 'https://bad.example/') throw new Error('database closed');
    };
    const store = createPanelStore(fake.conn, 'en');
    await store.refresh();
    const entry = { key: 'https://q.example/2', title: 'Macron veut rebâtir Notre-Dame' };
    await store.setApart(entry);
    expect(store.state.value.apart).toEqual(entry);
    expect(timelines).toBe(2);
    // Still offered after a refresh of the same page.
    await store.refresh();
    expect(store.state.value.apart).toEqual(entry);
    await store.undoApart();
    expect(store.state.value.apart).toBeUndefined();
    expect(calls).toEqual(['https://q.example/2 true', 'https://q.example/2 false']);
    await store.putBack(article);
    expect(calls.at(-1)).toBe(`${article.key} false`);
    await store.setApart({ key: 'https://bad.example/', title: null });
    expect(store.state.value.error).toBe('database closed');
    expect(store.state.value.apart).toBeUndefined();
  });

  it('ask for the story in the reader’s language, and what is new only after earlier reading', async () => {
    const fake = connector(false);
    const langs: string[] = [];
    const entry = (key: string, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
      key,
      url: key,
      date: '2024-06-19T06:00:00.000Z',
      siteName: null,
      lang: 'en',
      title: key,
      sharedEntityIds: [],
      saved: false,
      isNew: false,
      firstReadAt: article.firstReadAt - 1,
      ...over,
    });
    let entries = [entry(article.key, { current: true, firstReadAt: article.firstReadAt })];
    fake.conn.getTimeline = async (_key, lang) => {
      langs.push(lang);
      return {
        story: {
          id: 's',
          title: null,
          keyEntities: [],
          firstDate: '',
          lastDate: '',
          articleCount: 1,
        },
        entries,
        relatedStories: [],
      };
    };
    const asked: string[] = [];
    const answer = { sentences: [{ text: 'New.', start: 0, end: 4, novelty: 1 }], readBefore: 1 };
    fake.conn.getNewInArticle = async (key) => (asked.push(key), answer);
    const store = createPanelStore(fake.conn, 'fr');
    await store.refresh();
    expect(langs).toEqual(['fr']);
    // Alone in its story: nothing to compare with, nothing asked.
    expect(asked).toEqual([]);
    expect(store.state.value.newInArticle).toBeUndefined();
    // Read after another article of its story (a later one, and new since last looked).
    entries = [entry('https://later.example/', { isNew: true }), ...entries];
    await store.refresh();
    expect(asked).toEqual([article.key]);
    expect(store.state.value.newInArticle).toEqual(answer);
    // Kept, not asked again; the later article stays marked new while the panel is open.
    entries = entries.map((e) => ({ ...e, isNew: false }));
    await store.refresh();
    expect(asked).toHaveLength(1);
    expect(store.state.value.newInArticle).toEqual(answer);
    expect(store.state.value.timeline!.entries.map((e) => e.isNew)).toEqual([true, false]);
  });

  it('show an entity picked before the panel had loaded its article, once it has', async () => {
    const fake = connector(false);
    const store = createPanelStore(fake.conn, 'en');
    await store.showEntity('per:d');
    expect(store.state.value.cards).toBeUndefined();
    await store.refresh();
    expect(store.state.value.cards![0]).toMatchObject({ id: 'per:d', background: { id: 'per:d' } });
  });
});
