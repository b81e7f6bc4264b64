import { fail, type OnlineFailure } from './failure';
import { parseRetryAfter } from './retry-after';
import { blockHost, rememberSource, restoreSource, type SourceState } from './source-state';

/** How a source's requests are made; everything time- or network-related is injectable. */
export interface RequestDeps {
  fetch: typeof fetch;
  now(): number;
  /** Waits `ms` (spacing between requests); defaults to setTimeout. */
  sleep?(ms: number): Promise<void>;
  /** Per request, from sending to the end of the body. */
  timeoutMs: number;
}

/** Answers larger than this are not what we asked for. */
const MAX_BODY_CHARS = 4_000_000;

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * GETs `url` through the source's serial queue and parses the body as JSON. Fails fast with
 * 'rate-limited' while the host is blocked; a 429 blocks the host until its Retry-After. Blocks
 * and spacing survive a service-worker restart when the source has a memory.
 * Sends no cookies and no referrer; `headers` are the only extra headers.
 */
export async function requestJson(
  state: SourceState,
  url: string,
  headers: Record<string, string>,
  deps: RequestDeps,
): Promise<{ ok: true; json: unknown } | OnlineFailure> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    return fail('bad-response', 'invalid address');
  }
  // A worker started after a 429 (or a request a moment ago) still honours it.
  await restoreSource(state);
  const blocked = checkBlocked(state, host, deps.now());
  if (blocked) return blocked;
  const run = async () => {
    // A request ahead of this one in the queue may have been told to back off.
    const stillBlocked = checkBlocked(state, host, deps.now());
    if (stillBlocked) return stillBlocked;
    const wait = state.lastSentAt + state.minIntervalMs - deps.now();
    if (wait > 0) await (deps.sleep ?? realSleep)(wait);
    state.lastSentAt = deps.now();
    rememberSource(state, state.lastSentAt);
    state.active++;
    try {
      return await send(state, host, url, headers, deps);
    } finally {
      state.active--;
    }
  };
  const result = state.tail.then(run, run);
  state.tail = result.catch(() => undefined);
  return result;
}

function checkBlocked(state: SourceState, host: string, now: number): OnlineFailure | null {
  const until = state.blockedUntil.get(host);
  if (until === undefined) return null;
  if (until > now) return fail('rate-limited', `${host} asked us to wait`, until);
  state.blockedUntil.delete(host);
  return null;
}

async function send(
  state: SourceState,
  host: string,
  url: string,
  headers: Record<string, string>,
  deps: RequestDeps,
): Promise<{ ok: true; json: unknown } | OnlineFailure> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deps.timeoutMs);
  try {
    const res = await deps.fetch(url, {
      method: 'GET',
      headers: { Accept: 'application/json', ...headers },
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      signal: controller.signal,
    });
    if (res.status === 429) {
      const retryAt = parseRetryAfter(res.headers.get('retry-after'), deps.now());
      blockHost(state, host, retryAt, deps.now());
      void res.body?.cancel().catch(() => undefined);
      return fail('rate-limited', `HTTP 429 from ${host}`, retryAt);
    }
    if (res.status === 404) {
      void res.body?.cancel().catch(() => undefined);
      return fail('not-found', 'HTTP 404');
    }
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      return fail('bad-response', `HTTP ${res.status}`);
    }
    const text = await res.text();
    if (text.length > MAX_BODY_CHARS) return fail('bad-response', 'answer too large');
    try {
      return { ok: true, json: JSON.parse(text) as unknown };
    } catch {
      // The start of the text, for logs: APIs often explain themselves in plain text.
      const start = text.slice(0, 120).replace(/\s+/g, ' ').trim();
      return fail('bad-response', `not JSON: ${start}`);
    }
  } catch (e) {
    if (timedOut) return fail('timeout', `no answer within ${deps.timeoutMs} ms`);
    return fail('offline', e instanceof Error ? e.message : 'network error');
  } finally {
    clearTimeout(timer);
  }
}
