import { signal, type Signal } from '@preact/signals';
import type { SearchHit } from '../messaging/protocol';

/** What the search box shows. */
export interface SearchState {
  query: string;
  includeHistory: boolean;
  hits: SearchHit[];
  /** A query is running (for its first screenful). */
  searching: boolean;
  /** The first screenful is shown and the rest of the results is on its way. */
  loadingMore?: boolean;
  error?: string;
}

/** One page of a query's ranking. */
export interface SearchPage {
  limit: number;
  offset: number;
}

export interface SearchConnector {
  /** Searches; a page of the ranking; `signal` aborts when a newer query supersedes it. */
  search(
    query: string,
    includeHistory: boolean,
    page: SearchPage,
    signal: AbortSignal,
  ): Promise<SearchHit[]>;
}

export interface SearchStore {
  state: Signal<SearchState>;
  /** Sets the query (results as you type: runs after a short pause, latest query wins). */
  setQuery(query: string): void;
  setIncludeHistory(include: boolean): void;
}

// Long enough to skip intermediate keystrokes, short enough to feel immediate.
const TYPING_PAUSE_MS = 60;
/** Results shown first, with their snippets: what the popup shows without scrolling. */
export const FIRST_SCREEN = 5;
/** All results of a query: the first screenful and the rest. */
export const ALL_RESULTS = 20;

/**
 * Whether the results shown are the best of more (the query filled all its places): the reader
 * is told so, and how to narrow it, rather than taking the list for all that matched.
 */
export function resultsCapped(state: SearchState): boolean {
  return !state.searching && !state.loadingMore && state.hits.length >= ALL_RESULTS;
}

/** Creates the search box's store over a connector. */
export function createSearchStore(conn: SearchConnector): SearchStore {
  const state = signal<SearchState>({
    query: '',
    includeHistory: false,
    hits: [],
    searching: false,
  });
  let running: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const ctl = new AbortController();
    running = ctl;
    const { query, includeHistory } = state.value;
    if (!query.trim()) {
      state.value = {
        ...state.value,
        hits: [],
        searching: false,
        loadingMore: false,
        error: undefined,
      };
      return;
    }
    state.value = { ...state.value, searching: true };
    const page = (offset: number, limit: number) =>
      conn.search(query, includeHistory, { offset, limit }, ctl.signal);
    try {
      // The first screenful first (its snippets are most of a query's cost), then the rest
      // of the same ranking.
      const first = await page(0, FIRST_SCREEN);
      if (ctl.signal.aborted) return;
      const more = first.length === FIRST_SCREEN;
      state.value = {
        ...state.value,
        hits: first,
        searching: false,
        loadingMore: more,
        error: undefined,
      };
      if (!more) return;
      const rest = await page(FIRST_SCREEN, ALL_RESULTS - FIRST_SCREEN);
      if (ctl.signal.aborted) return;
      state.value = { ...state.value, hits: [...first, ...rest], loadingMore: false };
    } catch (e) {
      if (ctl.signal.aborted) return;
      state.value = {
        ...state.value,
        searching: false,
        loadingMore: false,
        error: e instanceof Error ? e.message : String(e),
      };
    }
  };
  // A keystroke stops the running query at once, not after the pause: its results are stale.
  // From then on the store is searching, so the hits on screen (the last query's) read as
  // stale until the new ones come, not as the answer to what the box now says.
  const schedule = () => {
    running?.abort(new Error('superseded'));
    running = undefined;
    if (state.value.query.trim()) state.value = { ...state.value, searching: true };
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  };
  return {
    state,
    setQuery(query) {
      state.value = { ...state.value, query };
      schedule();
    },
    setIncludeHistory(includeHistory) {
      state.value = { ...state.value, includeHistory };
      schedule();
    },
  };
}
