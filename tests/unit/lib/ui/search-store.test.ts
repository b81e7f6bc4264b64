import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '@/lib/messaging/protocol';
import { ALL_RESULTS, createSearchStore, FIRST_SCREEN, resultsCapped } from '@/lib/ui/search-store';

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

  it('stops the running query at the next keystroke, before the pause, and never shows its results', async () => {
    vi.useFakeTimers();
    const signals = new Map<string, AbortSignal>();
    const answers = new Map<string, (hits: SearchHit[]) => void>();
    const store = createSearchStore({
      search: (q, _h, _page, signal) =>
        new Promise((resolve) => {
          signals.set(q, signal);
          answers.set(q, resolve);
        }),
    });
    store.setQuery('pyo');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value.searching).toBe(true);
    store.setQuery('pyon');
    expect(signals.get('pyo')!.aborted).toBe(true);
    answers.get('pyo')!([{ key: 'stale' } as SearchHit]);
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value.hits).toEqual([]);
    answers.get('pyon')!([{ key: 'fresh' } as SearchHit]);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.state.value.hits.map((h) => h.key)).toEqual(['fresh']);
    expect(signals.get('pyon')!.aborted).toBe(false);
    vi.useRealTimers();
  });

  it('shows the first screenful as soon as it comes, then the rest of the same ranking', async () => {
    vi.useFakeTimers();
    const ranking = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}` }) as SearchHit);
    const pages: [number, number][] = [];
    let release = () => {};
    const store = createSearchStore({
      search: async (_q, _h, { offset, limit }) => {
        pages.push([offset, limit]);
        if (offset > 0) await new Promise<void>((r) => (release = r));
        return ranking.slice(offset, offset + limit);
      },
    });
    store.setQuery('kim');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value.hits.map((h) => h.key)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(store.state.value).toMatchObject({ searching: false, loadingMore: true });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.state.value.hits).toEqual(ranking.slice(0, ALL_RESULTS));
    expect(store.state.value.loadingMore).toBe(false);
    expect(pages).toEqual([
      [0, FIRST_SCREEN],
      [FIRST_SCREEN, ALL_RESULTS - FIRST_SCREEN],
    ]);
    vi.useRealTimers();
  });
  it('is searching from the keystroke on: the last results on screen do not answer the new query', async () => {
    vi.useFakeTimers();
    const store = createSearchStore({ search: async (q) => [{ key: q } as SearchHit] });
    store.setQuery('kim');
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value).toMatchObject({ searching: false, hits: [{ key: 'kim' }] });
    store.setQuery('kim jong');
    // Before the pause is over: the old hits are still there, marked as a search in progress.
    expect(store.state.value).toMatchObject({ searching: true, hits: [{ key: 'kim' }] });
    await vi.advanceTimersByTimeAsync(100);
    expect(store.state.value).toMatchObject({ searching: false, hits: [{ key: 'kim jong' }] });
    store.setQuery('');
    expect(store.state.value.searching).toBe(false);
    vi.useRealTimers();
  });

  it('says the results are the best of more only when the query filled all its places', () => {
    const hits = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `k${i}` }) as SearchHit);
    const base = { query: 'putin', includeHistory: false, searching: false };
    expect(resultsCapped({ ...base, hits: hits(ALL_RESULTS) })).toBe(true);
    expect(resultsCapped({ ...base, hits: hits(ALL_RESULTS - 1) })).toBe(false);
    // Not while the rest is on its way, nor while a newer query runs.
    expect(resultsCapped({ ...base, hits: hits(ALL_RESULTS), loadingMore: true })).toBe(false);
    expect(resultsCapped({ ...base, hits: hits(ALL_RESULTS), searching: true })).toBe(false);
  });
});
