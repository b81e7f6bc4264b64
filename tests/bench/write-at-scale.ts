/**
 * The cost of storing a new article read (lib/db upsertArticle: its row, dupKey, signature, light
 * row and, since schema v17, its near-copy links) when `count` light rows (default 50,000) are
 * stored already, in fake-indexeddb: the rows of bench:near (ECB+ words drawn by frequency, one
 * sentence in ten an ECB+ sentence drawn whole), then SAMPLES new articles, ECB+ dev texts (their
 * near-copy pairs among them), each written as a read; and, as the baseline measured in the same
 * run, alternated, a bare put of the same text into a table of its own. Prints mean and p95 per
 * write, wall and CPU, their ratios to the baseline, and one line of JSON. Absolute figures
 * compare only in paired A/B runs.
 *
 *   npm run bench:write -- [count] [corpus dir]
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { loadavg } from 'node:os';
import { openDb, upsertArticle } from '../../lib/db';
import { textArticle } from '../../lib/article';
import type { LightArticle } from '../../lib/db/light-articles';
import { benchLightRow, fillerTexts, readEcbDev, seededDraws } from './ecb-archive';

const COUNT = Number(process.argv[2] ?? 50_000);
const DIR = process.argv[3] ?? '../shared/corpus';
const SAMPLES = 300;

const docs = readEcbDev(DIR);
const filler = fillerTexts(docs, seededDraws(7));

const db = openDb(`bench-write-${Date.now()}`);
const rows: LightArticle[] = [];
for (let id = 1; rows.length < COUNT; id++) rows.push(benchLightRow(id, filler()));
for (let i = 0; i < rows.length; i += 5000) await db.lightArticles.bulkAdd(rows.slice(i, i + 5000));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// The baseline: a bare put of the same text, in a database of its own.
const bare = new Dexie(`bench-write-bare-${Date.now()}`);
bare.version(1).stores({ texts: '++id' });
await bare.open();
const wall: number[] = [];
const cpu: number[] = [];
const bareWall: number[] = [];
const bareCpu: number[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const d = docs[i % docs.length]!;
  const article = textArticle(d.text, {
    url: `https://news${i % 13}.example/${i}`,
    title: `Report ${i}`,
  });
  const [t, c] = [performance.now(), cpuMs()];
  await upsertArticle(db, article, COUNT + i);
  wall.push(performance.now() - t);
  cpu.push(cpuMs() - c);
  const [bt, bc] = [performance.now(), cpuMs()];
  await bare.table('texts').put({ text: d.text, url: article.url });
  bareWall.push(performance.now() - bt);
  bareCpu.push(cpuMs() - bc);
}
const stats = (ms: number[]): [number, number] => {
  const s = [...ms].sort((a, b) => a - b);
  return [ms.reduce((a, b) => a + b, 0) / ms.length, s[Math.floor(0.95 * (s.length - 1))]!];
};
const [mean, p95] = stats(wall.slice(20));
const [cpuMean, cpuP95] = stats(cpu.slice(20));
const [bareMean, bareP95] = stats(bareWall.slice(20));
const [bareCpuMean] = stats(bareCpu.slice(20));
console.log(
  `loadavg ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `${SAMPLES} new articles at ${COUNT} light rows: wall ${mean.toFixed(2)} / ${p95.toFixed(2)} ms, CPU ${cpuMean.toFixed(2)} / ${cpuP95.toFixed(2)} ms (mean / p95, the first 20 left out)`,
);
console.log(
  `baseline, a bare put of the same text: wall ${bareMean.toFixed(2)} / ${bareP95.toFixed(2)} ms, CPU ${bareCpuMean.toFixed(2)} ms; ratio (mean wall) ${(mean / bareMean).toFixed(1)}x`,
);
console.log(
  JSON.stringify({
    bench: 'write-at-scale',
    rows: COUNT,
    samples: SAMPLES,
    writeMs: +mean.toFixed(2),
    writeP95Ms: +p95.toFixed(2),
    writeCpuMs: +cpuMean.toFixed(2),
    writeCpuP95Ms: +cpuP95.toFixed(2),
    baselineMs: +bareMean.toFixed(2),
    baselineP95Ms: +bareP95.toFixed(2),
    ratio: +(mean / bareMean).toFixed(2),
    loadavg: loadavg(),
  }),
);
