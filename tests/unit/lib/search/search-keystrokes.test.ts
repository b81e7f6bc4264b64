import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import type { StoredArticle } from '@/lib/db';
import { FOLD_DOCS, indexArticle, mergeIndexTail } from '@/lib/search/index-articles';
import { MAX_PREFIX_TERMS, searchArticles, type SearchHit } from '@/lib/search/search-articles';
import { useTestDb } from '../../use-test-db';

const NOW = Date.UTC(2025, 0, 15);
const DAY = 86_400_000;

const testDb = useTestDb();
let merged = false;

async function store(key: string, text: string, daysAgo = 1): Promise<void> {
  const db = testDb();
  const row: StoredArticle = {
    key,
    ...textArticle(text, { url: key, lang: 'en' }),
    firstReadAt: NOW - daysAgo * DAY,
    lastReadAt: NOW - daysAgo * DAY,
    readCount: 1,
    savedAt: NOW - daysAgo * DAY,
  };
  row.id = await db.articles.add(row);
  await indexArticle(db, row);
  if (merged) await mergeIndexTail(db);
}

const search = (q: string, opts = {}) => searchArticles(testDb(), q, { now: NOW, ...opts });
const keys = (hits: SearchHit[]) => hits.map((h) => h.key);
const url = (i: number) => `https://example.com/${i}`;

/** Six articles about pyongyang / pyongan / pylons, of different ages. */
async function storeSix(): Promise<void> {
  await store(url(1), 'Pyongyang hosted the talks. Pyongyang said little.', 1);
  await store(url(2), 'The Pyongan province lies north of Pyongyang.', 2);
  await store(url(3), 'Pylons carry the lines across the valley.', 3);
  await store(url(4), 'Talks in Pyongyang ended without a statement.', 4);
  await store(url(5), 'Pyongyang again: a second round of talks.', 5);
  await store(url(6), 'Nothing about that city here.', 6);
}

