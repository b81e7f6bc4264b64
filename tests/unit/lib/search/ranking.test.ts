import { describe, expect, it } from 'vitest';
import { Ranking } from '@/lib/search/ranking';

/** n matches with scores drawn from few values, so that ties (broken by id) are common. */
function matches(n: number, seed: number) {
  const ids = new Uint32Array(n);
  const scores = new Float64Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    ids[i] = (i * 7919) % 100003;
    scores[i] = x % 17;
  }
  return { ids, scores };
}

describe('Ranking', () => {
  it('gives the best k in the order a full sort gives, ties by id descending, however far pages go', () => {
    const { ids, scores } = matches(1000, 42);
    const full = Array.from(ids, (id, i) => ({ id, score: scores[i]! })).sort(
      (a, b) => b.score - a.score || b.id - a.id,
    );
    const r = new Ranking(ids, scores, 1000);
    expect(r.top(5)).toEqual(full.slice(0, 5));
    expect(r.top(20)).toEqual(full.slice(0, 20));
    expect(r.top(300)).toEqual(full.slice(0, 300));
    expect(r.top(5000)).toEqual(full);
  });

  it('ranks only the first `size` entries', () => {
    const r = new Ranking(Uint32Array.from([1, 2, 3]), Float64Array.from([1, 3, 9]), 2);
    expect(r.top(10)).toEqual([
      { id: 2, score: 3 },
      { id: 1, score: 1 },
    ]);
  });
});
