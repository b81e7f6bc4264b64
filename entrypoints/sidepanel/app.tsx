import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { openOptions, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return (
    <BackstoryPanel
      state={store.state.value}
      onToggleSave={(a) => void store.toggleSave(a)}
      search={{
        state: search.state.value,
        onQuery: search.setQuery,
        onIncludeHistory: search.setIncludeHistory,
      }}
      onOpenOptions={openOptions}
    />
  );
}
