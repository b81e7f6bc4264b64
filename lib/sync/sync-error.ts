import { WrongPassphraseError } from './crypto';

/** Why a sync failed, for the interface to say in plain words. */
export type SyncErrorCode =
  'offline' | 'unauthorized' | 'full' | 'passphrase' | 'not-found' | 'server' | 'other';

/** An error with the HTTP status PouchDB gives its errors. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The kind of a sync failure, and its own message (kept for the details). */
export function classifySyncError(error: unknown): { code: SyncErrorCode; detail: string } {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof WrongPassphraseError) return { code: 'passphrase', detail };
  const status =
    typeof error === 'object' && error !== null
      ? Number((error as { status?: unknown }).status)
      : NaN;
  if (status === 401 || status === 403) return { code: 'unauthorized', detail };
  if (status === 413 || status === 507) return { code: 'full', detail };
  if (status === 404) return { code: 'not-found', detail };
  if (status >= 500) return { code: 'server', detail };
  // fetch's own failure (no network, refused, reset): a TypeError, or PouchDB's status 0/500-less.
  if (error instanceof TypeError || status === 0 || /fetch|network/i.test(detail)) {
    return { code: 'offline', detail };
  }
  return { code: 'other', detail };
}
