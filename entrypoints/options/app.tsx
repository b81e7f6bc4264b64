import { useEffect, useState } from 'preact/hooks';
import { ExcludedSitesEditor } from '@/components/excluded-sites-editor';
import { RecordingToggle } from '@/components/recording-toggle';
import { DEFAULT_EXCLUDED_SITES } from '@/lib/privacy/excluded-sites';
import { excludedSites, recordingEnabled } from '@/lib/settings';

/** Loads a storage item and follows its changes. */
function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }) {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  return value;
}

export function App() {
  const enabled = useSetting(recordingEnabled);
  const sites = useSetting(excludedSites);
  return (
    <main class="options">
      <h1>Backstory options</h1>
      <RecordingToggle enabled={enabled} onChange={(v) => void recordingEnabled.setValue(v)} />
      <ExcludedSitesEditor
        sites={sites}
        onChange={(list) => void excludedSites.setValue(list)}
        onRestoreDefaults={() => void excludedSites.setValue([...DEFAULT_EXCLUDED_SITES].sort())}
      />
    </main>
  );
}
