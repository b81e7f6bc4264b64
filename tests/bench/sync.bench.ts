/**
 * Sync benchmark: npm run bench:sync [-- STORIES_JSONL] [--articles N]. Device A holds N
 * articles (10,000 by default; texts of the ECB+ dev set, one in five saved with its HTML) and
 * syncs them for the first time through PouchDB Server (in memory, on 127.0.0.1) with the
 * extension's own runner (lib/background/sync.ts: PBKDF2 600,000, AES-GCM, HMAC ids); then one
 * article read on A is synced (latency, median of 5); then device B's first sync pulls all of
 * them into its database, while a reader's lookup of an article by key is timed every 20 ms
 * (does reading wait on sync?). Baseline, measured in the same run: the same records as plain
 * JSON documents replicated by bare PouchDB (no encryption, no Dexie). Last line: JSON.
 */
import 'fake-indexeddb/auto';
import { loadavg } from 'node:os';
import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { textArticle } from '../../lib/article';
import { benchArticle, benchArticles, benchRunner, keyOf, PASS, T } from './sync-articles';
import { openDb, upsertArticle } from '../../lib/db';
import type { ReplicaDb } from '../../lib/sync/replica';
import { readOutgoing } from '../../lib/sync/records';
import { startCouchServer } from '../couch-server-process';

PouchDB.plugin(memory).plugin(http).plugin(replication);

const { n: N, texts } = benchArticles('bench:sync');

const rowOf = (n: number) => benchArticle(texts, n, n % 5 === 0);

interface Wire {
  sent: number;
  received: number;
}

function countingFetch(wire: Wire): typeof fetch {
  return async (input, init) => {
    if (typeof init?.body === 'string') wire.sent += Buffer.byteLength(init.body);
    const res = await fetch(input, init);
    const body = await res.arrayBuffer();
    wire.received += body.byteLength;
    return new Response(body, { status: res.status, headers: res.headers });
  };
}

function device(url: string, wire: Wire, now: { t: number }) {
  const name = `bench-${crypto.randomUUID()}`;
  const db = openDb(name);
  const runner = benchRunner(db, {
    now: () => now.t,
    retentionDays: 365,
    fetch: countingFetch(wire),
  });
  const setUp = () =>
    runner.setUp({ url, database: 'bench', username: '', password: '', passphrase: PASS });
  return { db, runner, setUp };
}

