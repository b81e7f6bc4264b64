import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  createBackfillRunner,
  DERIVED_VERSION,
  runBackfill,
  type BackfillState,
} from '@/lib/background/backfill';
import { openDb, type BackstoryDb, type StoredArticle } from '@/lib/db';
import { tulips } from '../../../helpers';
import { searchArticles } from '@/lib/search/search-articles';

let db: BackstoryDb;
let state: BackfillState | null;

beforeEach(() => {
  db = openDb(`t-${crypto.randomUUID()}`);
  state = null;
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const deps = (over = {}) => ({
  db,
  read: async () => state,
  write: async (s: BackfillState) => void (state = s),
  pause: async () => {},
  ...over,
});

it('indexes articles stored before the index knew them, once, and resumes after a stop', async () => {
  await db.articles.bulkAdd(tulips(250));
  let batches = 0;
  // The worker is stopped after the first batch.
  await expect(
    runBackfill(
      deps({
        extra: async () => {
          if (++batches === 2) throw new Error('worker stopped');
        },
      }),
    ),
  ).rejects.toThrow('worker stopped');
  expect(state).toEqual({ version: DERIVED_VERSION, doneThrough: 100, complete: false });
  const seen: number[] = [];
  expect(
    await runBackfill(
      deps({ extra: async (b: StoredArticle[]) => void seen.push(...b.map((a) => a.id!)) }),
    ),
  ).toBe(150);
  expect(seen[0]).toBe(101);
  expect(state).toMatchObject({ complete: true, doneThrough: 250 });
  const hits = await searchArticles(db, 'tulip', { limit: 1000, now: 2 });
  expect(hits).toHaveLength(250);
  // Done: the next wake does nothing.
  expect(await runBackfill(deps())).toBe(0);
});

it('starts again from the first article when what is derived changes', async () => {
  await db.articles.bulkAdd(tulips(3));
  state = { version: DERIVED_VERSION - 1, doneThrough: 3, complete: true };
  expect(await runBackfill(deps())).toBe(3);
  expect(state).toMatchObject({ version: DERIVED_VERSION, complete: true });
});

it('runs one backfill at a time: a second call meanwhile gets the same run', async () => {
  await db.articles.bulkAdd(tulips(3));
  const seen: string[] = [];
  const runner = createBackfillRunner(
    deps({ extra: async (b: StoredArticle[]) => void seen.push(...b.map((a) => a.key)) }),
  );
  await Promise.all([runner.run(), runner.run()]);
  expect(seen).toHaveLength(3);
  expect(state).toMatchObject({ complete: true, doneThrough: 3 });
});
