/**
 * Counts every pass over an article's text made from outside lib/db/text-fingerprint.ts, for
 * tests that check a write fingerprints a text once. In the test file:
 *   const passes = vi.hoisted(() => ({ n: 0 }));
 *   vi.mock('@/lib/db/text-fingerprint', async (real) =>
 *     (await import('../../count-fingerprint-passes')).counting(await real(), passes));
 */

// The functions that each pass over a whole text.
const PASSES = new Set(['textFingerprint', 'copyPrint', 'fingerprintWords']);

/** The module with its passing functions counted in `passes.n`. */
export function counting<T extends Record<string, unknown>>(real: T, passes: { n: number }): T {
  const counted = Object.entries(real).map(([name, value]) => [
    name,
    PASSES.has(name)
      ? (...args: unknown[]) => {
          passes.n++;
          return (value as (...a: unknown[]) => unknown)(...args);
        }
      : value,
  ]);
  return Object.fromEntries(counted) as T;
}
