import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { GDELT_ARTICLES, GDELT_KEYWORDS, ITEMS, SUMMARIES, type FakeItem } from './data';

/**
 * How the fake APIs answer: 'ok' (canned data), 'down' (sockets destroyed), 'slow' (never
 * answers), 'html' (an HTML error page with status 200), 'broken-json' (truncated JSON with
 * status 200), '429' (Too Many Requests with Retry-After).
 */
export type FakeMode = 'ok' | 'down' | 'slow' | 'html' | 'broken-json' | '429';

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Date.now() when it arrived. */
  at: number;
}

export interface FakeApis {
  /** "http://127.0.0.1:PORT". Configure the clients with `fakeWikiConfig(origin)`. */
  origin: string;
  /** Every request received (preflights included), in order. */
  log: FakeRequest[];
  /**
   * Switches how requests are answered. `only` limits the mode to paths starting with it
   * (the others answer 'ok'); `retryAfter` is the 429's Retry-After header (default "2").
   */
  setMode(mode: FakeMode, opts?: { only?: string; retryAfter?: string }): void;
  /** Delays every 'ok' answer by `ms` (to make concurrent requests overlap if any). */
  setLatency(ms: number): void;
  /** GET requests received whose path starts with `prefix` (all when absent). */
  count(prefix?: string): number;
  /** GET requests received, per path. */
  counts(): Record<string, number>;
  /** The most GET requests the server was answering at the same time. */
  maxConcurrent(): number;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  // Retry-After is not a CORS-safelisted header: without this a page could not read it.
  'Access-Control-Expose-Headers': 'Retry-After',
};

