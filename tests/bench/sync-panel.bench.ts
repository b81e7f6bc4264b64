/**
 * Does the panel stay responsive during a first sync? npm run bench:sync-panel [--
 * STORIES_JSONL] [--articles N]. Needs the test build (BACKSTORY_EXTRA_CONNECT=
 * http://127.0.0.1:47213 npx wxt build) and the end-to-end lock (flock /tmp/backstory-e2e.lock):
 * the server is reached on that one origin through a TCP relay, as in tests/e2e/sync.spec.ts.
 *
 * Device A (in Node, the extension's own runner) sends N articles to PouchDB Server. Then a
 * Chromium profile with the built extension sets sync up from its options page and pulls them
 * all, and derives their entities, index entries and stories (timed for 2 minutes at most).
 * Meanwhile an extension page asks the background what the panel asks it (the recent articles,
 * the archive's counts) every 250 ms and times each answer; the same questions are timed before
 * the sync as the baseline, in the same run. Last line: JSON.
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { Page } from 'playwright-core';
import { benchArticle, benchArticles, benchRunner, PASS, T } from './sync-articles';
import { openDb } from '../../lib/db';
import { startCouchServer } from '../couch-server-process';
import { FAKE_APIS_PORT, launchWithExtension } from '../e2e/fixtures';
import { tcpRelay } from '../e2e/tcp-relay';

PouchDB.plugin(memory).plugin(http).plugin(replication);

const { n: N, texts } = benchArticles('bench:sync-panel');
/** How long the answers are timed while the background derives (all of it takes longer). */
const DERIVE_WINDOW_MS = 120_000;

const rowOf = (n: number) => benchArticle(texts, n);

/** Device A's first sync: N articles onto the server. */
async function fillServer(url: string): Promise<void> {
  const db = openDb(`panel-bench-${crypto.randomUUID()}`);
  for (let i = 0; i < N; i += 1000) {
    await db.articles.bulkAdd(
      Array.from({ length: Math.min(1000, N - i) }, (_, j) => rowOf(i + j)),
    );
  }
  const runner = benchRunner(db, { now: () => T + N + 1000, retentionDays: 0 });
  const done = await runner.setUp({
    url,
    database: 'panel-bench',
    username: '',
    password: '',
    passphrase: PASS,
  });
  if (!done.ok || done.status.error) throw new Error(`A's sync failed: ${JSON.stringify(done)}`);
}

/** Asks the background what the panel asks, as the panel does; the answer's time in ms. */
const ask = (page: Page) =>
  page.evaluate(async () => {
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const t = performance.now();
    const questions: [string, unknown][] = [
      ['listRecentArticles', { limit: 20 }],
      ['getArchiveStats', {}],
    ];
    const answers = (await Promise.all(
      questions.map(([type, data]) =>
        chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() }),
      ),
    )) as { res?: unknown; err?: unknown }[];
    const failed = answers.find((a) => !a || a.err !== undefined);
    if (failed) throw new Error(`the background refused: ${JSON.stringify(failed)}`);
    return performance.now() - t;
  });

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? NaN;
const r1 = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const server = await startCouchServer();
  const relay = tcpRelay(FAKE_APIS_PORT, Number(new URL(server.url).port));
  await relay.up();
  const browser = await launchWithExtension();
  try {
    console.log(`bench:sync-panel: ${N} articles, load average ${loadavg().map(r1).join(' ')}`);
    let t0 = performance.now();
    await fillServer(server.url);
    console.log(`  server filled by device A in ${Math.round(performance.now() - t0)} ms`);

    const panel = await browser.openExtensionPage('sidepanel.html');
    const baseline: number[] = [];
    for (let i = 0; i < 40; i++) {
      baseline.push(await ask(panel));
      await sleep(250);
    }

    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Server address').fill(`http://127.0.0.1:${FAKE_APIS_PORT}`);
    await options.getByLabel('Database').fill('panel-bench');
    await options.getByLabel('Passphrase').fill(PASS);
    t0 = performance.now();
    await options.getByRole('button', { name: 'Turn sync on' }).click();
    const during: number[] = [];
    let synced = false;
    const syncDone = options
      .getByText(/^Last synced: /)
      .waitFor({ timeout: 30 * 60_000 })
      .then(() => {
        synced = true;
      });
    while (!synced) {
      during.push(await ask(panel));
      await sleep(250);
    }
    await syncDone;
    const syncMs = performance.now() - t0;
    // Then the background derives what came in (entities, index, stories), in batches.
    const deriving: number[] = [];
    const pending = () =>
      browser.worker.evaluate(
        () =>
          new Promise<number>((done, fail) => {
            const open = indexedDB.open('backstory');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const count = open.result
                .transaction('pendingDerive')
                .objectStore('pendingDerive')
                .count();
              count.onsuccess = () => done(count.result);
            };
          }),
      );
    const t1 = performance.now();
    while ((await pending()) > 0 && performance.now() - t1 < DERIVE_WINDOW_MS) {
      for (let i = 0; i < 8; i++) {
        deriving.push(await ask(panel));
        await sleep(250);
      }
    }
    const deriveMs = performance.now() - t1;
    const stillPending = await pending();
    const articles = await browser.worker.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open('backstory');
          open.onsuccess = () => {
            const count = open.result.transaction('articles').objectStore('articles').count();
            count.onsuccess = () => done(count.result);
          };
        }),
    );
    const sum = (xs: number[]) => ({
      n: xs.length,
      p50: r1(pct(xs, 0.5)),
      p95: r1(pct(xs, 0.95)),
      max: r1(Math.max(...xs)),
    });
    const result = {
      bench: 'sync-panel',
      articles: N,
      articles_on_b: articles,
      loadavg: loadavg().map(r1),
      first_sync_in_browser_ms: Math.round(syncMs),
      derive_timed_ms: Math.round(deriveMs),
      derive_pending_after: stillPending,
      panel_answer_before_ms: sum(baseline),
      panel_answer_during_sync_ms: sum(during),
      panel_answer_during_derive_ms: sum(deriving),
      ratio_p95_during_sync_vs_before: r1(pct(during, 0.95) / pct(baseline, 0.95)),
    };
    console.log(
      `  B's first sync in Chromium: ${result.first_sync_in_browser_ms} ms (${articles} articles on B), then ${result.derive_timed_ms} ms of deriving timed (${stillPending} articles still to derive)`,
    );
    for (const [name, s] of [
      ['before the sync', result.panel_answer_before_ms],
      ['during the sync', result.panel_answer_during_sync_ms],
      ['while deriving', result.panel_answer_during_derive_ms],
    ] as const) {
      console.log(
        `  the panel's questions answered ${name}: p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms (${s.n})`,
      );
    }
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
    await relay.down();
    server.stop();
  }
}

await main();
process.exit(0);
