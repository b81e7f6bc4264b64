import { toBase64 } from './crypto';

/** Where the reader's archive is kept: a CouchDB-compatible server and one database on it. */
export interface SyncServer {
  /** The server's origin ("https://couch.example.org"): the only one sync ever connects to. */
  origin: string;
  /** The database's URL (origin, any path prefix, database name). */
  databaseUrl: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
// CouchDB's rule for database names.
const DB_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/** Why an address or database name is refused (the interface says it in the reader's words). */
export type ServerRefusal =
  'address-invalid' | 'address-insecure' | 'address-extra' | 'database-name';

/**
 * Checks the server address and database name the reader typed; returns the server or why
 * not. HTTPS only (the password travels with every request), except to this
 * computer itself; no user, query or fragment in the address.
 */
export function parseSyncServer(address: string, database: string): SyncServer | ServerRefusal {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'address-invalid';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return 'address-insecure';
  }
  if (url.username || url.password || url.search || url.hash) {
    return 'address-extra';
  }
  if (!DB_NAME.test(database)) {
    return 'database-name';
  }
  const path = url.pathname.replace(/\/+$/, '');
  return {
    origin: url.origin,
    databaseUrl: `${url.origin}${path}/${encodeURIComponent(database)}`,
  };
}

/**
 * The fetch that sync's remote PouchDB uses: to `origin` only (any other address is refused
 * before a request is made), with the reader's credentials as HTTP Basic authentication and
 * never the browser's cookies.
 */
export function serverFetch(
  origin: string,
  credentials: { username: string; password: string },
  fetcher: typeof fetch = (input, init) => globalThis.fetch(input, init),
): typeof fetch {
  const basic = toBase64(
    new TextEncoder().encode(`${credentials.username}:${credentials.password}`),
  );
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) {
      return Promise.reject(new TypeError(`sync may only connect to ${origin}, not ${url.origin}`));
    }
    const headers = new Headers(init?.headers);
    if (credentials.username) headers.set('Authorization', `Basic ${basic}`);
    return fetcher(url.href, {
      ...init,
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  };
}
