import type { BackstoryDb, StoredArticle } from '../db/schema';
import {
  bucketOf,
  bucketRange,
  decodePostings,
  emptyStats,
  COLUMN_SIZE,
  SEGMENT_SIZE,
  type PostingsRow,
  type SearchColumns,
} from './index-rows';
import { parseQuery, type ParsedQuery } from './parse-query';
import { cacheGeneration, cachedState, cacheState, type IndexState } from './query-cache';
import { makeSnippet, type Snippet } from './snippet';
import { foldText } from './fold';
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

/** Postings of one term, document numbers global. */
interface TermPostings {
  ids: Uint32Array;
  tfs: Uint16Array;
}

/** The previous keystroke's prefix expansion, complete (not capped), reused as it grows. */
interface PrefixMemo {
  prefix: string;
  terms: Map<string, TermPostings>;
}

/** What the last query left for the next one, while the index state is unchanged. */
interface QueryMemo {
  prefix?: PrefixMemo;
  /** The last ranking, for the next page of the same query. */
  ranked?: { key: string; ranked: { id: number; score: number }[] };
}

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
  const rankKey = JSON.stringify([query, saved]);
  const known = cachedState(db);
  const remembered = known && memos.get(known)?.ranked;
  let ranked: { id: number; score: number }[];
  let columns: SearchColumns[];
  if (known && remembered?.key === rankKey) {
    ranked = remembered.ranked;
    columns = known.columns;
  } else {
    const r = await rank(db, q, groups, saved, now, signal);
    ({ ranked, columns } = r);
    r.memo.ranked = { key: rankKey, ranked };
  }
  const column = (id: number): [SearchColumns | undefined, number] => [
    columns[Math.floor(id / COLUMN_SIZE)],
    id % COLUMN_SIZE,
  ];

  const matches = matcher(groups);
  const hits: SearchHit[] = [];
  let skipped = 0;
  const phraseTests = q.phrases.map(phraseTest);
  // Articles are read a batch at a time, skipping any deleted without leaving the index.
  const pool = phraseTests.length ? ranked.slice(0, MAX_PHRASE_CHECKS) : ranked;
  const batchSize = phraseTests.length ? PHRASE_BATCH : offset + limit;
  for (let i = 0; i < pool.length && hits.length < limit; i += batchSize) {
    signal?.throwIfAborted();
    const batch = pool.slice(i, i + batchSize);
    const articles = await db.articles.bulkGet(
      batch.map((r) => {
        const [c, local] = column(r.id);
        return c!.article[local]!;
      }),
    );
    batch.forEach((r, k) => {
      const a = articles[k];
      if (!a || hits.length >= limit) return;
      if (!phraseTests.every((test) => test(a))) return;
      // Hits of earlier pages are counted, not snippeted: snippets are the costly part.
      if (skipped < offset) skipped++;
      else hits.push(toHit(a, r.score, matches));
    });
  }
  return hits;
}

