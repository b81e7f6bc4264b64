import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { fetchOutsideCoverage, type GdeltDeps } from '@/lib/online/gdelt';
import { buildGdeltQuery, seenDateToIso, toGdeltDateTime } from '@/lib/online/gdelt-query';
import { createSourceState, readCacheStats, type SourceState } from '@/lib/online/source-state';
import { memorySourceMemory } from '../../../helpers';
import { fakeGdeltConfig, type FakeApis } from '../../../fake-apis/server';
import { useFakeApis } from '../../use-fake-apis';
import { useTestDb } from '../../use-test-db';

const LABELS = ['Vladimir Putin', 'Kim Jong Un', 'Pyongyang'];
let server: FakeApis;
let db: BackstoryDb;
let state: SourceState;
let t: number;
let sleeps: number[];

const apis = useFakeApis();
const testDb = useTestDb();
beforeEach(() => {
  server = apis();
  db = testDb();
  state = createSourceState('gdelt', 5000);
  t = Date.UTC(2024, 5, 20, 12, 34, 56);
  sleeps = [];
});

function deps(over: Partial<GdeltDeps> = {}): GdeltDeps {
  return {
    db,
    fetch: globalThis.fetch,
    now: () => t,
    // The fake clock jumps instead of waiting.
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    config: fakeGdeltConfig(server.origin),
    // Only the 'slow' mode, which never answers, should time out: 400 ms timed out answers of
    // the local fake server on a loaded machine (a failed happy path under load 20).
    timeoutMs: 2_000,
    state,
    ...over,
  };
}

const gets = () => server.log.filter((r) => r.method === 'GET');

describe('buildGdeltQuery', () => {
  it('quotes multi-word names and requires the first name and one of the others', () => {
    expect(buildGdeltQuery(['Pyongyang'])).toBe('Pyongyang');
    expect(buildGdeltQuery(['Vladimir Putin', 'Kim Jong Un'])).toBe(
      '"Vladimir Putin" "Kim Jong Un"',
    );
    expect(buildGdeltQuery(LABELS)).toBe('"Vladimir Putin" ("Kim Jong Un" OR Pyongyang)');
  });
  it('adds source-language filters, OR-ed', () => {
    expect(buildGdeltQuery(['Russia'], ['fr'])).toBe('Russia sourcelang:french');
    expect(buildGdeltQuery(['Russia'], ['fr-FR', 'en', 'xx'])).toBe(
      'Russia (sourcelang:french OR sourcelang:english)',
    );
  });
  it('drops duplicates, short names, and characters of the query syntax', () => {
    expect(buildGdeltQuery(['Russia', 'russia', 'UN', 'Kim "Jong" (Un):'])).toBe(
      'Russia "Kim Jong Un"',
    );
    expect(buildGdeltQuery(['EU', ' '])).toBeNull();
  });
  it('keeps at most five names', () => {
    expect(buildGdeltQuery(['Aaa', 'Bbb', 'Ccc', 'Ddd', 'Eee', 'Fff'])).toBe(
      'Aaa (Bbb OR Ccc OR Ddd OR Eee)',
    );
  });
});

describe('GDELT dates', () => {
  it('converts seendate to ISO and back', () => {
    expect(seenDateToIso('20240619T123000Z')).toBe('2024-06-19T12:30:00Z');
    expect(seenDateToIso('2024-06-19')).toBeNull();
    expect(seenDateToIso('20241399T000000Z')).toBeNull();
    expect(toGdeltDateTime(Date.UTC(2024, 5, 19, 12, 30, 5))).toBe('20240619123005');
  });
});