const ms = (t0: number) => performance.now() - t0;
/** This process's CPU time since `from` (the server runs in its own): steadier than wall time on a loaded machine. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return Math.round((d.user + d.system) / 1000);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const server = await startCouchServer();
  try {
    console.log(`bench:sync: ${N} articles, load average ${loadavg().map(r1).join(' ')}`);
    const now = { t: T + N + 1000 };

    // Baseline: the same records, plain JSON, bare PouchDB replication.
    const plainDb = openDb(`plain-${crypto.randomUUID()}`);
    for (let i = 0; i < N; i += 1000) {
      await plainDb.articles.bulkAdd(
        Array.from({ length: Math.min(1000, N - i) }, (_, j) => rowOf(i + j)),
      );
    }
    const baseWire: Wire = { sent: 0, received: 0 };
    let t0 = performance.now();
    const plainLocal = new PouchDB(`plain-${crypto.randomUUID()}`, { adapter: 'memory' });
    const keys = (await plainDb.articles.orderBy('key').keys()) as string[];
    for (let i = 0; i < keys.length; i += 200) {
      const records = await readOutgoing(plainDb, 'plain', { keys: keys.slice(i, i + 200) });
      await plainLocal.bulkDocs(records.map((r, j) => ({ _id: `doc-${i + j}`, r })));
    }
    const plainRemote: ReplicaDb = new PouchDB(`${server.url}/plain`, {
      fetch: countingFetch(baseWire),
    });
    await plainLocal.replicate.to(plainRemote, { batch_size: 100 });
    const baseMs = ms(t0);
    const baseBytes = baseWire.sent / N;

    // Device A: first sync of N articles.
    const wireA: Wire = { sent: 0, received: 0 };
    const a = device(server.url, wireA, now);
    for (let i = 0; i < N; i += 1000) {
      const rows = Array.from({ length: Math.min(1000, N - i) }, (_, j) => rowOf(i + j));
      await a.db.articles.bulkAdd(rows);
      await a.db.contents.bulkAdd(
        rows
          .filter((r) => r.savedAt !== undefined)
          .map((r) => ({ key: r.key, html: `<p>${r.text}</p>` })),
      );
    }
    t0 = performance.now();
    let cpu0 = process.cpuUsage();
    const first = await a.setUp();
    const firstMs = ms(t0);
    const firstCpu = cpuMs(cpu0);
    if (!first.ok || first.status.error) {
      throw new Error(`first sync failed: ${JSON.stringify(first)}`);
    }
    const bytesPerArticle = wireA.sent / N;

    // Incremental: one article read on A, synced.
    const incr: number[] = [];
    const incrBytes: number[] = [];
    for (let k = 0; k < 5; k++) {
      now.t += 60_000;
      await upsertArticle(
        a.db,
        textArticle(`${texts[k]}\n(new ${k})`, { canonicalUrl: keyOf(N + k), url: keyOf(N + k) }),
        now.t,
      );
      now.t += 1;
      const sent = wireA.sent;
      t0 = performance.now();
      const s = await a.runner.run();
      incr.push(ms(t0));
      incrBytes.push(wireA.sent - sent);
      if (s.error || s.pending) throw new Error(`incremental sync failed: ${JSON.stringify(s)}`);
    }

    // Device B: first sync pulls everything; a reader's lookups are timed meanwhile.
    const wireB: Wire = { sent: 0, received: 0 };
    const b = device(server.url, wireB, now);
    const lookups: number[] = [];
    let pulling = true;
    const reader = (async () => {
      while (pulling) {
        const t = performance.now();
        await b.db.articles
          .where('key')
          .equals(keyOf(Math.floor(Math.random() * N)))
          .first();
        lookups.push(ms(t));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    const pulled = await b.setUp();
    const pullMs = ms(t0);
    const pullCpu = cpuMs(cpu0);
    pulling = false;
    await reader;
    const onB = await b.db.articles.count();
    if (!pulled.ok || onB !== N + 5) throw new Error(`B has ${onB} of ${N + 5} articles`);

    const result = {
      bench: 'sync',
      articles: N,
      loadavg: loadavg().map(r1),
      first_sync_ms: Math.round(firstMs),
      first_sync_per_article_ms: r1(firstMs / N),
      first_sync_cpu_ms: firstCpu,
      bytes_per_article: Math.round(bytesPerArticle),
      incremental_1_article_ms_median: Math.round(median(incr)),
      incremental_1_article_bytes_median: median(incrBytes),
      first_pull_ms: Math.round(pullMs),
      first_pull_cpu_ms: pullCpu,
      reader_lookup_during_pull_ms_p50: r1(pct(lookups, 0.5)),
      reader_lookup_during_pull_ms_p95: r1(pct(lookups, 0.95)),
      reader_lookup_during_pull_ms_max: r1(Math.max(...lookups)),
      baseline_plain_replication_ms: Math.round(baseMs),
      baseline_bytes_per_article: Math.round(baseBytes),
      ratio_first_sync_time_vs_baseline: r1(firstMs / baseMs),
      ratio_bytes_vs_baseline: Math.round((bytesPerArticle / baseBytes) * 100) / 100,
    };
    console.log(
      `first sync of ${N} articles (A → server): ${result.first_sync_ms} ms, ${result.first_sync_per_article_ms} ms/article, ${result.bytes_per_article} bytes/article on the wire`,
    );
    console.log(
      `  baseline (plain JSON, bare PouchDB replication): ${result.baseline_plain_replication_ms} ms, ${result.baseline_bytes_per_article} bytes/article; ratios ${result.ratio_first_sync_time_vs_baseline}× time, ${result.ratio_bytes_vs_baseline}× bytes`,
    );
    console.log(
      `incremental sync of 1 article: median ${result.incremental_1_article_ms_median} ms (${incr.map(Math.round).join(', ')}), ${result.incremental_1_article_bytes_median} bytes sent`,
    );
    console.log(
      `first sync of B (server → B's database): ${result.first_pull_ms} ms; a reader's lookup meanwhile p50 ${result.reader_lookup_during_pull_ms_p50} ms, p95 ${result.reader_lookup_during_pull_ms_p95} ms, max ${result.reader_lookup_during_pull_ms_max} ms (${lookups.length} lookups)`,
    );
    console.log(JSON.stringify(result));
    for (const db of [a.db, b.db, plainDb]) {
      db.close();
      await Dexie.delete(db.name);
    }
  } finally {
    server.stop();
  }
}

await main();
process.exit(0);
