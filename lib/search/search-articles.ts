import type { BackstoryDb, StoredArticle } from '../db/schema';
import type { TimelineCopy } from '../stories/timeline';
import { ListedTexts } from './listed-texts';
import {
  applyTailColumns,
  columnDate,
  emptyStats,
  unfoldedFrom,
  COLUMN_SIZE,
  type SearchColumns,
  type SearchMeta,
} from './index-rows';
import { parseQuery, type EntityFilter, type ParsedQuery } from './parse-query';
import {
  cacheGeneration,
  cachedState,
  cacheState,
  type IndexState,
  type TailText,
} from './query-cache';
import { entityMatchesFilter, filterTerms } from './document-terms';
import { Ranking } from './ranking';
import { makeSnippet, type Snippet } from './snippet';
import { TermDictionary, type TermPostings } from './term-dictionary';
import { foldText } from './fold';
import { execAtWordStart, foldedPattern } from './fold-pattern';
import { stemWord, termVariants } from './stem';
import { isCjkWord, tokenize } from './tokenize';

/** One search result. */
export interface SearchHit {
  key: string;
  title: string | null;
  siteName: string | null;
  lang: string | null;
  publishedAt: string | null;
  savedAt: number | null;
  score: number;
  snippet: Snippet;
  /**
   * The same text read on other sites (a wire story republished, give or take a credit line or
   * a paragraph: the same fingerprint or a near copy) that matched too, ranked lower: one result
   * ("also on …") rather than one per site. Absent when none.
   */
  copies?: TimelineCopy[];
}

/**
 * Search options: `now` (epoch ms) is the reference for recency; `offset` skips that many
 * hits of the same ranking (a first screenful, then the rest); `signal` stops a superseded
 * query between its reads (it then rejects with the signal's reason).
 */
export interface SearchOptions {
  limit?: number;
  offset?: number;
  includeHistory?: boolean;
  now?: number;
  signal?: AbortSignal;
  /** Filled with where the query's time went (for bench:search). */
  timings?: SearchTimings;
}

/**
 * Milliseconds per part of a query: `index` reading and ranking postings, of which `state` the
 * columns and the tail a cold query reads; `articles` reading the candidates (`articlesRead`
 * article rows, with their text; `lightRead` light rows, for folding only); `phrases` testing
 * them; `snippets`.
 */
export interface SearchTimings {
  index?: number;
  state?: number;
  articles?: number;
  articlesRead?: number;
  lightRead?: number;
  phrases?: number;
  snippets?: number;
}

/** A word of the query: the terms it may be indexed under, and a prefix when being typed. */
interface Group {
  terms: string[];
  prefix?: string;
}

const K1 = 1.2;
const B = 0.75;
// A document read today scores up to 1.5× the same match from long ago; the weight halves
// every year.
const RECENCY_WEIGHT = 0.5;
const RECENCY_HALF_LIFE_MS = 365 * 86_400_000;
// The word being typed matches as a prefix from this length: its bucket holds every term it
// begins (see bucketOf).
const MIN_PREFIX_LENGTH = 3;
// Phrase candidates checked against their text, at most (best-ranked first), 50 at a time:
// without word positions in the index, a phrase of common words would otherwise read
// thousands of articles. A match ranked lower than this is not found (see the report).
const MAX_PHRASE_CHECKS = 250;
const PHRASE_BATCH = 50;
// A short prefix being typed ("the", "con") begins thousands of terms: only this many, those
// in the most documents, are expanded, which bounds the postings decoded per keystroke.
export const MAX_PREFIX_TERMS = 128;

/** What the last query left for the next one, while the index state is unchanged. */
interface QueryMemo {
  /** The last ranking, for the next page of the same query. */
  ranked?: { key: string; ranking: Ranking };
  /**
   * Per set of phrases, whether the candidates checked so far hold them (by document number):
   * the next page, or the query asked again, reads only the articles that may be hits.
   */
  phrases?: Map<string, Map<number, boolean>>;
  /**
   * Articles recently shown as hits, by id, the least recently used first: the next keystroke's
   * hits are mostly the same articles (typing "kil", "kill", "killed"), and are not read again.
   */
  articles?: Map<number, HitArticle>;
  articleChars?: number;
  /**
   * What folding needs of the other articles read (copies folded into a result, earlier pages'
   * hits, those past the page's end), by id, the least recently used first: the next query, or
   * this one again, tells them copies or not without reading them again (see readArticles).
   */
  folded?: Map<number, FoldArticle>;
}

