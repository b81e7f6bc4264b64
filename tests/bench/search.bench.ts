/**
 * `npm run bench:search [-- CORPUS_DIR] [--sizes=10000,50000] [--no-baseline]`: lib/search in
 * headless Chromium with the real IndexedDB. Articles generated from the shared corpus
 * (../shared/corpus, or CORPUS_DIR) in six languages are stored and indexed in one database
 * that grows from size to size: each size is reached with the bulk path (import, rebuild) but
 * for its last ~1,000 articles, indexed one save at a time (the save path); a size's database
 * is built (from a copy of the smaller one's) while the smaller one is measured. Queries of a
 * fixed mixed set are timed warm (same page, database open) and cold (fresh page, so a fresh
 * JS heap, database opened by the query). The rejected design, MiniSearch persisted as one
 * JSON row, is measured in the same run as the baseline, and every figure is also given as a
 * ratio to it: on a shared machine only same-run ratios compare. The baseline is built in a
 * Web Worker of a Chromium of its own (search-baseline.ts) while the page builds ours, one
 * index grown from size to size, its JSON kept apart from our databases: a change to
 * lib/search's indexing rebuilds ours only. Ends with one line of JSON (the largest size run),
 * with the load average at start and end and the run's length.
 * BENCH_SEARCH_RESULTS=PREFIX writes each query's result keys to PREFIX-<size>.json (to check
 * that a change keeps the results); BENCH_SEARCH_PRINT_KEY=1 prints the kept databases' key.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { foldText } from '../../lib/search/fold';
import { TAIL_MAX } from '../../lib/search/index-articles';
import { TAIL_SHARDS } from '../../lib/search/index-rows';
import type { BaselineBuilt, BaselineJob } from './search-baseline';
import { readPools, type Pool } from './search-corpus';
import { hostsOf } from './search-docs';
import type { SearchBench } from './search-page';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../../shared/corpus');
const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? DEFAULT_DIR);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10000,50000')
  .split(',')
  .map(Number);
const withBaseline = !args.includes('--no-baseline');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '../..');
// Built databases are kept here between runs (see builtProfile).
const CACHE = process.env.BENCH_SEARCH_CACHE ?? join(ROOT, 'node_modules/.cache/bench-search');
// Fixed, so that a kept database is found again: IndexedDB belongs to the page's origin.
const PORT = Number(process.env.BENCH_SEARCH_PORT ?? 47391);
// The save path is measured on ~1,000 more articles: two full tail cycles (the idle merges
// between saves are timed apart); the last save leaves the tail full, the worst case for cold
// queries, which run after it.
const SINGLE = 2 * TAIL_MAX;
const BATCH = 500;
const REPS = 5;

if (!existsSync(dir)) {
  console.error(`\n*** bench:search: corpus not found at ${dir} ***`);
  console.error('*** Give the corpus folder as the first argument. Nothing was measured. ***\n');
  process.exit(1);
}
let pools: Pool[];
try {
  pools = readPools(dir);
} catch (e) {
  console.error(`\n*** bench:search: ${(e as Error).message}. Nothing was measured. ***\n`);
  process.exit(1);
}

declare global {
  var searchBench: SearchBench;
}

const log = (s = '') => console.log(s);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}
const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

/** The fixed query set: words picked by frequency rank in each language, and filters. */
function querySet(): string[] {
  const qs: string[] = [];
  for (const pool of pools.filter((p) => p.entities.length)) {
    const freq = new Map<string, number>();
    for (const s of pool.sentences) {
      for (const w of foldText(s).match(/\p{L}{5,}/gu) ?? []) freq.set(w, (freq.get(w) ?? 0) + 1);
    }
    const ranked = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const at = (k: number) => ranked[Math.min(k, ranked.length - 1)]![0];
    const words = pool.sentences[50]!.split(/\s+/).filter((w) => /^\p{L}{4,}$/u.test(w));
    const person = pool.entities
      .filter((e) => e.type === 'PER')[10]!
      .name.split(' ')
      .at(-1)!;
    qs.push(
      `${at(100)} `,
      `${at(1000)} `,
      `${at(4000)} `,
      `${at(100)} ${at(1000)} `,
      at(300).slice(0, 4),
      `"${words[0]} ${words[1]}"`,
      `person:${person}`,
    );
  }
  const zh = pools.find((p) => p.lang === 'zh')!.sentences[20]!;
  const ja = pools.find((p) => p.lang === 'ja')!.sentences[3]!;
  qs.push(
    [...zh.replace(/[^\p{Script=Han}]/gu, '')].slice(0, 2).join(''),
    [...ja.replace(/[^\p{Script=Han}\p{Script=Katakana}]/gu, '')].slice(0, 3).join(''),
    `site:${hostsOf('en')[2]} saved:yes`,
    'lang:fr after:2024-01',
    `${qs[0]!.trim()} site:com before:2020`,
    `lang:de ${qs[22]!.trim()} `,
  );
  return qs;
}

