/**
 * The page side of `npm run bench:search`, bundled by esbuild and driven by playwright-core:
 * fills a real IndexedDB with generated articles, indexes them with lib/search, and times
 * queries, against MiniSearch persisted as one JSON row (the rejected design, built in a worker
 * thread: search-baseline.ts).
 */
import Dexie from 'dexie';
import MiniSearch, { type SearchResult } from 'minisearch';
import { BackstoryDb, type StoredArticle } from '../../lib/db/schema';
import { COLUMN_SIZE, isTailBlock, readTailShard, unfoldedFrom } from '../../lib/search/index-rows';
import {
  indexArticle,
  indexArticles,
  mergeIndexTail,
  TAIL_MAX,
} from '../../lib/search/index-articles';
import { parseQuery } from '../../lib/search/parse-query';
import { searchArticles, type SearchTimings } from '../../lib/search/search-articles';
import type { Pool } from './search-corpus';
import { makeDoc } from './search-docs';
import { MINI_OPTIONS, type MiniDoc } from './search-mini';

let pools = new Map<string, Pool>();
const NOW = Date.UTC(2026, 0, 1);
const LIMIT = 20;

let mini: MiniSearch<MiniDoc> | null = null;
// The database a warm run used, kept as a worker keeps its own, so that the heap figure
// includes what queries cache (columns, statistics, the tail).
let warmDb: BackstoryDb | null = null;

/** The bench's article database; the MiniSearch baseline keeps its JSON in a database apart. */
class MiniDb extends Dexie {
  blobs!: Dexie.Table<{ id: number; json: string }, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ blobs: 'id' });
  }
}