/** Starts the fake Wikidata, Wikipedia REST and GDELT DOC APIs on 127.0.0.1 at a free port. */
export async function startFakeApis(listenPort = 0): Promise<FakeApis> {
  const log: FakeRequest[] = [];
  let mode: FakeMode = 'ok';
  let only: string | undefined;
  let retryAfter = '2';
  let latency = 0;
  let active = 0;
  let maxActive = 0;
  const held = new Set<ServerResponse>();
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    log.push({
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      at: Date.now(),
    });
    if (req.method === 'OPTIONS') {
      res
        .writeHead(204, {
          ...CORS,
          'Access-Control-Allow-Methods': 'GET, OPTIONS',
          'Access-Control-Allow-Headers':
            req.headers['access-control-request-headers'] ?? 'Api-User-Agent',
          'Access-Control-Max-Age': '600',
        })
        .end();
      return;
    }
    active++;
    maxActive = Math.max(maxActive, active);
    let done = false;
    const finish = () => {
      if (!done) active--;
      done = true;
    };
    res.on('close', finish);

    const effective = only === undefined || path.startsWith(only) ? mode : 'ok';
    switch (effective) {
      case 'down':
        req.socket.destroy();
        return;
      case 'slow':
        held.add(res);
        return;
      case 'html':
        res
          .writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' })
          .end(
            '<!DOCTYPE html><html><body><h1>Error</h1><p>Our servers are busy.</p></body></html>',
          );
        return;
      case 'broken-json':
        res
          .writeHead(200, { ...CORS, 'content-type': 'application/json' })
          .end('{"search":[{"id":"Q77');
        return;
      case '429':
        res
          .writeHead(429, { ...CORS, 'content-type': 'text/plain', 'retry-after': retryAfter })
          .end('Too many requests');
        return;
      case 'ok': {
        const answer = () => {
          if (!res.destroyed) route(path, url.searchParams, res);
        };
        if (latency > 0) setTimeout(answer, latency);
        else answer();
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(listenPort, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const gets = () => log.filter((r) => r.method === 'GET');

  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    setMode(m, opts = {}) {
      mode = m;
      only = opts.only;
      retryAfter = opts.retryAfter ?? '2';
    },
    setLatency(ms) {
      latency = ms;
    },
    count: (prefix = '') => gets().filter((r) => r.path.startsWith(prefix)).length,
    counts() {
      const out: Record<string, number> = {};
      for (const r of gets()) out[r.path] = (out[r.path] ?? 0) + 1;
      return out;
    },
    maxConcurrent: () => maxActive,
    close: () =>
      new Promise<void>((r) => {
        for (const res of held) res.destroy();
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** Sends a JSON answer. */
function json(res: ServerResponse, status: number, body: unknown, type = 'application/json'): void {
  res
    .writeHead(status, { ...CORS, 'content-type': `${type}; charset=utf-8` })
    .end(JSON.stringify(body));
}

function route(path: string, params: URLSearchParams, res: ServerResponse): void {
  if (path === '/w/api.php') return actionApi(params, res);
  const summary = /^\/([a-z]{2,3})\/api\/rest_v1\/page\/summary\/(.+)$/.exec(path);
  if (summary) return pageSummary(summary[1]!, summary[2]!, res);
  if (path === '/api/v2/doc/doc') return gdeltDoc(params, res);
  res.writeHead(404, { ...CORS, 'content-type': 'text/plain' }).end('not found');
}

// --- Wikidata action API -------------------------------------------------------------

function actionApi(params: URLSearchParams, res: ServerResponse): void {
  const action = params.get('action');
  if (action === 'wbsearchentities') return json(res, 200, searchEntities(params));
  if (action === 'wbgetentities') return json(res, 200, getEntities(params));
  json(res, 200, {
    error: { code: 'badvalue', info: `Unrecognized value for parameter "action": ${action}.` },
    servedby: 'fake',
  });
}

function searchEntities(params: URLSearchParams) {
  const search = (params.get('search') ?? '').trim().toLowerCase();
  const lang = params.get('language') ?? 'en';
  const limit = Number(params.get('limit') ?? 7);
  const names = (item: FakeItem, l: string) => [item.labels[l], ...(item.aliases?.[l] ?? [])];
  const hits = ITEMS.filter(
    (item) =>
      search !== '' &&
      [...names(item, lang), ...names(item, 'en')].some((n) => n?.toLowerCase().startsWith(search)),
  ).slice(0, limit);
  return {
    searchinfo: { search: params.get('search') },
    search: hits.map((item) => {
      const label = item.labels[lang] ?? item.labels.en!;
      const description = item.descriptions[lang] ?? item.descriptions.en;
      return {
        id: item.id,
        title: item.id,
        pageid: Number(item.id.slice(1)) + 100,
        concepturi: `http://www.wikidata.org/entity/${item.id}`,
        repository: 'wikidata',
        url: `//www.wikidata.org/wiki/${item.id}`,
        display: {
          label: { value: label, language: item.labels[lang] ? lang : 'en' },
          ...(description ? { description: { value: description, language: lang } } : {}),
        },
        label,
        ...(description ? { description } : {}),
        match: { type: 'label', language: lang, text: label },
      };
    }),
    'search-continue': hits.length,
    success: 1,
  };
}

function getEntities(params: URLSearchParams) {
  const ids = (params.get('ids') ?? '').split('|').filter(Boolean);
  const langs = params.get('languages')?.split('|');
  const sites = params.get('sitefilter')?.split('|');
  const pick = <T>(rec: Record<string, T>, keys: string[] | undefined) =>
    Object.fromEntries(Object.entries(rec).filter(([k]) => !keys || keys.includes(k)));
  const entities: Record<string, unknown> = {};
  for (const id of ids) {
    const item = ITEMS.find((i) => i.id === id);
    if (!item) {
      entities[id] = { id, missing: '' };
      continue;
    }
    const terms = (rec: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(pick(rec, langs)).map(([language, value]) => [
          language,
          { language, value },
        ]),
      );
    const sitelinks = Object.entries(pick(item.sitelinks, sites)).map(([site, title]) => [
      site,
      { site, title, badges: [] },
    ]);
    entities[id] = {
      pageid: Number(id.slice(1)) + 100,
      ns: 0,
      title: id,
      lastrevid: 2_000_000_000,
      modified: '2024-06-20T00:00:00Z',
      type: 'item',
      id,
      labels: terms(item.labels),
      descriptions: terms(item.descriptions),
      claims: {
        P31: item.p31.map((q, n) => ({
          mainsnak: {
            snaktype: 'value',
            property: 'P31',
            hash: `h${n}`,
            datavalue: {
              value: { 'entity-type': 'item', 'numeric-id': Number(q.slice(1)), id: q },
              type: 'wikibase-entityid',
            },
            datatype: 'wikibase-item',
          },
          type: 'statement',
          id: `${id}$${n}`,
          rank: 'normal',
        })),
      },
      // The real API sends [] rather than {} for an empty map.
      sitelinks: sitelinks.length > 0 ? Object.fromEntries(sitelinks) : [],
    };
  }
  return { entities, success: 1 };
}

// --- Wikipedia REST v1 ------------------------------------------------------------------

function pageSummary(lang: string, rawTitle: string, res: ServerResponse): void {
  const title = rawTitle.replace(/_/g, ' ');
  const s = SUMMARIES[`${lang}:${title}`];
  if (!s) {
    json(
      res,
      404,
      {
        type: 'https://mediawiki.org/wiki/HyperSwitch/errors/not_found',
        title: 'Not found.',
        method: 'get',
        detail: 'Page or revision not found.',
        uri: `/${lang}.wikipedia.org/v1/page/summary/${encodeURIComponent(rawTitle)}`,
      },
      'application/problem+json',
    );
    return;
  }
  const slug = encodeURIComponent(s.title.replace(/ /g, '_'));
  const item = ITEMS.find((i) => i.sitelinks[`${lang}wiki`] === s.title);
  json(res, 200, {
    type: s.type ?? 'standard',
    title: s.title.replace(/ /g, '_'),
    displaytitle: `<span class="mw-page-title-main">${s.title}</span>`,
    namespace: { id: 0, text: '' },
    ...(item ? { wikibase_item: item.id } : {}),
    titles: { canonical: s.title.replace(/ /g, '_'), normalized: s.title, display: s.title },
    pageid: 4242,
    lang,
    dir: 'ltr',
    revision: '1230000000',
    tid: '00000000-0000-0000-0000-000000000000',
    timestamp: '2024-06-20T00:00:00Z',
    ...(item?.descriptions[lang] ? { description: item.descriptions[lang] } : {}),
    content_urls: {
      desktop: {
        page: `https://${lang}.wikipedia.org/wiki/${slug}`,
        revisions: `https://${lang}.wikipedia.org/wiki/${slug}?action=history`,
        edit: `https://${lang}.wikipedia.org/wiki/${slug}?action=edit`,
        talk: `https://${lang}.wikipedia.org/wiki/Talk:${slug}`,
      },
      mobile: {
        page: `https://${lang}.m.wikipedia.org/wiki/${slug}`,
        revisions: `https://${lang}.m.wikipedia.org/wiki/Special:History/${slug}`,
        edit: `https://${lang}.m.wikipedia.org/wiki/${slug}?action=edit`,
        talk: `https://${lang}.m.wikipedia.org/wiki/Talk:${slug}`,
      },
    },
    extract: s.extract,
    extract_html: `<p><b>${s.extract.split(' ')[0]}</b> ${s.extract.split(' ').slice(1).join(' ')}</p>`,
  });
}

// --- GDELT DOC 2.0 ----------------------------------------------------------------------

/** GDELT reports query errors as plain text with status 200. */
function gdeltError(res: ServerResponse, message: string): void {
  res.writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' }).end(message);
}

function gdeltDoc(params: URLSearchParams, res: ServerResponse): void {
  const query = params.get('query') ?? '';
  if (params.get('mode')?.toLowerCase() !== 'artlist' || params.get('format') !== 'json') {
    return gdeltError(res, 'This fake only knows mode=artlist&format=json.');
  }
  const parts = parseGdeltQuery(query);
  if (parts === null) return gdeltError(res, 'The specified phrase is too short.');
  const max = Number(params.get('maxrecords') ?? 75);
  const start = params.get('startdatetime') ?? '';
  const articles = GDELT_ARTICLES.filter((a, n) => {
    if (start && a.seendate.replace('T', '').replace('Z', '') < start) return false;
    const words = [a.title.toLowerCase(), ...(GDELT_KEYWORDS[n + 1] ?? [])];
    return parts.every((group) =>
      group.some((term) =>
        term.startsWith('sourcelang:')
          ? a.language.toLowerCase() === term.slice('sourcelang:'.length)
          : words.some((w) => w.includes(term)),
      ),
    );
  }).slice(0, max);
  // Nothing found: GDELT answers an empty object.
  json(res, 200, articles.length > 0 ? { articles } : {});
}

/** "A (B OR C) sourcelang:x" → [[a], [b, c], [sourcelang:x]]; null if a term is too short. */
function parseGdeltQuery(query: string): string[][] | null {
  const groups: string[][] = [];
  let group: string[] | null = null;
  for (const token of query.match(/\(|\)|"[^"]*"|[^\s()]+/g) ?? []) {
    if (token === '(') group = [];
    else if (token === ')') {
      if (group) groups.push(group);
      group = null;
    } else if (token !== 'OR') {
      const term = token.replace(/"/g, '').toLowerCase();
      if (term.length < 3) return null;
      if (group) group.push(term);
      else groups.push([term]);
    }
  }
  return groups.length > 0 ? groups : null;
}

/** Client settings pointing at the fake server. */
export function fakeWikiConfig(origin: string) {
  return {
    wikidataApi: `${origin}/w/api.php`,
    wikipediaRest: (lang: string) => `${origin}/${lang}/api/rest_v1`,
    userAgent: 'Backstory-tests/0.1 (https://example.org/backstory)',
  };
}

/** GDELT client settings pointing at the fake server. */
export function fakeGdeltConfig(origin: string) {
  return { gdeltApi: `${origin}/api/v2/doc/doc` };
}
