/**
 * What one online source remembers between calls, in memory: its serial request queue, the
 * hosts it must leave alone until a time (after a 429), when it last sent a request (for
 * spacing), the lookups in flight (so that two callers asking the same thing share one
 * request), and its cache hit/miss counts. It lives as long as the service worker does.
 */
export interface SourceState {
  readonly name: string;
  /** Smallest gap between two requests of this source (ms), e.g. 5,000 for GDELT. */
  readonly minIntervalMs: number;
  /** The tail of the serial queue: the next request starts when it settles. */
  tail: Promise<unknown>;
  /** Host → epoch ms before which nothing is sent to it. */
  blockedUntil: Map<string, number>;
  /** When the last request was sent (epoch ms). */
  lastSentAt: number;
  /** Cache key → the lookup in flight for it. */
  inflight: Map<string, Promise<unknown>>;
  /** Requests currently on the wire (0 or 1, by construction of the queue). */
  active: number;
  hits: number;
  misses: number;
}

/** A fresh source state (tests create one per test; the extension keeps one per source). */
export function createSourceState(name: string, minIntervalMs = 0): SourceState {
  return {
    name,
    minIntervalMs,
    tail: Promise.resolve(),
    blockedUntil: new Map(),
    lastSentAt: Number.NEGATIVE_INFINITY,
    inflight: new Map(),
    active: 0,
    hits: 0,
    misses: 0,
  };
}

/** Cache hits and misses of a source, and the hit rate (0 when nothing was asked yet). */
export function readCacheStats(state: SourceState): {
  hits: number;
  misses: number;
  hitRate: number;
} {
  const total = state.hits + state.misses;
  return { hits: state.hits, misses: state.misses, hitRate: total === 0 ? 0 : state.hits / total };
}

/**
 * Runs `key`'s lookup once even if several callers ask at the same time: later callers get
 * the promise of the first.
 */
export function shareInflight<T>(
  state: SourceState,
  key: string,
  run: () => Promise<T>,
): Promise<T> {
  const pending = state.inflight.get(key) as Promise<T> | undefined;
  if (pending) return pending;
  const p = run().finally(() => state.inflight.delete(key));
  state.inflight.set(key, p);
  return p;
}
