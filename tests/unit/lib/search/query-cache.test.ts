import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { emptyStats } from '@/lib/search/index-rows';
import {
  cacheGeneration,
  cachedState,
  cacheState,
  dropQueryCache,
  type IndexState,
} from '@/lib/search/query-cache';

describe('query cache', () => {
  const state: IndexState = { columns: [], stats: emptyStats(), tail: [], shards: [] };

  it('keeps a state until the next write', () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    cacheState(db, state, cacheGeneration(db));
    expect(cachedState(db)).toBe(state);
    dropQueryCache(db);
    expect(cachedState(db)).toBeUndefined();
    db.close();
  });

  it('does not keep a state read while a write was under way', () => {
    const db = openDb(`t-${crypto.randomUUID()}`);
    const generation = cacheGeneration(db); // a query starts reading
    dropQueryCache(db); // a write commits
    cacheState(db, state, generation); // the query finishes with what it read before
    expect(cachedState(db)).toBeUndefined();
    db.close();
  });
});
