import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textArticle } from '../../lib/article';
import { createSyncRunner, type SyncRunner } from '../../lib/background/sync';
import type { BackstoryDb, StoredArticle } from '../../lib/db';
import { nodeSyncDeps } from '../node-sync-deps';

/** What the sync benchmarks share: their command line, their articles, their devices. */
const ROOT = resolve(import.meta.dirname, '../..');
export const T = Date.UTC(2026, 0, 5, 9);
export const PASS = 'correct horse battery staple';
export const keyOf = (n: number) => `https://news.example/${n % 97}/story-${n}`;

/**
 * `[-- STORIES_JSONL] [--articles N]`: how many articles (10,000 by default) and the texts they
 * take, in turn (the ECB+ dev set's); exits with a clear message when the set is missing.
 */
export function benchArticles(bench: string): { n: number; texts: string[] } {
  const args = process.argv.slice(2);
  const nIdx = args.indexOf('--articles');
  const n = nIdx >= 0 ? Number(args[nIdx + 1]) : 10_000;
  const stories = resolve(
    args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--articles') ??
      resolve(ROOT, '../shared/corpus/stories/ecbplus/ecbplus-dev.jsonl'),
  );
  if (!existsSync(stories)) {
    console.error(`${bench}: ${stories} is missing: give the ECB+ dev set's path after --`);
    process.exit(2);
  }
  const texts = readFileSync(stories, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  return { n, texts };
}

/** Article `n`, read once at T + n; `saved`: saved too. */
export function benchArticle(texts: string[], n: number, saved = false): StoredArticle {
  const text = `${texts[n % texts.length]}\n(${n})`;
  const row: StoredArticle = {
    ...textArticle(text, {
      canonicalUrl: keyOf(n),
      url: keyOf(n),
      title: `Story ${n}`,
      lang: 'en',
    }),
    key: keyOf(n),
    firstReadAt: T + n,
    lastReadAt: T + n,
    readCount: 1,
  };
  if (saved) {
    row.savedAt = T + n;
    row.savedChangedAt = T + n;
  }
  return row;
}

/**
 * A device in Node: the extension's own sync runner on `db`, its config and state in memory, its
 * replica in PouchDB's memory adapter (the benchmark registers the adapters), requests through
 * `fetch` (to count them) when given.
 */
export function benchRunner(
  db: BackstoryDb,
  opts: { now: () => number; retentionDays: number; fetch?: typeof globalThis.fetch },
): SyncRunner {
  return createSyncRunner({ ...nodeSyncDeps(db, opts), historyRetentionDays: async () => 0 });
}
