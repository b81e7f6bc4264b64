import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { panelProps } from '@/lib/ui/panel-props';
import { followPickedEntity } from '@/lib/ui/picked-entity';
import { openOptions, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  // An entity the reader clicked in the page's highlights comes first.
  useEffect(
    () =>
      followPickedEntity(
        () => store.state.value.tabId,
        (id) => void store.showEntity(id),
      ),
    [],
  );
  return <BackstoryPanel {...panelProps(store, search)} onOpenOptions={openOptions} />;
}