/**
 * What folding needs of an article (is it a copy of a result listed above: ListedTexts), what a
 * copy shows in its result's "also on" (hitCopy), and a hit's fields but its snippet (hitOf).
 */
type FoldArticle = Pick<
  StoredArticle,
  | 'key'
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'siteName'
  | 'lang'
  | 'publishedAt'
  | 'savedAt'
  | 'textPrint'
  | 'nearPrint'
  | 'nearBands'
>;

/** What a hit needs of its article: its snippet and a phrase test read its text too. */
type HitArticle = FoldArticle & Pick<StoredArticle, 'text' | 'entities'>;

const hasText = (a: FoldArticle): a is HitArticle => 'text' in a;

// What the kept articles may hold, in characters (4 to 8 MB; the worker's heap stays under
// 20 MB): about 800 articles, the hits of the last 40 queries or so. At 1,000,000 a reader going
// back to a query of a minute ago (or bench:search's warm rounds of 34 queries, about 600
// articles) had its articles read again: a least-recently-used cache smaller than what is
// cycled through misses every time.
const ARTICLE_CACHE_CHARS = 4_000_000;
// An article longer than this is not kept (it would push out dozens of others).
const MAX_KEPT_ARTICLE_CHARS = 125_000;
// Articles read but not shown kept for folding (FoldArticle, about 1 KB each without a text):
// bench:search's warm rounds of 34 queries read about 400 beside their hits.
const MAX_KEPT_FOLDED = 4096;

// Sets of phrases whose checks are kept (the oldest is forgotten first).
const MAX_PHRASE_MEMOS = 8;

const memos = new WeakMap<IndexState, QueryMemo>();

/**
 * Searches the index (see parseQuery for the language). Words rank by BM25 times a recency
 * boost; a query of filters alone lists matches newest first. Saved articles only, unless
 * `includeHistory` or saved:no.
 */
