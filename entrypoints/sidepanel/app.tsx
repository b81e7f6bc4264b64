import { useEffect } from 'preact/hooks';
import { BackstoryPanel } from '@/components/backstory-panel';
import { panelProps } from '@/lib/ui/panel-props';
import { openOptions, search, store } from './store';

export function App() {
  useEffect(() => store.start(), []);
  return <BackstoryPanel {...panelProps(store, search)} onOpenOptions={openOptions} />;
}