/** Every match of the query, best first (filters alone: newest first, score 0). */
async function rank(
  db: BackstoryDb,
  q: ParsedQuery,
  groups: Group[],
  saved: boolean | undefined,
  now: number,
  signal: AbortSignal | undefined,
): Promise<{ ranked: { id: number; score: number }[]; columns: SearchColumns[]; memo: QueryMemo }> {
  const tables = [db.searchPostings, db.searchColumns, db.searchTail, db.searchMeta];
  const read = await db.transaction('r', tables, async () => {
    const state = await loadState(db);
    const memo = memos.get(state) ?? {};
    memos.set(state, memo);
    const rows = rowReader(db, signal);
    const [groupDocs, filterSets] = await Promise.all([
      Promise.all(groups.map((g) => readTerms(rows, state, g.terms, g.prefix, memo))),
      readFilters(rows, state, q),
    ]);
    return { ...state, groupDocs, filterSets, memo };
  });
  const { columns, stats, groupDocs, filterSets, memo } = read;
  signal?.throwIfAborted();

  const column = (id: number): [SearchColumns | undefined, number] => [
    columns[Math.floor(id / COLUMN_SIZE)],
    id % COLUMN_SIZE,
  ];
  const keep = (id: number): boolean => {
    const [s, local] = column(id);
    if (!s || !s.len[local]) return false;
    const savedAt = s.savedAt[local]!;
    if (saved === true && !savedAt) return false;
    if (saved === false && savedAt) return false;
    const date = s.date[local]!;
    if (q.before !== undefined && !(date < q.before)) return false;
    if (q.after !== undefined && !(date >= q.after)) return false;
    return filterSets.every((f) => f.has(id));
  };

  let ranked: { id: number; score: number }[];
  if (groups.length) {
    const order = groupDocs
      .map((_, i) => i)
      .sort((a, b) => groupDocs[a]!.size - groupDocs[b]!.size);
    const smallest = groupDocs[order[0]!]!;
    const avgLen = stats.docs ? stats.totalLen / stats.docs : 1;
    const idf = groupDocs.map((g) => Math.log(1 + (stats.docs - g.size + 0.5) / (g.size + 0.5)));
    ranked = [];
    for (const id of smallest.keys()) {
      if (!order.every((g) => groupDocs[g]!.has(id)) || !keep(id)) continue;
      const [s, local] = column(id);
      const norm = K1 * (1 - B + (B * s!.len[local]!) / avgLen);
      let score = 0;
      groupDocs.forEach((g, i) => {
        const tf = g.get(id)!;
        score += (idf[i]! * tf * (K1 + 1)) / (tf + norm);
      });
      const age = Math.max(0, now - s!.date[local]!);
      score *= 1 + RECENCY_WEIGHT * Math.pow(2, -age / RECENCY_HALF_LIFE_MS);
      ranked.push({ id, score });
    }
    ranked.sort((a, b) => b.score - a.score || b.id - a.id);
  } else {
    const ids = filterSets.length ? [...smallestSet(filterSets)] : allIds(columns);
    ranked = ids.filter(keep).map((id) => {
      const [s, local] = column(id);
      return { id, score: s!.date[local]! };
    });
    ranked.sort((a, b) => b.score - a.score || b.id - a.id);
    ranked.forEach((r) => (r.score = 0));
  }
  return { ranked, columns, memo };
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

/** Segment columns, statistics and the tail, cached while the worker lives. */
async function loadState(db: BackstoryDb): Promise<IndexState> {
  const cached = cachedState(db);
  if (cached) return cached;
  const generation = cacheGeneration(db);
  const [rows, stats, tailDocs] = await Promise.all([
    db.searchColumns.toArray(),
    db.searchMeta.get('stats'),
    db.searchTail.toArray(),
  ]);
  const columns: SearchColumns[] = [];
  for (const r of rows) columns[r.chunk] = r;
  const tail = tailDocs.map((d) => ({ doc: d.doc, terms: `\n${d.terms}\n`, tfs: d.tfs }));
  const state = {
    columns,
    stats: stats ?? emptyStats(),
    tail,
  };
  cacheState(db, state, generation);
  return state;
}

/** Reads each bucket's rows once per query; a superseded query reads no further bucket. */
function rowReader(
  db: BackstoryDb,
  signal?: AbortSignal,
): (bucket: string) => Promise<PostingsRow[]> {
  const reads = new Map<string, Promise<PostingsRow[]>>();
  return (bucket) => {
    let r = reads.get(bucket);
    if (!r) {
      const [lo, hi] = bucketRange(bucket);
      r = signal?.aborted
        ? Promise.reject(signal.reason as Error)
        : db.searchPostings.where(':id').between(lo, hi).toArray();
      reads.set(bucket, r);
    }
    return r;
  };
}

/**
 * Documents holding any of the terms (or, with a prefix, any term it begins: the
 * MAX_PREFIX_TERMS in most documents), from the rows and the tail, with summed term
 * frequencies. A prefix that extends the previous keystroke's reuses its expansion.
 */
async function readTerms(
  rows: (bucket: string) => Promise<PostingsRow[]>,
  state: IndexState,
  terms: string[],
  prefix?: string,
  memo?: QueryMemo,
): Promise<Map<number, number>> {
  const docs = new Map<number, number>();
  const add = (doc: number, tf: number) => docs.set(doc, (docs.get(doc) ?? 0) + tf);
  if (!prefix) {
    const wanted = new Set(terms);
    for (const list of await Promise.all([...new Set(terms.map(bucketOf))].map(rows))) {
      for (const row of list) {
        const base = row.s * SEGMENT_SIZE;
        findLines(`\n${row.t}\n`, wanted, undefined, (i) => {
          const { ids, tfs } = rowPostings(row, i);
          for (let k = 0; k < ids.length; k++) add(base + ids[k]!, tfs[k]!);
        });
      }
    }
    for (const d of state.tail) findLines(d.terms, wanted, undefined, (i) => add(d.doc, d.tfs[i]!));
    return docs;
  }
  const expansion = await expandPrefix(rows, state, terms, prefix, memo);
  for (const { ids, tfs } of expansion) {
    for (let k = 0; k < ids.length; k++) add(ids[k]!, tfs[k]!);
  }
  return docs;
}

/** The postings of line `i` of a row. */
function rowPostings(row: PostingsRow, i: number): { ids: number[]; tfs: number[] } {
  const off = row.m[i * 4]!;
  return decodePostings(row.p.subarray(off, off + row.m[i * 4 + 1]!), row.m[i * 4 + 2]!);
}

/**
 * The postings of each wanted term and of each term `prefix` begins (capped to the
 * MAX_PREFIX_TERMS in most documents, chosen before any is decoded). When the previous
 * keystroke's expansion was complete and for a prefix of this one, every term this prefix
 * begins is among its terms: nothing is read.
 */
async function expandPrefix(
  rows: (bucket: string) => Promise<PostingsRow[]>,
  state: IndexState,
  terms: string[],
  prefix: string,
  memo?: QueryMemo,
): Promise<TermPostings[]> {
  const prev = memo?.prefix;
  const wanted = new Set(terms);
  let all: Map<string, TermPostings>;
  let complete = true;
  if (prev && prefix.startsWith(prev.prefix)) {
    all = new Map([...prev.terms].filter(([t]) => t.startsWith(prefix) || wanted.has(t)));
    // A wanted term outside the old prefix (a stem shorter than it) is read as usual.
    const rest = terms.filter((t) => !t.startsWith(prev.prefix));
    if (rest.length) {
      for (const [t, p] of (await readExpansion(rows, state, new Set(rest))).terms) all.set(t, p);
    }
  } else {
    ({ terms: all, complete } = await readExpansion(rows, state, wanted, prefix));
  }
  if (memo) {
    memo.prefix = complete
      ? { prefix, terms: new Map([...all].filter(([t]) => t.startsWith(prefix))) }
      : undefined;
  }
  const extra = [...all.keys()].filter((t) => !wanted.has(t));
  if (extra.length > MAX_PREFIX_TERMS) {
    extra.sort((a, b) => all.get(b)!.ids.length - all.get(a)!.ids.length || (a < b ? -1 : 1));
    for (const t of extra.slice(MAX_PREFIX_TERMS)) all.delete(t);
  }
  return [...all.values()];
}

/**
 * Per term, its postings from the rows and the tail: the wanted terms, and those `prefix`
 * begins, at most MAX_PREFIX_TERMS of them (the ones in most documents: a row gives each
 * term's document count without decoding). `complete` when none was left out.
 */
async function readExpansion(
  rows: (bucket: string) => Promise<PostingsRow[]>,
  state: IndexState,
  wanted: Set<string>,
  prefix?: string,
): Promise<{ terms: Map<string, TermPostings>; complete: boolean }> {
  const buckets = new Set([...wanted].map(bucketOf));
  if (prefix) buckets.add(bucketOf(prefix));
  // First where each term is and in how many documents, then only the chosen are decoded.
  const where = new Map<string, { df: number; at: (() => [number[], number[]])[] }>();
  const found = (term: string, df: number, read: () => [number[], number[]]) => {
    let w = where.get(term);
    if (!w) where.set(term, (w = { df: 0, at: [] }));
    w.df += df;
    w.at.push(read);
  };
  for (const list of await Promise.all([...buckets].map(rows))) {
    for (const row of list) {
      const base = row.s * SEGMENT_SIZE;
      findLines(`\n${row.t}\n`, wanted, prefix, (i, term) =>
        found(term, row.m[i * 4 + 2]!, () => {
          const { ids, tfs } = rowPostings(row, i);
          return [ids.map((id) => base + id), tfs];
        }),
      );
    }
  }
  for (const d of state.tail) {
    findLines(d.terms, wanted, prefix, (i, term) => found(term, 1, () => [[d.doc], [d.tfs[i]!]]));
  }
  const extra = [...where.keys()].filter((t) => !wanted.has(t));
  const complete = extra.length <= MAX_PREFIX_TERMS;
  if (!complete) {
    extra.sort((a, b) => where.get(b)!.df - where.get(a)!.df || (a < b ? -1 : 1));
    for (const t of extra.slice(MAX_PREFIX_TERMS)) where.delete(t);
  }
  const out = new Map<string, TermPostings>();
  for (const [t, w] of where) {
    const ids: number[] = [];
    const tfs: number[] = [];
    for (const read of w.at) {
      const [i, f] = read();
      for (let k = 0; k < i.length; k++) {
        ids.push(i[k]!);
        tfs.push(f[k]!);
      }
    }
    out.set(t, { ids: Uint32Array.from(ids), tfs: Uint16Array.from(tfs) });
  }
  return { terms: out, complete };
}

/**
 * Calls `found` with the line number of each wanted term, and of each other term that begins
 * with `prefix`, in a "\nterm\nterm\n" list. indexOf on the list is far cheaper than splitting
 * it: a bucket row may hold thousands of terms.
 */
function findLines(
  list: string,
  wanted: Set<string>,
  prefix: string | undefined,
  found: (line: number, term: string) => void,
): void {
  for (const t of wanted) {
    const at = list.indexOf(`\n${t}\n`);
    if (at >= 0) found(lineIndex(list, at), t);
  }
  if (prefix === undefined) return;
  for (let at = list.indexOf(`\n${prefix}`); at >= 0;) {
    const end = list.indexOf('\n', at + 1);
    const term = list.slice(at + 1, end);
    if (!wanted.has(term)) found(lineIndex(list, at), term);
    at = list.indexOf(`\n${prefix}`, end);
  }
}

/** Which line of "\nterm\nterm\n" starts at the newline at `at`. */
function lineIndex(s: string, at: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i < at; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

async function termDocs(
  rows: (bucket: string) => Promise<PostingsRow[]>,
  state: IndexState,
  term: string,
): Promise<Set<number>> {
  return new Set((await readTerms(rows, state, [term])).keys());
}

/** One set of allowed documents per filter (sites are one filter, languages another). */
async function readFilters(
  rows: (bucket: string) => Promise<PostingsRow[]>,
  state: IndexState,
  q: ParsedQuery,
): Promise<Set<number>[]> {
  const union = async (terms: string[]) => {
    const out = new Set<number>();
    for (const s of await Promise.all(terms.map((t) => termDocs(rows, state, t)))) {
      for (const id of s) out.add(id);
    }
    return out;
  };
  const sets: Promise<Set<number>>[] = [];
  if (q.sites.length) sets.push(union(q.sites.map((s) => `site:${s}`)));
  if (q.langs.length) sets.push(union(q.langs.map((l) => `lang:${l}`)));
  for (const e of q.entities) {
    sets.push(
      (async () => {
        const [byId, ...byWords] = await Promise.all([
          termDocs(rows, state, `${e.type}:=${e.id}`),
          ...e.words.map((w) => termDocs(rows, state, `${e.type}:${w}`)),
        ]);
        const out = new Set(byId);
        if (byWords.length) {
          for (const id of smallestSet(byWords)) {
            if (byWords.every((s) => s.has(id))) out.add(id);
          }
        }
        return out;
      })(),
    );
  }
  return Promise.all(sets);
}

function smallestSet(sets: Set<number>[]): Set<number> {
  return sets.reduce((a, b) => (b.size < a.size ? b : a));
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
 * A test of whether an article's title or text holds the phrase's words in a row. Folding the
 * text and one regular expression is much cheaper than tokenizing; CJK bigrams need tokens.
 */
function phraseTest(phrase: string[]): (a: StoredArticle) => boolean {
  if (phrase.some(isCjkWord)) {
    const words = (s: string) =>
      ` ${tokenize(s)
        .map((t) => t.word)
        .join(' ')} `;
    const needle = ` ${phrase.join(' ')} `;
    return (a) => words(a.title ?? '').includes(needle) || words(a.text).includes(needle);
  }
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])${phrase.join('[^\\p{L}\\p{N}\\p{M}]+')}(?![\\p{L}\\p{N}\\p{M}])`,
    'u',
  );
  return (a) => re.test(foldText(a.title ?? '')) || re.test(foldText(a.text));
}

function toHit(a: StoredArticle, score: number, matches: Matcher): SearchHit {
  const lang = a.lang ? a.lang.toLowerCase() : null;
  return {
    key: a.key,
    title: a.title,
    siteName: a.siteName,
    lang: a.lang,
    publishedAt: a.publishedAt,
    savedAt: a.savedAt ?? null,
    score,
    snippet: makeSnippet(a.text, (w) => matches(w, lang), undefined, matches.heads),
  };
}
