import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import {
  createSyncRunner,
  INITIAL_SYNC_STATE,
  type SyncConfig,
  type SyncRunner,
  type SyncState,
} from '@/lib/background/sync';
import { openDb, upsertArticle, type BackstoryDb } from '@/lib/db';
import { saveToArchive } from '@/lib/db/archive';
import { deleteArticle } from '@/lib/db/transfer';
import { setStoryApart } from '@/lib/stories/set-apart';
import { nodeSyncDeps } from '../../../node-sync-deps';
import { QUAKE_EN, ELECTION_EN } from '../stories/helpers';
import { useCouchServer } from '../sync/couch-server';

// Each new server archive derives its keys with PBKDF2 (600,000 iterations, about 0.25 s of CPU
// per derivation; this file makes dozens). The iterations go to the server with the salt, and
// every device reads them from there, so a lower count runs the same code: what these tests
// check does not depend on it. sync-cost.test.ts checks that the extension sets 600,000.
vi.mock('@/lib/sync/crypto', async (real) => ({
  ...(await real<Record<string, unknown>>()),
  PBKDF2_ITERATIONS: 1_000,
}));

PouchDB.plugin(memory).plugin(http).plugin(replication);

const server = useCouchServer();
const PASS = 'correct horse battery staple';
const T = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;

/** What the fake network does to the next requests to the sync server. */
type Fault = null | 'drop' | 401 | 413 | 507;

interface Device {
  db: BackstoryDb;
  runner: SyncRunner;
  clock: { now: number };
  state: { config: SyncConfig | null; state: SyncState; settings: Record<string, unknown> };
  fault: Fault;
  /** Documents this device's replica posted to the server (_bulk_docs), by run. */
  posted: number;
  derived: number;
  /** The origin the browser's rules let this device's requests reach (allowServer), by call. */
  allowed: (string | null)[];
  /** A new runner over the same database and replica: the worker was stopped and woke up. */
  restart(): void;
}
const opened: Device[] = [];

afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.db.close();
    await Dexie.delete(d.db.name);
  }
});

function device(): Device {
  const name = `t-${crypto.randomUUID()}`;
  const d = {
    db: openDb(name),
    clock: { now: T },
    state: {
      config: null,
      state: { ...INITIAL_SYNC_STATE },
      settings: { excludedSites: ['bank.example'], historyRetentionDays: 365 },
    },
    fault: null,
    posted: 0,
    derived: 0,
    allowed: [],
  } as Omit<Device, 'runner' | 'restart'> as Device;
  const fetcher: typeof fetch = async (input, init) => {
    const url = String(input);
    // The browser's rules (lib/privacy/own-requests.ts) block any other origin.
    if (new URL(url).origin !== d.allowed.at(-1)) throw new TypeError('blocked by the rules');
    const f = d.fault;
    if (f === 'drop') throw new TypeError('fetch failed');
    if (f === 401) {
      return Response.json(
        { error: 'unauthorized', reason: 'Name or password is incorrect.' },
        {
          status: 401,
        },
      );
    }
    if (url.includes('_bulk_docs')) {
      if (f === 413 || f === 507) {
        return Response.json({ error: 'insufficient_storage', reason: 'full' }, { status: f });
      }
      d.posted += (JSON.parse(String(init?.body)) as { docs: unknown[] }).docs.length;
    }
    return fetch(input, init);
  };
  d.restart = () => {
    d.runner = createSyncRunner({
      ...nodeSyncDeps(d.db, { now: () => d.clock.now, store: d.state, fetch: fetcher }),
      readSettings: async () => ({ ...d.state.settings }),
      defaultSettings: () => ({ excludedSites: ['bank.example'], historyRetentionDays: 365 }),
      applySettings: async (v) => void (d.state.settings = { ...v }),
      afterIncoming: () => void (d.derived += 1),
      allowServer: async (origin) => void d.allowed.push(origin),
    });
  };
  d.restart();
  opened.push(d);
  return d;
}

