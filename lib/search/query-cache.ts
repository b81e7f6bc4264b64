import type { BackstoryDb } from '../db/schema';
import type { PostingsRow, SearchMeta, SearchColumns } from './index-rows';

/**
 * Terms of a tail document as "\nterm\nterm\n" (searched with indexOf, which is cheaper on a
 * cold start than building a map of every term) and their frequencies.
 */
export interface TailText {
  doc: number;
  terms: string;
  tfs: Uint16Array;
}

/**
 * The tail's searchTailTerms rows of one shard: documents' own (schema v11's layout) as
 * TailText, and blocks of folded documents as postings rows over global numbers (segment 0).
 */
export interface TailShard {
  texts: TailText[];
  blocks: PostingsRow[];
}

/** What queries read besides postings rows: kept while the worker lives, dropped on writes. */
export interface IndexState {
  /** Indexed by chunk number. */
  columns: SearchColumns[];
  stats: SearchMeta;
  /** Tail documents whose own rows hold their terms (not folded yet): in every shard. */
  tail: TailText[];
  /** The tail's searchTailTerms rows by shard (see shardOf), as queries read them. */
  shards: (TailShard | undefined)[];
}

const caches = new WeakMap<BackstoryDb, IndexState>();
// Bumped by every write: a state read before a write finished must not be cached after it.
const generations = new WeakMap<BackstoryDb, number>();

/** The cached state of one open database, if any. */
export function cachedState(db: BackstoryDb): IndexState | undefined {
  return caches.get(db);
}

/** The write generation of a database, to pass to cacheState once a state is read. */
export function cacheGeneration(db: BackstoryDb): number {
  return generations.get(db) ?? 0;
}

/** Caches a state read at `generation`, unless a write came in between. */
export function cacheState(db: BackstoryDb, state: IndexState, generation: number): void {
  if (cacheGeneration(db) === generation) caches.set(db, state);
}

/** Forgets what was cached for a database (after it was written). */
export function dropQueryCache(db: BackstoryDb): void {
  caches.delete(db);
  generations.set(db, cacheGeneration(db) + 1);
}
