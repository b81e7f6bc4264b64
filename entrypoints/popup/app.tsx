import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { panelProps } from '@/lib/ui/panel-props';
import { openOptions, openSidePanel, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  const props = panelProps(store, search);
  return (
    <div class="popup">
      <BackstoryPanel
        {...props}
        // Escape with nothing to clear closes the popup, from the search box too.
        search={{ ...props.search, onEscapeEmpty: () => window.close() }}
        onOpenOptions={openOptions}
        onOpenSidePanel={openSidePanel}
      />
    </div>
  );
}
