import { beforeEach, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { mergeIncoming } from '@/lib/sync/merge';
import type { ArticleRecord } from '@/lib/sync/records';
import { useTestDb } from '../../use-test-db';

// Every pass over an article's text, from outside text-fingerprint.ts, counted.
const passes = vi.hoisted(() => ({ n: 0 }));
vi.mock('@/lib/db/text-fingerprint', async (real) =>
  (await import('../../count-fingerprint-passes')).counting(
    await real<Record<string, unknown>>(),
    passes,
  ),
);

const TEXT = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
const record = (key: string, text: string): ArticleRecord => ({
  kind: 'article',
  key,
  article: textArticle(text, { url: key, title: `Talks go on ${key}` }),
  firstReadAt: 100,
  lastReadAt: 100,
  reads: { other: 1 },
  savedAt: null,
  savedChangedAt: 0,
  html: null,
  decision: null,
});
const db = useTestDb();

beforeEach(() => {
  passes.n = 0;
});

it('a synced article new here: its text fingerprinted once, for its dupKey and its row', async () => {
  await mergeIncoming(db(), [record('https://a.example/1', TEXT)], 'me');
  expect(passes.n).toBe(1);
  const [row] = await db().articles.toArray();
  expect(row?.dupKey).toBeTruthy();
  expect((await db().lightArticles.toArray()).map((l) => l.textPrint)).toEqual([row?.textPrint]);
});

it('a batch of two: each text once', async () => {
  await mergeIncoming(
    db(),
    [record('https://a.example/1', TEXT), record('https://b.example/2', `${TEXT} more`)],
    'me',
  );
  expect(passes.n).toBe(2);
  expect(await db().articles.count()).toBe(2);
});
