/** Used when a 429 carries no readable Retry-After (it may also be hidden by CORS). */
export const DEFAULT_RETRY_MS = 60_000;
/** A hostile or broken header must not silence a source for ever. */
export const MAX_RETRY_MS = 24 * 3600_000;

/**
 * When a request may be sent again after a 429, as epoch ms. Retry-After is either a number
 * of seconds or an HTTP date; anything else (or nothing) means DEFAULT_RETRY_MS.
 */
export function parseRetryAfter(header: string | null, now: number): number {
  const value = header?.trim() ?? '';
  let wait = DEFAULT_RETRY_MS;
  if (/^\d+$/.test(value)) {
    wait = Number(value) * 1000;
  } else if (/[a-z]/i.test(value)) {
    // An HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT"); Date.parse alone accepts "-5".
    const at = Date.parse(value);
    if (!Number.isNaN(at)) wait = at - now;
  }
  return now + Math.min(Math.max(wait, 0), MAX_RETRY_MS);
}
