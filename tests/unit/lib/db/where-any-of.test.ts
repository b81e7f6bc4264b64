import { expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import type { StoredArticle } from '@/lib/db/schema';
import { primaryKeysWhereAnyOf, rowsWhereAnyOf } from '@/lib/db/where-any-of';
import { useTestDb } from '../../use-test-db';

const db = useTestDb();
const T = Date.UTC(2026, 0, 5, 9);

const row = (key: string, aliases?: string[]): StoredArticle => ({
  ...textArticle(`Text of ${key}.`, { url: key, title: key, lang: 'en' }),
  key,
  firstReadAt: T,
  lastReadAt: T,
  readCount: 1,
  ...(aliases ? { aliases } : {}),
});

const B = 'https://news.example/b';
const A = 'https://news.example/a';
const C = 'https://news.example/c';
const Z = 'https://news.example/z';

it('gives the rows of the keys that exist, each once, in key order (as anyOf does)', async () => {
  await db().articles.bulkAdd([row(C), row(A), row(B)]);
  const keys = [C, Z, A, C];
  const rows = await rowsWhereAnyOf(db().articles, 'key', keys);
  expect(rows.map((r) => r.key)).toEqual([A, C]);
  expect(rows).toEqual(await db().articles.where('key').anyOf(keys).toArray());
});

it('gives the primary keys of the rows a multi-entry index holds a value of, each once', async () => {
  const ids = await db().articles.bulkAdd([row(A, [Z, B]), row(C, [Z]), row(B)], {
    allKeys: true,
  });
  const found = await primaryKeysWhereAnyOf(db().articles, 'aliases', [Z, B, 'x', Z]);
  expect(found.sort()).toEqual([ids[0], ids[1]].sort());
  expect(await primaryKeysWhereAnyOf(db().articles, 'aliases', [])).toEqual([]);
});
