import { signal, type Signal } from '@preact/signals';
import type { ArticleSummary, TabView } from '../messaging/protocol';

/** What the popup and side panel show. */
export interface PanelState {
  loading: boolean;
  /** The view of the tab being read; undefined while loading or when no tab could be found. */
  view?: TabView;
  recent: ArticleSummary[];
  error?: string;
}

/** The store's only way to the browser: the entrypoint supplies it, tests pass a fake. */
export interface PanelConnector {
  /** The tab the reader is looking at. */
  findTabId(): Promise<number | undefined>;
  getTabView(tabId: number): Promise<TabView>;
  listRecent(limit: number): Promise<ArticleSummary[]>;
  /** Calls back when the reader switches tabs or a tab's view changes; returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export const RECENT_LIMIT = 10;

export interface PanelStore {
  state: Signal<PanelState>;
  /** Loads now and after every change; returns a stop function. */
  start(): () => void;
  refresh(): Promise<void>;
}

/** Creates the shared popup / side panel store over a connector. */
export function createPanelStore(conn: PanelConnector): PanelStore {
  const state = signal<PanelState>({ loading: true, recent: [] });
  let generation = 0;
  const refresh = async () => {
    const mine = ++generation; // A later refresh wins over a slower earlier one.
    try {
      const tabId = await conn.findTabId();
      const [view, recent] = await Promise.all([
        tabId === undefined ? Promise.resolve(undefined) : conn.getTabView(tabId),
        conn.listRecent(RECENT_LIMIT),
      ]);
      if (mine === generation) state.value = { loading: false, view, recent };
    } catch (e) {
      if (mine === generation) {
        state.value = {
          ...state.value,
          loading: false,
          error: e instanceof Error ? e.message : String(e),
        };
      }
    }
  };
  return {
    state,
    refresh,
    start() {
      void refresh();
      return conn.subscribe(() => void refresh());
    },
  };
}
