import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { openOptions, openSidePanel, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return (
    <div class="popup">
      <BackstoryPanel
        state={store.state.value}
        onToggleSave={(a) => void store.toggleSave(a)}
        search={{
          state: search.state.value,
          onQuery: search.setQuery,
          onIncludeHistory: search.setIncludeHistory,
        }}
        onOpenOptions={openOptions}
        onOpenSidePanel={openSidePanel}
      />
    </div>
  );
}