export async function searchArticles(
  db: BackstoryDb,
  query: string,
  opts: SearchOptions = {},
): Promise<SearchHit[]> {
  const q = parseQuery(query);
  const limit = opts.limit ?? 20;
  const offset = opts.offset ?? 0;
  const now = opts.now ?? Date.now();
  const signal = opts.signal;
  signal?.throwIfAborted();
  const saved = q.saved ?? (opts.includeHistory ? undefined : true);
  const groups = queryGroups(q);
  const hasFilters =
    q.entities.length > 0 ||
    q.sites.length > 0 ||
    q.langs.length > 0 ||
    q.before !== undefined ||
    q.after !== undefined ||
    q.saved !== undefined;
  if (!groups.length && !hasFilters) return [];

  // The same query again (its next page): the same ranking, so that pages never overlap.
  const timings = opts.timings;
  let t = timings ? performance.now() : 0;
  // Adds the time since the last lap to a part of `timings`.
  const lap = (part: Exclude<keyof SearchTimings, 'articlesRead' | 'lightRead' | 'state'>) => {
    if (!timings) return;
    const now = performance.now();
    timings[part] = (timings[part] ?? 0) + now - t;
    t = now;
  };
  const rankKey = JSON.stringify([query, saved]);
  const known = cachedState(db);
  const remembered = known && memos.get(known)?.ranked;
  let ranking: Ranking;
  let columns: SearchColumns[];
  let memo: QueryMemo;
  if (known && remembered?.key === rankKey) {
    ranking = remembered.ranking;
    columns = known.columns;
    memo = memos.get(known)!;
  } else {
    const r = await rank(db, q, groups, saved, now, signal, timings);
    ({ ranking, columns, memo } = r);
    memo.ranked = { key: rankKey, ranking };
  }
  lap('index');
  const column = (id: number): [SearchColumns | undefined, number] => [
    columns[Math.floor(id / COLUMN_SIZE)],
    id % COLUMN_SIZE,
  ];

  const matches = matcher(groups);
  const hits: SearchHit[] = [];
  let skipped = 0;
  // The articles listed so far, on earlier pages (counted in `skipped`) or as this page's hits:
  // a lower-ranked copy of one is not a result of its own (isCopyOf).
  const listed = new ListedTexts<SearchHit | null>();
  const phraseTests = q.phrases.map(phraseTest);
  const checked = phraseTests.length ? phraseMemo(memo, q.phrases) : undefined;
  // Articles are read a batch at a time, skipping any deleted without leaving the index; only
  // as much of the ranking is ordered as the batches reach.
  const poolSize = phraseTests.length ? Math.min(MAX_PHRASE_CHECKS, ranking.size) : ranking.size;
  const batchSize = phraseTests.length ? PHRASE_BATCH : offset + limit;
  for (let i = 0; i < poolSize && hits.length < limit; i += batchSize) {
    signal?.throwIfAborted();
    // Candidates already found without the phrases are not read again.
    const batch = ranking
      .top(Math.min(poolSize, i + batchSize))
      .slice(i)
      .filter((r) => checked?.get(r.id) !== false);
    lap('index');
    const ids = batch.map((r) => {
      const [c, local] = column(r.id);
      return c!.article[local]!;
    });
    // Texts are read for the phrase tests still to do, and for the candidates that will be shown
    // unless a copy comes before them (without phrases: past the earlier pages' hits still to
    // skip, as many as the page still lacks); the others are read for folding only, from their
    // light rows (no text), and the text of one shown after all is read once it is.
    const [skip, need] = [offset - skipped, limit - hits.length];
    const articles = await readArticles(
      db,
      memo,
      ids,
      timings,
      (k) => Boolean(checked && !checked.has(batch[k]!.id)),
      (k) => !checked && k >= skip && k < skip + need,
    );
    lap('articles');
    // This batch's hits, snippeted once they are all known (their texts read together).
    const shown: { hit: SearchHit; k: number }[] = [];
    batch.forEach((r, k) => {
      const a = articles[k];
      if (!a) return;
      // Every article read is checked (the test costs far less than the read).
      if (checked && !checked.has(r.id)) {
        checked.set(
          r.id,
          phraseTests.every((test) => test(a as HitArticle)),
        );
      }
      if (checked?.get(r.id) === false) return;
      // A copy of a text listed above: on its result (when on this page), not one of its own.
      // Also past the page's end, among the articles read anyway: the next page skips it too.
      const of = listed.copyOf(a);
      if (of !== undefined) {
        if (of) (of.copies ??= []).push(hitCopy(a));
        keepFolded(memo, ids[k]!, a);
        return;
      }
      if (hits.length >= limit) {
        keepFolded(memo, ids[k]!, a);
        return;
      }
      // Hits of earlier pages are counted, not snippeted: snippets are the costly part.
      if (skipped < offset) {
        skipped++;
        listed.add(a, null);
        keepFolded(memo, ids[k]!, a);
      } else {
        const hit = hitOf(a, groups.length ? r.score : 0);
        hits.push(hit);
        listed.add(a, hit);
        shown.push({ hit, k });
      }
    });
    lap('phrases');
    if (!shown.length) continue;
    // The hits whose text was not read (kept for folding only).
    const more = shown.filter(({ k }) => !hasText(articles[k]!));
    if (more.length) {
      const texts = await readArticles(
        db,
        memo,
        more.map(({ k }) => ids[k]!),
        timings,
        () => true,
        () => true,
      );
      more.forEach(({ hit, k }, j) => {
        const a = texts[j];
        if (!a) return;
        articles[k] = a;
        // The hit as its article row gives it (its light row's fields are the same).
        Object.assign(hit, hitOf(a, hit.score), { snippet: hit.snippet });
      });
      lap('articles');
    }
    for (const { hit, k } of shown) {
      const a = articles[k]!;
      // Deleted since it was kept (the index not written yet): shown without a passage.
      const full = hasText(a) ? a : { ...a, text: '' };
      hit.snippet = snippetOf(full, matches, q.entities);
      keepArticle(memo, ids[k]!, full);
    }
    lap('snippets');
  }
  return hits;
}

/**
 * Every match of the query, scored (filters alone: by date, newest first). Per document,
 * dense arrays indexed by document number: no map or set is built per posting.
 */
