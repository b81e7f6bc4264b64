import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArchiveManager } from '@/components/archive-manager';
import { useI18n } from '@/components/i18n';
import { ExcludedSitesEditor } from '@/components/excluded-sites-editor';
import { OnlineSources } from '@/components/online-sources';
import { RecordingToggle } from '@/components/recording-toggle';
import { RetentionSelect } from '@/components/retention-select';
import { SettingToggle } from '@/components/setting-toggle';
import { SyncSettings, type SyncSetupValues } from '@/components/sync-settings';
import { countArticles } from '@/lib/i18n/translate';
import { onMessage, sendMessage } from '@/lib/messaging/messenger';
import type { SyncStatus } from '@/lib/messaging/protocol';
import { syncErrorText } from '@/lib/ui/sync-text';
import { DEFAULT_EXCLUDED_SITES, normalizeSiteEntry } from '@/lib/privacy/excluded-sites';
import {
  excludedSites,
  highlightsEnabled,
  historyRetentionDays,
  outsideCoverageEnabled,
  recordingEnabled,
  wikipediaBackground,
} from '@/lib/settings';
import { exportArchive, importExportFile, type TransferConnector } from '@/lib/ui/archive-transfer';

const transfer: TransferConnector = {
  exportPage: (after, limit) => sendMessage('exportArticles', { after, limit }),
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

function download(name: string, file: Blob) {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function App() {
  const { t, locale } = useI18n();
  const enabled = useSetting(recordingEnabled);
  const highlights = useSetting(highlightsEnabled);
  const sites = useSetting(excludedSites);
  const retention = useSetting(historyRetentionDays);
  const wikipedia = useSetting(wikipediaBackground);
  const outside = useSetting(outsideCoverageEnabled);
  const [stats, setStats] = useState<{ articles: number; saved: number }>();
  const [usage, setUsage] = useState<number>();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sync, setSync] = useState<SyncStatus>();
  const [syncBusy, setSyncBusy] = useState(false);
  const [setupError, setSetupError] = useState<string | null>(null);

  const refreshSync = useCallback(() => {
    void sendMessage('getSyncStatus', {}).then(setSync, () => setSync(undefined));
  }, []);
  useEffect(() => {
    refreshSync();
    return onMessage('syncStatusChanged', refreshSync);
  }, [refreshSync]);
  const runSync = async (work: () => Promise<void>) => {
    setSyncBusy(true);
    try {
      await work();
    } catch (e) {
      setSetupError(t('syncErrorOther', e instanceof Error ? e.message : String(e)));
    } finally {
      setSyncBusy(false);
      refreshSync();
      refreshStats();
    }
  };
  const onSetUp = (values: SyncSetupValues) =>
    runSync(async () => {
      setSetupError(null);
      const result = await sendMessage('setUpSync', values);
      if (result.ok) setSync(result.status);
      else setSetupError(syncErrorText(t, result.error, result.detail));
    });

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
      setStatus(t('nothingChanged', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
      refreshStats();
    }
  };
  const day = new Date().toISOString().slice(0, 10);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <RecordingToggle enabled={enabled} onChange={(v) => void recordingEnabled.setValue(v)} />
      <SettingToggle
        id="highlights"
        label={t('highlightsLabel')}
        help={highlights === false ? t('highlightsOff') : t('highlightsOn')}
        checked={highlights}
        onChange={(on) => void highlightsEnabled.setValue(on)}
      />
      <OnlineSources
        wikipedia={wikipedia}
        outside={outside}
        onWikipedia={(on) => void wikipediaBackground.setValue(on)}
        onOutside={(on) => void outsideCoverageEnabled.setValue(on)}
      />
      <RetentionSelect days={retention} onChange={(d) => void historyRetentionDays.setValue(d)} />
      <ExcludedSitesEditor
        sites={sites}
        onChange={(list) => void excludedSites.setValue(list)}
        onRestoreDefaults={() => void excludedSites.setValue([...DEFAULT_EXCLUDED_SITES].sort())}
      />
      <SyncSettings
        status={sync}
        busy={syncBusy}
        setupError={setupError}
        now={Date.now()}
        onSetUp={(values) => void onSetUp(values)}
        onSignIn={(credentials) =>
          void runSync(async () => setSync(await sendMessage('signInSync', credentials)))
        }
        onSyncNow={() => void runSync(async () => setSync(await sendMessage('syncNow', {})))}
        onTurnOff={() => void runSync(async () => setSync(await sendMessage('turnOffSync', {})))}
      />
      <ArchiveManager
        stats={stats}
        usageBytes={usage}
        status={status}
        busy={busy}
        onExport={(kind) =>
          run(async () => {
            const { file, count } = await exportArchive(transfer, kind, (done, total) =>
              setStatus(t('exporting', done, total)),
            );
            download(kind === 'json' ? `backstory-${day}.json` : `backstory-saved-${day}.md`, file);
            return t('exported', countArticles(t, count, locale));
          })
        }
        onImport={(file) =>
          run(async () => {
            const outcome = await importExportFile(transfer, file, (done, total) =>
              setStatus(t('importing', done, total)),
            );
            if (!outcome.ok && outcome.stopped) {
              const { done, total } = outcome.stopped;
              return t('importStopped', done, total, outcome.reason);
            }
            if (!outcome.ok) return t('importRefused', outcome.reason);
            return t('imported', outcome.added, outcome.merged);
          })
        }
        onDeleteSite={(entry) =>
          run(async () => {
            const site = normalizeSiteEntry(entry);
            if (!site) return t('notASite', entry);
            const { deleted } = await sendMessage('deleteSite', { site });
            return t('deletedSite', countArticles(t, deleted, locale), site);
          })
        }
        onDeleteAll={() =>
          run(async () => {
            if (!confirm(t('confirmDeleteAll'))) {
              return t('nothingDeleted');
            }
            await sendMessage('deleteAll', {});
            return t('everythingDeleted');
          })
        }
      />
    </main>
  );
}
