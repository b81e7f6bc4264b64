/**
 * The cost of finding the near copies of an article among all articles read (nearCopiesOf: the
 * band index of the light rows, schema v16) at `count` light rows (default 50,000), in
 * fake-indexeddb: texts of ECB+ words drawn at random by their frequency, one sentence in ten an
 * ECB+ sentence drawn whole (so that boilerplate lines and quotes are shared, as in an archive),
 * the ECB+ dev texts themselves among them (their 36 near-copy pairs). Prints the time per lookup (mean, p95), the rows read per lookup, and the near copies
 * found for the ECB+ texts against those nearCopyPairs finds, beside a baseline measured in the
 * same run: one indexed get of a light row by its key (what the timeline reads anyway); and the
 * time to look up a timeline's 30 entries in one batch (nearCopiesOfEach) beside 30 lookups issued
 * together. One line of JSON.
 *
 *   npm run bench:near -- [count] [corpus dir]   (corpus default ../shared/corpus)
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import Dexie from 'dexie';
import { openDb } from '../../lib/db';
import type { LightArticle } from '../../lib/db/light-articles';
import { nearCopiesOf } from '../../lib/db/near-copies';
import { OTHER_BANDS, OTHER_PER_BAND, copiesOfEach } from '../../lib/stories/timeline-copies';
import { nearCopiesOfEach } from '../../lib/db/near-copies';
import { nearCopyPairs } from '../../lib/db/near-copy';
import { benchLightRow, fillerTexts, readEcbDev, seededDraws } from './ecb-archive';

const COUNT = Number(process.argv[2] ?? 50_000);
const DIR = process.argv[3] ?? '../shared/corpus';
const SAMPLES = 300;

const docs = readEcbDev(DIR);
const rnd = seededDraws(7);
const filler = fillerTexts(docs, rnd);

const db = openDb(`bench-near-${Date.now()}`);
const t0 = performance.now();
const rows: LightArticle[] = docs.map((d, i) => benchLightRow(i + 1, d.text));
for (let id = docs.length + 1; rows.length < COUNT; id++) rows.push(benchLightRow(id, filler()));
for (let i = 0; i < rows.length; i += 5000) await db.lightArticles.bulkAdd(rows.slice(i, i + 5000));
console.log(`${rows.length} light rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Recall on ECB+: the pairs nearCopyPairs finds among its texts, found through the index.
const signed = rows.slice(0, docs.length).filter((r) => r.nearPrint);
const pairs = nearCopyPairs(signed.map((r) => r.nearPrint!));
let found = 0;
let foundFewer = 0;
for (const [a, b] of pairs) {
  const copies = await nearCopiesOf(db, signed[a]!);
  if (copies.some((c) => c.key === signed[b]!.key)) found++;
  // With OTHER_BANDS bands of OTHER_PER_BAND rows, as a timeline looks up its entries other than
  // the one being read.
  const fewer = await nearCopiesOfEach(
    db,
    [signed[a]!],
    () => OTHER_BANDS,
    () => OTHER_PER_BAND,
  );
  if (fewer.get(signed[a]!.key)!.some((c) => c.key === signed[b]!.key)) foundFewer++;
}

const times: number[] = [];
let candidates = 0;
const spy = db.lightArticles.bulkGet.bind(db.lightArticles);
db.lightArticles.bulkGet = ((keys: number[]) => {
  candidates += keys.length;
  return spy(keys);
}) as typeof db.lightArticles.bulkGet;
for (let i = 0; i < SAMPLES; i++) {
  const r = rows[Math.floor(rnd() * rows.length)]!;
  const t = performance.now();
  await nearCopiesOf(db, r);
  times.push(performance.now() - t);
}
const readPerLookup = candidates / SAMPLES;
// Baseline, same run and rows: one indexed get of a light row by its key.
const base: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const r = rows[Math.floor(rnd() * rows.length)]!;
  const t = performance.now();
  await db.lightArticles.get({ key: r.key });
  base.push(performance.now() - t);
}
// A timeline's worth (ENTRIES rows) looked up as a timeline looks up its entries (copiesOfEach:
// one batch, all bands for the first, OTHER_BANDS for the others), against one nearCopiesOf per
// row (all bands) issued together.
const ENTRIES = 30;
const BATCHES = 40;
const batch: number[] = [];
const perRow: number[] = [];
for (let i = 0; i < BATCHES; i++) {
  const some = Array.from({ length: ENTRIES }, () => rows[Math.floor(rnd() * rows.length)]!);
  // In a read transaction, as the timeline's (one transaction for all the reads).
  let t = performance.now();
  await db.transaction('r', db.lightArticles, () => copiesOfEach(db, some, some[0]!.key));
  batch.push(performance.now() - t);
  t = performance.now();
  await db.transaction('r', db.lightArticles, () =>
    Promise.all(some.map((r) => nearCopiesOf(db, r))),
  );
  perRow.push(performance.now() - t);
}
const stats = (xs: number[]) => {
  xs.sort((a, b) => a - b);
  return {
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    p95: xs[Math.floor(xs.length * 0.95)]!,
  };
};
const { mean, p95 } = stats(times);
const baseline = stats(base);
console.log(
  `nearCopiesOf at ${rows.length} rows: mean ${mean.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, rows read ${readPerLookup.toFixed(1)} per lookup; ECB+ near-copy pairs found ${found} of ${pairs.length} (${foundFewer} with ${OTHER_BANDS} bands of ${OTHER_PER_BAND} rows)`,
);
console.log(
  `baseline (one light row by key): mean ${baseline.mean.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms; ratio of means ${(mean / baseline.mean).toFixed(1)}`,
);
const batched = stats(batch);
const separate = stats(perRow);
console.log(
  `${ENTRIES} rows at once (a timeline's entries): copiesOfEach mean ${batched.mean.toFixed(2)} ms, p95 ${batched.p95.toFixed(2)} ms; ${ENTRIES} nearCopiesOf together mean ${separate.mean.toFixed(2)} ms, p95 ${separate.p95.toFixed(2)} ms`,
);
console.log(
  JSON.stringify({
    bench: 'near-lookup',
    batch30MeanMs: +batched.mean.toFixed(3),
    batch30P95Ms: +batched.p95.toFixed(3),
    separate30MeanMs: +separate.mean.toFixed(3),
    separate30P95Ms: +separate.p95.toFixed(3),
    rows: rows.length,
    meanMs: +mean.toFixed(3),
    p95Ms: +p95.toFixed(3),
    baselineMeanMs: +baseline.mean.toFixed(3),
    baselineP95Ms: +baseline.p95.toFixed(3),
    ratioMean: +(mean / baseline.mean).toFixed(2),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
    rowsRead: readPerLookup,
    ecbPairs: pairs.length,
    ecbFound: found,
    ecbFoundFewerBands: foundFewer,
  }),
);
db.close();
await Dexie.delete(db.name);
