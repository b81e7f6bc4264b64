import { formatAgo } from '../format/display';
import { countMessage, type Translate } from '../i18n/translate';
import type { ServerRefusal, SyncErrorCode, SyncStatus } from '../messaging/protocol';

const ERROR_KEYS = {
  offline: 'syncErrorOffline',
  unauthorized: 'syncErrorUnauthorized',
  full: 'syncErrorFull',
  passphrase: 'syncErrorPassphrase',
  'not-found': 'syncErrorNotFound',
  server: 'syncErrorServer',
  other: 'syncErrorOther',
  'address-invalid': 'syncErrorAddressInvalid',
  'address-insecure': 'syncErrorAddressInsecure',
  'address-extra': 'syncErrorAddressExtra',
  'database-name': 'syncErrorDatabaseName',
} as const satisfies Record<SyncErrorCode | ServerRefusal, string>;

/** Why sync failed, in plain words in the interface's language. */
export function syncErrorText(
  t: Translate,
  code: SyncErrorCode | ServerRefusal,
  detail = '',
): string {
  return t(ERROR_KEYS[code], detail);
}

/** When sync last finished: "5 min ago" for the last week, else the date and time. */
export function syncedWhen(at: number, now: number, locale: string): string {
  return (
    formatAgo(at, now, locale) ??
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at)
  );
}

/** The lines the options show under "Sync": last synced, what is not sent, the error. */
export function syncStatusLines(
  t: Translate,
  locale: string,
  status: SyncStatus,
  now: number,
): { synced: string; pending: string; error: string | null } {
  return {
    synced: status.running
      ? t('syncRunning')
      : status.lastSyncedAt === null
        ? t('syncNever')
        : t('syncLastSynced', syncedWhen(status.lastSyncedAt, now, locale)),
    pending: status.pending
      ? countMessage(t, locale, status.pending, 'syncPendingOne', 'syncPendingOther')
      : t('syncPendingNone'),
    error: status.error ? syncErrorText(t, status.error, status.detail) : null,
  };
}