const bench = {
  setPools(list: Pool[]): void {
    pools = new Map(list.map((p) => [p.lang, p]));
  },

  /** Stores articles from..to; returns the UTF-8 bytes of their titles and texts. */
  async fill(name: string, from: number, to: number): Promise<number> {
    const db = new BackstoryDb(name);
    const enc = new TextEncoder();
    let bytes = 0;
    for (let a = from; a <= to; a += 1000) {
      const rows: StoredArticle[] = [];
      for (let i = a; i <= Math.min(to, a + 999); i++) {
        const { article } = makeDoc(pools, i);
        bytes += enc.encode(article.title ?? '').length + enc.encode(article.text).length;
        rows.push(article);
      }
      await db.articles.bulkAdd(rows);
    }
    db.close();
    return bytes;
  },

  /**
   * Stores articles from..to and indexes them with the bulk path, `batch` at a time, as an
   * import does, from the rows it stores (not read back); returns the UTF-8 bytes of their
   * titles and texts and the ms spent storing and in indexArticles.
   */
  async fillIndexed(name: string, from: number, to: number, batch: number) {
    const db = new BackstoryDb(name);
    const enc = new TextEncoder();
    let bytes = 0;
    let storeMs = 0;
    let indexMs = 0;
    for (let a = from; a <= to; a += batch) {
      const items = [];
      for (let i = a; i <= Math.min(to, a + batch - 1); i++) {
        const { article, entities } = makeDoc(pools, i);
        bytes += enc.encode(article.title ?? '').length + enc.encode(article.text).length;
        items.push({ article, entities });
      }
      let t = performance.now();
      await db.articles.bulkAdd(items.map((d) => d.article));
      storeMs += performance.now() - t;
      t = performance.now();
      await indexArticles(db, items);
      indexMs += performance.now() - t;
    }
    db.close();
    return { bytes, storeMs, indexMs };
  },

  /**
   * Indexes articles from..to one call each, as saving does, and merges the tail between saves
   * when it is full, as the idle worker does; returns each save's and each merge's ms.
   */
  async indexSingle(name: string, from: number, to: number, tailMax = TAIL_MAX) {
    const db = new BackstoryDb(name);
    const saves: number[] = [];
    const merges: number[] = [];
    for (let i = from; i <= to; i++) {
      const article = (await db.articles.get(i))!;
      const { entities } = makeDoc(pools, i);
      const t = performance.now();
      await indexArticle(db, article, entities);
      saves.push(performance.now() - t);
      // Idle time, not the save path: the background merges once indexing has been quiet.
      if (i < to) {
        const m = performance.now();
        if (await mergeIndexTail(db, tailMax)) merges.push(performance.now() - m);
      }
    }
    db.close();
    return { saves, merges };
  },

  /**
   * What the database holds (the completeness check of a kept database): articles stored,
   * documents indexed, and with `mini` the baseline's rows.
   */
  async contents(name: string, withMini: boolean) {
    const db = new BackstoryDb(name);
    const articles = await db.articles.count();
    const indexed = (await db.searchMeta.get('stats'))?.docs ?? 0;
    db.close();
    let mini = 0;
    if (withMini) {
      const mdb = new MiniDb(`${name}-minisearch`);
      mini = await mdb.blobs.count();
      mdb.close();
    }
    return { articles, indexed, mini };
  },

  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },

  /** Each query once to warm up, then `reps` timed runs each; same database object. */
  async warm(name: string, queries: string[], reps: number, limit = LIMIT) {
    const db = new BackstoryDb(name);
    await db.open();
    const times: number[] = [];
    const hits: number[] = [];
    // Each query's results (keys, best first): runs of two versions of the code compare.
    const keys: string[][] = [];
    // Each query's first run: the database open, but nothing of its words kept yet.
    const first: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      const found = await searchArticles(db, q, { limit, now: NOW });
      first.push(performance.now() - t);
      hits.push(found.length);
      keys.push(found.map((h) => h.key));
    }
    // Where each query's time went, summed over its runs.
    const parts: SearchTimings[] = queries.map(() => ({}));
    for (let r = 0; r < reps; r++) {
      for (const [i, q] of queries.entries()) {
        const t = performance.now();
        await searchArticles(db, q, { limit, now: NOW, timings: parts[i] });
        times.push(performance.now() - t);
      }
    }
    warmDb?.close();
    warmDb = db;
    return { times, hits, first, keys, parts };
  },

  /**
   * Each word typed a letter at a time from its third, as the search box asks: the first 5
   * results, then the next 15 of the same ranking. Returns, per keystroke, the ms to the first
   * screenful and to all 20 (code without `offset` ignores it and snippets 15 from the top:
   * the same work).
   */
  async typing(name: string, words: string[]) {
    const db = new BackstoryDb(name);
    await db.open();
    const first: number[] = [];
    const all: number[] = [];
    for (const w of words) {
      for (let k = 3; k <= w.length; k++) {
        const q = w.slice(0, k);
        const t = performance.now();
        await searchArticles(db, q, { limit: 5, now: NOW });
        first.push(performance.now() - t);
        await searchArticles(db, q, { limit: 15, offset: 5, now: NOW });
        all.push(performance.now() - t);
      }
    }
    db.close();
    return { first, all };
  },

  /** A query in a fresh page: opening the database included (ms), and its parts. */
  async cold(name: string, q: string) {
    const t = performance.now();
    const db = new BackstoryDb(name);
    await db.open();
    const open = performance.now() - t;
    const timings: SearchTimings = {};
    await searchArticles(db, q, { limit: LIMIT, now: NOW, timings });
    const ms = performance.now() - t;
    db.close();
    return { ms, open, timings };
  },

  /** Where a cold query's time goes before postings are read: opening, columns, the tail. */
  async coldParts(name: string) {
    const t0 = performance.now();
    const db = new BackstoryDb(name);
    await db.open();
    const t1 = performance.now();
    // As the query reads them (lib/search/search-articles.ts, loadState): by key.
    const stats = (await db.searchMeta.get('stats'))!;
    await db.searchColumns.bulkGet(
      Array.from({ length: Math.ceil(stats.nextDoc / COLUMN_SIZE) }, (_, i) => i),
    );
    const t2 = performance.now();
    // The tail's rows not folded yet (all their terms), and the rows a query of one bucket
    // reads of the rest (one shard: blocks of folded documents, or v11's rows of one each).
    const [tail, shard] = await Promise.all([
      db.searchTail.where(':id').aboveOrEqual(unfoldedFrom(stats)).toArray(),
      readTailShard(db, 0, stats.tailFrom),
    ]);
    const t3 = performance.now();
    let entries = 0;
    for (const d of tail) entries += d.terms ? d.terms.split('\n').length : 0;
    for (const d of shard) entries += (isTailBlock(d) ? d.t : d.terms).split('\n').length;
    db.close();
    return {
      openMs: t1 - t0,
      segmentsMs: t2 - t1,
      tailMs: t3 - t2,
      tailDocs: stats.tailCount,
      tailRows: tail.length,
      shardRows: shard.length,
      entries,
    };
  },

  /**
   * Stores the baseline's JSON (built in a worker thread, see search-baseline.ts), fetched from
   * `url`, as one row; returns the ms of the put (persisting is JSON.stringify plus this).
   */
  async miniPut(name: string, url: string): Promise<number> {
    const json = await (await fetch(url)).text();
    const t = performance.now();
    const mdb = new MiniDb(`${name}-minisearch`);
    await mdb.blobs.put({ id: 1, json });
    mdb.close();
    return performance.now() - t;
  },

  async miniWarm(name: string, queries: string[], reps: number) {
    const db = new BackstoryDb(name);
    await db.open();
    if (!mini) await bench.miniLoad(name);
    const times: number[] = [];
    const hits: number[] = [];
    for (const q of queries) hits.push((await miniQuery(db, q)).length);
    for (let r = 0; r < reps; r++) {
      for (const q of queries) {
        const t = performance.now();
        await miniQuery(db, q);
        times.push(performance.now() - t);
      }
    }
    db.close();
    return { times, hits };
  },

  async miniLoad(name: string): Promise<void> {
    const mdb = new MiniDb(`${name}-minisearch`);
    const row = (await mdb.blobs.get(1))!;
    mdb.close();
    mini = MiniSearch.loadJSON<MiniDoc>(row.json, MINI_OPTIONS);
  },

  async miniCold(name: string, q: string): Promise<number> {
    const t = performance.now();
    await bench.miniLoad(name);
    const db = new BackstoryDb(name);
    await db.open();
    await miniQuery(db, q);
    const ms = performance.now() - t;
    db.close();
    return ms;
  },

  /** Deletes the baseline's database (the articles' database stays). */
  async miniDrop(name: string): Promise<void> {
    mini = null;
    await Dexie.delete(`${name}-minisearch`);
  },

  async drop(name: string): Promise<void> {
    mini = null;
    warmDb?.close();
    warmDb = null;
    await Dexie.delete(name);
    await Dexie.delete(`${name}-minisearch`);
  },
};