async function rank(
  db: BackstoryDb,
  q: ParsedQuery,
  groups: Group[],
  saved: boolean | undefined,
  now: number,
  signal: AbortSignal | undefined,
  timings: SearchTimings | undefined,
): Promise<{ ranking: Ranking; columns: SearchColumns[]; memo: QueryMemo }> {
  const tables = [
    db.searchPostings,
    db.searchColumns,
    db.searchTail,
    db.searchTailTerms,
    db.searchMeta,
  ];
  const lookups = async (dict: TermDictionary) =>
    Promise.all([Promise.all(groups.map((g) => groupTerms(dict, g))), readFilters(dict, q)]);
  const kept = cachedState(db);
  const keptDict = kept && new TermDictionary(db, kept, signal);
  let read;
  if (kept && keptDict!.holds(queryTerms(q, groups))) {
    // Everything the query reads is kept by the worker: no transaction to open and commit.
    const [groupPostings, filterPostings] = await lookups(keptDict!);
    const memo = memos.get(kept) ?? {};
    memos.set(kept, memo);
    read = { ...kept, groupPostings, filterPostings, memo };
  } else {
    read = await db.transaction('r', tables, async () => {
      // The kept state is used only if the statistics read in this transaction are its own: a
      // write (a fold, a merge) may have committed since it was read, with the worker's cache
      // not yet dropped (this transaction was opened while the write was under way), and the
      // tail rows it keeps combined with the blocks read now would count documents twice.
      const known = cachedState(db);
      const stats = readStats(db);
      if (known && sameStats(await stats, known.stats)) {
        const [groupPostings, filterPostings] = await lookups(
          new TermDictionary(db, known, signal),
        );
        const memo = memos.get(known) ?? {};
        memos.set(known, memo);
        return { ...known, groupPostings, filterPostings, memo };
      }
      // A cold query reads the postings, and its buckets' shards of the tail, while the
      // columns are read.
      const loading = loadState(db, stats, timings);
      const dict = new TermDictionary(db, loading, signal, stats);
      const [state, [groupPostings, filterPostings]] = await Promise.all([loading, lookups(dict)]);
      const memo = memos.get(state) ?? {};
      memos.set(state, memo);
      return { ...state, groupPostings, filterPostings, memo };
    });
  }
  const { columns, stats, groupPostings, filterPostings, memo } = read;
  signal?.throwIfAborted();

  const size = stats.nextDoc;
  // Scratch arrays (see scratchTf), zeroed again however this returns.
  const filters: Uint8Array[] = [];
  const tfs: Accumulated[] = [];
  try {
    for (const [i, f] of filterPostings.entries()) filters.push(filterMarks(f, size, i));
    const keep = (id: number): boolean => {
      const s = columns[Math.floor(id / COLUMN_SIZE)];
      const local = id % COLUMN_SIZE;
      if (!s || !s.len[local]) return false;
      const isSaved = s.saved[local]!;
      if (saved === true && !isSaved) return false;
      if (saved === false && isSaved) return false;
      const date = columnDate(s, local);
      if (q.before !== undefined && !(date < q.before)) return false;
      if (q.after !== undefined && !(date >= q.after)) return false;
      return filters.every((f) => f[id] === 1);
    };

    if (!groups.length) {
      // Filters alone: every match, newest first.
      const ids = filters.length ? markedIds(filters, filterPostings[0]!, size) : allIds(columns);
      const out = new Uint32Array(ids.length);
      const dates = new Float64Array(ids.length);
      let n = 0;
      for (const id of ids) {
        if (!keep(id)) continue;
        out[n] = id;
        dates[n++] = columnDate(columns[Math.floor(id / COLUMN_SIZE)]!, id % COLUMN_SIZE);
      }
      return { ranking: new Ranking(out, dates, n), columns, memo };
    }

    // Per word: its documents' summed frequencies, and the documents themselves.
    groupPostings.forEach((list, i) => tfs.push(accumulate(list, size, i)));
    const order = tfs.map((_, i) => i).sort((a, b) => tfs[a]!.count - tfs[b]!.count);
    const smallest = tfs[order[0]!]!;
    const avgLen = stats.docs ? stats.totalLen / stats.docs : 1;
    const idf = tfs.map((g) => Math.log(1 + (stats.docs - g.count + 0.5) / (g.count + 0.5)));
    const ids = new Uint32Array(smallest.count);
    const scores = new Float64Array(smallest.count);
    let n = 0;
    for (let k = 0; k < smallest.count; k++) {
      const id = smallest.ids[k]!;
      if (!order.every((g) => tfs[g]!.tf[id]! > 0) || !keep(id)) continue;
      const s = columns[Math.floor(id / COLUMN_SIZE)]!;
      const local = id % COLUMN_SIZE;
      const norm = K1 * (1 - B + (B * s.len[local]!) / avgLen);
      let score = 0;
      for (let g = 0; g < tfs.length; g++) {
        const tf = tfs[g]!.tf[id]!;
        score += (idf[g]! * tf * (K1 + 1)) / (tf + norm);
      }
      const age = Math.max(0, now - columnDate(s, local));
      score *= 1 + RECENCY_WEIGHT * Math.pow(2, -age / RECENCY_HALF_LIFE_MS);
      ids[n] = id;
      scores[n++] = score;
    }
    return { ranking: new Ranking(ids, scores, n), columns, memo };
  } finally {
    filters.forEach((marks, i) => unmark(filterPostings[i]!, size, marks));
    for (const t of tfs) for (let k = 0; k < t.count; k++) t.tf[t.ids[k]!] = 0;
  }
}

