/**
 * `npm run bench:extract [-- DIR]`: our extraction against bare Readability on Readability's own
 * test pages (../shared/corpus/readability-test-pages, or DIR): token F1 against Readability's
 * expected output, metadata accuracy against expected-metadata.json for both, time per page
 * for both on the same DOM in the same run (one call per measurement, as before, and batches of
 * calls that add up to ≥ 20 ms, fairer on small pages), and detection time on the largest
 * pages; then ours
 * and bare Readability on the human-judged extraction-dev pages (../extraction-dev beside DIR, or
 * --dev DIR): score, refusals by reason, worst pages. Ends with one line of JSON.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/lib/extract/article';
import { detectArticle } from '@/lib/extract/detect';
import { firstLang, toIsoDate } from '@/lib/extract/metadata';
import { parseHtmlDocument } from '@/lib/extract/parse-html';
import { elementToText, normalizeInline } from '@/lib/extract/to-text';
import { reportExtractionDev, runExtractionDev } from './extraction-dev';

const DEFAULT_DIR = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// The human-judged set sits beside Readability's pages; --dev DIR names it elsewhere.
const devArg = args.indexOf('--dev');
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && (devArg < 0 || i !== devArg + 1)) ?? DEFAULT_DIR,
);
const devDir = devArg >= 0 ? resolve(args[devArg + 1]!) : resolve(dir, '../extraction-dev');
// Readability's own tests parse every page at this address.
const PAGE_URL = 'http://fakehost/test/page.html';
const RUNS = 3;
// Rounds of four batches (ours, bare, bare, ours) per page timed in batches.
const BATCH_ROUNDS = 5;
// A page is timed in batches of calls that add up to at least this much work, so that a page
// of a few hundred elements is not measured by one call of 0.2 ms (timer grain, JIT, GC).
const MIN_BATCH_MS = 20;
const MAX_BATCH = 500;

if (!existsSync(dir)) {
  console.error(`\n*** bench:extract: corpus not found at ${dir} ***`);
  console.error(
    '*** Give the readability-test-pages folder as the first argument. Nothing was measured. ***\n',
  );
  process.exit(1);
}

type Field = 'title' | 'byline' | 'lang' | 'siteName' | 'publishedTime';
const FIELDS: Field[] = ['title', 'byline', 'lang', 'siteName', 'publishedTime'];

interface PageResult {
  slug: string;
  f1: number;
  recall: number;
  precision: number;
  /** Median of RUNS single calls. */
  oursMs: number;
  bareMs: number;
  /** Median of RUNS batches of `batch` calls (≥ MIN_BATCH_MS of work), per call. */
  oursBatchMs: number;
  bareBatchMs: number;
  batch: number;
  /** Median over rounds of ours / bare within one round (see timeBatched). */
  pairRatio: number;
  detectMs: number;
  /** Our article decision, and Readability's isProbablyReaderable as recorded for the page. */
  detected: boolean;
  readerable: boolean;
  bytes: number;
  ours: Record<Field, boolean>;
  bare: Record<Field, boolean>;
  note: string;
}

/** Words, lower-cased, as a multiset. */
function tokens(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [t, c] of a) n += Math.min(c, b.get(t) ?? 0);
  return n;
}

const size = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + c, 0);

function sameValue(
  field: Field,
  got: string | null | undefined,
  want: string | null | undefined,
): boolean {
  const g = got ? normalizeInline(got) : null;
  const w = want ? normalizeInline(want) : null;
  if (!g || !w) return !g && !w;
  if (field === 'lang') return firstLang([g]) === firstLang([w]);
  if (field === 'publishedTime') return (toIsoDate(g) ?? g) === (toIsoDate(w) ?? w);
  return g === w;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * Median times of several functions, run interleaved so that machine noise hits all alike; the
 * order turns each run (first to last, then last to first), so that none always runs first.
 * `pairRatio`: the median over runs of the first function's time over the second's in that run.
 */
function timeInterleaved(fns: (() => void)[]): { ms: number[]; pairRatio: number } {
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...fns.keys()].reverse() : [...fns.keys()];
    for (const k of order) {
      const t0 = performance.now();
      fns[k]!();
      times[k]!.push(performance.now() - t0);
    }
  }
  return {
    ms: times.map(median),
    pairRatio: median(times[0]!.map((t, i) => t / times[1]![i]!)),
  };
}

