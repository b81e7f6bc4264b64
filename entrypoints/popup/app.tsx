import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { panelProps } from '@/lib/ui/panel-props';
import { openOptions, openSidePanel, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return (
    <div class="popup">
      <BackstoryPanel
        {...panelProps(store, search)}
        onOpenOptions={openOptions}
        onOpenSidePanel={openSidePanel}
      />
    </div>
  );
}
