import Dexie from 'dexie';
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import {
  createSyncRunner,
  INITIAL_SYNC_STATE,
  type SyncConfig,
  type SyncRunner,
  type SyncState,
} from '@/lib/background/sync';
import { openDb, type BackstoryDb, type StoredArticle } from '@/lib/db';
import { nodeSyncDeps } from '../../../node-sync-deps';
import { QUAKE_EN } from '../stories/helpers';
import { useCouchServer } from '../sync/couch-server';
import { startFaultProxy, type Fault, type FaultProxy } from '../sync/fault-proxy';

// Each new server archive derives its keys with PBKDF2 (600,000 iterations, about 0.25 s of CPU
// per derivation; this file makes dozens). The iterations go to the server with the salt, and
// every device reads them from there, so a lower count runs the same code: what these tests
// check does not depend on it. sync-cost.test.ts checks that the extension sets 600,000.
vi.mock('@/lib/sync/crypto', async (real) => ({
  ...(await real<Record<string, unknown>>()),
  PBKDF2_ITERATIONS: 1_000,
}));

// Faults in the middle of a sync, on the network between the runner and a real PouchDB Server:
// the connection dropped, the password changed on the server (its own 401), the server full
// (507), the worker stopped. Each must fail in plain words, lose nothing, and the next sync must
// go on from the replication's checkpoint: what reached the server is not sent again.

PouchDB.plugin(memory).plugin(http).plugin(replication);

const server = useCouchServer();
let proxy: FaultProxy;
beforeAll(async () => {
  proxy = await startFaultProxy(server());
  // A server admin, as a reader's own CouchDB has: sync signs in with this name and password.
  await fetch(`${server()}/_config/admins/reader`, { method: 'PUT', body: '"first password"' });
});
afterAll(() => proxy?.close());

const PASS = 'correct horse battery staple';
const T = Date.UTC(2026, 0, 5, 9);
const MIN = 60_000;
/** More articles than two of replication's batches (100 documents each). */
const N = 130;
const basic = (password: string) => ({
  authorization: `Basic ${Buffer.from(`reader:${password}`).toString('base64')}`,
});

interface Device {
  db: BackstoryDb;
  runner: SyncRunner;
  clock: { now: number };
  store: { config: SyncConfig | null; state: SyncState };
  /** A new runner over the same database and replica; the old one's writes are lost with it. */
  restart(): void;
}
const opened: Device[] = [];

afterEach(async () => {
  proxy.disarm();
  // The next test signs in with the first password (a no-op unless a test changed it).
  await fetch(`${server()}/_config/admins/reader`, {
    method: 'PUT',
    headers: basic('second password'),
    body: '"first password"',
  });
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
    store: { config: null, state: { ...INITIAL_SYNC_STATE } },
  } as Omit<Device, 'runner' | 'restart'> as Device;
  let generation = 0;
  d.restart = () => {
    // A stopped worker writes nothing more: only the newest runner's writes are kept.
    const mine = ++generation;
    const alive = () => mine === generation;
    d.runner = createSyncRunner(
      nodeSyncDeps(d.db, { now: () => d.clock.now, store: d.store, alive }),
    );
  };
  d.restart();
  opened.push(d);
  return d;
}

const keyOf = (n: number) => `https://news.example/story-${n}`;
/** `n` articles read (one in ten saved with its copy), stored at once as reading leaves them. */
async function readMany(d: Device, n: number) {
  const rows: StoredArticle[] = [];
  for (let i = 1; i <= n; i++) {
    const at = (d.clock.now += 1);
    const row: StoredArticle = {
      ...textArticle(`${QUAKE_EN} (${i})`, {
        canonicalUrl: keyOf(i),
        url: keyOf(i),
        title: `Report ${i}`,
        lang: 'en',
      }),
      key: keyOf(i),
      firstReadAt: at,
      lastReadAt: at,
      readCount: 1,
    };
    if (i % 10 === 0) Object.assign(row, { savedAt: at, savedChangedAt: at });
    rows.push(row);
  }
  await d.db.articles.bulkAdd(rows);
  await d.db.contents.bulkAdd(
    rows.filter((r) => r.savedAt).map((r) => ({ key: r.key, html: `<p>saved ${r.key}</p>` })),
  );
  d.clock.now += MIN;
}
const setUp = (d: Device, database: string, password = 'first password') =>
  d.runner.setUp({
    url: proxy.url,
    database,
    username: 'reader',
    password,
    passphrase: PASS,
  });

