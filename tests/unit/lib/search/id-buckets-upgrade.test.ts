import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { openDb, type StoredArticle } from '@/lib/db';
import { canonicalEntityId } from '@/lib/kb/canonical-id';
import { indexArticle, indexArticles, mergeIndexTail } from '@/lib/search/index-articles';
import {
  blockDocs,
  bucketOf,
  bucketOfV11,
  readRow,
  rowKey,
  tailBlocks,
  writeRow,
  type DocTerms,
  type PostingsRow,
  type TailBlock,
  type TermPostings,
} from '@/lib/search/index-rows';
import { searchArticles } from '@/lib/search/search-articles';
import { storedArticle } from '../../../helpers';
import { SHIPPED_STORES } from '../../shipped-stores';

const NOW = Date.UTC(2025, 0, 15);
const QUERIES = [
  // Found by the id only: no word of the typed name is one of the entity's.
  'person:"Sergej Lawrow"',
  'person:Lavrov',
  'person:"Anna Nummer3"',
  'place:"North Korea"',
  'w150 ',
  'report person:"Anna Nummer5"',
];

const person = (name: string) => ({ type: 'PER', id: canonicalEntityId('PER', [name]), name });

it("schema v12 moves entities' ids out of v11's one bucket per type: the same hits", async () => {
  // An index built now (rows merged, a tail with folded blocks and rows of its own), copied
  // into a v11 database with its id terms laid out as v11 did.
  const built = openDb(`t-${crypto.randomUUID()}`);
  const articles: StoredArticle[] = Array.from({ length: 300 }, (_, i) =>
    storedArticle({
      key: `https://a.example/${i}`,
      lang: 'en',
      publishedAt: new Date(NOW - (i + 1) * 3_600_000).toISOString(),
      firstReadAt: NOW,
      lastReadAt: NOW,
      savedAt: NOW,
      text: `Report number w${i}.`,
    }),
  );
  await built.articles.bulkAdd(articles, { allKeys: true }).then((ids) => {
    ids.forEach((id, i) => (articles[i]!.id = id));
  });
  const entitiesOf = (i: number) => [
    person(i % 3 ? `Anna Nummer${i % 7}` : 'Sergei Lavrov'),
    ...(i % 5 ? [] : [{ type: 'LOC', id: 'loc:Q423', name: 'Corée du Nord' }]),
  ];
  const items = articles.map((article, i) => ({ article, entities: entitiesOf(i) }));
  await indexArticles(built, items.slice(0, 200));
  await mergeIndexTail(built);
  for (const { article, entities } of items.slice(200, 290)) {
    await indexArticle(built, article, entities);
  }
  // Folded into blocks (fewer than 10,000 in the tail: not merged), then 10 rows of their own.
  await mergeIndexTail(built, 10_000);
  for (const { article, entities } of items.slice(290)) {
    await indexArticle(built, article, entities);
  }
  expect(await built.searchTailTerms.count()).toBeGreaterThan(0);
  expect(await built.searchTail.count()).toBe(10);
  const search = (db: typeof built, q: string) =>
    searchArticles(db, q, { now: NOW, limit: 1000 }).then((hits) =>
      hits.map((h) => [h.key, h.score]),
    );
  const expected = await Promise.all(QUERIES.map((q) => search(built, q)));
  expect(expected[0]!.length).toBe(100);

  const name = `t-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(11).stores(SHIPPED_STORES[11]);
  for (const table of ['articles', 'searchColumns', 'searchDocs', 'searchTail', 'searchMeta']) {
    await old.table(table).bulkAdd(await built.table(table).toArray());
  }
  // Postings rows: the id terms in v11's buckets ("per:=pe").
  const rows = new Map<string, { seg: number; terms: Map<string, TermPostings> }>();
  const keys = await built.searchPostings.toCollection().primaryKeys();
  const values = await built.searchPostings.toArray();
  values.forEach((row: PostingsRow, i) => {
    for (const [term, postings] of readRow(row)) {
      const key = rowKey(bucketOfV11(term), row.s);
      if (!rows.has(key)) rows.set(key, { seg: row.s, terms: new Map() });
      rows.get(key)!.terms.set(term, postings);
    }
    expect(keys[i]!.startsWith(bucketOf(row.t.split('\n')[0]!))).toBe(true);
  });
  expect([...rows.keys()].some((k) => k.startsWith('per:=pe\u0001'))).toBe(true);
  await old.table('searchPostings').bulkAdd(
    [...rows.values()].map((r) => writeRow(r.seg, r.terms)),
    [...rows.keys()],
  );
  // The tail's blocks, filed by the shard of v11's buckets.
  const byFold = new Map<number, Map<number, DocTerms & { terms: string[]; tfs: number[] }>>();
  for (const block of (await built.searchTailTerms.toArray()) as TailBlock[]) {
    const docs = byFold.get(block.doc) ?? new Map();
    byFold.set(block.doc, docs);
    for (const d of blockDocs(block)) {
      const have = docs.get(d.doc) ?? { doc: d.doc, terms: [], tfs: [] };
      docs.set(d.doc, have);
      have.terms.push(...d.terms);
      have.tfs.push(...Array.from(d.tfs));
    }
  }
  for (const docs of byFold.values()) {
    const sorted = [...docs.values()].sort((a, b) => a.doc - b.doc);
    await old.table('searchTailTerms').bulkAdd(tailBlocks(sorted, bucketOfV11));
  }
  old.close();
  built.close();
  await Dexie.delete(built.name);

  const db = openDb(name);
  expect(await Promise.all(QUERIES.map((q) => search(db, q)))).toEqual(expected);
  // The ids are in buckets of their own; the tail was merged.
  expect(await db.searchPostings.where(':id').between('per:=', 'per:>').primaryKeys()).toSatisfy(
    (ks: string[]) => ks.length > 0 && ks.every((k) => k.startsWith('per:=per:')),
  );
  expect(await db.searchTailTerms.count()).toBe(0);
  expect(await db.searchTail.count()).toBe(0);
  db.close();
  await Dexie.delete(name);
}, 30_000); // 300 articles indexed, most one at a time