/**
 * Per-document arrays kept from query to query (the query that used them zeroes what it set):
 * allocating ~200 KB per word and filter on every keystroke at 50,000 articles made V8 collect
 * garbage in the middle of warm queries.
 */
const scratchTf: Uint32Array[] = [];
const scratchMarks: Uint8Array[] = [];

function scratch<T extends Uint32Array | Uint8Array>(
  pool: T[],
  i: number,
  size: number,
  make: (n: number) => T,
): T {
  const have = pool[i];
  if (have && have.length >= size) return have;
  // Room for the documents indexed meanwhile.
  return (pool[i] = make(size + 4096));
}

interface Accumulated {
  tf: Uint32Array;
  ids: Uint32Array;
  count: number;
}

/**
 * Summed frequencies by document number (in scratch array `slot`: the caller zeroes them
 * again), and the documents with any, in first-seen order.
 */
function accumulate(list: TermPostings[], size: number, slot: number): Accumulated {
  const tf = scratch(scratchTf, slot, size, (n) => new Uint32Array(n));
  let total = 0;
  for (const p of list) total += p.ids.length;
  const ids = new Uint32Array(total);
  let count = 0;
  for (const p of list) {
    for (let k = 0; k < p.ids.length; k++) {
      const id = p.ids[k]!;
      if (id >= size) continue;
      if (tf[id] === 0) ids[count++] = id;
      tf[id] = tf[id]! + Math.max(1, p.tfs[k]!);
    }
  }
  return { tf, ids, count };
}

/**
 * The postings of a word: its term variants, and with a prefix each term it begins (the
 * MAX_PREFIX_TERMS in most documents).
 */
async function groupTerms(dict: TermDictionary, g: Group): Promise<TermPostings[]> {
  const [own, more] = await Promise.all([
    dict.lookup(g.terms),
    g.prefix ? dict.expand(g.prefix, new Set(g.terms), MAX_PREFIX_TERMS) : undefined,
  ]);
  return more ? [...own, ...more.postings] : own;
}

/**
 * Articles by id (undefined for any deleted), those kept from earlier hits without a read, and
 * those kept for folding (without their text) unless `withText(i)` for the i-th; the memo
 * belongs to one index state, so that a write (which re-indexes the article) drops them. Of the
 * others, those `withText` or `likelyShown` are read from the article rows, the rest from their
 * light rows (what folding needs, without the text: LightArticle holds every field of a
 * FoldArticle), and from the article rows when they have none.
 */
async function readArticles(
  db: BackstoryDb,
  memo: QueryMemo,
  ids: number[],
  timings: SearchTimings | undefined,
  withText: (i: number) => boolean,
  likelyShown: (i: number) => boolean,
): Promise<(FoldArticle | undefined)[]> {
  const kept = memo.articles;
  const folded = memo.folded;
  const found = ids.map((id, i) => kept?.get(id) ?? (withText(i) ? undefined : folded?.get(id)));
  const full = ids.filter((_, i) => !found[i] && (withText(i) || likelyShown(i)));
  const light = ids.filter((_, i) => !found[i] && !withText(i) && !likelyShown(i));
  const [texts, rows] = await Promise.all([
    full.length ? db.articles.bulkGet(full) : [],
    light.length ? db.lightArticles.bulkGet(light) : [],
  ]);
  const byId = new Map<number, FoldArticle | undefined>(full.map((id, i) => [id, texts[i]]));
  light.forEach((id, i) => rows[i] && byId.set(id, rows[i]));
  // No light row: deleted, or written before there were any.
  const unlit = light.filter((id) => !byId.has(id));
  const late = unlit.length ? await db.articles.bulkGet(unlit) : [];
  unlit.forEach((id, i) => byId.set(id, late[i]));
  if (timings) {
    timings.articlesRead = (timings.articlesRead ?? 0) + full.length + unlit.length;
    timings.lightRead = (timings.lightRead ?? 0) + light.length;
  }
  return ids.map((id, i) => {
    const a = found[i];
    if (!a) return byId.get(id);
    // Most recently used last.
    const cache: Map<number, FoldArticle> = hasText(a) ? kept! : folded!;
    cache.delete(id);
    cache.set(id, a);
    return a;
  });
}

