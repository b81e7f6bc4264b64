import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_MS, MAX_RETRY_MS, parseRetryAfter } from '@/lib/online/retry-after';

const NOW = Date.UTC(2026, 10, 28, 3, 0, 0);

describe('parseRetryAfter', () => {
  it('reads seconds', () => {
    expect(parseRetryAfter('2', NOW)).toBe(NOW + 2000);
    expect(parseRetryAfter(' 120 ', NOW)).toBe(NOW + 120_000);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 03:01:00 GMT', NOW)).toBe(NOW + 60_000);
  });
  it('treats a date in the past as "now"', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 02:00:00 GMT', NOW)).toBe(NOW);
  });
  it('falls back to a default for a missing or unreadable header', () => {
    expect(parseRetryAfter(null, NOW)).toBe(NOW + DEFAULT_RETRY_MS);
    expect(parseRetryAfter('soon', NOW)).toBe(NOW + DEFAULT_RETRY_MS);
    expect(parseRetryAfter('-5', NOW)).toBe(NOW + DEFAULT_RETRY_MS);
  });
  it('caps absurd waits', () => {
    expect(parseRetryAfter('99999999', NOW)).toBe(NOW + MAX_RETRY_MS);
  });
});