/**
 * Per-call times of two functions in batches of `batch` calls, BATCH_ROUNDS rounds of four batches in
 * the order first, second, second, first (so that neither gains from going first, nor from the
 * garbage the other left), median of the batches. The batch is sized on the faster single call
 * so that each measurement holds at least MIN_BATCH_MS of work; a page slow enough is timed by
 * its single calls. `pairRatio`: the median over rounds of the first's time over the second's
 * in that round (a round's calls share the machine's load of the moment).
 */
function timeBatched(
  fns: [() => void, () => void],
  single: { ms: number[]; pairRatio: number },
): { ms: number[]; batch: number; pairRatio: number } {
  const batch = Math.min(
    MAX_BATCH,
    Math.max(1, Math.ceil(MIN_BATCH_MS / Math.max(Math.min(...single.ms), 0.001))),
  );
  if (batch === 1) return { ...single, batch };
  const times: [number[], number[]] = [[], []];
  const ratios: number[] = [];
  const run = (k: 0 | 1) => {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) fns[k]();
    const ms = (performance.now() - t0) / batch;
    times[k].push(ms);
    return ms;
  };
  for (let i = 0; i < BATCH_ROUNDS; i++) {
    const a = run(0);
    const b = run(1) + run(1);
    ratios.push((a + run(0)) / b);
  }
  return { ms: [median(times[0]), median(times[1])], batch, pairRatio: median(ratios) };
}

const devRun = existsSync(join(devDir, 'judgments.json')) ? runExtractionDev(devDir) : null;

const slugs = readdirSync(dir)
  .filter((s) => existsSync(join(dir, s, 'source.html')))
  .sort();