/** Only the fields of a FoldArticle: rows read hold more (the whole stored article). */
function foldFields(a: FoldArticle): FoldArticle {
  const { key, url, canonicalUrl, title, siteName, lang, publishedAt, savedAt } = a;
  const { textPrint, nearPrint, nearBands } = a;
  return {
    key,
    url,
    canonicalUrl,
    title,
    siteName,
    lang,
    publishedAt,
    savedAt,
    textPrint,
    nearPrint,
    nearBands,
  };
}

/** Keeps what folding needs of an article read but not shown, within MAX_KEPT_FOLDED. */
function keepFolded(memo: QueryMemo, id: number, a: FoldArticle): void {
  const folded = (memo.folded ??= new Map());
  if (folded.has(id) || memo.articles?.has(id)) return;
  folded.set(id, foldFields(a));
  if (folded.size > MAX_KEPT_FOLDED) folded.delete(folded.keys().next().value!);
}

/** Keeps a hit's article for the next queries, within ARTICLE_CACHE_CHARS. */
function keepArticle(memo: QueryMemo, id: number, a: HitArticle): void {
  const kept = (memo.articles ??= new Map());
  if (kept.has(id)) return;
  const size = (x: HitArticle) => x.text.length + (x.title?.length ?? 0);
  if (size(a) > MAX_KEPT_ARTICLE_CHARS) return;
  kept.set(id, { ...foldFields(a), text: a.text, entities: a.entities });
  memo.articleChars = (memo.articleChars ?? 0) + size(a);
  for (const [old, o] of kept) {
    if (memo.articleChars <= ARTICLE_CACHE_CHARS) break;
    kept.delete(old);
    memo.articleChars -= size(o);
  }
}

/** The phrase checks kept for these phrases (a new map if none). */
function phraseMemo(memo: QueryMemo, phrases: string[][]): Map<number, boolean> {
  memo.phrases ??= new Map();
  const key = JSON.stringify(phrases);
  let checked = memo.phrases.get(key);
  if (!checked) {
    if (memo.phrases.size >= MAX_PHRASE_MEMOS) {
      memo.phrases.delete(memo.phrases.keys().next().value!);
    }
    memo.phrases.set(key, (checked = new Map()));
  }
  return checked;
}

/** Every term the query looks up (a prefix stands for the terms it begins). */
function queryTerms(q: ParsedQuery, groups: Group[]): string[] {
  return [
    ...groups.flatMap((g) => (g.prefix ? [...g.terms, g.prefix] : g.terms)),
    ...q.sites.map((s) => `site:${s}`),
    ...q.langs.map((l) => `lang:${l}`),
    ...q.entities.flatMap((e) => {
      const { id, words } = filterTerms(e);
      return [id, ...words];
    }),
  ];
}

/** Each plain or phrase word once, with its term variants. */
function queryGroups(q: ParsedQuery): Group[] {
  const groups = new Map<string, Group>();
  const add = (word: string, prefix: boolean) => {
    const cjk = isCjkWord(word);
    const p = prefix && !cjk && word.length >= MIN_PREFIX_LENGTH ? word : undefined;
    const id = `${word}\n${p ?? ''}`;
    if (!groups.has(id)) groups.set(id, { terms: cjk ? [word] : termVariants(word), prefix: p });
  };
  for (const w of q.words) add(w.word, w.prefix);
  for (const p of q.phrases) for (const w of p) add(w, false);
  return [...groups.values()];
}

/**
 * Segment columns, statistics and the tail, cached while the worker lives. Read by key, not by
 * scanning their tables: LevelDB keeps what saving overwrote (columns are rewritten on every
 * save) and deleted (merged tail documents) until it compacts, and a scan steps over all of it.
 */