/** What building a size measured, kept with the built database. */
interface Built {
  n: number;
  textBytes: number;
  usageEmpty: number;
  usageIndexed: number;
  batchMs: number;
  batchCount: number;
  buildSeconds: number;
  mini?: { buildMs: number; persistMs: number; jsonChars: number; indexBytes: number };
  /**
   * The completeness marker, written last (built.json itself is written once Chromium has
   * closed): what the page counted in the database, and the size of every file of the
   * profile's IndexedDB folder then. A kept database is used only if these still hold.
   */
  complete?: { articles: number; indexed: number; mini: number; files: Record<string, number> };
}

/** Every file of a profile's IndexedDB folder: its path from there → bytes. */
function idbFiles(profile: string): Record<string, number> {
  const root = join(profile, 'Default', 'IndexedDB');
  const out: Record<string, number> = {};
  if (!existsSync(root)) return out;
  for (const f of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const path = join(f.parentPath, f.name);
    out[relative(root, path)] = statSync(path).size;
  }
  return out;
}

/**
 * Why the kept database of `n` articles in `dir` is not complete, or null when it is: a build
 * that crashed or was stopped, a copy cut short, a file changed or gone since (see
 * Built.complete).
 */
function whyIncomplete(dir: string, n: number): string | null {
  let built: Built;
  try {
    built = JSON.parse(readFileSync(join(dir, 'built.json'), 'utf8')) as Built;
  } catch {
    return 'no readable built.json (its build did not finish)';
  }
  const c = built.complete;
  if (!c) return 'no completeness marker in built.json (an older bench wrote it)';
  if (built.n !== n || c.articles !== n || c.indexed !== n) {
    return `it holds ${c.articles} articles, ${c.indexed} indexed, not ${n}`;
  }
  if (withBaseline && c.mini !== 1) return `the baseline's JSON row is missing`;
  const files = idbFiles(dir);
  for (const [f, size] of Object.entries(c.files)) {
    if (files[f] === undefined) return `${f} is missing`;
    if (files[f] !== size) return `${f} has ${files[f]} bytes, not ${size}`;
  }
  return Object.keys(c.files).length ? null : 'no IndexedDB files';
}

/**
 * What building the database of `n` articles kept in `dir` measured, if it is there and
 * complete; an incomplete one is removed (and said so), to be rebuilt.
 */
function keptBuilt(dir: string, n: number): Built | null {
  if (!existsSync(dir)) return null;
  const why = whyIncomplete(dir, n);
  if (!why) return JSON.parse(readFileSync(join(dir, 'built.json'), 'utf8')) as Built;
  console.error(
    `\n*** bench:search: the kept database of ${n} articles (${dir}) is incomplete: ${why}. ` +
      `Removed; it is built again. ***\n`,
  );
  rmSync(dir, { recursive: true, force: true });
  return null;
}

/** A hash of these files (paths from ROOT) and the pools. */
function filesKey(files: string[], ...more: string[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort()) h.update(f).update(readFileSync(join(ROOT, f)));
  h.update(JSON.stringify(pools));
  for (const m of more) h.update(m);
  return h.digest('hex').slice(0, 16);
}

/** What the baseline's JSON depends on: MiniSearch, its tokens, the generated articles. */
function baselineKey(): string {
  return filesKey([
    'lib/search/tokenize.ts',
    'lib/search/fold.ts',
    'lib/search/stem.ts',
    'tests/bench/search-docs.ts',
    'lib/seeded-random.ts',
    'tests/bench/search-corpus.ts',
    'tests/bench/search-mini.ts',
    'tests/bench/search-baseline.ts',
    'node_modules/minisearch/package.json',
  ]);
}

/**
 * What the built databases depend on: the index's code and format, the generated articles,
 * the baseline (its JSON is stored in them). A change to the query side keeps them; a change
 * to indexing rebuilds them (the baseline's JSON is kept apart, see baselineKey).
 */
