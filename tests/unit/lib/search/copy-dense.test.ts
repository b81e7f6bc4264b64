import Dexie from 'dexie';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type BackstoryDb } from '@/lib/db';
import { searchArticles, type SearchHit } from '@/lib/search/search-articles';
import {
  COPY_DENSE_NOW,
  COPY_DENSE_PAGES,
  copyDenseQueries,
  storeCopyDenseArchive,
} from './copy-dense';

let db: BackstoryDb;

beforeEach(() => {
  db = openDb(`t-${crypto.randomUUID()}`);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** A page of results: its hits' keys with their copies' keys, and a digest of all of it. */
interface Page {
  q: string;
  limit: number;
  offset?: number;
  keys: [string, string[]][];
  /** sha256 of the hits as JSON: scores, snippets, copies' fields. */
  digest: string;
}

function page(q: string, p: { limit: number; offset?: number }, hits: SearchHit[]): Page {
  return {
    q,
    ...p,
    keys: hits.map((h) => [h.key, (h.copies ?? []).map((c) => c.key)]),
    digest: createHash('sha256').update(JSON.stringify(hits)).digest('hex'),
  };
}

/**
 * Every query's pages over the copy-dense archive, twice: the second round from what the
 * worker kept of the first.
 */
async function rounds(): Promise<Page[][]> {
  const archive = await storeCopyDenseArchive(db);
  const out: Page[][] = [];
  for (let round = 0; round < 2; round++) {
    const pages: Page[] = [];
    for (const q of copyDenseQueries(archive)) {
      for (const p of COPY_DENSE_PAGES) {
        pages.push(page(q, p, await searchArticles(db, q, { ...p, now: COPY_DENSE_NOW })));
      }
    }
    out.push(pages);
  }
  return out;
}

describe('search over a copy-dense archive', () => {
  // copy-dense-results.json: the pages main's searchArticles gave (171ab89, which folded copies
  // over the article rows it read), written with COPY_DENSE_WRITE=FILE.
  it('gives the results main gave, copies and snippets included, cold and warm', async () => {
    const [cold, warm] = await rounds();
    if (process.env.COPY_DENSE_WRITE) {
      writeFileSync(process.env.COPY_DENSE_WRITE, `${JSON.stringify(cold, null, 1)}\n`);
      expect(warm).toEqual(cold);
      return;
    }
    const want = JSON.parse(
      readFileSync(join(import.meta.dirname, 'copy-dense-results.json'), 'utf8'),
    ) as Page[];
    // The archive folds: most pages have copies.
    expect(want.filter((p) => p.keys.some(([, c]) => c.length)).length).toBeGreaterThan(
      want.length / 2,
    );
    for (const got of [cold!, warm!]) {
      expect(got).toHaveLength(want.length);
      got.forEach((p, i) => expect(p).toEqual(want[i]));
    }
  }, 60_000);
});
