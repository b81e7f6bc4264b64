import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import {
  createBackgroundQueue,
  createHandlers,
  type BackgroundDeps,
} from '@/lib/background/handlers';
import type { TabRecord } from '@/lib/background/tab-view';
import { openDb } from '@/lib/db';
import { hashContent } from '@/lib/search/hash-content';

// Counts the hashes of an article's text alone (the search index hashes more parts together).
const textHashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/search/hash-content', async (importOriginal) => {
  const real = await importOriginal<{ hashContent: typeof hashContent }>();
  return {
    hashContent: (parts: (string | null | undefined)[]) => {
      if (parts.length === 1) textHashes.count += 1;
      return real.hashContent(parts);
    },
  };
});

const db = openDb(`t-${crypto.randomUUID()}`);
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('a reported article', () => {
  it('has its text hashed once, and its tab remembers that hash', async () => {
    const url = 'https://a.example/1';
    const records = new Map<number, TabRecord>();
    const deps: BackgroundDeps = {
      db,
      isRecording: async () => true,
      excludedSites: async () => [],
      historyRetentionDays: async () => 0,
      getTab: async () => ({ url, incognito: false }),
      readTabRecord: async (id) => records.get(id),
      writeTabRecord: async (id, r) => void records.set(id, r),
      notifyTabChanged: () => {},
      captureArticle: async () => null,
      setBadge: () => {},
      now: () => 1,
    };
    const h = createHandlers(deps, createBackgroundQueue(deps));
    const text = 'Vladimir Putin met Kim Jong Un in Pyongyang. '.repeat(50);
    const article = textArticle(text, { url, title: 'T', lang: 'en' });
    const expected = hashContent([text]);
    textHashes.count = 0;
    await h.reportPage({ kind: 'article', article }, { id: 'x', tab: { id: 1, url } });
    expect(records.get(1)).toMatchObject({ kind: 'article', key: url });
    expect(records.get(1)!.textHash).toBe(expected);
    expect(textHashes.count).toBe(1);
  });
});
