import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeApis, type FakeApis } from '../../../fake-apis/server';

let server: FakeApis;
beforeAll(async () => {
  server = await startFakeApis();
});
afterAll(() => server.close());

describe('the fake APIs', () => {
  it('answers CORS preflights allowing Api-User-Agent', async () => {
    const res = await fetch(`${server.origin}/w/api.php`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'api-user-agent',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/api-user-agent/i);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it('sends CORS headers on answers, and exposes Retry-After', async () => {
    server.setMode('429');
    const res = await fetch(
      `${server.origin}/api/v2/doc/doc?query=Russia&mode=artlist&format=json`,
    );
    server.setMode('ok');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
  });

  it('answers in the real shapes and counts per path', async () => {
    const before = server.count('/fr/');
    const search = await fetch(
      `${server.origin}/w/api.php?action=wbsearchentities&search=Corée&language=fr&format=json`,
    ).then((r) => r.json());
    expect(search.search[0]).toMatchObject({ id: 'Q423', label: 'Corée du Nord' });
    const summary = await fetch(`${server.origin}/fr/api/rest_v1/page/summary/Cor%C3%A9e_du_Nord`);
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      content_urls: { desktop: { page: 'https://fr.wikipedia.org/wiki/Cor%C3%A9e_du_Nord' } },
      extract_html: expect.stringContaining('<p>'),
    });
    const missing = await fetch(`${server.origin}/fr/api/rest_v1/page/summary/Nulle_part`);
    expect(missing.status).toBe(404);
    expect(server.count('/fr/')).toBe(before + 2);
    expect(server.counts()['/w/api.php']).toBeGreaterThan(0);
  });
});
