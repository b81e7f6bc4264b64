/** @vitest-environment jsdom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitForQuiet } from '@/lib/extract/wait-for-quiet';

afterEach(() => vi.useRealTimers());

describe('waitForQuiet', () => {
  it('resolves once the page stops changing', async () => {
    vi.useFakeTimers();
    const p = waitForQuiet(document.body, { quietMs: 300, maxMs: 5000 });
    let settled = false;
    void p.then(() => (settled = true));
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p')); // The body keeps growing…
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(300); // …then stops.
    await expect(p).resolves.toBe('quiet');
  });

  it('gives up after maxMs on a page that never stops changing', async () => {
    vi.useFakeTimers();
    const p = waitForQuiet(document.body, { quietMs: 300, maxMs: 1000 });
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(150);
    }
    await expect(p).resolves.toBe('timeout');
  });

  it('with afterChange, waits for a late body to arrive and settle', async () => {
    vi.useFakeTimers();
    const p = waitForQuiet(document.body, { quietMs: 300, maxMs: 5000, afterChange: true });
    let result: string | undefined;
    void p.then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(1500); // Nothing yet: still waiting.
    expect(result).toBeUndefined();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(300);
    expect(result).toBe('quiet');
  });

  it('with afterChange, times out on a page that never changes', async () => {
    vi.useFakeTimers();
    const p = waitForQuiet(document.body, { quietMs: 300, maxMs: 2000, afterChange: true });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(p).resolves.toBe('timeout');
  });

  it('stops when aborted (the content script was invalidated)', async () => {
    const ctrl = new AbortController();
    const p = waitForQuiet(document.body, { quietMs: 10_000, maxMs: 20_000, signal: ctrl.signal });
    ctrl.abort();
    await expect(p).resolves.toBe('aborted');
  });
});