/**
 * Device B set up as A is (its keys, server and credentials; its own device id), without
 * deriving the keys again, then its first sync: what it gets is what the server holds.
 */
async function secondDevice(a: Device): Promise<Device> {
  const b = device();
  b.clock.now = a.clock.now + MIN;
  await b.db.syncKeys.put((await a.db.syncKeys.get('keys'))!);
  b.store.config = { ...a.store.config!, deviceId: crypto.randomUUID() };
  expect(await b.runner.run()).toMatchObject({ error: null, pending: 0 });
  return b;
}

/** What the reader relies on, in key order. */
async function archiveOf(d: Device) {
  const rows = await d.db.articles.orderBy('key').toArray();
  return Promise.all(
    rows.map(async (r) => ({
      key: r.key,
      text: r.text,
      readCount: r.readCount,
      savedAt: r.savedAt ?? null,
      html: (await d.db.contents.get(r.key))?.html ?? null,
    })),
  );
}

/** The documents the server holds in this database (articles, settings, meta). */
const serverDocs = async (database: string) =>
  (
    (await (await fetch(`${server()}/${database}/_all_docs`)).json()) as {
      rows: unknown[];
    }
  ).rows.length;

/** What the proxy saw from request `from` on: documents stored, ids diffed, `since`s asked. */
function seenSince(from: number) {
  const seen = proxy.seen.slice(from);
  return {
    stored: seen.reduce((n, r) => n + (r.stored ?? 0), 0),
    diffed: seen.flatMap((r) => r.diffIds ?? []),
    since: seen.filter((r) => r.since !== undefined).map((r) => r.since!),
  };
}

/** The second batch of documents pushed meets the fault: the first is on the server. */
const onSecondPush = (action: Fault['action']): Fault => ({
  match: '/_bulk_docs',
  pass: 1,
  action,
});

const newDatabase = () => `faults-${crypto.randomUUID().slice(0, 8)}`;