function buildKey(baseline: string): string {
  const queryOnly = [
    'search-articles.ts',
    'snippet.ts',
    'fold-pattern.ts',
    'parse-query.ts',
    'query-cache.ts',
    'term-dictionary.ts',
    'ranking.ts',
  ];
  const files = [
    ...readdirSync(join(ROOT, 'lib/search'))
      .filter((f) => !queryOnly.includes(f))
      .map((f) => `lib/search/${f}`),
    ...readdirSync(join(ROOT, 'lib/db')).map((f) => `lib/db/${f}`),
    'tests/bench/search-docs.ts',
    'tests/bench/search-corpus.ts',
  ];
  return filesKey(files, String(withBaseline), withBaseline ? baseline : '');
}

/** The baseline's JSON of size n in the cache, and what building it measured. */
const miniFile = (bkey: string, n: number) => join(CACHE, `mini-${bkey}-${n}.json`);

type Baseline = BaselineBuilt & { kept: boolean };

/**
 * What building the baseline of size n measured, if its JSON is kept whole (the figures are
 * written last, with the JSON's size in bytes); an incomplete one is removed (and said so).
 */
function keptBaseline(bkey: string, n: number): BaselineBuilt | null {
  const file = miniFile(bkey, n);
  if (!existsSync(`${file}.meta`)) return null;
  let why: string;
  try {
    const meta = JSON.parse(readFileSync(`${file}.meta`, 'utf8')) as BaselineBuilt;
    const size = existsSync(file) ? statSync(file).size : -1;
    if (meta.jsonBytes !== undefined && meta.jsonBytes === size) return meta;
    why =
      meta.jsonBytes === undefined
        ? 'its figures do not give its size (an older bench wrote them)'
        : `${size} bytes, not ${meta.jsonBytes}`;
  } catch {
    why = 'its figures are unreadable';
  }
  console.error(
    `\n*** bench:search: the kept baseline JSON of ${n} articles (${file}) is incomplete: ` +
      `${why}. Removed; it is built again. ***\n`,
  );
  rmSync(file, { force: true });
  rmSync(`${file}.meta`, { force: true });
  return null;
}

/** Called with what the baseline's worker posts of each size (see main's server). */
const posted = new Map<number, (b: BaselineBuilt) => void>();

/**
 * The baseline's JSON for each size: kept from an earlier run, else built by a Web Worker in a
 * Chromium of its own (started at once, running beside the page that builds ours) for the
 * sizes missing. `close` stops that Chromium.
 */