describe('fetchOutsideCoverage', () => {
  it('lists the stories, newest first, with ISO dates and only the fields we use', async () => {
    const r = await fetchOutsideCoverage({ labels: LABELS }, deps());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.cached).toBe(false);
    expect(r.articles.map((a) => a.domain)).toEqual([
      'news.example.org',
      'journal.example.fr',
      'daily.example.in',
    ]);
    expect(r.articles[0]).toEqual({
      url: 'https://news.example.org/world/story-1',
      title: 'Putin and Kim Jong Un sign defence pact in Pyongyang',
      domain: 'news.example.org',
      language: 'English',
      seendate: '2024-06-19T12:30:00Z',
      sourcecountry: 'United Kingdom',
    });
    const [req] = gets();
    expect(req?.path).toBe('/api/v2/doc/doc');
    expect(req?.query).toEqual({
      query: '"Vladimir Putin" ("Kim Jong Un" OR Pyongyang)',
      mode: 'artlist',
      format: 'json',
      maxrecords: '25',
      sort: 'datedesc',
    });
    expect(req?.headers.cookie).toBeUndefined();
    expect(req?.headers.referer).toBeUndefined();
  });

  it('filters by source language and start date (to the hour)', async () => {
    const r = await fetchOutsideCoverage(
      { labels: ['Russia'], langs: ['fr'], since: Date.UTC(2024, 5, 15, 6, 59, 59) },
      deps(),
    );
    expect(r.ok && r.articles.map((a) => a.language)).toEqual(['French', 'French']);
    expect(gets()[0]?.query).toMatchObject({
      query: 'Russia sourcelang:french',
      startdatetime: '20240615060000',
    });
  });

  it('answers an empty list when nothing matches', async () => {
    const r = await fetchOutsideCoverage({ labels: ['Nobody Atall'] }, deps());
    expect(r).toMatchObject({ ok: true, articles: [] });
  });

  it('sends nothing when no label is usable', async () => {
    expect(await fetchOutsideCoverage({ labels: ['EU'] }, deps())).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(server.count()).toBe(0);
  });

  it('drops articles with a bad URL or date rather than failing', async () => {
    const fake = async () =>
      Response.json({
        articles: [
          {
            url: 'javascript:alert(1)',
            title: 'x',
            domain: 'd',
            language: 'English',
            seendate: '20240619T123000Z',
            sourcecountry: 'X',
          },
          {
            url: 'https://a.example/1',
            title: 'ok',
            domain: 'a.example',
            language: 'English',
            seendate: '20240619T123000Z',
            sourcecountry: 'X',
          },
          {
            url: 'https://a.example/2',
            title: 'no date',
            domain: 'a.example',
            language: 'English',
            seendate: 'yesterday',
            sourcecountry: 'X',
          },
          { url: 'https://a.example/3' },
        ],
      });
    const r = await fetchOutsideCoverage({ labels: ['Russia'] }, deps({ fetch: fake }));
    expect(r.ok && r.articles.map((a) => a.title)).toEqual(['ok']);
  });

  it('waits out the 5 seconds between two requests (fake clock, no real wait)', async () => {
    await fetchOutsideCoverage({ labels: ['Russia'] }, deps());
    t += 1000;
    await fetchOutsideCoverage({ labels: ['Pyongyang'] }, deps());
    expect(sleeps).toEqual([4000]);
    expect(server.count()).toBe(2);
    // Concurrent calls: the second waits for the full interval after the first.
    await Promise.all([
      fetchOutsideCoverage({ labels: ['North Korea'] }, deps()),
      fetchOutsideCoverage({ labels: ['Kim Jong Un'] }, deps()),
    ]);
    expect(sleeps).toEqual([4000, 5000, 5000]);
    expect(server.count()).toBe(4);
    expect(server.maxConcurrent()).toBe(1);
  });

  it('keeps the 5 seconds across a service-worker restart', async () => {
    const memory = memorySourceMemory();
    const fresh = () => ({ ...createSourceState('gdelt', 5000), memory });
    await fetchOutsideCoverage({ labels: ['Russia'] }, deps({ state: fresh() }));
    t += 1500;
    await fetchOutsideCoverage({ labels: ['Pyongyang'] }, deps({ state: fresh() }));
    expect(sleeps).toEqual([3500]);
    expect(server.count()).toBe(2);
  });

  it('answers a repeated query from the cache for an hour, without waiting', async () => {
    await fetchOutsideCoverage({ labels: LABELS }, deps());
    t += 1000;
    const again = await fetchOutsideCoverage({ labels: [...LABELS, 'pyongyang'] }, deps());
    expect(again).toMatchObject({ ok: true, cached: true });
    expect(sleeps).toEqual([]);
    expect(server.count()).toBe(1);
    expect(readCacheStats(state)).toMatchObject({ hits: 1, misses: 1 });
    t += 3600_000;
    expect(await fetchOutsideCoverage({ labels: LABELS }, deps())).toMatchObject({ cached: false });
    expect(server.count()).toBe(2);
  });

  it.each([
    ['down', 'offline'],
    ['slow', 'timeout'],
    ['html', 'bad-response'],
    ['broken-json', 'bad-response'],
    ['429', 'rate-limited'],
  ] as const)('mode %s gives %s and caches nothing', async (mode, reason) => {
    server.setMode(mode);
    expect(await fetchOutsideCoverage({ labels: LABELS }, deps())).toMatchObject({
      ok: false,
      reason,
    });
    expect(await db.onlineCache.count()).toBe(0);
  });

  it('treats a plain-text error with status 200 as a bad response', async () => {
    const text = async () =>
      new Response('The specified phrase is too short.', {
        headers: { 'content-type': 'text/html' },
      });
    const r = await fetchOutsideCoverage({ labels: ['Russia'] }, deps({ fetch: text }));
    expect(r).toMatchObject({ ok: false, reason: 'bad-response' });
    expect(await db.onlineCache.count()).toBe(0);
  });

  it('takes GDELT\'s plain-text "limit requests" answer as a rate limit', async () => {
    const text = async () =>
      new Response('Please limit requests to one every 5 seconds or contact us.', {
        headers: { 'content-type': 'text/plain' },
      });
    const r = await fetchOutsideCoverage({ labels: ['Russia'] }, deps({ fetch: text }));
    expect(r).toMatchObject({ ok: false, reason: 'rate-limited', retryAt: t + 5000 });
    expect(await fetchOutsideCoverage({ labels: ['Pyongyang'] }, deps())).toMatchObject({
      reason: 'rate-limited',
    });
    expect(server.count()).toBe(0);
    expect(await db.onlineCache.count()).toBe(0);
  });

  it('honours Retry-After before sending again', async () => {
    server.setMode('429');
    expect(await fetchOutsideCoverage({ labels: LABELS }, deps())).toMatchObject({
      reason: 'rate-limited',
      retryAt: t + 2000,
    });
    server.setMode('ok');
    expect(await fetchOutsideCoverage({ labels: ['Russia'] }, deps())).toMatchObject({
      reason: 'rate-limited',
    });
    expect(server.count()).toBe(1);
    t += 5000;
    expect(await fetchOutsideCoverage({ labels: ['Russia'] }, deps())).toMatchObject({ ok: true });
  });
});
