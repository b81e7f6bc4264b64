import * as v from 'valibot';
import type { BackstoryDb } from '../db/schema';
import { readCached, TTL, writeCached } from './cache';
import { fail, type OnlineFailure } from './failure';
import { requestJson, type RequestDeps } from './request-json';
import { createSourceState, shareInflight, type SourceState } from './source-state';
import {
  GetEntitiesSchema,
  PageSummarySchema,
  SearchEntitiesSchema,
  WikiCacheValueSchema,
  type WikidataItem,
} from './wiki-schemas';
import { DISAMBIGUATION_PAGE, TYPE_CLASSES } from './wikidata-classes';

/** The entity to look up. `name` is the longest name the article uses. */
export interface WikiEntity {
  name: string;
  type: 'PER' | 'LOC' | 'ORG';
  qid?: string;
}

/** Background on an entity from Wikidata and Wikipedia. */
export interface WikiBackground {
  ok: true;
  qid: string;
  /** The Wikidata label in the reader's language, else English, else the name asked for. */
  label: string;
  /** The Wikidata description in the reader's language, else English. */
  description: string | null;
  /** The Wikipedia page summary, from the reader's language's Wikipedia, else English. */
  summary?: WikiSummary;
  /** When it was fetched from the network (epoch ms). */
  fetchedAt: number;
  /** Whether this answer came from the cache (nothing was sent). */
  cached: boolean;
}

/** A Wikipedia page summary: plain text only. */
export interface WikiSummary {
  title: string;
  extract: string;
  /** The page's desktop URL. */
  url: string;
  /** The Wikipedia it came from ("fr", "en"). */
  lang: string;
}

export type WikiFailure = OnlineFailure;

/** Where the Wikimedia APIs are, and who we say we are. */
export interface WikiConfig {
  wikidataApi: string;
  wikipediaRest(lang: string): string;
  /** Sent as Api-User-Agent (browsers forbid setting User-Agent). */
  userAgent: string;
}

export const DEFAULT_WIKI_CONFIG: WikiConfig = {
  wikidataApi: 'https://www.wikidata.org/w/api.php',
  wikipediaRest: (lang) => `https://${lang}.wikipedia.org/api/rest_v1`,
  userAgent: 'Backstory/0.1 (browser extension)',
};

export const DEFAULT_TIMEOUT_MS = 6000;

export interface WikiDeps {
  db: BackstoryDb;
  fetch?: typeof fetch;
  now?(): number;
  config?: Partial<WikiConfig>;
  timeoutMs?: number;
  /** The source's queue, rate-limit and hit/miss state; defaults to `wikiSource`. */
  state?: SourceState;
}

/** The state shared by every call in this service worker (one request at a time). */
export const wikiSource: SourceState = createSourceState('wiki');

const QID_RE = /^Q[1-9]\d*$/;

/**
 * Looks an entity up on Wikidata (by QID, else by searching its name and keeping the first
 * candidate whose "instance of" fits its type), then fetches its Wikipedia summary. Sends
 * only the name (or QID) and the language. Answers from the cache when it can.
 */
export async function fetchWikiBackground(
  entity: WikiEntity,
  lang: string,
  deps: WikiDeps,
): Promise<WikiBackground | WikiFailure> {
  const state = deps.state ?? wikiSource;
  const now = deps.now ?? Date.now;
  const l = normalizeLang(lang);
  const name = entity.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const qid = entity.qid && QID_RE.test(entity.qid) ? entity.qid : undefined;
  if (!qid && !name) return fail('not-found', 'no name');
  const key = qid ? qidKey(l, qid) : `wiki:${l}:${entity.type.toLowerCase()}:${name.toLowerCase()}`;

  const cached = await readCached(deps.db, key, WikiCacheValueSchema, now());
  if (cached) {
    state.hits++;
    return cached.found
      ? { ok: true, ...withoutFound(cached), cached: true }
      : fail('not-found', 'cached');
  }
  state.misses++;
  return shareInflight(state, key, () =>
    lookUp({ name, type: entity.type, qid }, l, key, state, deps).catch(
      // Not expected (every step returns its failures), but callers rely on never a throw.
      (e: unknown) => fail('bad-response', e instanceof Error ? e.message : 'unexpected error'),
    ),
  );
}

function qidKey(lang: string, qid: string): string {
  return `wiki:${lang}:${qid}`;
}

function withoutFound<T extends { found: true }>(value: T): Omit<T, 'found'> {
  const { found: _found, ...rest } = value;
  return rest;
}

/** "fr-FR" → "fr". Anything that is not a plain language code becomes "en" (it goes in a host name). */
function normalizeLang(lang: string): string {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'en';
}

