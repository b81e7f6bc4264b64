import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleIdleMerge, startIdleWork } from '@/lib/background/idle-merge';
import type { BackstoryDb } from '@/lib/db';
import { lightArticle } from '@/lib/db/light-articles';
import { tulips } from '../../../helpers';
import { indexArticles, TAIL_MAX } from '@/lib/search/index-articles';
import { leftByRelease } from '../../shipped-stores';
import { useTestDb, useTestDbs } from '../../use-test-db';
import { OTHER_SHORT as OTHER, putinArticle, WIRE } from '../db/wire-texts';
import { stopOnLightPut } from '../db/stop-on-light-write';

let db: BackstoryDb;

const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('merges a full tail once indexing has been quiet, and only the last of quick calls runs', async () => {
  const all = tulips(TAIL_MAX);
  await db.articles.bulkAdd(all);
  await indexArticles(
    db,
    all.map((article) => ({ article })),
  );
  // A batch is folded at once (lib/search), not merged.
  expect(await db.searchPostings.count()).toBe(0);
  scheduleIdleMerge(db, 40);
  await sleep(20);
  scheduleIdleMerge(db, 40); // More work came: the merge waits again.
  await sleep(30);
  expect(await db.searchPostings.count()).toBe(0);
  await sleep(100);
  expect(await db.searchTailTerms.count()).toBe(0);
  expect(await db.searchPostings.count()).toBeGreaterThan(0);
});

it('leaves a tail that is not full', async () => {
  const some = tulips(3);
  await db.articles.bulkAdd(some);
  await indexArticles(
    db,
    some.map((article) => ({ article })),
  );
  scheduleIdleMerge(db, 5);
  await sleep(60);
  expect(await db.searchTail.count()).toBe(3);
});

describe('the idle fill of copy links, with nothing read (an archive upgraded to v17)', () => {
  const dbs = useTestDbs();
  const TEXTS = [WIRE, `PYONGYANG (AFP) — ${WIRE}\n\nWith AFP`, OTHER, `${OTHER}\n\nWith Reuters`];
  /** An archive as v16 left it: six rows signed, with bands, not linked; opened at v17. */
  async function upgraded() {
    const rows = [0, 1, 2, 3, 0, 2].map((t, i) =>
      putinArticle(i + 1, `s${i}.example`, TEXTS[t]!, `s${i}`),
    );
    return dbs(await leftByRelease(16, rows, (r) => lightArticle(r)));
  }
  const linked = async (d: BackstoryDb) =>
    (await d.lightArticles.orderBy(':id').toArray()).map((l) => l.copyGroups);

  it('links them on its own when the worker starts, a page at a time, the reader first', async () => {
    const d = await upgraded();
    expect(await linked(d)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // A reader's request being answered: the fill waits before each page until it is.
    let release: () => void = () => {};
    let held = 0;
    const pause = () => {
      held++;
      return held === 2 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
    };
    startIdleWork(d, { pause, delayMs: 5, pages: 2, page: 2 });
    await vi.waitFor(() => expect(held).toBe(2), { timeout: 5000 });
    await sleep(50);
    // One page done, the second held back by the reader.
    expect(await d.fills.get('copyLinks')).toEqual({ id: 'copyLinks', after: 2 });
    release();
    // Then slice after slice until every row is linked, with no indexing work at all.
    await vi.waitFor(async () => expect((await linked(d)).every(Array.isArray)).toBe(true), {
      timeout: 5000,
    });
    expect(await linked(d)).toEqual([[], [1], [], [3], [1], [3]]);
    expect(await d.fills.get('copyLinks')).toEqual({ id: 'copyLinks', after: 6 });
    expect(await d.searchTail.count()).toBe(0);
  });

  it('loses at most a page when the worker is stopped mid-slice; the next start goes on', async () => {
    const d = await upgraded();
    // The worker stops during the slice's second page: its light write fails.
    stopOnLightPut(d);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    startIdleWork(d, { delayMs: 5, pages: 3, page: 2 });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 5000 });
    warn.mockRestore();
    expect(await d.fills.get('copyLinks')).toEqual({ id: 'copyLinks', after: 2 });
    expect((await linked(d)).map(Array.isArray)).toEqual([true, true, false, false, false, false]);
    // The next worker (a new connection) resumes from the page after the last one done.
    const next = dbs(d.name);
    d.close();
    startIdleWork(next, { delayMs: 5, pages: 3, page: 2 });
    await vi.waitFor(async () => expect((await linked(next)).every(Array.isArray)).toBe(true), {
      timeout: 5000,
    });
    expect(await linked(next)).toEqual([[], [1], [], [3], [1], [3]]);
  });

  it('puts a slice off while indexing goes on, then does it', async () => {
    const d = await upgraded();
    startIdleWork(d, { delayMs: 40, pages: 1, page: 6 });
    await sleep(25);
    scheduleIdleMerge(d, 40); // The reader read an article: the slice waits for quiet again.
    await sleep(25);
    expect(await d.fills.get('copyLinks')).toBeUndefined();
    await vi.waitFor(async () => expect((await linked(d)).every(Array.isArray)).toBe(true), {
      timeout: 5000,
    });
  });
});
