import { expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { mergeRecords, mergeSettings } from '@/lib/sync/merge';
import type { ArticleRecord, TombstoneRecord } from '@/lib/sync/records';

const KEY = 'https://news.example/a';
const rec = (over: Partial<ArticleRecord>): ArticleRecord => ({
  kind: 'article',
  key: KEY,
  article: textArticle('first text', { canonicalUrl: KEY }),
  firstReadAt: 100,
  lastReadAt: 100,
  reads: {},
  savedAt: null,
  savedChangedAt: 0,
  html: null,
  decision: null,
  ...over,
});

const a = rec({ reads: { a: 3 }, lastReadAt: 300, article: textArticle('text read on A') });
const b = rec({
  reads: { b: 1, a: 1 },
  firstReadAt: 50,
  savedAt: 200,
  savedChangedAt: 200,
  html: '<p>B</p>',
  decision: { apart: true, at: 250 },
});
const c = rec({ reads: { c: 2 }, decision: { apart: false, at: 400 } });

it('merges in any order to the same article, and merging again changes nothing', () => {
  const orders = [
    [a, b, c],
    [a, c, b],
    [b, a, c],
    [b, c, a],
    [c, a, b],
    [c, b, a],
  ];
  const results = orders.map(([x, y, z]) => mergeRecords(mergeRecords(x!, y!), z!));
  for (const r of results) expect(r).toEqual(results[0]);
  const m = results[0] as ArticleRecord;
  expect(m).toMatchObject({
    article: { text: 'text read on A' },
    firstReadAt: 50,
    lastReadAt: 300,
    // Reads per device: A's 3 (B had seen 1 of them), B's 1, C's 2.
    reads: { a: 3, b: 1, c: 2 },
    savedAt: 200,
    html: '<p>B</p>',
    decision: { apart: false, at: 400 },
  });
  expect(mergeRecords(m, a)).toEqual(m);
  expect(mergeRecords(m, m)).toEqual(m);
});

it('a deletion wins over what came before it, and loses to a later read', () => {
  const gone: TombstoneRecord = { kind: 'deleted', key: KEY, at: 350 };
  expect(mergeRecords(a, gone)).toEqual(gone);
  expect(mergeRecords(gone, a)).toEqual(gone);
  const readAfter = rec({ lastReadAt: 500, reads: { b: 2 } });
  expect(mergeRecords(gone, readAfter)).toEqual(readAfter);
  expect(mergeRecords(readAfter, gone)).toEqual(readAfter);
});

it('a later unsave wins over an earlier save; settings by latest change', () => {
  const unsaved = rec({ savedAt: null, savedChangedAt: 260 });
  expect(mergeRecords(b, unsaved)).toMatchObject({ savedAt: null, html: null });
  const old = { kind: 'settings' as const, at: 1, values: { excludedSites: ['mail.example'] } };
  const now = { kind: 'settings' as const, at: 2, values: { excludedSites: [] } };
  expect(mergeSettings(old, now)).toBe(now);
  expect(mergeSettings(now, old)).toBe(now);
});