async function loadState(
  db: BackstoryDb,
  statsRead: Promise<SearchMeta>,
  timings?: SearchTimings,
): Promise<IndexState> {
  const generation = cacheGeneration(db);
  const t0 = timings ? performance.now() : 0;
  const stats = await statsRead;
  const chunks = Array.from({ length: Math.ceil(stats.nextDoc / COLUMN_SIZE) }, (_, i) => i);
  const [rows, tailDocs] = await Promise.all([
    db.searchColumns.bulkGet(chunks),
    // The tail documents not folded yet (FOLD_DOCS at most, after an idle moment): the seek
    // skips the merged and folded ones.
    db.searchTail.where(':id').aboveOrEqual(unfoldedFrom(stats)).toArray(),
  ]);
  const columns: SearchColumns[] = [];
  for (const r of rows) if (r) columns[r.chunk] = r;
  // Saving writes a document's columns in its tail row only (folding moves them).
  applyTailColumns(columns, tailDocs);
  const tail: TailText[] = [];
  for (const d of tailDocs) {
    if (d.terms && d.tfs) tail.push({ doc: d.doc, terms: `\n${d.terms}\n`, tfs: d.tfs });
  }
  const state: IndexState = { columns, stats, tail, shards: [] };
  if (timings) timings.state = performance.now() - t0;
  cacheState(db, state, generation);
  return state;
}

/**
 * Whether two reads of the statistics saw the same tail (a write that adds, moves or removes
 * documents changes them).
 */
function sameStats(a: SearchMeta, b: SearchMeta): boolean {
  return (
    a.nextDoc === b.nextDoc &&
    a.docs === b.docs &&
    a.totalLen === b.totalLen &&
    a.tailFrom === b.tailFrom &&
    a.tailCount === b.tailCount &&
    a.foldFrom === b.foldFrom
  );
}

/** The index's statistics (a Dexie promise: inside a transaction, reads may follow it). */
function readStats(db: BackstoryDb): Promise<SearchMeta> {
  return db.searchMeta.get('stats').then((s) => s ?? emptyStats());
}

/**
 * The documents each filter allows (sites are one filter, languages another), as postings
 * lists whose union is the filter; an entity's words must all match (or its id).
 */
async function readFilters(dict: TermDictionary, q: ParsedQuery): Promise<TermPostings[][]> {
  const sets: Promise<TermPostings[]>[] = [];
  if (q.sites.length) sets.push(dict.lookup(q.sites.map((s) => `site:${s}`)));
  if (q.langs.length) sets.push(dict.lookup(q.langs.map((l) => `lang:${l}`)));
  for (const e of q.entities) {
    const { id, words } = filterTerms(e);
    sets.push(
      (async () => {
        const [byId, byWords] = await Promise.all([
          dict.lookup([id]),
          Promise.all(words.map((w) => dict.lookup([w]))),
        ]);
        if (!byWords.length || byWords.some((w) => !w.length)) return byId;
        return [...byId, intersect(byWords.map((w) => w[0]!))];
      })(),
    );
  }
  return Promise.all(sets);
}

/** The documents in every one of these postings (ascending lists). */
function intersect(lists: TermPostings[]): TermPostings {
  let ids = lists[0]!.ids;
  for (const other of lists.slice(1)) {
    const out: number[] = [];
    let j = 0;
    for (const id of ids) {
      while (j < other.ids.length && other.ids[j]! < id) j++;
      if (other.ids[j] === id) out.push(id);
    }
    ids = Uint32Array.from(out);
  }
  return { ids, tfs: new Uint16Array(ids.length).fill(1) };
}

/** A filter's allowed documents, marked 1 by document number (in scratch array `slot`). */
function filterMarks(lists: TermPostings[], size: number, slot: number): Uint8Array {
  const marks = scratch(scratchMarks, slot, size, (n) => new Uint8Array(n));
  for (const p of lists) for (const id of p.ids) if (id < size) marks[id] = 1;
  return marks;
}

/** Zeroes what filterMarks marked. */
function unmark(lists: TermPostings[], size: number, marks: Uint8Array): void {
  for (const p of lists) for (const id of p.ids) if (id < size) marks[id] = 0;
}

/**
 * The documents every filter allows, ascending: those of the first filter's postings (`first`,
 * which marked filters[0]) that every other filter marks, not every document number tested
 * (a person: query allows a few dozen of 50,000).
 */
function markedIds(filters: Uint8Array[], first: TermPostings[], size: number): number[] {
  let ids: number[] = [];
  for (const p of first) for (const id of p.ids) if (id < size) ids.push(id);
  if (first.length > 1) ids = [...new Set(ids)].sort((a, b) => a - b);
  return ids.filter((id) => filters.every((f) => f[id] === 1));
}

