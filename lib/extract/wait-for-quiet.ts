export interface QuietOptions {
  /** The DOM counts as settled after this long without a mutation. */
  quietMs: number;
  /** Never wait longer than this in all. */
  maxMs: number;
  /** Wait for a first change before counting quiet time (a body that has not started arriving). */
  afterChange?: boolean;
  signal?: AbortSignal;
}

/**
 * Resolves once `target`'s subtree has stopped changing for `quietMs` ("quiet"), or after
 * `maxMs` whatever happens ("timeout"), or when `signal` aborts ("aborted"). With `afterChange`,
 * quiet only counts after a first change. Lazy article bodies and single-page sites render after
 * load; this bounds how long we wait for them.
 */
export function waitForQuiet(
  target: Node,
  opts: QuietOptions,
): Promise<'quiet' | 'timeout' | 'aborted'> {
  return new Promise((resolve) => {
    if (opts.signal?.aborted) return resolve('aborted');
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: 'quiet' | 'timeout' | 'aborted') => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const armQuiet = () => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(() => finish('quiet'), opts.quietMs);
    };
    const onAbort = () => finish('aborted');
    const observer = new MutationObserver(armQuiet);
    observer.observe(target, { childList: true, subtree: true, characterData: true });
    const maxTimer = setTimeout(() => finish('timeout'), opts.maxMs);
    opts.signal?.addEventListener('abort', onAbort);
    if (!opts.afterChange) armQuiet();
  });
}
