import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import {
  createSourceState,
  readCacheStats,
  type SourceMemory,
  type SourceState,
} from '@/lib/online/source-state';
import { memorySourceMemory } from '../../../helpers';
import { fetchWikiBackground, fitsType, type WikiDeps } from '@/lib/online/wiki';
import { fakeWikiConfig, startFakeApis, type FakeApis } from '../../../fake-apis/server';
import { useFakeApis } from '../../use-fake-apis';
import { useTestDb } from '../../use-test-db';

const DAY = 24 * 3600_000;
let server: FakeApis;
let db: BackstoryDb;
let state: SourceState;
let t: number;

const apis = useFakeApis();
const testDb = useTestDb();
beforeEach(() => {
  server = apis();
  db = testDb();
  state = createSourceState('wiki');
  t = Date.UTC(2026, 10, 28, 3, 0, 0);
});

function deps(over: Partial<WikiDeps> = {}): WikiDeps {
  return {
    db,
    fetch: globalThis.fetch,
    now: () => t,
    config: fakeWikiConfig(server.origin),
    // Only the 'slow' mode, which never answers, should time out: 400 ms timed out answers of
    // the local fake server on a loaded machine (a failed happy path under load 20).
    timeoutMs: 2_000,
    state,
    ...over,
  };
}

const gets = () => server.log.filter((r) => r.method === 'GET');

describe('fetchWikiBackground, happy paths', () => {
  it('gives a French reader the French description and Wikipedia summary', async () => {
    const r = await fetchWikiBackground({ name: 'Vladimir Poutine', type: 'PER' }, 'fr', deps());
    expect(r).toEqual({
      ok: true,
      qid: 'Q7747',
      label: 'Vladimir Poutine',
      description: 'président de la fédération de Russie depuis 2012',
      summary: {
        title: 'Vladimir Poutine',
        extract: expect.stringContaining('Poutine est un homme'),
        url: 'https://fr.wikipedia.org/wiki/Vladimir_Poutine',
        lang: 'fr',
      },
      fetchedAt: t,
      cached: false,
    });
    expect(gets().map((r) => r.path)).toEqual([
      '/w/api.php',
      '/w/api.php',
      '/fr/api/rest_v1/page/summary/Vladimir_Poutine',
    ]);
  });

  it('gives an English reader the English ones', async () => {
    const r = await fetchWikiBackground({ name: 'Kim Jong Un', type: 'PER' }, 'en-GB', deps());
    expect(r).toMatchObject({
      ok: true,
      qid: 'Q56226',
      label: 'Kim Jong Un',
      description: 'Supreme Leader of North Korea since 2011',
      summary: {
        title: 'Kim Jong Un',
        lang: 'en',
        url: 'https://en.wikipedia.org/wiki/Kim_Jong_Un',
      },
    });
  });

  it('uses the plain-text extract, never extract_html', async () => {
    const r = await fetchWikiBackground({ name: 'Russie', type: 'LOC' }, 'fr', deps());
    expect(r.ok && r.summary?.extract).toBe(
      'La Russie est un État fédéral transcontinental, le plus vaste pays du monde.',
    );
  });

  it('falls back to English when there is no French label, description or article', async () => {
    const r = await fetchWikiBackground({ name: 'Pyongyang', type: 'ORG' }, 'fr', deps());
    expect(r).toMatchObject({
      ok: true,
      qid: 'Q900004',
      label: 'Pyongyang restaurant chain',
      description: 'North Korean state-owned restaurant chain',
      summary: {
        title: 'Pyongyang (restaurant chain)',
        lang: 'en',
        url: 'https://en.wikipedia.org/wiki/Pyongyang_(restaurant_chain)',
      },
    });
    expect(gets().at(-1)?.path).toBe('/en/api/rest_v1/page/summary/Pyongyang_(restaurant_chain)');
  });

  it('looks a known QID up directly, without searching', async () => {
    const r = await fetchWikiBackground(
      { name: 'Lavrov', type: 'PER', qid: 'Q80510' },
      'fr',
      deps(),
    );
    expect(r).toMatchObject({ ok: true, qid: 'Q80510', label: 'Sergueï Lavrov' });
    expect(gets().map((g) => g.query.action ?? g.path)).toEqual([
      'wbgetentities',
      '/fr/api/rest_v1/page/summary/Sergueï_Lavrov',
    ]);
  });
});