/**
 * The baseline's query: the same words (AND, last one as prefix while typing), lang:, site:
 * and saved filters through MiniSearch's filter; entity and date filters are not modelled, so
 * the baseline does less work than lib/search on those queries.
 */
async function miniQuery(db: BackstoryDb, query: string): Promise<StoredArticle[]> {
  const q = parseQuery(query);
  const words = [...q.words.map((w) => w.word), ...q.phrases.flat()];
  const prefixLast = q.words.at(-1)?.prefix ?? false;
  const saved = q.saved ?? true;
  const filter = (r: SearchResult) => {
    const site = r.site as string;
    return (
      r.saved === saved &&
      (!q.langs.length || q.langs.includes(r.lang as string)) &&
      (!q.sites.length || q.sites.some((s) => site === s || site.endsWith(`.${s}`)))
    );
  };
  const results = words.length
    ? mini!.search(words.join(' '), {
        combineWith: 'AND',
        prefix: (_t, i, terms) => prefixLast && i === terms.length - 1,
        filter,
      })
    : [];
  const ids = results.slice(0, LIMIT).map((r) => r.id as number);
  return (await db.articles.bulkGet(ids)).filter((a): a is StoredArticle => !!a);
}

(globalThis as unknown as { searchBench: typeof bench }).searchBench = bench;
export type SearchBench = typeof bench;