async function baselines(
  bkey: string,
  needed: number[],
  origin: string,
): Promise<{ minis: Map<number, Promise<Baseline>>; close: () => Promise<void> }> {
  const minis = new Map<number, Promise<Baseline>>();
  const missing: number[] = [];
  for (const n of needed) {
    const meta = keptBaseline(bkey, n);
    if (meta) minis.set(n, Promise.resolve({ ...meta, kept: true }));
    else missing.push(n);
  }
  if (!missing.length) return { minis, close: async () => {} };
  mkdirSync(CACHE, { recursive: true });
  for (const n of missing) {
    minis.set(n, new Promise((res) => posted.set(n, (b) => res({ ...b, kept: false }))));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  const page = await browser.newPage();
  await page.goto(`${origin}baseline`);
  const job: BaselineJob = { pools, sizes: missing };
  await page.evaluate((j) => {
    // Held by the page: the worker runs as long as the page does.
    const w = new Worker('/baseline.js');
    (globalThis as unknown as { baseline: Worker }).baseline = w;
    w.postMessage(j);
  }, job);
  return { minis, close: () => browser.close() };
}

async function bundle(entry = 'search-page.ts'): Promise<string> {
  const out = await build({
    entryPoints: [join(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/** A Chromium on a profile folder, with the bench page and its helpers. */
async function launch(profile: string, origin: string) {
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--js-flags=--expose-gc'],
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const cdp = await ctx.newCDPSession(page);
  const fresh = async (withPools = false) => {
    await page.goto(origin);
    if (withPools) await page.evaluate((p) => searchBench.setPools(p), pools);
  };
  // Right after bulk writes LevelDB compacts in the background: on this 2-core machine that
  // slows queries and moves the storage figure. Wait until the usage holds still, 12 s at most
  // so that the run stays bounded on a busy machine.
  const settle = async () => {
    let prev = -1;
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const u = await page.evaluate(() => searchBench.usage());
      if (u === prev) return u;
      prev = u;
    }
    return prev;
  };
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1048576;
  };
  return { ctx, page, fresh, settle, heapMB };
}

const NAME = 'bench-search';

/**
 * The profile folder holding the database of the first `n` articles, indexed with the bulk
 * path (and the baseline's JSON): built once, from the next smaller size when there is one,
 * then kept in CACHE under buildKey() so that later runs measure without rebuilding. Its
 * lines are returned (`said`), not printed: it runs while the smaller size is measured.
 */
async function builtProfile(
  n: number,
  prev: Built | null,
  origin: string,
  key: string,
  bkey: string,
  mini: Promise<Baseline> | undefined,
): Promise<{ built: Built; kept: boolean; said: string[] }> {
  // What it has to say, printed when its size is measured (it runs while the smaller size is).
  const said: string[] = [];
  const dirOf = (size: number) => join(CACHE, `${key}-${size}`);
  const kept = keptBuilt(dirOf(n), n);
  if (kept) return { built: kept, kept: true, said };
  // Databases built by older code are of no more use, and take a gigabyte or so.
  if (existsSync(CACHE)) {
    for (const f of readdirSync(CACHE)) {
      if (!f.startsWith(`${key}-`) && !f.startsWith(`mini-${bkey}-`)) {
        rmSync(join(CACHE, f), { recursive: true, force: true });
      }
    }
  }
  const t = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'bench-search-build-'));
  if (prev) cpSync(dirOf(prev.n), work, { recursive: true });
  const b = await launch(work, origin);
  await b.fresh(true);
  // The storage figure counts the articles and the index: the last size's baseline JSON goes.
  if (prev) await b.page.evaluate((nm) => searchBench.miniDrop(nm), NAME);
  else await b.page.evaluate((nm) => searchBench.drop(nm), NAME);
  const from = (prev?.n ?? 0) + 1;
  const usageEmpty = prev?.usageEmpty ?? (await b.page.evaluate(() => searchBench.usage()));
  const filled = await b.page.evaluate(
    ([nm, f, to, bb]) => searchBench.fillIndexed(nm, f, to, bb),
    [NAME, from, n, BATCH] as const,
  );
  const textBytes = (prev?.textBytes ?? 0) + filled.bytes;
  const batchMs = filled.indexMs;
  const usageIndexed = await b.settle();
  const built: Built = {
    n,
    textBytes,
    usageEmpty,
    usageIndexed,
    batchMs,
    batchCount: n - from + 1,
    buildSeconds: 0,
  };
  said.push(
    `lib/search's database of ${n} articles built: ${r1(filled.storeMs / 1000)} s storing ` +
      `articles ${from}-${n}, ${r1(batchMs / 1000)} s indexing them with the bulk path, ` +
      `${BATCH} at a time [${elapsed()}]`,
  );
  if (withBaseline && mini) {
    const m = await mini;
    said.push(
      m.kept
        ? `baseline's JSON of ${n} articles kept from an earlier run (built in ${m.seconds} s)`
        : `baseline's JSON of ${n} articles built in a Web Worker beside it (${m.seconds} s ` +
            `from its start) [${elapsed()}]`,
    );
    await b.fresh();
    await b.page.evaluate((nm) => searchBench.miniDrop(nm), NAME);
    const putMs = await b.page.evaluate(([nm, url]) => searchBench.miniPut(nm, url), [
      NAME,
      `/mini-${n}.json`,
    ] as const);
    built.mini = {
      buildMs: m.buildMs,
      persistMs: m.stringifyMs + putMs,
      jsonChars: m.jsonChars,
      indexBytes: (await b.settle()) - usageIndexed,
    };
  }
  const contents = await b.page.evaluate(([nm, m]) => searchBench.contents(nm, m), [
    NAME,
    withBaseline,
  ] as const);
  await b.ctx.close();
  built.buildSeconds = Math.round((Date.now() - t) / 1000);
  // Last: what says the database is complete (see whyIncomplete).
  built.complete = { ...contents, files: idbFiles(work) };
  writeFileSync(join(work, 'built.json'), JSON.stringify(built));
  mkdirSync(CACHE, { recursive: true });
  rmSync(dirOf(n), { recursive: true, force: true });
  try {
    renameSync(work, dirOf(n));
  } catch {
    // Another file system (BENCH_SEARCH_CACHE elsewhere than /tmp): copied beside, then renamed.
    const part = `${dirOf(n)}.part`;
    rmSync(part, { recursive: true, force: true });
    cpSync(work, part, { recursive: true });
    renameSync(part, dirOf(n));
    rmSync(work, { recursive: true, force: true });
  }
  const why = whyIncomplete(dirOf(n), n);
  if (why) throw new Error(`the database of ${n} articles just built is incomplete: ${why}`);
  return { built, kept: false, said };
}

async function main() {
  const queries = querySet();
  const js = await bundle();
  const baselineJs = withBaseline ? await bundle('search-baseline.ts') : '';
  const bkey = baselineKey();
  const key = buildKey(bkey);
  const server = createServer((req, res) => {
    const mini = /^\/mini-(\d+)\.(json|meta)(?:\?at=(\d+))?$/.exec(req.url ?? '');
    if (mini && req.method === 'POST') {
      // The baseline's worker posting a size's JSON, in pieces (appended), then its figures
      // (which complete the JSON).
      const file = miniFile(bkey, Number(mini[1]));
      const meta = mini[2] === 'meta';
      const out = createWriteStream(meta ? `${file}.meta.part` : `${file}.part`, {
        flags: meta || mini[3] === '0' ? 'w' : 'a',
      });
      req.pipe(out);
      out.on('finish', () => {
        res.writeHead(204).end();
        if (meta) {
          // The JSON, then its figures, which say it is complete.
          renameSync(`${file}.part`, file);
          renameSync(`${file}.meta.part`, `${file}.meta`);
          posted.get(Number(mini[1]))?.(
            JSON.parse(readFileSync(`${file}.meta`, 'utf8')) as BaselineBuilt,
          );
        }
      });
    } else if (mini) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      createReadStream(miniFile(bkey, Number(mini[1]))).pipe(res);
    } else if (req.url === '/baseline.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(baselineJs);
    } else if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    } else {
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>bench</title><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((r, reject) => {
    server.once('error', reject);
    server.listen(PORT, '127.0.0.1', r);
  });
  const origin = `http://127.0.0.1:${PORT}/`;

  log('bench:search, lib/search (sharded postings over Dexie) vs MiniSearch as one JSON row');
  log(
    `corpus ${dir}; ${pools.map((p) => `${p.lang}: ${p.sentences.length} sentences`).join(', ')}`,
  );
  const loadAvgStart = loadavg().map(r2);
  if (process.env.BENCH_SEARCH_PRINT_KEY) {
    console.log(key);
    process.exit(0);
  }
  log(`load average at start ${loadAvgStart.join(' ')} (2 cores; other work may share them)`);
  log(`databases kept under ${CACHE}/${key}-<size>`);
  log(`${queries.length} queries: ${queries.map((q) => JSON.stringify(q)).join(' ')}`);

  let last: Record<string, unknown> | null = null;
  let buildSeconds = 0;
  const sorted = [...sizes].sort((a, b) => a - b);
  const toBuild = sorted.filter((n) => !keptBuilt(join(CACHE, `${key}-${n}`), n));
  const { minis, close: closeBaseline } = withBaseline
    ? await baselines(bkey, toBuild, origin)
    : { minis: new Map<number, Promise<Baseline>>(), close: async () => {} };
  const thisRun: { ours: number[]; baseline: number[] } = { ours: toBuild, baseline: [] };
  // Sizes whose baseline is still being built (its worker shares the 2 cores with what is measured).
  const building = new Set(minis.keys());
  for (const [n, m] of minis) {
    void m
      .then((b) => {
        building.delete(n);
        if (!b.kept) thisRun.baseline.push(n);
      })
      .catch(() => {});
  }
  log(
    toBuild.length
      ? `to build: lib/search's database of ${toBuild.join(', ')} articles (bulk path)` +
          (withBaseline
            ? `, with the baseline's JSON of each (kept, or built in a Web Worker beside it)`
            : '')
      : 'every database kept from an earlier run: nothing to build',
  );
  // Each size's database is built as soon as the smaller one is (from a copy of it), while the
  // smaller one is measured: building is most of a run from nothing.
  type Building = Awaited<ReturnType<typeof builtProfile>>;
  const builds = new Map<number, Promise<Building>>();
  const underway = new Set(toBuild);
  let before: Promise<Building> | null = null;
  for (const n of sorted) {
    const smaller: Promise<Building> | null = before;
    const b: Promise<Building> = (async () =>
      builtProfile(n, smaller && (await smaller).built, origin, key, bkey, minis.get(n)))();
    // Awaited when its size is measured; a failure meanwhile is not unhandled.
    b.then(() => underway.delete(n)).catch(() => {});
    builds.set(n, b);
    before = b;
  }
  for (const n of sorted) {
    log(`\n== ${n} articles (+ ${SINGLE} saved one at a time) ==`);
    const { built, kept, said } = await builds.get(n)!;
    for (const line of said) log(line);
    if (building.size) {
      log(
        `NOTE: the baseline's worker is still building (${[...building].join(', ')} articles): ` +
          `it shares the cores with what is measured at this size`,
      );
    }
    if (underway.size) {
      log(
        `NOTE: lib/search's database of ${[...underway].join(', ')} articles is being built ` +
          `beside (from this one's): it shares the cores with what is measured at this size`,
      );
    }
    if (!kept) buildSeconds += built.buildSeconds;
    log(
      kept
        ? `database of ${n} articles kept from an earlier run (built in ${built.buildSeconds} s)`
        : `database of ${n} articles built in ${built.buildSeconds} s, kept for later runs`,
    );
    log(`text ${r1(built.textBytes / n)} B/article (UTF-8)`);
    // Measured on a copy: the save path adds articles, and queries must not change the kept one.
    const profile = mkdtempSync(join(tmpdir(), 'bench-search-'));
    cpSync(join(CACHE, `${key}-${n}`), profile, { recursive: true });
    const { ctx, page, fresh, settle, heapMB } = await launch(profile, origin);
    await fresh(true);
    const usageBefore = await page.evaluate(() => searchBench.usage());
    const textSingle = await page.evaluate(([nm, f, to]) => searchBench.fill(nm, f, to), [
      NAME,
      n + 1,
      n + SINGLE,
    ] as const);
    const single = await page.evaluate(([nm, from, to]) => searchBench.indexSingle(nm, from, to), [
      NAME,
      n + 1,
      n + SINGLE,
    ] as const);
    const docs = n + SINGLE;
    const cycle = single.saves;
    const cycleMean = cycle.reduce((a, b) => a + b, 0) / cycle.length;
    const mergeMean = single.merges.reduce((a, b) => a + b, 0) / Math.max(1, single.merges.length);
    log(
      `indexing: ${r2(built.batchMs / built.batchCount)} ms/article in batches of ${BATCH} ` +
        `(import, rebuild; ${built.batchCount} articles, when built); ` +
        `${r2(cycleMean)} ms/article one at a time (save path, mean over ${cycle.length} saves; ` +
        `p50 ${r2(pct(cycle, 50))}, p95 ${r2(pct(cycle, 95))}, max ${r1(pct(cycle, 100))}); ` +
        `idle tail merges every ${TAIL_MAX} saves, off the save path: ` +
        `${single.merges.length} × ${r1(mergeMean)} ms = ${r2(mergeMean / TAIL_MAX)} ms/article ` +
        `amortised [${elapsed()}]`,
    );
    const usageAfter = await settle();
    const textBytes = built.textBytes + textSingle;
    const total = built.usageIndexed - built.usageEmpty + (usageAfter - usageBefore);
    const asBuilt = built.usageIndexed - built.usageEmpty;
    log(
      `storage (navigator.storage.estimate, articles and index): as built ` +
        `${r2(asBuilt / built.textBytes)}× the text (target ≤ 1.5×); after the save path ` +
        `${r1(total / docs)} B/article = ${r2(total / textBytes)}× (LevelDB not yet compacted)`,
    );

    await fresh();
    const warm = await page.evaluate(([nm, qs, reps]) => searchBench.warm(nm, qs, reps), [
      NAME,
      queries,
      REPS,
    ] as const);
    log(
      `warm: p50 ${r2(pct(warm.times, 50))} ms, p95 ${r2(pct(warm.times, 95))} ms, ` +
        `max ${r2(pct(warm.times, 100))} ms over ${warm.times.length} queries`,
    );
    log(
      `warm, each query's first run (database open, none of its words kept by the worker): ` +
        `p50 ${r2(pct(warm.first, 50))} ms, p95 ${r2(pct(warm.first, 95))} ms`,
    );
    log(`hits per query (limit 20): ${warm.hits.join(' ')}`);
    // BENCH_SEARCH_RESULTS=file: each query's result keys, to compare two versions' results.
    if (process.env.BENCH_SEARCH_RESULTS) {
      const file = `${process.env.BENCH_SEARCH_RESULTS}-${n}.json`;
      writeFileSync(file, JSON.stringify(queries.map((q, i) => ({ q, keys: warm.keys[i] }))));
      log(`results written to ${file}`);
    }
    const perQuery = queries.map((_, i) =>
      pct(
        warm.times.filter((_t, k) => k % queries.length === i),
        50,
      ),
    );
    log(`warm median per query (ms): ${perQuery.map(r1).join(' ')}`);
    // Where the slowest queries' time goes (mean per run): the p95 is made of these.
    const slowest = queries
      .map((q, i) => ({ q, i, ms: perQuery[i]! }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    log(
      `warm, slowest 5 by median, mean ms per part (index, articles read, phrases, snippets): ` +
        slowest
          .map(({ q, i }) => {
            const p = warm.parts[i]!;
            const m = (v = 0) => r1(v / REPS);
            return `${JSON.stringify(q)} ${m(p.index)}/${m(p.articles)} (${m(p.articlesRead)})/${m(p.phrases)}/${m(p.snippets)}`;
          })
          .join('; '),
    );
    const words = queries.filter((q) => /^\p{L}{5,} $/u.test(q)).map((q) => q.trim());
    const typed = await page.evaluate(([nm, ws]) => searchBench.typing(nm, ws), [
      NAME,
      words,
    ] as const);
    log(
      `typing ${words.length} words a letter at a time (${typed.first.length} keystrokes): ` +
        `first screenful (5 with snippets) p50 ${r2(pct(typed.first, 50))} ms, ` +
        `p95 ${r2(pct(typed.first, 95))} ms; all 20 p50 ${r2(pct(typed.all, 50))} ms, ` +
        `p95 ${r2(pct(typed.all, 95))} ms`,
    );
    const warm1 = await page.evaluate(([nm, qs, reps]) => searchBench.warm(nm, qs, reps, 1), [
      NAME,
      queries,
      2,
    ] as const);
    log(
      `warm with limit 1 (index work without loading and snippeting 20 articles): ` +
        `p50 ${r2(pct(warm1.times, 50))} ms, p95 ${r2(pct(warm1.times, 95))} ms`,
    );
    const cold: number[] = [];
    const coldRuns: Awaited<ReturnType<SearchBench['cold']>>[] = [];
    for (const q of queries) {
      await fresh();
      const run = await page.evaluate(([nm, qq]) => searchBench.cold(nm, qq), [NAME, q] as const);
      coldRuns.push(run);
      cold.push(run.ms);
    }
    log(
      `cold (fresh page, database opened by the query): p50 ${r2(pct(cold, 50))} ms, ` +
        `p95 ${r2(pct(cold, 95))} ms, max ${r2(pct(cold, 100))} ms (target p95 ≤ 100)`,
    );
    log(`cold per query (ms): ${cold.map(r1).join(' ')}`);
    const coldPart = (f: (r: (typeof coldRuns)[number]) => number | undefined) =>
      `p50 ${r1(
        pct(
          coldRuns.map((r) => f(r) ?? 0),
          50,
        ),
      )} p95 ${r1(
        pct(
          coldRuns.map((r) => f(r) ?? 0),
          95,
        ),
      )}`;
    log(
      `cold queries' parts (ms): open ${coldPart((r) => r.open)}; index ${coldPart((r) => r.timings.index)}, ` +
        `of which columns and tail ${coldPart((r) => r.timings.state)}; articles ${coldPart((r) => r.timings.articles)}; ` +
        `phrases ${coldPart((r) => r.timings.phrases)}; snippets ${coldPart((r) => r.timings.snippets)}`,
    );
    const sum = (f: (r: (typeof coldRuns)[number]) => number | undefined) =>
      coldRuns.reduce((n, r) => n + (f(r) ?? 0), 0);
    log(
      `cold queries' reads (sum over the ${coldRuns.length}): ` +
        `${sum((r) => r.timings.articlesRead)} articles with their text, ` +
        `${sum((r) => (r.timings as { lightRead?: number }).lightRead)} light rows`,
    );
    await fresh();
    const parts = await page.evaluate((nm) => searchBench.coldParts(nm), NAME);
    log(
      `cold parts: open ${r1(parts.openMs)} ms, columns ${r1(parts.segmentsMs)} ms, ` +
        `tail ${r1(parts.tailMs)} ms (${parts.tailDocs} documents: ${parts.tailRows} rows not ` +
        `folded yet, and ${parts.shardRows} rows of one shard of ${TAIL_SHARDS}, as a query ` +
        `reads its buckets' shards; ${parts.entries} terms read)`,
    );
    await fresh();
    const heapEmpty = await heapMB();
    await page.evaluate(([nm, qs]) => searchBench.warm(nm, qs, 1), [NAME, queries] as const);
    const heap = await heapMB();
    log(
      `JS heap after every query once: ${r1(heap)} MB (fresh page with the bundle: ${r1(heapEmpty)} MB) [${elapsed()}]`,
    );
    const ours = {
      docs,
      indexMsPerDoc: r2(cycleMean),
      warmP50Ms: r2(pct(warm.times, 50)),
      warmP95Ms: r2(pct(warm.times, 95)),
      warmFirstP95Ms: r2(pct(warm.first, 95)),
      coldP50Ms: r2(pct(cold, 50)),
      coldP95Ms: r2(pct(cold, 95)),
      bytesPerDoc: Math.round(total / docs),
      storageToText: r2(asBuilt / built.textBytes),
      typingFirstP95Ms: r2(pct(typed.first, 95)),
      typingAllP95Ms: r2(pct(typed.all, 95)),
      workerMemoryMB: r1(heap),
    };
    let baseline: Record<string, number> = {};

    if (withBaseline && built.mini) {
      const b = built.mini;
      log(
        `-- baseline: MiniSearch 7 over the first ${n} articles, same tokens (folded, unstemmed), ` +
          `one JSON row --`,
      );
      try {
        log(
          `indexing (when built): ${r2(b.buildMs / n)} ms/article in memory; persisting the ` +
            `whole index (${r1(b.jsonChars / 1048576)} M chars of JSON) ${r1(b.persistMs)} ms, ` +
            `paid again on every save unless batched; index ${r1(b.indexBytes / n)} B/article`,
        );
        const mc: number[] = [];
        // Each cold load of the baseline takes 10 s and more at 50,000 articles (2-3 s at
        // 10,000), where one sample is all the 5-minute run allows (two at 10,000; its cold
        // start is 100× ours anyway).
        for (const q of queries.slice(0, n > 20000 ? 1 : 2)) {
          await fresh();
          mc.push(
            await page.evaluate(([nm, qq]) => searchBench.miniCold(nm, qq), [NAME, q] as const),
          );
        }
        log(
          `cold (fresh page, JSON read and loadJSON): p50 ${r2(pct(mc, 50))} ms, ` +
            `p95 ${r2(pct(mc, 95))} ms over ${mc.length} queries`,
        );
        // The last cold query left the index loaded in this page.
        const miniHeap = await heapMB();
        log(`JS heap with the index loaded: ${r1(miniHeap)} MB (empty page ${r1(heapEmpty)} MB)`);
        // Warm in the same page: the index the last cold query loaded (a load fewer).
        const mw = await page.evaluate(([nm, qs, reps]) => searchBench.miniWarm(nm, qs, reps), [
          NAME,
          queries,
          REPS,
        ] as const);
        log(`warm: p50 ${r2(pct(mw.times, 50))} ms, p95 ${r2(pct(mw.times, 95))} ms`);
        baseline = {
          baselineIndexMsPerDoc: r2(b.buildMs / n),
          baselineWarmP50Ms: r2(pct(mw.times, 50)),
          baselineWarmP95Ms: r2(pct(mw.times, 95)),
          baselineColdP95Ms: r2(pct(mc, 95)),
          baselineMemoryMB: r1(miniHeap),
        };
        const ratio = (a: number, c: number) => `${r2(a / c)}×`;
        log(
          `ratios to MiniSearch (same run; < 1 is better): warm p95 ` +
            `${ratio(ours.warmP95Ms, baseline.baselineWarmP95Ms!)} (target ≤ 1.5×), warm p50 ` +
            `${ratio(ours.warmP50Ms, baseline.baselineWarmP50Ms!)}, cold p95 ` +
            `${ratio(ours.coldP95Ms, baseline.baselineColdP95Ms!)}, save path per article vs its ` +
            `in-memory add ${ratio(ours.indexMsPerDoc, baseline.baselineIndexMsPerDoc!)}, ` +
            `heap ${ratio(ours.workerMemoryMB, baseline.baselineMemoryMB!)} [${elapsed()}]`,
        );
      } catch (e) {
        log(`baseline failed at ${n} articles: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    last = { ...ours, ...baseline };
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
  await closeBaseline();
  const loadAvgEnd = loadavg().map(r2);
  const benchSeconds = Math.round((Date.now() - t0) / 1000);
  log(
    `\nload average at end ${loadAvgEnd.join(' ')}; total ${benchSeconds} s (target ≤ 300 s); ` +
      `building databases for later runs took ${buildSeconds} s (each size's while the ` +
      `smaller one was measured); built this run: ` +
      `lib/search's databases of ${thisRun.ours.join(', ') || 'none'} articles, the baseline's ` +
      `JSON of ${thisRun.baseline.sort((a, b) => a - b).join(', ') || 'none'} (the rest kept)`,
  );
  server.close();
  if (!last) throw new Error('nothing measured');
  if (last.docs !== 50000 + SINGLE) log(`NOTE: the largest size run was not 50000.`);
  console.log(
    JSON.stringify({
      bench: 'search',
      ...last,
      benchSeconds,
      buildSeconds,
      built: thisRun,
      loadAvgStart,
      loadAvgEnd,
    }),
  );
}

await main();
