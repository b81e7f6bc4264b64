import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { summarize } from '@/lib/background/tab-view';
import { upsertArticle } from '@/lib/db';
import { copyPrint } from '@/lib/db/text-fingerprint';
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
const read = (url: string) => textArticle(TEXT, { url, title: 'Talks go on' });
const db = useTestDb();

describe('an article write fingerprints its text once', () => {
  beforeEach(() => {
    passes.n = 0;
  });

  it('a read again of the same text: none, its stored print taken (noteStoredPrint)', async () => {
    await upsertArticle(db(), read('https://a.example/1'), 1);
    passes.n = 0;
    await upsertArticle(db(), read('https://a.example/1'), 2);
    expect(passes.n).toBe(0);
    const light = await db().lightArticles.toArray();
    expect(light.map((l) => l.textPrint)).toEqual([copyPrint(TEXT)]);
  });

  it('a new article: once, to look for it under another address and for its row (notePrint)', async () => {
    await upsertArticle(db(), read('https://a.example/1'), 1);
    expect(passes.n).toBe(1);
  });

  it('a new address of a stored article: once, its row taking the new text print', async () => {
    await upsertArticle(db(), read('https://a.example/1'), 1);
    passes.n = 0;
    await upsertArticle(db(), read('https://a.example/talks'), 2);
    expect(passes.n).toBe(1);
    expect(await db().articles.count()).toBe(1);
  });

  it('a read again of a changed text: once, for the dupKey and the light row both', async () => {
    await upsertArticle(db(), read('https://a.example/1'), 1);
    passes.n = 0;
    const changed = textArticle(`${TEXT} and one more line`, {
      url: 'https://a.example/1',
      title: 'Talks go on',
    });
    await upsertArticle(db(), changed, 2);
    expect(passes.n).toBe(1);
    const [row] = await db().articles.toArray();
    expect(row?.textPrint).toBe(copyPrint(changed.text));
    expect((await db().lightArticles.toArray()).map((l) => l.textPrint)).toEqual([
      copyPrint(changed.text),
    ]);
  });

  it('none for the summary the popup shows', async () => {
    const row = await upsertArticle(db(), read('https://a.example/1'), 1);
    passes.n = 0;
    expect(summarize(row).key).toBe('https://a.example/1');
    expect(passes.n).toBe(0);
  });
});