async function lookUp(
  entity: WikiEntity,
  lang: string,
  key: string,
  state: SourceState,
  deps: WikiDeps,
): Promise<WikiBackground | WikiFailure> {
  const config = { ...DEFAULT_WIKI_CONFIG, ...deps.config };
  const now = deps.now ?? Date.now;
  const req: RequestDeps = {
    fetch: deps.fetch ?? globalThis.fetch.bind(globalThis),
    now,
    timeoutMs: deps.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const headers = { 'Api-User-Agent': config.userAgent };
  const get = async <S extends v.GenericSchema>(url: string, schema: S) => {
    const r = await requestJson(state, url, headers, req);
    if (!r.ok) return r;
    const parsed = v.safeParse(schema, r.json);
    return parsed.success
      ? { ok: true as const, value: parsed.output as v.InferOutput<S> }
      : fail('bad-response', 'unexpected shape');
  };
  const actionApi = async <S extends v.GenericSchema>(
    params: Record<string, string>,
    schema: S,
  ) => {
    const url = `${config.wikidataApi}?${new URLSearchParams({ ...params, format: 'json', origin: '*' })}`;
    const r = await get(url, schema);
    // The API itself is never "not found": a 404 means a wrong address, not a missing entity.
    return !r.ok && r.reason === 'not-found' ? fail('bad-response', 'HTTP 404') : r;
  };

  let ids: string[];
  if (entity.qid) {
    ids = [entity.qid];
  } else {
    const search = await actionApi(
      {
        action: 'wbsearchentities',
        search: entity.name,
        language: lang,
        uselang: lang,
        type: 'item',
        limit: '7',
      },
      SearchEntitiesSchema,
    );
    if (!search.ok) return search;
    ids = [...new Set(search.value.search.map((c) => c.id))];
  }

  let item: WikidataItem | undefined;
  if (ids.length > 0) {
    const langs = [...new Set([lang, 'en'])];
    const got = await actionApi(
      {
        action: 'wbgetentities',
        ids: ids.join('|'),
        props: 'labels|descriptions|claims|sitelinks',
        languages: langs.join('|'),
        sitefilter: langs.map((l) => `${l}wiki`).join('|'),
      },
      GetEntitiesSchema,
    );
    if (!got.ok) return got;
    const items = Object.values(got.value.entities).filter(
      (e): e is WikidataItem => !('missing' in e),
    );
    const byId = (id: string) => items.find((it) => it.id === id);
    item = entity.qid
      ? items[0]
      : ids.map(byId).find((it) => it !== undefined && fitsType(it, entity.type));
  }

  const fetchedAt = now();
  if (!item) {
    await writeCached(deps.db, key, { found: false, fetchedAt }, fetchedAt, TTL.wikiNotFound);
    return fail('not-found');
  }

  const summary = await fetchSummary(item, lang, config, get);
  if (summary && 'ok' in summary) return summary;

  const value = {
    found: true as const,
    qid: item.id,
    label: termIn(item.labels, lang) ?? entity.name,
    description: termIn(item.descriptions, lang) ?? null,
    ...(summary ? { summary } : {}),
    fetchedAt,
  };
  await writeCached(deps.db, key, value, fetchedAt, TTL.wikiFound);
  if (!entity.qid) {
    await writeCached(deps.db, qidKey(lang, item.id), value, fetchedAt, TTL.wikiFound);
  }
  return { ok: true, ...withoutFound(value), cached: false };
}

function termIn(terms: Record<string, { value: string }>, lang: string): string | undefined {
  return terms[lang]?.value ?? terms.en?.value;
}

/** The item's direct "instance of" values (deprecated statements left out). */
function instanceOf(item: WikidataItem): string[] {
  const statements = item.claims.P31 ?? [];
  return statements.flatMap((s) => {
    if (s.rank === 'deprecated' || s.mainsnak.snaktype !== 'value') return [];
    const id = (s.mainsnak.datavalue?.value as { id?: unknown } | undefined)?.id;
    return typeof id === 'string' ? [id] : [];
  });
}

/** Whether a Wikidata item is a `type` (a disambiguation page never is). */
export function fitsType(item: WikidataItem, type: WikiEntity['type']): boolean {
  const classes = instanceOf(item);
  if (classes.includes(DISAMBIGUATION_PAGE)) return false;
  return classes.some((c) => TYPE_CLASSES[type].has(c));
}

/**
 * The summary from the reader's Wikipedia, else the English one; undefined when neither has
 * a (non-disambiguation) page. A network failure is returned as is: the whole lookup fails.
 */
async function fetchSummary(
  item: WikidataItem,
  lang: string,
  config: WikiConfig,
  get: (
    url: string,
    schema: typeof PageSummarySchema,
  ) => Promise<{ ok: true; value: v.InferOutput<typeof PageSummarySchema> } | OnlineFailure>,
): Promise<WikiSummary | WikiFailure | undefined> {
  const sitelinks = item.sitelinks;
  for (const wiki of [...new Set([lang, 'en'])]) {
    const title = sitelinks[`${wiki}wiki`]?.title;
    if (!title) continue;
    const url = `${config.wikipediaRest(wiki)}/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
    const r = await get(url, PageSummarySchema);
    if (!r.ok && r.reason === 'not-found') continue;
    if (!r.ok) return r;
    if (r.value.type === 'disambiguation' || r.value.extract.trim() === '') continue;
    return {
      title: r.value.titles?.normalized ?? r.value.title.replace(/_/g, ' '),
      extract: r.value.extract,
      url: r.value.content_urls.desktop.page,
      lang: wiki,
    };
  }
  return undefined;
}
