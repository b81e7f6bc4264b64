import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { openOptions, openSidePanel, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return (
    <div class="popup">
      <BackstoryPanel
        state={store.state.value}
        onToggleSave={(a) => void store.toggleSave(a)}
        onOpenOptions={openOptions}
        onOpenSidePanel={openSidePanel}
      />
    </div>
  );
}
