import type { SyncStatus } from '@/lib/messaging/protocol';
import { syncErrorText, syncedWhen } from '@/lib/ui/sync-text';
import { useI18n } from './i18n';

/** The panel's small sync line: nothing while sync is off; syncing, synced when, or failed. */
export function SyncIndicator({ status, now }: { status: SyncStatus | undefined; now: number }) {
  const { t, locale } = useI18n();
  if (!status?.configured) return null;
  const text = status.running
    ? t('syncRunning')
    : status.error
      ? t('syncIndicatorFailed')
      : status.lastSyncedAt === null
        ? t('syncNever')
        : t('syncIndicatorOk', syncedWhen(status.lastSyncedAt, now, locale));
  return (
    <p
      class={`sync-indicator meta${status.error ? ' sync-failed' : ''}`}
      title={status.error ? syncErrorText(t, status.error, status.detail) : undefined}
    >
      {text}
    </p>
  );
}
