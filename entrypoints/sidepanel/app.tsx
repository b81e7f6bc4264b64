import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { openOptions, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return (
    <BackstoryPanel
      state={store.state.value}
      onToggleSave={(a) => void store.toggleSave(a)}
      onOpenOptions={openOptions}
    />
  );
}