function allIds(columns: SearchColumns[]): number[] {
  const out: number[] = [];
  columns.forEach((s) => {
    for (let local = 0; local < COLUMN_SIZE; local++) {
      if (s.len[local]) out.push(s.chunk * COLUMN_SIZE + local);
    }
  });
  return out;
}

/** Whether a folded word of a document in `lang` is one the query asked for. */
interface Matcher {
  (word: string, lang: string | null): boolean;
  /** First three characters of every word that can match (stems keep a word's start). */
  heads: Set<string>;
}

function matcher(groups: Group[]): Matcher {
  const terms = new Set(groups.flatMap((g) => g.terms));
  const prefixes = groups.flatMap((g) => (g.prefix ? [g.prefix] : []));
  const match = (word: string, lang: string | null) =>
    terms.has(stemWord(word, lang)) || terms.has(word) || prefixes.some((p) => word.startsWith(p));
  return Object.assign(match, {
    heads: new Set([...terms, ...prefixes].map((t) => t.slice(0, 3))),
  });
}

/**
 * A test of whether an article's title or text holds the phrase's words in a row. One regular
 * expression over the text as stored, its letters matched in any case or accent (folding 5 KB
 * of text per candidate cost more than the test), "ß" as "ss" and "œ" as "oe" too; a word of
 * too many such spellings has the texts folded instead. CJK bigrams in a chain ("年東", "東京") are the characters in a row ("年東京").
 */
function phraseTest(phrase: string[]): (a: HitArticle) => boolean {
  if (phrase.some(isCjkWord)) {
    const chain = phrase.every(
      (w, i) => isCjkWord(w) && w.length === 2 && (i === 0 || phrase[i - 1]![1] === w[0]),
    );
    if (chain) {
      const needle =
        phrase[0]! +
        phrase
          .slice(1)
          .map((w) => w[1])
          .join('');
      return (a) => (a.title ?? '').includes(needle) || a.text.includes(needle);
    }
    const words = (s: string) =>
      ` ${tokenize(s)
        .map((t) => t.word)
        .join(' ')} `;
    const needle = ` ${phrase.join(' ')} `;
    return (a) => words(a.title ?? '').includes(needle) || words(a.text).includes(needle);
  }
  const edge = ['(?<![\\p{L}\\p{N}\\p{M}])', '(?![\\p{L}\\p{N}\\p{M}])'];
  const between = '[^\\p{L}\\p{N}\\p{M}]+';
  const patterns = phrase.map((w) => foldedPattern(w));
  let test: (s: string) => boolean;
  if (patterns.every((p) => p !== null)) {
    // Its start is checked by hand (see startsWord), its end by the lookahead.
    const raw = new RegExp(`${patterns.join(between)}${edge[1]}`, 'giu');
    test = (s) => execAtWordStart(raw, s) !== null;
  } else {
    const folded = new RegExp(`${edge[0]}${phrase.join(between)}${edge[1]}`, 'u');
    test = (s) => folded.test(foldText(s));
  }
  return (a) => test(a.title ?? '') || test(a.text);
}

/** A result's copy on another site, for its "also on". */
function hitCopy(a: FoldArticle): TimelineCopy {
  return {
    key: a.key,
    url: a.canonicalUrl ?? a.url ?? a.key,
    siteName: a.siteName,
    title: a.title,
    date: a.publishedAt ?? '',
    saved: a.savedAt !== undefined,
  };
}

/** A hit of `a`, its snippet to come (snippetOf, once its text is read). */
function hitOf(a: FoldArticle, score: number): SearchHit {
  return {
    key: a.key,
    title: a.title,
    siteName: a.siteName,
    lang: a.lang,
    publishedAt: a.publishedAt,
    savedAt: a.savedAt ?? null,
    score,
    snippet: undefined as unknown as Snippet,
  };
}

function snippetOf(a: HitArticle, matches: Matcher, filters: EntityFilter[]): Snippet {
  const lang = a.lang ? a.lang.toLowerCase() : null;
  // An entity filter's mentions are marked too: "Poutine" in a French article for person:Putin.
  const mentions = filters.length
    ? (a.entities ?? [])
        .filter((e) => filters.some((f) => entityMatchesFilter(e, f)))
        .flatMap((e) => e.mentions.map((m) => [m.start, m.end] as const))
    : [];
  return makeSnippet(a.text, (w) => matches(w, lang), undefined, matches.heads, mentions);
}