describe('choosing the candidate', () => {
  it('skips candidates whose "instance of" does not fit the type (a dish, a family name)', async () => {
    // fr search "Poutine": the dish, then the family name, then the person.
    const r = await fetchWikiBackground({ name: 'Poutine', type: 'PER' }, 'fr', deps());
    expect(r).toMatchObject({ ok: true, qid: 'Q7747' });
    expect(gets()[1]?.query.ids).toBe('Q900002|Q900003|Q7747');
  });

  it('takes the place or the organisation of the same name by type', async () => {
    const loc = await fetchWikiBackground({ name: 'Pyongyang', type: 'LOC' }, 'fr', deps());
    expect(loc).toMatchObject({ ok: true, qid: 'Q18808', summary: { lang: 'fr' } });
    const org = await fetchWikiBackground({ name: 'Pyongyang', type: 'ORG' }, 'fr', deps());
    expect(org).toMatchObject({ ok: true, qid: 'Q900004' });
  });

  it('skips disambiguation pages, whatever else they claim to be', () => {
    const item = (p31: string[]) => ({
      id: 'Q1',
      labels: {},
      descriptions: {},
      sitelinks: {},
      claims: {
        P31: p31.map((id) => ({ mainsnak: { snaktype: 'value', datavalue: { value: { id } } } })),
      },
    });
    expect(fitsType(item(['Q5']), 'PER')).toBe(true);
    expect(fitsType(item(['Q4167410', 'Q5']), 'PER')).toBe(false);
    expect(fitsType(item(['Q5119']), 'LOC')).toBe(true);
    expect(fitsType(item(['Q7278']), 'ORG')).toBe(true);
    expect(fitsType(item(['Q5']), 'ORG')).toBe(false);
  });

  it('answers not-found (and caches it for a day) when no candidate fits', async () => {
    const r = await fetchWikiBackground({ name: 'Pyongyang', type: 'PER' }, 'en', deps());
    expect(r).toEqual({ ok: false, reason: 'not-found' });
    const none = await fetchWikiBackground({ name: 'Zzyzx Qwerty', type: 'PER' }, 'en', deps());
    expect(none).toEqual({ ok: false, reason: 'not-found' });
    const sent = server.count();
    expect(
      await fetchWikiBackground({ name: 'Zzyzx Qwerty', type: 'PER' }, 'en', deps()),
    ).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(server.count()).toBe(sent);
    t += DAY + 1;
    await fetchWikiBackground({ name: 'Zzyzx Qwerty', type: 'PER' }, 'en', deps());
    expect(server.count()).toBe(sent + 1);
  });
});

