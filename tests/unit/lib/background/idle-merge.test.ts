import { beforeEach, expect, it } from 'vitest';
import { scheduleIdleMerge } from '@/lib/background/idle-merge';
import type { BackstoryDb } from '@/lib/db';
import { tulips } from '../../../helpers';
import { indexArticles, TAIL_MAX } from '@/lib/search/index-articles';
import { useTestDb } from '../../use-test-db';

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
