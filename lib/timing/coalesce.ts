/** A trigger for coalesced work: call it as often as events come; `cancel` stops what is due. */
export interface Coalesced {
  (): void;
  cancel(): void;
}

/**
 * Runs `job` for a burst of calls at most once per `gapMs`, never two runs at a time: the first
 * call of a quiet spell runs it at once, calls during a run or within the gap make one more run
 * when the gap is over. However fast the calls come, the work stays bounded.
 */
export function coalesce(
  job: () => unknown,
  gapMs: number,
  now: () => number = Date.now,
): Coalesced {
  let running = false;
  let dirty = false;
  let lastStart = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    timer = undefined;
    running = true;
    dirty = false;
    lastStart = now();
    try {
      await job();
    } catch {
      // The job reports its own failures; a failed run must not stop later ones.
    } finally {
      running = false;
      if (dirty) trigger();
    }
  };
  const trigger = (() => {
    if (running || timer !== undefined) {
      dirty = true;
      return;
    }
    timer = setTimeout(() => void run(), Math.max(0, lastStart + gapMs - now()));
  }) as Coalesced;
  trigger.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    dirty = false;
  };
  return trigger;
}

/**
 * One coalesced trigger per key (a tab id): a burst of calls for one key runs `job(key)` at
 * most once per `gapMs`, and never holds back another key's.
 */
export function coalescePerKey<K>(
  job: (key: K) => unknown,
  gapMs: number,
  now: () => number = Date.now,
): (key: K) => void {
  // One small entry per key ever seen: tab ids, for the life of a service worker.
  const triggers = new Map<K, Coalesced>();
  return (key) => {
    let trigger = triggers.get(key);
    if (!trigger) {
      trigger = coalesce(() => job(key), gapMs, now);
      triggers.set(key, trigger);
    }
    trigger();
  };
}