const keyOf = (n: number) => `https://news.example/story-${n}`;
const read = (d: Device, n: number, text = QUAKE_EN) =>
  upsertArticle(
    d.db,
    textArticle(text, { canonicalUrl: keyOf(n), url: keyOf(n), title: `Report ${n}`, lang: 'en' }),
    (d.clock.now += MIN),
  );
const setUp = (d: Device, database: string, passphrase = PASS) =>
  d.runner.setUp({ url: server(), database, username: '', password: '', passphrase });
const keys = async (d: Device) => (await d.db.articles.orderBy('key').keys()) as string[];
const newDatabase = () => `archive-${crypto.randomUUID().slice(0, 8)}`;

describe('the background sync runner', { timeout: 120_000 }, () => {
  it('sends only what changed since the last sync, and nothing comes back as a change', async () => {
    const database = newDatabase();
    const a = device();
    const b = device();
    for (let n = 1; n <= 3; n++) await read(a, n);
    a.clock.now += MIN;
    expect((await setUp(a, database)).ok).toBe(true);
    expect(a.posted).toBe(4); // three articles and the settings
    expect((await a.runner.status()).pending).toBe(0);

    a.posted = 0;
    a.clock.now += MIN;
    await saveToArchive(a.db, keyOf(2), '<p>saved</p>', (a.clock.now += MIN));
    expect((await a.runner.status()).pending).toBe(1);
    await a.runner.run();
    expect(a.posted).toBe(1);

    b.clock.now = a.clock.now + MIN;
    const setup = await setUp(b, database);
    expect(setup).toMatchObject({ ok: true, status: { error: null, pending: 0 } });
    expect(await keys(b)).toEqual([keyOf(1), keyOf(2), keyOf(3)]);
    expect((await b.db.contents.get(keyOf(2)))?.html).toBe('<p>saved</p>');
    expect(b.derived).toBe(1);
    // What came in is not B's change: the next sync sends nothing.
    b.posted = 0;
    b.clock.now += MIN;
    await b.runner.run();
    expect(b.posted).toBe(0);
  });

  it("a decision and a deletion on B reach A; A's settings reach B", async () => {
    const database = newDatabase();
    const a = device();
    const b = device();
    await read(a, 1);
    await read(a, 2, ELECTION_EN);
    a.state.settings = {
      excludedSites: ['bank.example', 'mail.example'],
      historyRetentionDays: 30,
    };
    await setUp(a, database);
    b.clock.now = a.clock.now + MIN;
    await setUp(b, database);
    expect(b.state.settings).toEqual(a.state.settings);

    b.clock.now += MIN;
    await setStoryApart(b.db, keyOf(1), true, (b.clock.now += MIN));
    await deleteArticle(b.db, keyOf(2), (b.clock.now += MIN));
    await b.runner.run();
    a.clock.now = b.clock.now + MIN;
    await a.runner.run();
    expect(await keys(a)).toEqual([keyOf(1)]);
    expect((await a.db.articles.where('key').equals(keyOf(1)).first())?.decision).toEqual({
      apart: true,
      at: b.clock.now - MIN,
    });
  });

  it('a wrong passphrase is a clear error at set-up and stores nothing', async () => {
    const database = newDatabase();
    const a = device();
    await read(a, 1);
    await setUp(a, database);
    const b = device();
    await read(b, 7, ELECTION_EN);
    const result = await setUp(b, database, 'not the passphrase at all');
    expect(result).toEqual({ ok: false, error: 'passphrase', detail: expect.any(String) });
    expect(b.state.config).toBeNull();
    expect(await b.db.syncKeys.count()).toBe(0);
    expect(await keys(b)).toEqual([keyOf(7)]);
  });

  it('a wrong passphrase on a device already set up changes nothing: it syncs on as before', async () => {
    const database = newDatabase();
    const a = device();
    await read(a, 1);
    await setUp(a, database);
    const config = a.state.config;
    const keysRow = await a.db.syncKeys.get('keys');
    const wrong = await setUp(a, database, 'not the passphrase at all');
    expect(wrong).toEqual({ ok: false, error: 'passphrase', detail: expect.any(String) });
    expect(a.state.config).toEqual(config);
    expect(await a.db.syncKeys.get('keys')).toEqual(keysRow);
    expect(await keys(a)).toEqual([keyOf(1)]);
    // The old keys still open the server's archive: the next sync sends what is new.
    await read(a, 2);
    a.posted = 0;
    a.clock.now += MIN;
    expect(await a.runner.run()).toMatchObject({ error: null, pending: 0 });
    expect(a.posted).toBe(1);
  });

  it('a server archive made anew with another passphrase stops sync with a clear error, touching nothing', async () => {
    const database = newDatabase();
    const a = device();
    await read(a, 1);
    a.clock.now += MIN;
    await setUp(a, database);
    // Someone deletes the database and sets it up again from B with another passphrase.
    expect((await fetch(`${server()}/${database}`, { method: 'DELETE' })).ok).toBe(true);
    const b = device();
    await read(b, 7, ELECTION_EN);
    expect((await setUp(b, database, 'a new passphrase for a new archive')).ok).toBe(true);
    await read(a, 2);
    a.posted = 0;
    a.clock.now += MIN;
    expect(await a.runner.run()).toMatchObject({ error: 'passphrase', pending: 1 });
    // Nothing went out under the old keys, nothing came in, A's archive is whole.
    expect(a.posted).toBe(0);
    expect(await keys(a)).toEqual([keyOf(1), keyOf(2)]);
    expect(a.state.config?.database).toBe(database);
  });

  it('a server emptied since gets the whole archive again from the next sync', async () => {
    const database = newDatabase();
    const a = device();
    for (let n = 1; n <= 3; n++) await read(a, n);
    await setUp(a, database);
    expect((await fetch(`${server()}/${database}`, { method: 'DELETE' })).ok).toBe(true);
    a.clock.now += MIN;
    expect((await a.runner.run()).error).toBeNull();
    const b = device();
    b.clock.now = a.clock.now + MIN;
    expect((await setUp(b, database)).ok).toBe(true);
    expect(await keys(b)).toEqual([keyOf(1), keyOf(2), keyOf(3)]);
  });

  it("the extension's requests reach the server entered, from before set-up asks it until sync is off", async () => {
    const a = device();
    const origin = new URL(server()).origin;
    await a.runner.setUp({
      url: 'https://couch.invalid',
      database: newDatabase(),
      username: '',
      password: '',
      passphrase: PASS,
    });
    // A set-up that failed leaves no server allowed.
    expect(a.allowed).toEqual(['https://couch.invalid', null]);
    expect((await setUp(a, newDatabase())).ok).toBe(true);
    expect(a.allowed.at(-1)).toBe(origin);
    await a.runner.turnOff();
    expect(a.allowed.at(-1)).toBeNull();
  });

  // The same faults half-way through a sync, on the network to a real server, and a worker
  // stopped mid-replication: sync-faults.test.ts.
  it('a dropped connection, a 401 and a full server fail in plain words and lose nothing', async () => {
    const database = newDatabase();
    const a = device();
    await setUp(a, database);
    for (let n = 1; n <= 3; n++) await read(a, n);
    for (const [fault, code] of [
      ['drop', 'offline'],
      [401, 'unauthorized'],
      [507, 'full'],
      [413, 'full'],
    ] as const) {
      a.fault = fault;
      a.clock.now += MIN;
      const status = await a.runner.run();
      expect(status).toMatchObject({ error: code, pending: 3 });
    }
    a.fault = null;
    a.clock.now += MIN;
    expect(await a.runner.run()).toMatchObject({ error: null, pending: 0 });
    const b = device();
    b.clock.now = a.clock.now + MIN;
    await setUp(b, database);
    expect(await keys(b)).toEqual([keyOf(1), keyOf(2), keyOf(3)]);
  });
});