const results: PageResult[] = [];
for (const slug of slugs) {
  const html = readFileSync(join(dir, slug, 'source.html'), 'utf8');
  const expectedMeta = JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8'));
  // expected.html is a fragment: give it a body so that the DOM holds it where we look.
  const expectedHtml = readFileSync(join(dir, slug, 'expected.html'), 'utf8');
  const expectedDoc = parseHtmlDocument(`<!doctype html><html><body>${expectedHtml}</body></html>`);
  const expectedText = elementToText(expectedDoc.body);
  const doc = parseHtmlDocument(html, PAGE_URL);

  const ours = extractArticle(doc, PAGE_URL);
  const bare = new Readability(doc.cloneNode(true) as Document).parse();
  const single = timeInterleaved([
    () => extractArticle(doc, PAGE_URL),
    () => new Readability(doc.cloneNode(true) as Document).parse(),
    () => detectArticle(doc, PAGE_URL),
  ]);
  const [oursMs, bareMs, detectMs] = single.ms as [number, number, number];
  const batched = timeBatched(
    [
      () => extractArticle(doc, PAGE_URL),
      () => new Readability(doc.cloneNode(true) as Document).parse(),
    ],
    { ms: [oursMs, bareMs], pairRatio: single.pairRatio },
  );
  const [oursBatchMs, bareBatchMs] = batched.ms as [number, number];
  const detected = detectArticle(doc, `http://fakehost/test/${slug}/`).isArticle;

  const want = tokens(expectedText);
  const got = tokens(ours.ok ? ours.article.text : '');
  const common = overlap(got, want);
  const precision = size(got) ? common / size(got) : 0;
  const recall = size(want) ? common / size(want) : 0;
  const f1 =
    precision + recall ? (2 * precision * recall) / (precision + recall) : size(want) ? 0 : 1;

  const a = ours.ok ? ours.article : null;
  const oursMeta: Record<Field, string | null | undefined> = {
    title: a?.title,
    byline: a?.byline,
    lang: a?.lang,
    siteName: a?.siteName,
    publishedTime: a?.publishedAt,
  };
  const bareMeta: Record<Field, string | null | undefined> = {
    title: bare?.title,
    byline: bare?.byline,
    lang: bare?.lang,
    siteName: bare?.siteName,
    publishedTime: bare?.publishedTime,
  };
  const score = (m: Record<Field, string | null | undefined>) =>
    Object.fromEntries(FIELDS.map((f) => [f, sameValue(f, m[f], expectedMeta[f])])) as Record<
      Field,
      boolean
    >;

  if (verbose) {
    for (const f of FIELDS) {
      if (!sameValue(f, oursMeta[f], expectedMeta[f])) {
        console.log(
          `  [${slug}] ${f}: ours ${JSON.stringify(oursMeta[f])} expected ${JSON.stringify(expectedMeta[f])}`,
        );
      }
    }
  }
  let note = ours.ok ? '' : ours.reason;
  if (ours.ok && f1 < 0.95) {
    const missing = [...want]
      .filter(([t, c]) => (got.get(t) ?? 0) < c)
      .map(([t]) => t)
      .slice(0, 8);
    const extra = [...got]
      .filter(([t, c]) => (want.get(t) ?? 0) < c)
      .map(([t]) => t)
      .slice(0, 8);
    note = `missing: ${missing.join(' ')} | extra: ${extra.join(' ')}`;
  }
  results.push({
    slug,
    f1,
    recall,
    precision,
    oursMs,
    bareMs,
    oursBatchMs,
    bareBatchMs,
    batch: batched.batch,
    pairRatio: batched.pairRatio,
    detectMs,
    detected,
    readerable: expectedMeta.readerable === true,
    bytes: statSync(join(dir, slug, 'source.html')).size,
    ours: score(oursMeta),
    bare: score(bareMeta),
    note,
  });
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(xs.length, 1);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

console.log(
  `bench:extract on ${results.length} pages from ${dir} (median of ${RUNS} runs per page)\n`,
);
console.log("Token agreement with Readability's expected output (our text vs expected.html):");
console.log(
  `  mean F1 ${mean(results.map((r) => r.f1)).toFixed(3)}, mean recall ${mean(results.map((r) => r.recall)).toFixed(3)} (body text Readability keeps that we keep), mean precision ${mean(results.map((r) => r.precision)).toFixed(3)}`,
);
console.log(
  `  pages with F1 ≥ 0.99: ${results.filter((r) => r.f1 >= 0.99).length}; below 0.9: ${results.filter((r) => r.f1 < 0.9).length}`,
);
console.log('\nPages where we differ most:');
for (const r of [...results].sort((x, y) => x.f1 - y.f1).slice(0, 12)) {
  console.log(
    `  ${r.slug.padEnd(34)} F1 ${r.f1.toFixed(3)} R ${r.recall.toFixed(3)} P ${r.precision.toFixed(3)}  ${r.note}`,
  );
}

console.log('\nMetadata exactly right (share of pages)      ours     bare Readability');
const metadataExact: Record<string, number> = {};
for (const f of FIELDS) {
  const o = mean(results.map((r) => (r.ours[f] ? 1 : 0)));
  const b = mean(results.map((r) => (r.bare[f] ? 1 : 0)));
  metadataExact[f] = Number(o.toFixed(4));
  console.log(`  ${f.padEnd(42)} ${pct(o).padStart(6)}   ${pct(b).padStart(6)}`);
}

const oursTotal = results.reduce((s, r) => s + r.oursMs, 0);
const bareTotal = results.reduce((s, r) => s + r.bareMs, 0);
const timeRatio = oursTotal / bareTotal;
const ratioMedian = median(results.map((r) => r.oursMs / r.bareMs));
const batchedRatios = results.map((r) => r.oursBatchMs / r.bareBatchMs);
const ratioMedianBatched = median(batchedRatios);
const realPages = results.filter((r) => r.bareMs >= 2);
const ratioMedianReal = median(realPages.map((r) => r.oursMs / r.bareMs));
const ratioMedianRealBatched = median(realPages.map((r) => r.oursBatchMs / r.bareBatchMs));
const batchedPages = results.filter((r) => r.batch > 1).length;
const ratioMedianPaired = median(results.map((r) => r.pairRatio));
const load = loadavg().map((x) => x.toFixed(2));
console.log(`\nTime per page (same DOM, same run; load average ${load.join(' ')})`);
console.log(
  `  ours: total ${oursTotal.toFixed(0)} ms, median ${median(results.map((r) => r.oursMs)).toFixed(2)} ms`,
);
console.log(
  `  bare Readability: total ${bareTotal.toFixed(0)} ms, median ${median(results.map((r) => r.bareMs)).toFixed(2)} ms`,
);
console.log(
  `  ratio ours / bare, one call per measurement (as before): ${timeRatio.toFixed(3)} (total), ${ratioMedian.toFixed(3)} (median per page), ${ratioMedianReal.toFixed(3)} (median on the ${realPages.length} pages where bare takes ≥ 2 ms)`,
);
console.log(
  `  ratio ours / bare, batches of ≥ ${MIN_BATCH_MS} ms of work (${batchedPages} pages timed in batches): ${ratioMedianBatched.toFixed(3)} (median per page), ${ratioMedianRealBatched.toFixed(3)} (median on the pages where bare takes ≥ 2 ms); target ≤ 1.2`,
);

console.log(
  `  ratio ours / bare, per page the median over rounds of the ratio within a round (ours, bare, bare, ours): ${ratioMedianPaired.toFixed(3)} (median per page)`,
);

console.log('\nDetection (cheap check) on the largest pages');
const largest = [...results].sort((x, y) => y.bytes - x.bytes).slice(0, 5);
for (const r of largest) {
  console.log(
    `  ${r.slug.padEnd(34)} ${(r.bytes / 1024).toFixed(0).padStart(6)} KB  detect ${r.detectMs.toFixed(2)} ms  (extract ${r.oursMs.toFixed(1)} ms)`,
  );
}
const detectMsMax = Math.max(...results.map((r) => r.detectMs));
const disagree = results.filter((r) => r.detected !== r.readerable);
console.log(
  `  our article decision agrees with the recorded isProbablyReaderable on ${results.length - disagree.length}/${results.length} pages; differs on: ${disagree.map((r) => `${r.slug} (ours ${r.detected})`).join(', ') || 'none'}`,
);
console.log(`  slowest detection over all pages: ${detectMsMax.toFixed(2)} ms`);

const dev = devRun
  ? reportExtractionDev(devRun, 10)
  : (console.error(
      `\n*** bench:extract: extraction-dev not found at ${devDir}: its section is SKIPPED and the JSON line has no dev* figures ***`,
    ),
    {});

console.log(
  JSON.stringify({
    bench: 'extract',
    pages: results.length,
    tokenF1VsReadability: Number(mean(results.map((r) => r.f1)).toFixed(4)),
    tokenRecallVsReadability: Number(mean(results.map((r) => r.recall)).toFixed(4)),
    metadataExact,
    metadataExactBare: Object.fromEntries(
      FIELDS.map((f) => [f, Number(mean(results.map((r) => (r.bare[f] ? 1 : 0))).toFixed(4))]),
    ),
    timeRatio: Number(timeRatio.toFixed(3)),
    timeRatioMedianPerPage: Number(ratioMedian.toFixed(3)),
    timeRatioMedianPerPageBatched: Number(ratioMedianBatched.toFixed(3)),
    timeRatioMedianPerPagePaired: Number(ratioMedianPaired.toFixed(3)),
    timeRatioMedianRealPages: Number(ratioMedianReal.toFixed(3)),
    timeRatioMedianRealPagesBatched: Number(ratioMedianRealBatched.toFixed(3)),
    loadavg: loadavg().map((x) => Number(x.toFixed(2))),
    ...dev,
    detectMsMax: Number(detectMsMax.toFixed(2)),
  }),
);
