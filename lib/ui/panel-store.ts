import { signal, type Signal } from '@preact/signals';
import type { ArticleSummary, RelatedSummary, TabView } from '../messaging/protocol';

/** What the popup and side panel show. */
export interface PanelState {
  loading: boolean;
  /** The view of the tab being read; undefined while loading or when no tab could be found. */
  view?: TabView;
  /** The tab the view is about. */
  tabId?: number;
  recent: ArticleSummary[];
  /** Articles read before that share the current article's main entities. */
  related?: RelatedSummary[];
  error?: string;
  /** Why the last save or unsave failed (the archive is unchanged). */
  saveError?: string;
  /** A save or unsave is in flight for this article key. */
  saving?: string;
}

/** The store's only way to the browser: the entrypoint supplies it, tests pass a fake. */
export interface PanelConnector {
  /** The tab the reader is looking at. */
  findTabId(): Promise<number | undefined>;
  getTabView(tabId: number): Promise<TabView>;
  listRecent(limit: number): Promise<ArticleSummary[]>;
  getRelated(key: string): Promise<RelatedSummary[]>;
  save(key: string, tabId: number | undefined): Promise<ArticleSummary>;
  unsave(key: string): Promise<ArticleSummary>;
  /** Calls back when the reader switches tabs or a tab's view changes; returns an unsubscribe. */
  subscribe(onChange: () => void): () => void;
}

export const RECENT_LIMIT = 10;

export interface PanelStore {
  state: Signal<PanelState>;
  /** Loads now and after every change; returns a stop function. */
  start(): () => void;
  refresh(): Promise<void>;
  /** Saves the article to the archive, or takes it out when it is saved. */
  toggleSave(article: ArticleSummary): Promise<void>;
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
      const related =
        view?.kind === 'article' ? await conn.getRelated(view.article.key) : undefined;
      if (mine === generation) state.value = { loading: false, view, tabId, recent, related };
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
  const toggleSave = async (article: ArticleSummary) => {
    state.value = { ...state.value, saving: article.key, saveError: undefined };
    try {
      if (article.savedAt === null) await conn.save(article.key, state.value.tabId);
      else await conn.unsave(article.key);
      await refresh();
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      state.value = { ...state.value, saveError: message };
    } finally {
      state.value = { ...state.value, saving: undefined };
    }
  };
  return {
    state,
    refresh,
    toggleSave,
    start() {
      void refresh();
      return conn.subscribe(() => void refresh());
    },
  };
}
