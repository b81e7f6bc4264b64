import { describe, expect, it, vi } from 'vitest';
import { parseSyncServer, serverFetch } from '@/lib/sync/server';

describe('parseSyncServer', () => {
  it('takes an HTTPS server (with a path) and a CouchDB database name', () => {
    expect(parseSyncServer(' https://couch.example.org/db-proxy/ ', 'backstory')).toEqual({
      origin: 'https://couch.example.org',
      databaseUrl: 'https://couch.example.org/db-proxy/backstory',
    });
  });

  it('refuses plain HTTP except to this computer, credentials in the address, bad names', () => {
    expect(parseSyncServer('http://couch.example.org', 'backstory')).toBe('address-insecure');
    expect(parseSyncServer('http://127.0.0.1:5984', 'backstory')).toMatchObject({
      origin: 'http://127.0.0.1:5984',
    });
    expect(parseSyncServer('https://me:pw@couch.example.org', 'backstory')).toBe('address-extra');
    expect(parseSyncServer('couch.example.org', 'backstory')).toBe('address-invalid');
    expect(parseSyncServer('https://couch.example.org', 'Backstory')).toBe('database-name');
    expect(parseSyncServer('https://couch.example.org', '_users')).toBe('database-name');
  });
});

describe('serverFetch', () => {
  it('reaches only the origin entered, with Basic auth and no cookies', async () => {
    const fetcher = vi.fn(async () => new Response('{}'));
    const f = serverFetch(
      'https://couch.example.org',
      { username: 'léa', password: 'p:w' },
      fetcher,
    );
    await f('https://couch.example.org/backstory/_changes', { method: 'GET' });
    const [url, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://couch.example.org/backstory/_changes');
    expect(init.credentials).toBe('omit');
    const auth = new Headers(init.headers).get('Authorization')!;
    expect(
      new TextDecoder().decode(Uint8Array.from(atob(auth.slice(6)), (c) => c.charCodeAt(0))),
    ).toBe('léa:p:w');
    await expect(f('https://elsewhere.example/backstory')).rejects.toThrow(/only connect to/);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });
});