for (const mode of ['in the tail', 'merged'] as const) {
  describe(`keystrokes, with documents ${mode}`, () => {
    beforeEach(() => {
      merged = mode === 'merged';
    });

    it('stops a superseded query: aborted, it rejects instead of returning hits', async () => {
      await storeSix();
      const ctl = new AbortController();
      const running = search('pyongyang', { signal: ctl.signal });
      ctl.abort(new Error('superseded'));
      await expect(running).rejects.toThrow('superseded');
      expect(keys(await search('pyongyang'))).toHaveLength(4);
    });

    it('answers a grown prefix from the previous keystroke, without reading postings, with the same hits', async () => {
      await storeSix();
      // Each answered from nothing: a write drops what queries keep.
      const fresh: string[][] = [];
      for (const [i, q] of ['pyon', 'pyong', 'pyongy'].entries()) {
        fresh.push(keys(await search(q)));
        await store(url(10 + i), 'Unrelated words only.', 10);
      }
      expect([...fresh[2]!].sort()).toEqual([url(1), url(2), url(4), url(5)]);
      expect(fresh[0]).toHaveLength(4);
      expect(keys(await search('pyo'))).toHaveLength(4);
      const reads = vi.spyOn(testDb().searchPostings, 'where');
      expect(keys(await search('pyon'))).toEqual(fresh[0]);
      expect(keys(await search('pyong'))).toEqual(fresh[1]);
      expect(keys(await search('pyongy'))).toEqual(fresh[2]);
      expect(reads).not.toHaveBeenCalled();
      // A different word is read again.
      expect(keys(await search('lines'))).toEqual([url(3)]);
      expect(reads).toHaveBeenCalled();
    });

    it('reads only the words it does not keep: a kept word is not read again beside a new one', async () => {
      await storeSix();
      expect(keys(await search('pyongyang'))).toHaveLength(4);
      const reads = vi.spyOn(testDb().searchPostings, 'where');
      expect(keys(await search('pyongyang talks'))).toHaveLength(3);
      // The bucket of "talks" only ("pyo" is kept).
      expect(reads).toHaveBeenCalledTimes(1);
    });

    it('gives the first screenful, then the rest, from one exact ranking', async () => {
      await storeSix();
      const all = await search('pyo', { limit: 20 });
      const first = await search('pyo', { limit: 2 });
      const rest = await search('pyo', { limit: 18, offset: 2 });
      expect(keys([...first, ...rest])).toEqual(keys(all));
      expect(rest[0]!.snippet.text).toContain('Pyongyang');
    });

    it("reads no article again for the next keystroke's hits shown before, until a write", async () => {
      await storeSix();
      const before = keys(await search('pyon'));
      const reads = vi.spyOn(testDb().articles, 'bulkGet');
      const read = () => reads.mock.calls.reduce((n, [ks]) => n + ks.length, 0);
      const hits = await search('pyong');
      expect(keys(hits).sort()).toEqual([...before].sort());
      expect(hits[0]!.snippet.highlights.length).toBeGreaterThan(0);
      expect(read()).toBe(0);
      // A write drops them: every hit is read again.
      await store(url(7), 'Pyongyang once more.', 7);
      expect(keys(await search('pyongy'))).toContain(url(7));
      expect(read()).toBe(5);
    });

    it('checks a phrase once per candidate: the next page reads only the articles that hold it', async () => {
      await store(url(1), 'A red fox ran by.', 1);
      await store(url(2), 'The fox was red.', 2);
      await store(url(3), 'Red is the fox.', 3);
      await store(url(4), 'Another red fox.', 4);
      const reads = vi.spyOn(testDb().articles, 'bulkGet');
      const read = () => reads.mock.calls.reduce((n, [ks]) => n + ks.length, 0);
      const page1 = keys(await search('"red fox"', { limit: 1 }));
      const first = read();
      const page2 = keys(await search('"red fox"', { limit: 5, offset: 1 }));
      expect([...page1, ...page2].sort()).toEqual([url(1), url(4)]);
      // The first page's hit and the other hit; neither article without the phrase again.
      expect(read() - first).toBeLessThanOrEqual(2);
      expect(keys(await search('"red fox"'))).toEqual([...page1, ...page2]);
    });

    it(`expands a short prefix to the ${MAX_PREFIX_TERMS} terms in most documents`, async () => {
      const letters = 'bcdfghjklmnp';
      const words: string[] = [];
      for (const a of letters) for (const b of letters) words.push(`zqa${a}${b}o`);
      expect(words.length).toBeGreaterThan(MAX_PREFIX_TERMS);
      await store(url(1), words.join(' '), 1);
      await store(url(2), words.join(' '), 2);
      await store(url(3), 'Only one word of the kind: zqarrro.', 3);
      expect(keys(await search('zqa'))).toEqual([url(1), url(2)]);
      // Typed further, the rare term is found.
      expect(keys(await search('zqarr'))).toEqual([url(3)]);
    });
  });
}

describe('a query while the idle worker folds the tail', () => {
  it('counts each document once: the same hits and scores as once the fold is done', async () => {
    merged = false;
    // Saved one at a time: each in its own tail row, enough for the idle worker to fold.
    for (let i = 1; i <= FOLD_DOCS; i++) {
      await store(url(i), i % 4 ? `Filler text number ${i}.` : `Pyongyang talks, round ${i}.`, i);
    }
    // The worker keeps the index state (the tail's rows, their terms) from this query.
    expect(keys(await search('filler'))).toHaveLength(20);
    // The fold starts; a query of another word (its postings not kept) comes in meanwhile.
    const folding = mergeIndexTail(testDb(), FOLD_DOCS * 100);
    const during = await search('pyongyang');
    await folding;
    const after = await search('pyongyang');
    expect(keys(during)).toEqual(keys(after));
    expect(during.map((h) => h.score)).toEqual(after.map((h) => h.score));
    expect(after).toHaveLength(FOLD_DOCS / 4);
  });
});
