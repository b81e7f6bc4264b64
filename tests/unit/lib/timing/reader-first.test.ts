import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReaderFirst } from '@/lib/timing/reader-first';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

/** A request being answered, and the means to answer it. */
function request() {
  let answer!: () => void;
  const p = new Promise<void>((resolve) => (answer = resolve));
  return { p, answer };
}

describe('createReaderFirst', () => {
  it('lets work go on at the next task when no request is being answered', async () => {
    const gate = createReaderFirst(500, () => Date.now());
    let resumed = false;
    void gate.pause().then(() => (resumed = true));
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });

  it('holds work back until the reader’s request is answered', async () => {
    const gate = createReaderFirst(500, () => Date.now());
    const r = request();
    const tracked = gate.track(r.p);
    let resumed = false;
    void gate.pause().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(resumed).toBe(false);
    r.answer();
    await tracked;
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });

  it('holds work back no longer than holdMs for a request that takes long', async () => {
    const gate = createReaderFirst(500, () => Date.now());
    void gate.track(request().p); // never answered (a sync started from the options)
    let resumed = false;
    void gate.pause().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(resumed).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(resumed).toBe(true);
    // From then on it holds nothing back.
    let again = false;
    void gate.pause().then(() => (again = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(again).toBe(true);
  });

  it('passes a failed answer on, and stops holding work back', async () => {
    const gate = createReaderFirst(500, () => Date.now());
    await expect(gate.track(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    let resumed = false;
    void gate.pause().then(() => (resumed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(resumed).toBe(true);
  });
});
