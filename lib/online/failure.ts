/** Why an online source gave no answer. Every failure is a value: the clients never throw. */
export type FailureReason = 'offline' | 'timeout' | 'bad-response' | 'rate-limited' | 'not-found';

/** A failed lookup. Only a clean 'not-found' is ever cached; the others are retried next time. */
export interface OnlineFailure {
  ok: false;
  reason: FailureReason;
  /** For 'rate-limited': nothing is sent to that host before this time (epoch ms). */
  retryAt?: number;
  /** A short technical note for logs ("HTTP 503", "invalid JSON"); never shown as is. */
  detail?: string;
}

/** Builds a failure value. */
export function fail(reason: FailureReason, detail?: string, retryAt?: number): OnlineFailure {
  return {
    ok: false,
    reason,
    ...(detail === undefined ? {} : { detail }),
    ...(retryAt === undefined ? {} : { retryAt }),
  };
}
