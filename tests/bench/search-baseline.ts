/**
 * The baseline of `npm run bench:search`, built in a Web Worker of a Chromium of its own while
 * the bench's page builds lib/search's database (the machine has 2 cores; the same V8 as the
 * page that queries it, so its figures mean what they meant when the page built it): MiniSearch
 * over articles 1..n, the same documents (makeDoc) the page stores, added 2,000 at a time. One
 * index grows from size to size (the 50,000 one goes on from the 10,000 one: the same index as
 * one built from nothing); at each size asked for, its JSON and what building it measured are
 * posted to the bench, which keeps them in its cache.
 */
import MiniSearch from 'minisearch';
import type { Pool } from './search-corpus';
import { makeDoc } from './search-docs';
import { MINI_OPTIONS, miniDoc, type MiniDoc } from './search-mini';

/** What the worker is given: the pools, and the sizes to post. */
export interface BaselineJob {
  pools: Pool[];
  sizes: number[];
}

/** What it posts of each size with its JSON (to /mini-<n>.meta, the JSON to /mini-<n>.json). */
export interface BaselineBuilt {
  n: number;
  /** In-memory build of articles 1..n (addAll), ms. */
  buildMs: number;
  stringifyMs: number;
  jsonChars: number;
  /** Its UTF-8 bytes, as posted: a kept JSON of another size is incomplete. */
  jsonBytes: number;
  /** From the worker's start to the JSON posted. */
  seconds: number;
}

const BATCH = 2000;
const UPLOAD_BYTES = 16 * 1048576;

self.onmessage = async (e: MessageEvent<BaselineJob>) => {
  const t0 = performance.now();
  const { pools, sizes } = e.data;
  const byLang = new Map(pools.map((p) => [p.lang, p]));
  const index = new MiniSearch<MiniDoc>(MINI_OPTIONS);
  let buildMs = 0;
  let next = 1;
  for (const n of [...sizes].sort((a, b) => a - b)) {
    for (let a = next; a <= n; a += BATCH) {
      const docs: MiniDoc[] = [];
      for (let i = a; i <= Math.min(n, a + BATCH - 1); i++) {
        docs.push(miniDoc(makeDoc(byLang, i).article));
      }
      const t = performance.now();
      index.addAll(docs);
      buildMs += performance.now() - t;
    }
    next = n + 1;
    const t = performance.now();
    const json = JSON.stringify(index);
    const stringifyMs = performance.now() - t;
    // In pieces: Playwright's CDP messages carry request bodies, and one of 250 MB is more
    // than a Node string holds. Bytes, so that no piece splits a character.
    const bytes = new TextEncoder().encode(json);
    for (let at = 0; at < bytes.length || at === 0; at += UPLOAD_BYTES) {
      const body = bytes.subarray(at, at + UPLOAD_BYTES);
      await fetch(`/mini-${n}.json?at=${at}`, { method: 'POST', body });
    }
    const built: BaselineBuilt = {
      n,
      buildMs,
      stringifyMs,
      jsonChars: json.length,
      jsonBytes: bytes.length,
      seconds: Math.round((performance.now() - t0) / 1000),
    };
    await fetch(`/mini-${n}.meta`, { method: 'POST', body: JSON.stringify(built) });
  }
};
