import { describe, expect, it, vi } from 'vitest';
import {
  dispatchMessage,
  MessageRejected,
  type Handlers,
  type Sender,
} from '@/lib/messaging/handle';

const self = { id: 'backstory-id', origin: 'chrome-extension://backstory-id' };
const content: Sender = {
  id: 'backstory-id',
  url: 'https://news.example/a',
  frameId: 0,
  tab: { id: 7, url: 'https://news.example/a', incognito: false },
};
const ui: Sender = { id: 'backstory-id', url: 'chrome-extension://backstory-id/popup.html' };

const article = {
  url: 'https://news.example/a',
  canonicalUrl: null,
  title: 'T',
  byline: null,
  siteName: null,
  lang: 'fr',
  publishedAt: '2024-06-19T06:45:00.000Z',
  excerpt: null,
  text: 'Texte.',
  modifiedAt: null,
  section: null,
  imageUrl: null,
  description: null,
  captions: [],
};

function spyHandlers(): Handlers {
  return {
    reportPage: vi.fn(async () => ({ accepted: true })),
    getTabView: vi.fn(async () => ({ kind: 'pending' as const })),
    listRecentArticles: vi.fn(async () => []),
    saveArticle: vi.fn(),
    unsaveArticle: vi.fn(),
    getSavedArticle: vi.fn(async () => null),
    getTimeline: vi.fn(async () => null),
    getNewInArticle: vi.fn(async () => ({ sentences: [], readBefore: 0 })),
    search: vi.fn(async () => []),
    exportArticles: vi.fn(),
    importArticles: vi.fn(),
    deleteArticle: vi.fn(),
    deleteSite: vi.fn(),
    deleteAll: vi.fn(),
    getSyncStatus: vi.fn(),
    setUpSync: vi.fn(),
    signInSync: vi.fn(),
    syncNow: vi.fn(),
    turnOffSync: vi.fn(),
    getArchiveStats: vi.fn(),
    getEntityBackground: vi.fn(async () => null),
    getEntityStories: vi.fn(async () => ({ total: 0, stories: [] })),
    setStoryApart: vi.fn(async () => ({ storyId: null })),
    getEntityOnline: vi.fn(async () => ({ status: 'off' as const })),
    getOutsideCoverage: vi.fn(async () => ({ status: 'off' as const })),
    getPageEntities: vi.fn(async () => []),
    openEntityPanel: vi.fn(async () => ({ opened: false })),
  };
}

describe('dispatchMessage', () => {
  it('passes a valid report from a content script to its handler, minus unknown fields', async () => {
    const h = spyHandlers();
    await expect(
      dispatchMessage(
        'reportPage',
        { kind: 'article', article: { ...article, extra: 1 } },
        content,
        h,
        self,
      ),
    ).resolves.toEqual({ accepted: true });
    expect(h.reportPage).toHaveBeenCalledWith({ kind: 'article', article }, content);
  });

  it.each([
    [
      'a missing field',
      { kind: 'article', article: { ...article, text: undefined } },
      /invalid article\.text/,
    ],
    [
      'a javascript: URL',
      { kind: 'article', article: { ...article, url: 'javascript:alert(1)' } },
      /invalid article\.url/,
    ],
    ['a wrong kind', { kind: 'exploit' }, /invalid/],
    ['not an object', 'hello', /invalid/],
    [
      'a date that is not ISO',
      { kind: 'article', article: { ...article, publishedAt: 'yesterday' } },
      /publishedAt/,
    ],
  ])('rejects %s with a clear error and never calls the handler', async (_name, data, message) => {
    const h = spyHandlers();
    const p = dispatchMessage('reportPage', data, content, h, self);
    await expect(p).rejects.toThrow(MessageRejected);
    await expect(p).rejects.toThrow(message);
    expect(h.reportPage).not.toHaveBeenCalled();
  });

  it.each([
    ['another extension', 'reportPage', { ...content, id: 'other' }, /not this extension/],
    ['a sub-frame', 'reportPage', { ...content, frameId: 3 }, /top frame/],
    ['a private tab', 'reportPage', { ...content, tab: { id: 7, incognito: true } }, /private/],
    ['an extension page pretending to be a tab', 'reportPage', ui, /content scripts/],
    ['a web page asking for the archive', 'listRecentArticles', content, /extension pages/],
    ['a web page asking to look a name up online', 'getEntityOnline', content, /extension pages/],
  ] as const)('refuses %s', async (_name, type, sender, message) => {
    const h = spyHandlers();
    const data =
      type === 'reportPage'
        ? { kind: 'not-article', url: 'https://a.example/', reason: 'x' }
        : type === 'getEntityOnline'
          ? { key: 'https://a.example/', entityId: 'per:x', lang: 'fr' }
          : { limit: 5 };
    await expect(dispatchMessage(type, data, sender, h, self)).rejects.toThrow(message);
    expect(h[type]).not.toHaveBeenCalled();
  });

  it('answers the UI', async () => {
    const h = spyHandlers();
    await expect(dispatchMessage('getTabView', { tabId: 3 }, ui, h, self)).resolves.toEqual({
      kind: 'pending',
    });
    await expect(
      dispatchMessage('listRecentArticles', { limit: 10_000 }, ui, h, self),
    ).rejects.toThrow(/limit/);
  });

  it('cuts fields over their limits and passes the article on, rather than refusing it (#20)', async () => {
    const h = spyHandlers();
    const long = {
      ...article,
      title: 'T'.repeat(2500),
      byline: 'B'.repeat(1200),
      excerpt: 'E'.repeat(6000),
      description: 'D'.repeat(6000),
      captions: Array.from({ length: 600 }, (_, i) => ({ text: `Caption ${i}`, credit: null })),
      publishedAt: '2999-01-01T00:00:00.000Z',
      imageUrl: 'javascript:alert(1)',
    };
    await expect(
      dispatchMessage('reportPage', { kind: 'article', article: long }, content, h, self),
    ).resolves.toEqual({ accepted: true });
    const passed = vi.mocked(h.reportPage).mock.calls[0]![0];
    const got = passed.kind === 'article' ? passed.article : null;
    expect(got).toMatchObject({
      title: 'T'.repeat(2000),
      byline: 'B'.repeat(1000),
      excerpt: 'E'.repeat(5000),
      description: 'D'.repeat(5000),
      publishedAt: null,
      imageUrl: null,
    });
    expect(got!.captions).toHaveLength(500);
  });

  it('tells onInvalid why a report from a tab was refused, so the tab can say so (#20)', async () => {
    const h = spyHandlers();
    const onInvalid = vi.fn(async () => {});
    const data = {
      kind: 'article',
      article: { ...article, url: `https://a.example/${'x'.repeat(9000)}` },
    };
    await expect(dispatchMessage('reportPage', data, content, h, self, onInvalid)).rejects.toThrow(
      MessageRejected,
    );
    expect(onInvalid).toHaveBeenCalledWith(
      'reportPage',
      content,
      expect.stringMatching(/article\.url/),
    );
    // A sender that is refused outright is not a tab to tell anything.
    onInvalid.mockClear();
    await expect(
      dispatchMessage('reportPage', data, { ...content, frameId: 2 }, h, self, onInvalid),
    ).rejects.toThrow(/top frame/);
    expect(onInvalid).not.toHaveBeenCalled();
  });
});
