/** A ranked match: its document number and score. */
export interface Ranked {
  id: number;
  score: number;
}

/**
 * Scored matches, ordered only as far as asked: the best k of n are chosen with a heap
 * (n log k) instead of sorting all n, and the order is exact (score descending, then document
 * number descending, as a full sort gives).
 */
export class Ranking {
  private best: Ranked[] = [];

  constructor(
    private readonly ids: Uint32Array,
    private readonly scores: Float64Array,
    readonly size: number,
  ) {}

  /** The best `k` matches (all when fewer), best first. */
  top(k: number): Ranked[] {
    k = Math.min(k, this.size);
    if (this.best.length < k) this.best = this.select(Math.max(k, 2 * this.best.length));
    return this.best.length > k ? this.best.slice(0, k) : this.best;
  }

  private select(k: number): Ranked[] {
    const { ids, scores } = this;
    k = Math.min(k, this.size);
    // Is match a worse than match b?
    const worse = (a: number, b: number) =>
      scores[a]! < scores[b]! || (scores[a] === scores[b] && ids[a]! < ids[b]!);
    // A min-heap of the best k seen: its root is the worst of them.
    const heap = new Uint32Array(k);
    let size = 0;
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) return;
        const c = l + 1 < size && worse(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!worse(heap[c]!, heap[i]!)) return;
        [heap[c], heap[i]] = [heap[i]!, heap[c]!];
        i = c;
      }
    };
    for (let j = 0; j < this.size; j++) {
      if (size < k) {
        heap[size] = j;
        for (let i = size++; i > 0;) {
          const p = (i - 1) >> 1;
          if (!worse(heap[i]!, heap[p]!)) break;
          [heap[p], heap[i]] = [heap[i]!, heap[p]!];
          i = p;
        }
      } else if (k > 0 && worse(heap[0]!, j)) {
        heap[0] = j;
        down(0);
      }
    }
    const order = Array.from(heap.subarray(0, size)).sort((a, b) =>
      worse(a, b) ? 1 : worse(b, a) ? -1 : 0,
    );
    return order.map((j) => ({ id: ids[j]!, score: scores[j]! }));
  }
}
