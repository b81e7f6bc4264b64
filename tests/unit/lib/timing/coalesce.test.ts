import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce, coalescePerKey } from '@/lib/timing/coalesce';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('coalesce', () => {
  it('runs a burst of 1,000 calls once, and a call just after it once more after the gap', async () => {
    const job = vi.fn();
    const poke = coalesce(job, 250);
    for (let i = 0; i < 1000; i++) poke();
    await vi.advanceTimersByTimeAsync(0);
    expect(job).toHaveBeenCalledTimes(1);
    poke();
    await vi.advanceTimersByTimeAsync(249);
    expect(job).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(job).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(job).toHaveBeenCalledTimes(2);
  });

  it('keeps calls coming every few milliseconds to one run per gap', async () => {
    const job = vi.fn();
    const poke = coalesce(job, 250);
    for (let t = 0; t < 10_000; t += 5) {
      poke();
      await vi.advanceTimersByTimeAsync(5);
    }
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job.mock.calls.length).toBeGreaterThanOrEqual(40);
    expect(job.mock.calls.length).toBeLessThanOrEqual(41);
  });

  it('never runs twice at a time, and runs once more for calls made during a slow run', async () => {
    let running = 0;
    let most = 0;
    const job = vi.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 1_000));
      running--;
    });
    const poke = coalesce(job, 100);
    poke();
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 0; i < 50; i++) poke();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(job).toHaveBeenCalledTimes(2);
    expect(most).toBe(1);
  });

  it('drops what is due when cancelled', async () => {
    const job = vi.fn();
    const poke = coalesce(job, 250);
    poke();
    poke();
    poke.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job).toHaveBeenCalledTimes(0);
  });
});

describe('coalescePerKey', () => {
  it('bounds each key on its own: a flooding tab never holds back another', async () => {
    const seen: number[] = [];
    const notify = coalescePerKey((tabId: number) => void seen.push(tabId), 200);
    notify(1);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 500; i++) notify(1);
    notify(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toEqual([1, 2, 1]);
  });
});
