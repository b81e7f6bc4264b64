import { useEffect, useState } from 'preact/hooks';
import { RecordingToggle } from '@/components/recording-toggle';
import { recordingEnabled } from '@/lib/settings';

export function App() {
  const [enabled, setEnabled] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    void recordingEnabled.getValue().then(setEnabled);
    return recordingEnabled.watch((v) => setEnabled(v));
  }, []);
  return (
    <main class="options">
      <h1>Backstory options</h1>
      <RecordingToggle enabled={enabled} onChange={(v) => void recordingEnabled.setValue(v)} />
    </main>
  );
}