describe('a sync interrupted half-way, against a real server', { timeout: 120_000 }, () => {
  const cases: {
    name: string;
    fault: () => Fault;
    code: string;
    /** Lifts the fault: on the network, or the reader entering the new password. */
    heal?: (d: Device) => Promise<void>;
  }[] = [
    { name: 'the connection drops', fault: () => onSecondPush('drop'), code: 'offline' },
    {
      name: 'the connection drops after the server stored the batch',
      fault: () => onSecondPush('drop-after'),
      code: 'offline',
    },
    {
      name: 'the password is changed on the server (401)',
      fault: () =>
        onSecondPush(async () => {
          const changed = await fetch(`${server()}/_config/admins/reader`, {
            method: 'PUT',
            headers: basic('first password'),
            body: '"second password"',
          });
          expect(changed.ok).toBe(true);
        }),
      code: 'unauthorized',
      heal: async (d) => {
        // The reader enters the new password in the options: the same archive, no new set-up.
        d.clock.now += MIN;
        const status = await d.runner.signIn({ username: 'reader', password: 'second password' });
        expect(status).toMatchObject({ error: null, pending: 0 });
      },
    },
    {
      name: 'the server is full (507)',
      fault: () =>
        onSecondPush({
          status: 507,
          body: { error: 'insufficient_storage', reason: 'quota exceeded' },
        }),
      code: 'full',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: said in plain words, nothing lost, resumed from the checkpoint`, async () => {
      const database = newDatabase();
      const a = device();
      expect((await setUp(a, database)).ok).toBe(true);
      await readMany(a, N);
      expect((await a.runner.status()).pending).toBe(N);

      let from = proxy.seen.length;
      proxy.arm(c.fault());
      const failed = await a.runner.run();
      expect(failed, failed.detail).toMatchObject({ error: c.code, pending: N });
      const before = seenSince(from);
      // The first batch reached the server (and the last too, when its answer was what broke).
      if (c.name.includes('after')) {
        expect(before.stored).toBe(N);
      } else {
        expect(before.stored).toBeGreaterThan(0);
        expect(before.stored).toBeLessThan(N);
      }
      const held = await serverDocs(database);

      proxy.disarm();
      from = proxy.seen.length;
      if (c.heal) await c.heal(a);
      else {
        a.clock.now += MIN;
        expect(await a.runner.run()).toMatchObject({ error: null, pending: 0 });
      }
      const after = seenSince(from);
      // Resumed from the checkpoint written after the first batch: only what came after it was
      // compared with the server, and what the server held was not sent again.
      expect(after.diffed.length).toBeLessThanOrEqual(N - 100 + 2);
      expect(after.stored).toBe(N + 2 - held); // the articles, the settings and the meta
      expect(await serverDocs(database)).toBe(N + 2);

      const b = await secondDevice(a);
      expect(await archiveOf(b)).toEqual(await archiveOf(a));
      expect(await b.db.articles.count()).toBe(N);
    });
  }

  for (const refusal of [
    { error: 'forbidden', reason: 'refused by validate_doc_update' },
    { error: 'too_large', reason: 'document exceeds max_document_size' },
  ]) {
    it(`a 201 that refuses single documents (${refusal.error}): said, nothing lost, those sent again`, async () => {
      const database = newDatabase();
      const a = device();
      expect((await setUp(a, database)).ok).toBe(true);
      await readMany(a, N);
      let from = proxy.seen.length;
      // The second batch: every third document refused inside the server's 201.
      proxy.arm({ ...onSecondPush({ ...refusal, refuse: (i) => i % 3 === 0 }) });
      const failed = await a.runner.run();
      expect(failed, failed.detail).toMatchObject({ error: 'server', pending: N });
      expect(failed.detail).toContain(refusal.reason);
      const refused = proxy.seen.slice(from).flatMap((r) => r.refused ?? []);
      expect(refused.length).toBeGreaterThan(0);
      const held = await serverDocs(database);
      expect(held).toBeLessThan(N + 2);

      proxy.disarm();
      from = proxy.seen.length;
      a.clock.now += MIN;
      expect(await a.runner.run()).toMatchObject({ error: null, pending: 0 });
      // The refused documents went again, and nothing the server held was sent twice.
      expect(seenSince(from).stored).toBe(N + 2 - held);
      expect(await serverDocs(database)).toBe(N + 2);
      const b = await secondDevice(a);
      expect(await archiveOf(b)).toEqual(await archiveOf(a));
      expect(await b.db.articles.count()).toBe(N);
    });
  }

  it('a worker stopped while a batch was on its way resumes from the checkpoint when it wakes', async () => {
    const database = newDatabase();
    const a = device();
    expect((await setUp(a, database)).ok).toBe(true);
    await readMany(a, N);
    let from = proxy.seen.length;
    proxy.arm(onSecondPush('hang'));
    const stopped = a.runner.run();
    // The second batch is on its way, and the worker stops: nothing it would write is kept. The
    // first push takes its time on a loaded machine (two unit workers on 2 cores): expect.poll's
    // own 1 s is no bound on it, the hung second push holds the count at 2 once it is reached.
    await expect
      .poll(() => proxy.seen.slice(from).filter((r) => r.path.endsWith('/_bulk_docs')).length, {
        timeout: 30_000,
      })
      .toBe(2);
    a.restart();
    proxy.disarm();
    await stopped;
    const stored = seenSince(from).stored;
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(N);
    const held = await serverDocs(database);
    expect(a.store.state.error).toBeNull(); // the stopped worker wrote nothing
    from = proxy.seen.length;
    a.clock.now += MIN;
    expect(await a.runner.run()).toMatchObject({ error: null, pending: 0 });
    const after = seenSince(from);
    expect(after.diffed.length).toBeLessThanOrEqual(N - 100 + 2);
    expect(after.stored).toBe(N + 2 - held);
    const b = await secondDevice(a);
    expect(await archiveOf(b)).toEqual(await archiveOf(a));
  });

  it('a first sync that pulls, cut off half-way, goes on from where the pull stopped', async () => {
    const database = newDatabase();
    const a = device();
    await readMany(a, N);
    expect((await setUp(a, database)).ok).toBe(true);

    const b = device();
    b.clock.now = a.clock.now + MIN;
    let from = proxy.seen.length;
    // The second batch B fetches from the server: the connection drops.
    proxy.arm({ match: '/_bulk_get', pass: 1, action: 'drop' });
    const failed = await setUp(b, database);
    expect(failed).toMatchObject({ ok: true, status: { error: 'offline' } });
    expect(seenSince(from).since[0]).toBe('0');
    proxy.disarm();
    from = proxy.seen.length;
    b.clock.now += MIN;
    expect(await b.runner.run()).toMatchObject({ error: null, pending: 0 });
    // The pull went on from its checkpoint, not from the start.
    const since = seenSince(from).since;
    expect(since.length).toBeGreaterThan(0);
    expect(since[0]).not.toBe('0');
    expect(await archiveOf(b)).toEqual(await archiveOf(a));
  });
});
