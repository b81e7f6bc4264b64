import * as v from 'valibot';
import type { BackstoryDb } from '../db/schema';
import { readCached, TTL, writeCached } from './cache';
import { fail, type OnlineFailure } from './failure';
import { buildGdeltQuery, seenDateToIso, toGdeltDateTime } from './gdelt-query';
import { requestJson } from './request-json';
import { blockHost, createSourceState, shareInflight, type SourceState } from './source-state';

/** What to look for: the entities' English labels, most salient first. */
export interface CoverageRequest {
  labels: string[];
  /** ISO 639-1 codes of the source languages wanted; all languages when absent. */
  langs?: string[];
  /** Only stories seen since then (epoch ms or Date); GDELT keeps about 3 months. */
  since?: number | Date;
}

/** A story from GDELT's article list. */
export interface CoverageArticle {
  url: string;
  title: string;
  domain: string;
  /** GDELT's language name ("French"). */
  language: string;
  /** ISO 8601 UTC. */
  seendate: string;
  sourcecountry: string;
}

/** Outside coverage: stories from elsewhere about the same entities, newest first. */
export interface OutsideCoverage {
  ok: true;
  articles: CoverageArticle[];
  /** The GDELT query sent (or that would have been sent). */
  query: string;
  fetchedAt: number;
  cached: boolean;
}

export interface GdeltConfig {
  gdeltApi: string;
}

export const DEFAULT_GDELT_CONFIG: GdeltConfig = {
  gdeltApi: 'https://api.gdeltproject.org/api/v2/doc/doc',
};

/** GDELT asks for at most one request every 5 seconds. */
export const GDELT_INTERVAL_MS = 5000;
const MAX_RECORDS = 25;
const WINDOW_MS = 90 * 24 * 3600_000;

export interface GdeltDeps {
  db: BackstoryDb;
  fetch?: typeof fetch;
  now?(): number;
  /** How to wait out the 5-second spacing; defaults to setTimeout. */
  sleep?(ms: number): Promise<void>;
  config?: Partial<GdeltConfig>;
  timeoutMs?: number;
  /** Defaults to `gdeltSource`. */
  state?: SourceState;
}

/** The state shared by every call in this service worker (spacing, queue, hit/miss). */
export const gdeltSource: SourceState = createSourceState('gdelt', GDELT_INTERVAL_MS);

const Article = v.object({
  url: v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i)),
  title: v.string(),
  domain: v.string(),
  language: v.string(),
  seendate: v.string(),
  sourcecountry: v.string(),
});

// GDELT answers `{}` when nothing matches.
const ArtListSchema = v.object({ articles: v.optional(v.array(v.unknown()), []) });

const CachedSchema = v.object({ articles: v.array(Article), fetchedAt: v.number() });

/**
 * Recent stories about the entities from GDELT's DOC 2.0 API (artlist), from the cache when
 * it can. Sends only the labels (and language filters and start date).
 */
export async function fetchOutsideCoverage(
  request: CoverageRequest,
  deps: GdeltDeps,
): Promise<OutsideCoverage | OnlineFailure> {
  const state = deps.state ?? gdeltSource;
  const now = deps.now ?? Date.now;
  const query = buildGdeltQuery(request.labels, request.langs);
  if (query === null) return fail('not-found', 'no usable label');
  const params: Record<string, string> = {
    query,
    mode: 'artlist',
    format: 'json',
    maxrecords: String(MAX_RECORDS),
    sort: 'datedesc',
  };
  if (request.since !== undefined) {
    // To the hour, so that calls a few minutes apart share a cache entry.
    const since = Math.max(Number(request.since), now() - WINDOW_MS);
    params.startdatetime = toGdeltDateTime(Math.floor(since / 3600_000) * 3600_000);
  }
  const key = `gdelt:${query}|${params.startdatetime ?? ''}`;
  const cached = await readCached(deps.db, key, CachedSchema, now());
  if (cached) {
    state.hits++;
    return { ok: true, ...cached, query, cached: true };
  }
  state.misses++;
  return shareInflight(state, key, () =>
    lookUp(query, params, key, state, deps).catch(
      // Not expected (every step returns its failures), but callers rely on never a throw.
      (e: unknown) => fail('bad-response', e instanceof Error ? e.message : 'unexpected error'),
    ),
  );
}

async function lookUp(
  query: string,
  params: Record<string, string>,
  key: string,
  state: SourceState,
  deps: GdeltDeps,
): Promise<OutsideCoverage | OnlineFailure> {
  const now = deps.now ?? Date.now;
  const base = deps.config?.gdeltApi ?? DEFAULT_GDELT_CONFIG.gdeltApi;
  const url = `${base}?${new URLSearchParams(params)}`;
  const r = await requestJson(
    state,
    url,
    {},
    {
      fetch: deps.fetch ?? globalThis.fetch.bind(globalThis),
      now,
      sleep: deps.sleep,
      timeoutMs: deps.timeoutMs ?? 6000,
    },
  );
  if (!r.ok) {
    // The endpoint always exists: a 404 is a wrong address, not "no stories".
    if (r.reason === 'not-found') return fail('bad-response', 'HTTP 404');
    // GDELT may say "Please limit requests to one every 5 seconds" as text with status 200.
    if (r.reason === 'bad-response' && /limit requests/i.test(r.detail ?? '')) {
      const retryAt = now() + GDELT_INTERVAL_MS;
      blockHost(state, new URL(url).host, retryAt, now());
      return fail('rate-limited', 'asked to slow down', retryAt);
    }
    return r;
  }
  const parsed = v.safeParse(ArtListSchema, r.json);
  if (!parsed.success) return fail('bad-response', 'unexpected shape');
  const articles = parsed.output.articles.flatMap((raw): CoverageArticle[] => {
    const a = v.safeParse(Article, raw);
    const seendate = a.success ? seenDateToIso(a.output.seendate) : null;
    return a.success && seendate ? [{ ...pick(a.output), seendate }] : [];
  });
  const fetchedAt = now();
  await writeCached(deps.db, key, { articles, fetchedAt }, fetchedAt, TTL.gdelt);
  return { ok: true, articles, query, fetchedAt, cached: false };
}

function pick(a: v.InferOutput<typeof Article>): CoverageArticle {
  const { url, title, domain, language, seendate, sourcecountry } = a;
  return { url, title, domain, language, seendate, sourcecountry };
}
