/**
 * `npm run bench:stories [-- FILE.jsonl]`
 * 1. Quality: groups the ECB+ dev set (default ../shared/corpus/stories/ecbplus/ecbplus-dev.jsonl)
 *    with the extension's code, exactly as `npm run stories` does, and scores it against
 *    story_id (B-cubed, pairwise), beside a single-pass TF-IDF baseline measured in the same run
 *    (its threshold picked on this set, best F1: generous to the baseline; ours is not tuned so).
 * 2. Cost: time to add one article and to build one timeline with 1,000, 10,000 and 50,000
 *    articles in stories (stories-synthetic.ts), in Node over fake-indexeddb, which is usually
 *    slower than a browser's IndexedDB.
 * The last line is one JSON object with the headline numbers.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '@/lib/db';
import { documentToArticle, groupArticles } from '@/lib/stories/group-documents';
import type { StoredArticle } from '@/lib/db/schema';
import { clusterByTfidf } from './stories-baseline';
import { bcubed, pairwise, type Prf } from './stories-metrics';
import { measureScale } from './stories-synthetic';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DEFAULT = join(ROOT, '../shared/corpus/stories/ecbplus/ecbplus-dev.jsonl');

interface GoldDoc {
  doc_id: string;
  text: string;
  story_id: string;
  topic: number;
  url?: string | null;
}

/** A seeded permutation of 0..n-1 (Fisher–Yates over a linear congruential generator). */
function shuffle(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let x = seed;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const fmt = (x: Prf) => `P ${x.p.toFixed(3)}  R ${x.r.toFixed(3)}  F1 ${x.f1.toFixed(3)}`;
const round = (x: number, d = 3) => Number(x.toFixed(d));

async function main(): Promise<number> {
  const file = process.argv[2] ?? DEFAULT;
  if (!existsSync(file)) {
    console.error(`bench:stories: no corpus at ${file}. Give a JSON Lines file with doc_id, text`);
    console.error('and story_id, or put the shared corpus at ../shared/corpus beside the repo.');
    return 2;
  }
  const docs: GoldDoc[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
  const gold = docs.map((d) => d.story_id);
  console.log(`corpus: ${file}`);
  console.log(`${docs.length} documents, ${new Set(gold).size} stories, in file order\n`);

  const db = openDb(`bench-stories-${Date.now()}`);
  const t0 = performance.now();
  const articles: StoredArticle[] = docs.map((d) => documentToArticle(d, Date.UTC(2026, 0, 1)));
  const t1 = performance.now();
  const ours = await groupArticles(db, articles);
  const t2 = performance.now();
  db.close();
  await Dexie.delete(db.name);
  const b3 = bcubed(ours, gold);
  const pw = pairwise(ours, gold);
  console.log(
    `ours (entities + terms + time, parameters in lib/stories/params.ts): ${new Set(ours).size} stories`,
  );
  console.log(`  B-cubed   ${fmt(b3)}`);
  console.log(`  pairwise  ${fmt(pw)}`);
  const per = (ms: number) => (ms / docs.length).toFixed(1);
  console.log(`  per document: ${per(t1 - t0)} ms finding entities, ${per(t2 - t1)} ms grouping`);
  // Two halves by topic: a check that one fixed setting holds on stories it was not looked at on.
  for (const [name, keep] of [
    ['odd topics', (d: GoldDoc) => d.topic % 2 === 1],
    ['even topics', (d: GoldDoc) => d.topic % 2 === 0],
  ] as const) {
    const idx = docs.flatMap((d, i) => (keep(d) ? [i] : []));
    const part = bcubed(
      idx.map((i) => ours[i]!),
      idx.map((i) => gold[i]!),
    );
    console.log(`  B-cubed on ${name} (${idx.length} docs): ${fmt(part)}`);
  }

  // The baseline reads the same words as ours (title and text, stemmed, stopwords out).
  const thresholds = Array.from({ length: 9 }, (_, i) => 0.1 + i * 0.05);
  const baseline = (idf: 'seen' | 'all') =>
    clusterByTfidf(articles, thresholds, idf).map((labels, i) => ({
      t: thresholds[i]!,
      labels,
      b3: bcubed(labels, gold),
    }));
  const online = baseline('seen');
  const peeking = baseline('all');
  console.log('\nbaseline: single-pass TF-IDF cosine, B-cubed F1 by threshold');
  console.log(`  IDF of documents seen so far (as ours):`);
  console.log(`    ${online.map((r) => `${r.t.toFixed(2)}: ${r.b3.f1.toFixed(3)}`).join('  ')}`);
  console.log(`  IDF of the whole set (peeks ahead):`);
  console.log(`    ${peeking.map((r) => `${r.t.toFixed(2)}: ${r.b3.f1.toFixed(3)}`).join('  ')}`);
  const best = (runs: typeof online) => runs.reduce((a, b) => (b.b3.f1 > a.b3.f1 ? b : a));
  const base = best(online);
  const basePw = pairwise(base.labels, gold);
  const peek = best(peeking);
  console.log(
    `baseline at its best threshold ${base.t.toFixed(2)} (chosen on this set): ${new Set(base.labels).size} stories`,
  );
  console.log(`  B-cubed   ${fmt(base.b3)}`);
  console.log(`  pairwise  ${fmt(basePw)}`);
  console.log(`  (whole-set IDF, best threshold ${peek.t.toFixed(2)}: B-cubed ${fmt(peek.b3)})`);

  // The file is sorted by topic; a news stream is not. Same documents, seeded shuffles; the
  // baseline keeps the threshold it was given above.
  console.log('\nshuffled orders (B-cubed F1, ours vs baseline at its threshold):');
  for (const seed of [1, 2, 3]) {
    const order = shuffle(articles.length, seed);
    const shuffled = order.map((i) => articles[i]!);
    const gold2 = order.map((i) => gold[i]!);
    const db2 = openDb(`bench-stories-shuffle-${seed}-${Date.now()}`);
    const ours2 = await groupArticles(db2, shuffled);
    db2.close();
    await Dexie.delete(db2.name);
    const base2 = clusterByTfidf(shuffled, [base.t], 'seen')[0]!;
    const [o, bl] = [bcubed(ours2, gold2).f1, bcubed(base2, gold2).f1];
    console.log(`  seed ${seed}: ours ${o.toFixed(3)}  baseline ${bl.toFixed(3)}`);
  }

  console.log('\ncost (Node, fake-indexeddb; synthetic articles from the corpus text):');
  const scale = await measureScale(articles, [1_000, 10_000, 50_000], (line) => console.log(line));
  const at50k = scale.at(-1)!;
  console.log(
    JSON.stringify({
      bench: 'stories',
      b3F1: round(b3.f1),
      pairwiseF1: round(pw.f1),
      baselineB3F1: round(base.b3.f1),
      addMsAt50k: round(at50k.addMs, 2),
      timelineMsAt50k: round(at50k.timelineMs, 2),
    }),
  );
  return 0;
}

process.exitCode = await main();
