import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArchiveManager, plural } from '@/components/archive-manager';
import { ExcludedSitesEditor } from '@/components/excluded-sites-editor';
import { RecordingToggle } from '@/components/recording-toggle';
import { sendMessage } from '@/lib/messaging/messenger';
import { DEFAULT_EXCLUDED_SITES, normalizeSiteEntry } from '@/lib/privacy/excluded-sites';
import { excludedSites, recordingEnabled } from '@/lib/settings';
import {
  collectExport,
  exportFiles,
  importExportFile,
  type TransferConnector,
} from '@/lib/ui/archive-transfer';

const transfer: TransferConnector = {
  exportPage: (offset, limit) => sendMessage('exportArticles', { offset, limit }),
  importChunk: (articles) => sendMessage('importArticles', { articles }),
};

/** Loads a storage item and follows its changes. */
function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void }) {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  return value;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const enabled = useSetting(recordingEnabled);
  const sites = useSetting(excludedSites);
  const [stats, setStats] = useState<{ articles: number; saved: number }>();
  const [usage, setUsage] = useState<number>();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refreshStats = useCallback(() => {
    void sendMessage('getArchiveStats', {}).then(setStats, () => setStats(undefined));
    void navigator.storage?.estimate?.().then((e) => setUsage(e.usage));
  }, []);
  useEffect(refreshStats, [refreshStats]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (e) {
      setStatus(`Nothing was changed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
      refreshStats();
    }
  };
  const day = new Date().toISOString().slice(0, 10);

  return (
    <main class="options">
      <h1>Backstory options</h1>
      <RecordingToggle enabled={enabled} onChange={(v) => void recordingEnabled.setValue(v)} />
      <ExcludedSitesEditor
        sites={sites}
        onChange={(list) => void excludedSites.setValue(list)}
        onRestoreDefaults={() => void excludedSites.setValue([...DEFAULT_EXCLUDED_SITES].sort())}
      />
      <ArchiveManager
        stats={stats}
        usageBytes={usage}
        status={status}
        busy={busy}
        onExport={(kind) =>
          run(async () => {
            const articles = await collectExport(transfer, (done, total) =>
              setStatus(`Exporting… ${done} of ${total}`),
            );
            const files = exportFiles(articles);
            if (kind === 'json') download(`backstory-${day}.json`, 'application/json', files.json);
            else download(`backstory-saved-${day}.md`, 'text/markdown', files.markdown);
            return `Exported ${plural(articles.length, 'article')}.`;
          })
        }
        onImport={(file) =>
          run(async () => {
            const outcome = await importExportFile(transfer, await file.text(), (done, total) =>
              setStatus(`Importing… ${done} of ${total}`),
            );
            if (!outcome.ok) return `Import refused: ${outcome.reason}.`;
            return `Imported: ${outcome.added} new, ${outcome.merged} merged with articles already here.`;
          })
        }
        onDeleteSite={(entry) =>
          run(async () => {
            const site = normalizeSiteEntry(entry);
            if (!site) return `"${entry}" is not a site name such as example.com.`;
            const { deleted } = await sendMessage('deleteSite', { site });
            return `Deleted ${plural(deleted, 'article')} from ${site}.`;
          })
        }
        onDeleteAll={() =>
          run(async () => {
            if (!confirm('Delete every article Backstory has kept, saved ones included?')) {
              return 'Nothing was deleted.';
            }
            await sendMessage('deleteAll', {});
            return 'Everything was deleted.';
          })
        }
      />
    </main>
  );
}