describe('what is sent', () => {
  it('sends only the name and the language, with Api-User-Agent, no cookie or referrer', async () => {
    await fetchWikiBackground({ name: 'Sergei Lavrov', type: 'PER' }, 'fr', deps());
    const [search, entities, summary] = gets();
    expect(search?.query).toEqual({
      action: 'wbsearchentities',
      search: 'Sergei Lavrov',
      language: 'fr',
      uselang: 'fr',
      type: 'item',
      limit: '7',
      format: 'json',
      origin: '*',
    });
    expect(entities?.query).toEqual({
      action: 'wbgetentities',
      ids: 'Q80510',
      props: 'labels|descriptions|claims|sitelinks',
      languages: 'fr|en',
      sitefilter: 'frwiki|enwiki',
      format: 'json',
      origin: '*',
    });
    expect(summary?.path).toBe('/fr/api/rest_v1/page/summary/Sergueï_Lavrov');
    expect(summary?.query).toEqual({});
    for (const r of gets()) {
      expect(r.headers['api-user-agent']).toBe(fakeWikiConfig('').userAgent);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
    }
  });

  it('never puts anything but a language code in the host name', async () => {
    const seen: string[] = [];
    const config = {
      ...fakeWikiConfig(server.origin),
      wikipediaRest: (l: string) => (seen.push(l), `${server.origin}/${l}/api/rest_v1`),
    };
    await fetchWikiBackground({ name: 'Russia', type: 'LOC' }, 'evil.example/x', deps({ config }));
    expect(seen).toEqual(['en']);
  });

  it('sends one request at a time, across concurrent calls', async () => {
    server.setLatency(20);
    const names = ['Vladimir Putin', 'Kim Jong Un', 'Sergey Lavrov', 'Russia', 'North Korea'];
    const results = await Promise.all(
      names.map((name, i) =>
        fetchWikiBackground({ name, type: i < 3 ? 'PER' : 'LOC' }, 'en', deps()),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.count()).toBe(15);
    expect(server.maxConcurrent()).toBe(1);
  });

  it('shares one lookup between callers asking the same thing at once', async () => {
    const [a, b] = await Promise.all([
      fetchWikiBackground({ name: 'Russia', type: 'LOC' }, 'en', deps()),
      fetchWikiBackground({ name: 'Russia', type: 'LOC' }, 'en', deps()),
    ]);
    expect(a).toEqual(b);
    expect(server.count()).toBe(3);
  });
});

describe('the cache', () => {
  it('answers a repeated lookup from the cache without sending anything', async () => {
    await fetchWikiBackground({ name: 'Vladimir Poutine', type: 'PER' }, 'fr', deps());
    const sent = server.count();
    t += 1000;
    const again = await fetchWikiBackground(
      { name: ' vladimir  poutine ', type: 'PER' },
      'fr',
      deps(),
    );
    expect(again).toMatchObject({ ok: true, qid: 'Q7747', cached: true, fetchedAt: t - 1000 });
    // The QID is cached too.
    const byQid = await fetchWikiBackground({ name: 'x', type: 'PER', qid: 'Q7747' }, 'fr', deps());
    expect(byQid).toMatchObject({ ok: true, cached: true });
    expect(server.count()).toBe(sent);
    expect(readCacheStats(state)).toEqual({ hits: 2, misses: 1, hitRate: 2 / 3 });
  });

  it('refetches after seven days', async () => {
    await fetchWikiBackground({ name: 'North Korea', type: 'LOC' }, 'en', deps());
    t += 7 * DAY - 1;
    await fetchWikiBackground({ name: 'North Korea', type: 'LOC' }, 'en', deps());
    expect(server.count()).toBe(3);
    t += 2;
    const r = await fetchWikiBackground({ name: 'North Korea', type: 'LOC' }, 'en', deps());
    expect(r).toMatchObject({ ok: true, cached: false, fetchedAt: t });
    expect(server.count()).toBe(6);
  });

  it('keys the cache by language', async () => {
    await fetchWikiBackground({ name: 'Pyongyang', type: 'LOC' }, 'fr', deps());
    const en = await fetchWikiBackground({ name: 'Pyongyang', type: 'LOC' }, 'en', deps());
    expect(en).toMatchObject({ cached: false, summary: { lang: 'en' } });
  });
});

describe('failures', () => {
  const ask = (over: Partial<WikiDeps> = {}) =>
    fetchWikiBackground({ name: 'Vladimir Putin', type: 'PER' }, 'en', deps(over));

  it.each([
    ['down', 'offline'],
    ['slow', 'timeout'],
    ['html', 'bad-response'],
    ['broken-json', 'bad-response'],
  ] as const)('mode %s gives %s and caches nothing', async (mode, reason) => {
    server.setMode(mode);
    expect(await ask()).toMatchObject({ ok: false, reason });
    expect(await db.onlineCache.count()).toBe(0);
    server.setMode('ok');
    expect(await ask()).toMatchObject({ ok: true, qid: 'Q7747' });
  });

  it('fails the whole lookup when only Wikipedia fails, and caches nothing', async () => {
    server.setMode('down', { only: '/en/' });
    expect(await ask()).toMatchObject({ ok: false, reason: 'offline' });
    expect(await db.onlineCache.count()).toBe(0);
  });

  it('gives offline when the connection is refused', async () => {
    const closed = await startFakeApis();
    await closed.close();
    expect(await ask({ config: fakeWikiConfig(closed.origin) })).toMatchObject({
      ok: false,
      reason: 'offline',
    });
  });

  it('gives bad-response for JSON of the wrong shape and for other statuses', async () => {
    const wrong = async () => Response.json({ search: [{ id: 'not a qid' }] });
    expect(await ask({ fetch: wrong })).toMatchObject({ ok: false, reason: 'bad-response' });
    const error = async () => Response.json({ error: { code: 'internal_api_error' } });
    expect(await ask({ fetch: error })).toMatchObject({ ok: false, reason: 'bad-response' });
    const unavailable = async () => new Response('busy', { status: 503 });
    expect(await ask({ fetch: unavailable })).toMatchObject({
      ok: false,
      reason: 'bad-response',
      detail: 'HTTP 503',
    });
    expect(await db.onlineCache.count()).toBe(0);
  });

  it('never throws, even when fetch itself throws synchronously', async () => {
    const broken = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    expect(await ask({ fetch: broken })).toMatchObject({ ok: false, reason: 'offline' });
  });

  it('honours Retry-After: nothing is sent to the host before then', async () => {
    server.setMode('429');
    expect(await ask()).toEqual({
      ok: false,
      reason: 'rate-limited',
      retryAt: t + 2000,
      detail: expect.any(String),
    });
    expect(server.count()).toBe(1);
    expect(await db.onlineCache.count()).toBe(0);
    server.setMode('ok');
    t += 1999;
    expect(await ask()).toMatchObject({ ok: false, reason: 'rate-limited', retryAt: t + 1 });
    expect(await fetchWikiBackground({ name: 'Russia', type: 'LOC' }, 'fr', deps())).toMatchObject({
      reason: 'rate-limited',
    });
    expect(server.count()).toBe(1);
    t += 1;
    expect(await ask()).toMatchObject({ ok: true });
  });

  it('still honours a Retry-After after the service worker restarted', async () => {
    const memory = memorySourceMemory();
    server.setMode('429', { retryAfter: '60' });
    expect(await ask({ state: { ...createSourceState('wiki'), memory } })).toMatchObject({
      reason: 'rate-limited',
      retryAt: t + 60_000,
    });
    server.setMode('ok');
    t += 30_000;
    // A new worker: nothing in memory but what was kept.
    const restarted = { ...createSourceState('wiki'), memory };
    expect(await ask({ state: restarted })).toMatchObject({
      reason: 'rate-limited',
      retryAt: t + 30_000,
    });
    expect(server.count()).toBe(1);
    t += 30_000;
    expect(await ask({ state: { ...createSourceState('wiki'), memory } })).toMatchObject({
      ok: true,
    });
  });

  it('starts afresh when the kept memory cannot be read', async () => {
    const memory: SourceMemory = {
      load: () => Promise.reject(new Error('storage gone')),
      save: () => Promise.reject(new Error('storage gone')),
    };
    expect(await ask({ state: { ...createSourceState('wiki'), memory } })).toMatchObject({
      ok: true,
    });
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    server.setMode('429', { retryAfter: new Date(t + 30_000).toUTCString() });
    expect(await ask()).toMatchObject({ reason: 'rate-limited', retryAt: t + 30_000 });
  });

  it('fails fast the requests queued behind the one that got a 429', async () => {
    server.setMode('429');
    const results = await Promise.all([
      ask(),
      fetchWikiBackground({ name: 'Russia', type: 'LOC' }, 'en', deps()),
    ]);
    expect(results.map((r) => !r.ok && r.reason)).toEqual(['rate-limited', 'rate-limited']);
    expect(server.count()).toBe(1);
  });
});
