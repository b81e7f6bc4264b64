import { signal, type Signal } from '@preact/signals';
import type { SearchHit } from '../messaging/protocol';

/** What the search box shows. */
export interface SearchState {
  query: string;
  includeHistory: boolean;
  hits: SearchHit[];
  /** A query is running. */
  searching: boolean;
  error?: string;
}

export interface SearchConnector {
  search(query: string, includeHistory: boolean): Promise<SearchHit[]>;
}

export interface SearchStore {
  state: Signal<SearchState>;
  /** Sets the query (results as you type: runs after a short pause, latest query wins). */
  setQuery(query: string): void;
  setIncludeHistory(include: boolean): void;
}

// Long enough to skip intermediate keystrokes, short enough to feel immediate.
const TYPING_PAUSE_MS = 60;

/** Creates the search box's store over a connector. */
export function createSearchStore(conn: SearchConnector): SearchStore {
  const state = signal<SearchState>({
    query: '',
    includeHistory: false,
    hits: [],
    searching: false,
  });
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    const mine = ++generation;
    const { query, includeHistory } = state.value;
    if (!query.trim()) {
      state.value = { ...state.value, hits: [], searching: false, error: undefined };
      return;
    }
    state.value = { ...state.value, searching: true };
    conn.search(query, includeHistory).then(
      (hits) => {
        if (mine === generation) {
          state.value = { ...state.value, hits, searching: false, error: undefined };
        }
      },
      (e: unknown) => {
        if (mine === generation) {
          state.value = {
            ...state.value,
            searching: false,
            error: e instanceof Error ? e.message : String(e),
          };
        }
      },
    );
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, TYPING_PAUSE_MS);
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
