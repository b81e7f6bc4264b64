/**
 * Dev aid for bench:search (not a benchmark): `tsx tests/bench/search-profile.ts PROFILE_DIR
 * ORIGIN [--cpu=file] [--cold]` opens a copy of a database bench:search built and kept
 * (node_modules/.cache/bench-search/<key>-<n>), adds the save path's 1,024 articles as the bench
 * does, and prints each query's warm median and, with --cold, its cold time; --cpu=FILE writes a
 * CPU profile of the warm runs, --cpu-cold=PREFIX one per cold query (Chrome DevTools format).
 * QUERIES is the query set as JSON (bench:search prints it); CORPUS_DIR the corpus folder;
 * EMPTY_TAIL=1 merges the tail before querying.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { TAIL_MAX } from '../../lib/search/index-articles';
import { readPools } from './search-corpus';
import type { SearchBench } from './search-page';

declare global {
  var searchBench: SearchBench;
}

const [src, origin] = process.argv.slice(2);
const cpuFile = process.argv.find((a) => a.startsWith('--cpu='))?.slice(6);
const withCold = process.argv.includes('--cold');
const cpuColdFile = process.argv.find((a) => a.startsWith('--cpu-cold='))?.slice(11);
const n = Number(/-(\d+)$/.exec(src!)![1]);
const pools = readPools(
  process.env.CORPUS_DIR ?? resolve(import.meta.dirname, '../../../shared/corpus'),
);
const QUERIES = JSON.parse(process.env.QUERIES ?? '[]') as string[];

const js = (
  await build({
    entryPoints: [join(import.meta.dirname, 'search-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  })
).outputFiles[0]!.text;
const profile = mkdtempSync(join(tmpdir(), 'search-profile-'));
cpSync(src!, profile, { recursive: true });
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
await ctx.route('**/*', (route) =>
  route.request().url().endsWith('/bench.js')
    ? route.fulfill({ contentType: 'text/javascript', body: js })
    : route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><script src="/bench.js"></script>',
      }),
);
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.goto(origin!);
await page.evaluate((p) => searchBench.setPools(p), pools);
const NAME = 'bench-search';
// TAIL=n: the idle merge at n tail documents instead of TAIL_MAX (what cold queries read).
const tailMax = Number(process.env.TAIL ?? TAIL_MAX);
const SINGLE = Number(process.env.SINGLE ?? 2 * TAIL_MAX);
await page.evaluate(([nm, f, t]) => searchBench.fill(nm, f, t), [NAME, n + 1, n + SINGLE] as const);
const single = await page.evaluate(([nm, f, t, m]) => searchBench.indexSingle(nm, f, t, m), [
  NAME,
  n + 1,
  n + SINGLE,
  tailMax,
] as const);
if (process.env.EMPTY_TAIL) {
  // Two more saves, merging the tail between them: what cold queries would cost without a tail.
  const to = n + SINGLE + 2;
  await page.evaluate(([nm, f, t]) => searchBench.fill(nm, f, t), [
    NAME,
    n + SINGLE + 1,
    to,
  ] as const);
  await page.evaluate(([nm, f, t]) => searchBench.indexSingle(nm, f, t, 1), [
    NAME,
    n + SINGLE + 1,
    to,
  ] as const);
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(
  `save path ${mean(single.saves).toFixed(2)} ms/article over ${single.saves.length}; ` +
    `merges at ${tailMax}: ${single.merges.map((m) => m.toFixed(0)).join(' ')} ms ` +
    `= ${(mean(single.merges) / tailMax).toFixed(2)} ms/article`,
);
await page.goto(origin!);
const cdp = await ctx.newCDPSession(page);
if (cpuFile) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}
const warm = await page.evaluate(([nm, qs]) => searchBench.warm(nm, qs, 5), [
  NAME,
  QUERIES,
] as const);
if (cpuFile) {
  const { profile: p } = await cdp.send('Profiler.stop');
  writeFileSync(cpuFile, JSON.stringify(p));
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = QUERIES.map((q, i) => {
  const ts = warm.times.filter((_, k) => k % QUERIES.length === i);
  return {
    q,
    first: warm.first[i]!,
    med: med(ts),
    max: Math.max(...ts),
    parts: warm.parts[i]!,
    cold: undefined as Awaited<ReturnType<SearchBench['cold']>> | undefined,
  };
});
if (withCold) {
  for (const r of rows) {
    await page.goto(origin!);
    if (cpuColdFile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    r.cold = await page.evaluate(([nm, q]) => searchBench.cold(nm, q), [NAME, r.q] as const);
    if (cpuColdFile) {
      const { profile: p } = await cdp.send('Profiler.stop');
      writeFileSync(`${cpuColdFile}-${rows.indexOf(r)}.cpuprofile`, JSON.stringify(p));
    }
  }
}
const f = (n = 0) => n.toFixed(1).padStart(6);
for (const r of rows) {
  const p = r.parts;
  const c = r.cold;
  console.log(
    `${JSON.stringify(r.q).padEnd(34)} first ${f(r.first)} warm ${f(r.med)} max ${f(r.max)} ` +
      `[index ${f(p.index! / 5)} articles ${f(p.articles! / 5)} (${(p.articlesRead ?? 0) / 5}) ` +
      `phrases ${f(p.phrases! / 5)} snippets ${f(p.snippets! / 5)}]` +
      (c
        ? ` cold ${f(c.ms)} [open ${f(c.open)} state ${f(c.timings.state)} index ${f(c.timings.index)} ` +
          `articles ${f(c.timings.articles)} snippets ${f(c.timings.snippets)}]`
        : ''),
  );
}
const all = [...warm.times].sort((a, b) => a - b);
console.log(
  `warm p50 ${f(all[Math.floor(all.length * 0.5)])} p95 ${f(all[Math.ceil(all.length * 0.95) - 1])}`,
);
if (withCold) {
  const cold = rows.map((r) => r.cold!.ms).sort((a, b) => a - b);
  console.log(
    `cold p50 ${f(cold[Math.floor(cold.length * 0.5)])} p95 ${f(cold[Math.ceil(cold.length * 0.95) - 1])}`,
  );
}
await ctx.close();
rmSync(profile, { recursive: true, force: true });
