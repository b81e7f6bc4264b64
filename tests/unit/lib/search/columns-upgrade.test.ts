import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { openDb, type StoredArticle } from '@/lib/db';
import { indexArticles, mergeIndexTail } from '@/lib/search/index-articles';
import { columnDate, type LegacyColumns, type SearchColumns } from '@/lib/search/index-rows';
import { searchArticles } from '@/lib/search/search-articles';
import { storedArticle } from '../../../helpers';
import { SHIPPED_STORES } from '../../shipped-stores';

const NOW = Date.UTC(2025, 0, 15);
const DAY = 86_400_000;

/** Columns as v10 stored them: 1,024 documents a row, 28 bytes each, dates in ms. */
function toLegacy(rows: SearchColumns[]): LegacyColumns[] {
  const out: LegacyColumns[] = [];
  for (const r of rows) {
    r.len.forEach((len, i) => {
      if (!len) return;
      const doc = r.chunk * r.len.length + i;
      const chunk = Math.floor(doc / 1024);
      const c = (out[chunk] ??= {
        chunk,
        len: new Uint32Array(1024),
        savedAt: new Float64Array(1024),
        date: new Float64Array(1024),
        article: new Float64Array(1024),
      });
      c.len[doc % 1024] = len;
      c.savedAt[doc % 1024] = r.saved[i] ? NOW : 0;
      c.date[doc % 1024] = columnDate(r, i);
      c.article[doc % 1024] = r.article[i]!;
    });
  }
  return out.filter((c) => !!c);
}

it('schema v11 converts the columns of an index written by v10: its filters and hits stay', async () => {
  // An index built now, its rows copied into a v10 database with the columns as v10 had them.
  const built = openDb(`t-${crypto.randomUUID()}`);
  const articles: StoredArticle[] = Array.from({ length: 1500 }, (_, i) =>
    storedArticle({
      key: `https://a.example/${i}`,
      lang: 'en',
      publishedAt: new Date(NOW - (i + 1) * DAY).toISOString(),
      firstReadAt: NOW,
      lastReadAt: NOW,
      savedAt: i % 2 ? NOW : undefined,
      text: `Tulip number w${i}.`,
    }),
  );
  await built.articles.bulkAdd(articles, { allKeys: true }).then((ids) => {
    ids.forEach((id, i) => (articles[i]!.id = id));
  });
  await indexArticles(
    built,
    articles.map((article) => ({ article })),
  );
  await mergeIndexTail(built);
  const name = `t-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(10).stores(SHIPPED_STORES[10]);
  await old.table('articles').bulkAdd(await built.articles.toArray());
  await old
    .table('searchPostings')
    .bulkAdd(
      await built.searchPostings.toArray(),
      await built.searchPostings.toCollection().primaryKeys(),
    );
  await old.table('searchColumns').bulkAdd(toLegacy(await built.searchColumns.toArray()));
  await old.table('searchDocs').bulkAdd(await built.searchDocs.toArray());
  await old.table('searchMeta').bulkAdd(await built.searchMeta.toArray());
  old.close();
  built.close();
  await Dexie.delete(built.name);

  const db = openDb(name);
  const rows = await db.searchColumns.toArray();
  expect(rows.map((r) => r.chunk)).toEqual([0]);
  expect(rows[0]!.saved).toBeInstanceOf(Uint8Array);
  const search = (q: string, opts = {}) => searchArticles(db, q, { now: NOW, ...opts });
  // Saved ones only (odd numbers), newest first, the date filter to the day.
  expect((await search('tulip ', { limit: 5000 })).length).toBe(750);
  expect((await search('tulip ', { limit: 5000, includeHistory: true })).length).toBe(1500);
  expect((await search('w1201 ')).map((h) => h.key)).toEqual(['https://a.example/1201']);
  const recent = await search(`tulip after:${new Date(NOW - 5 * DAY).toISOString().slice(0, 10)}`);
  expect(recent.map((h) => h.key)).toEqual(['https://a.example/1', 'https://a.example/3']);
  db.close();
  await Dexie.delete(name);
}, 30_000); // 1,500 articles indexed: 4 s alone, more on a loaded machine
