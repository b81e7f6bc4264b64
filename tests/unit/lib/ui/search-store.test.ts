import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '@/lib/messaging/protocol';
import { createSearchStore } from '@/lib/ui/search-store';

describe('search store', () => {
  it('runs the latest query after a short pause, and shows only its results', async () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const store = createSearchStore({
      search: async (q) => (calls.push(q), [{ key: q } as SearchHit]),
    });
    store.setQuery('p');
    store.setQuery('py');
    store.setQuery('pyongyang');
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toEqual(['pyongyang']);
    expect(store.state.value.hits.map((h) => h.key)).toEqual(['pyongyang']);
    store.setQuery('  ');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value.hits).toEqual([]);
    vi.useRealTimers();
  });

  it('reports a failed search in words', async () => {
    vi.useFakeTimers();
    const store = createSearchStore({
      search: async () => Promise.reject(new Error('index busy')),
    });
    store.setQuery('kim');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value).toMatchObject({ searching: false, error: 'index busy' });
    vi.useRealTimers();
  });
});
