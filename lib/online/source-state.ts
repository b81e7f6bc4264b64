/**
 * What one online source remembers between calls, in memory: its serial request queue, the
 * hosts it must leave alone until a time (after a 429), when it last sent a request (for
 * spacing), the lookups in flight (so that two callers asking the same thing share one
 * request), and its cache hit/miss counts. It lives as long as the service worker does; with a
 * `memory`, the blocks and the last sending time outlive it (see restoreSource).
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
  /** Where blocks and spacing are kept across service-worker restarts (none in tests). */
  memory?: SourceMemory;
  /** The one load of `memory` (restoreSource). */
  restored?: Promise<void>;
}

/** What a source keeps across restarts: a host told to wait must not be asked again early. */
export interface Remembered {
  /** Host → epoch ms before which nothing is sent to it. */
  blockedUntil: Record<string, number>;
  lastSentAt: number;
}

export interface SourceMemory {
  load(): Promise<Remembered | null>;
  save(value: Remembered): Promise<void>;
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

/**
 * Takes in what the source remembered before this service worker started (once; later calls
 * share the first load). Unreadable memory is a fresh start: at worst one request goes early.
 */
export function restoreSource(state: SourceState): Promise<void> {
  const memory = state.memory;
  if (!memory) return Promise.resolve();
  state.restored ??= memory.load().then(
    (value) => {
      if (!value) return;
      for (const [host, until] of Object.entries(value.blockedUntil)) {
        if (until > (state.blockedUntil.get(host) ?? 0)) state.blockedUntil.set(host, until);
      }
      state.lastSentAt = Math.max(state.lastSentAt, value.lastSentAt);
    },
    () => undefined,
  );
  return state.restored;
}

/** Keeps the source's blocks still running and its last sending time (failures ignored). */
export function rememberSource(state: SourceState, now: number): void {
  if (!state.memory) return;
  const blockedUntil = Object.fromEntries([...state.blockedUntil].filter(([, t]) => t > now));
  state.memory.save({ blockedUntil, lastSentAt: state.lastSentAt }).catch(() => undefined);
}

/** Leaves `host` alone until `until` (epoch ms), also after a restart. */
export function blockHost(state: SourceState, host: string, until: number, now: number): void {
  state.blockedUntil.set(host, until);
  rememberSource(state, now);
}
