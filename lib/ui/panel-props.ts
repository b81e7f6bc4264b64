import type { ArticleSummary } from '../messaging/protocol';
import type { PanelStore } from './panel-store';
import type { SearchStore } from './search-store';

/** The props the popup and the side panel both give BackstoryPanel, from their two stores. */
export function panelProps(store: PanelStore, search: SearchStore) {
  return {
    state: store.state.value,
    onToggleSave: (article: ArticleSummary) => void store.toggleSave(article),
    onSelectEntity: (entityId: string) => void store.showEntity(entityId),
    onShowEntityStories: (entityId: string) => void store.showEntityStories(entityId),
    onSetApart: (entry: { key: string; title: string | null }) => void store.setApart(entry),
    onUndoApart: () => void store.undoApart(),
    onPutBack: (article: ArticleSummary) => void store.putBack(article),
    search: {
      state: search.state.value,
      onQuery: search.setQuery,
      onIncludeHistory: search.setIncludeHistory,
    },
  };
}
