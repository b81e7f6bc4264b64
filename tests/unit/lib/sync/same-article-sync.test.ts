import { describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle } from '@/lib/db';
import { saveToArchive } from '@/lib/db/archive';
import { deleteArticle } from '@/lib/db/transfer';
import { indexArticles } from '@/lib/search/index-articles';
import { addToStories } from '@/lib/stories/add-to-stories';
import { opaqueId, unseal, type Sealed, type SyncKeys } from '@/lib/sync/crypto';
import { collectChanges } from '@/lib/sync/outbox';
import type { ArticleRecord, SyncRecord } from '@/lib/sync/records';
import type { ReplicaDb } from '@/lib/sync/replica';
import { toSyncDocs, unlockRemote, writeRecords } from '@/lib/sync/replicate';
import { ELECTION_EN, QUAKE_EN, quake } from '../stories/helpers';
import { PASS, useDevices, type Device } from './devices';
import PouchDB from 'pouchdb-core';

// Each new server archive derives its keys with PBKDF2 (600,000 iterations, about 0.25 s of CPU
// per derivation; this file makes dozens). The iterations go to the server with the salt, and
// every device reads them from there, so a lower count runs the same code: what these tests
// check does not depend on it. sync-cost.test.ts checks that the extension sets 600,000.
vi.mock('@/lib/sync/crypto', async (real) => ({
  ...(await real<Record<string, unknown>>()),
  PBKDF2_ITERATIONS: 1_000,
}));

const { device, sync, newRemote } = useDevices();
const T = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;

// One article of one site under two addresses (no canonical URL): K1 sorts before K2.
const K1 = 'https://news.example/quake';
const K2 = 'https://news.example/quake?page=1';
const TITLE = 'Earthquake hits Valparaiso';

const read = (d: Device, key: string, at: number, text = QUAKE_EN, title = TITLE) =>
  upsertArticle(d.db, textArticle(text, { url: key, title, lang: 'en' }), at);

/** Reads, indexes and puts the article in a story, as the backfill would. */
async function readAndGroup(d: Device, key: string, at: number) {
  const row = await read(d, key, at);
  const article = { ...row, entities: quake, entityIds: quake.map((e) => e.id) };
  await indexArticles(d.db, [{ article }]);
  await addToStories(d.db, article);
}

/** What a reader sees, without local ids and bookkeeping. */
async function viewOf(d: Device) {
  const rows = await d.db.articles.orderBy('key').toArray();
  return Promise.all(
    rows.map(async (r) => ({
      key: r.key,
      aliases: r.aliases ?? [],
      text: r.text,
      readCount: r.readCount,
      firstReadAt: r.firstReadAt,
      lastReadAt: r.lastReadAt,
      savedAt: r.savedAt ?? null,
      html: (await d.db.contents.get(r.key))?.html ?? null,
    })),
  );
}

/** No article on `devices`, nor on a new device that syncs from `remote`. */
async function expectGone(remote: string, ...devices: Device[]) {
  for (const d of devices) expect(await viewOf(d)).toEqual([]);
  const fresh = device('device-c', remote);
  await sync(fresh);
  expect(await viewOf(fresh)).toEqual([]);
}

/** The record the server holds under an article's key. */
async function onServer(d: Device, key: string): Promise<SyncRecord | null> {
  const keys = d.keys!;
  const id = await opaqueId(keys, `article:${key}`);
  const doc = await d.remote.get<Sealed>(id).catch(() => null);
  return doc ? unseal<SyncRecord>(keys, doc) : null;
}

/**
 * Records written to the server over what it holds, as another client would (one before
 * aliases and redirects, or one that folded an article).
 */
async function putRecords(remote: ReplicaDb, records: SyncRecord[]) {
  const keys: SyncKeys = await unlockRemote(remote, PASS);
  const docs = await toSyncDocs(keys, records);
  const current = await remote.allDocs({ keys: docs.map((d) => d._id) });
  const revs = current.rows.map((r) => ('value' in r && !r.value.deleted ? r.value.rev : null));
  await remote.bulkDocs(docs.map((d, i) => (revs[i] ? { ...d, _rev: revs[i] } : d)));
}

const oldRecord = (
  key: string,
  at: number,
  device: string,
  reads = 1,
  text = QUAKE_EN,
  title = TITLE,
): ArticleRecord => ({
  kind: 'article',
  key,
  article: textArticle(text, { url: key, title, lang: 'en' }),
  firstReadAt: at,
  lastReadAt: at,
  reads: { [device]: reads },
  savedAt: null,
  savedChangedAt: 0,
  html: null,
  decision: null,
});

describe('sync: one article read under two addresses of its site', { timeout: 60_000 }, () => {
  it('is one article on both devices, under the smaller key, the other an alias; reads summed, saved copy and story kept', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await readAndGroup(a, K2, T);
    await saveToArchive(a.db, K2, '<p>saved on A</p>', T + 1);
    await readAndGroup(b, K1, T + HOUR);
    await read(b, K1, T + 2 * HOUR);
    await sync(a);
    await sync(b);
    await sync(a);

    const onA = await viewOf(a);
    expect(onA).toEqual(await viewOf(b));
    // Reads are counted per device (1 on A, 2 on B): the sum, each device's count once.
    expect(onA).toEqual([
      {
        key: K1,
        aliases: [K2],
        text: QUAKE_EN,
        readCount: 3,
        firstReadAt: T,
        lastReadAt: T + 2 * HOUR,
        savedAt: T + 1,
        html: '<p>saved on A</p>',
      },
    ]);
    // A's row changed key: its story membership went with it, and it is indexed again.
    for (const d of [a, b]) {
      expect(await d.db.storyMembers.toCollection().primaryKeys()).toEqual([K1]);
      expect(await d.db.stories.count()).toBe(1);
    }
    expect(await a.db.pendingDerive.get(K1)).toEqual({ key: K1, indexed: 0 });
    expect(await a.db.searchDocs.get(K2)).toBeUndefined();
    // The key A folded says so on the server (a redirect), and in A's outbox.
    expect(await onServer(a, K2)).toMatchObject({ kind: 'deleted', key: K2, into: K1 });
    expect((await collectChanges(a.db, 0)).deleted).toEqual([
      { key: K2, at: expect.any(Number), into: K1 },
    ]);

    // Converged: another round sends and changes nothing.
    for (const d of [b, a]) {
      const again = await sync(d);
      expect(again.pushed).toBe(0);
      expect(again.merged).toMatchObject({ added: 0, updated: 0, deleted: 0 });
    }
    expect(await viewOf(a)).toEqual(onA);
    expect(await viewOf(b)).toEqual(onA);
  });

  it('a redirect folds the row of its key on a device that read that address, its reads kept', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    const c = device('device-c', remote);
    await read(a, K2, T);
    await read(b, K1, T + HOUR);
    // C read the second address too, a line longer: not the same text as B's, by itself.
    await read(c, K2, T + 2 * HOUR, `${QUAKE_EN} More aftershocks are expected tonight.`);
    await sync(a);
    await sync(b);
    await sync(a); // A folds K2 into K1 and sends the redirect.
    await sync(c);
    await sync(b);
    await sync(a);

    const onC = await viewOf(c);
    expect(onC).toHaveLength(1);
    expect(onC[0]).toMatchObject({ key: K1, aliases: [K2], readCount: 3 });
    expect(await viewOf(a)).toEqual(onC);
    expect(await viewOf(b)).toEqual(onC);
  });

  it("an old client's record (no aliases, no redirects) is folded too", async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    await read(a, K1, T);
    await sync(a);
    await putRecords(a.remote, [oldRecord(K2, T + HOUR, 'device-old')]);
    const result = await sync(a);

    expect(result.merged).toMatchObject({ added: 0, updated: 1 });
    expect(await viewOf(a)).toEqual([
      expect.objectContaining({ key: K1, aliases: [K2], readCount: 2, lastReadAt: T + HOUR }),
    ]);
    // A fresh device that gets both records at once makes one article of them too.
    const b = device('device-b', remote);
    await sync(b);
    expect(await viewOf(b)).toEqual(await viewOf(a));
  });

  it('deleted on A after the fold: the record of the other address does not bring it back', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K1, T);
    await read(b, K2, T + HOUR);
    await sync(b);
    await sync(a); // A keeps K1 and has K2 as an alias; B still has its row under K2.
    expect(await viewOf(a)).toMatchObject([{ key: K1, aliases: [K2] }]);

    await deleteArticle(a.db, K1, T + 3 * HOUR);
    await sync(a, await a.db.syncTombstones.toArray());
    await sync(b);
    await sync(a);

    await expectGone(remote, a, b);
  });

  it('deleted where the other address was not known: a device that knew it deletes that too', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K1, T);
    await sync(a);
    await sync(b);
    // An old client read the second address; B folds it, A has not seen it.
    await putRecords(b.remote, [oldRecord(K2, T + HOUR, 'device-old')]);
    await sync(b);
    expect(await viewOf(b)).toMatchObject([{ key: K1, aliases: [K2] }]);

    await deleteArticle(a.db, K1, T + 3 * HOUR);
    await sync(a, await a.db.syncTombstones.toArray()); // A gets K2 back, for now.
    await sync(b); // B deletes the article, K2 with it.
    await sync(a);

    await expectGone(remote, a, b);
  });

  for (const [gone, other] of [
    [K1, K2],
    [K2, K1],
  ]) {
    it(`deleted under ${gone === K1 ? 'the smaller' : 'the larger'} key, the other address read before arriving with the deletion: it stays deleted`, async () => {
      const remote = newRemote();
      const a = device('device-a', remote);
      const b = device('device-b', remote);
      await read(a, gone!, T);
      await sync(a);
      await sync(b);
      await deleteArticle(a.db, gone!, T + 3 * HOUR);
      await sync(a, await a.db.syncTombstones.toArray());
      // Read before the deletion by an old client, at the other address: one batch on B.
      await putRecords(a.remote, [oldRecord(other!, T + HOUR, 'device-old')]);
      await sync(b);
      await sync(a);

      await expectGone(remote, b, a);
    });
  }

  it('a redirect into a key stored here but not in the batch folds the two rows', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K1, T);
    await read(b, K2, T + HOUR, `${QUAKE_EN} More aftershocks are expected tonight.`);
    await sync(a);
    await sync(b);
    expect(await b.db.articles.count()).toBe(2);
    // Another device decided they are one (the site's edit aside) and folded K2 into K1.
    await putRecords(b.remote, [{ kind: 'deleted', key: K2, at: T + 5 * HOUR, into: K1 }]);
    await sync(b, [], []); // Nothing changed here: the redirect comes in alone.

    expect(await viewOf(b)).toEqual([
      expect.objectContaining({ key: K1, aliases: [K2], readCount: 2 }),
    ]);
    expect(await b.db.contents.count()).toBe(0);
  });

  it('deleted, then read again at the other address (an old client): back, with that read only', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K1, T);
    await sync(a);
    await putRecords(a.remote, [oldRecord(K2, T + HOUR, 'device-old')]);
    await sync(b); // B folds K2 into K1.
    await deleteArticle(a.db, K1, T + 3 * HOUR);
    await sync(a, await a.db.syncTombstones.toArray());
    await putRecords(a.remote, [oldRecord(K2, T + 4 * HOUR, 'device-old', 2)]);
    await sync(b);
    await sync(a);
    await sync(b);

    const onB = await viewOf(b);
    expect(onB).toEqual(await viewOf(a));
    // The reads before the deletion stay deleted (A's), the old client's count is its own.
    expect(onB).toEqual([
      expect.objectContaining({ key: K1, aliases: [K2], readCount: 2, lastReadAt: T + 4 * HOUR }),
    ]);
  });

  it('two texts under one title at two addresses are two articles', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K2, T);
    await read(b, K1, T + HOUR, ELECTION_EN);
    await sync(a);
    await sync(b);
    await sync(a);

    for (const d of [a, b]) {
      expect((await viewOf(d)).map((r) => [r.key, r.aliases, r.text])).toEqual([
        [K1, [], ELECTION_EN],
        [K2, [], QUAKE_EN],
      ]);
    }
  });

  it('what a fold sends is merged with a version the replica holds and this device has not merged', async () => {
    const replica = new PouchDB(`fold-${crypto.randomUUID()}`, { adapter: 'memory' }) as ReplicaDb;
    const keys = await unlockRemote(replica, PASS);
    const readAfter = oldRecord(K2, T + 4 * HOUR, 'device-old', 2);
    await writeRecords(replica, keys, [readAfter]);
    const deletion: SyncRecord = { kind: 'deleted', key: K2, at: T + 3 * HOUR };
    const read = async () => {
      const id = await opaqueId(keys, `article:${K2}`);
      return unseal<SyncRecord>(keys, await replica.get<Sealed>(id));
    };

    expect(await writeRecords(replica, keys, [deletion], () => true)).toBe(0);
    expect(await read()).toEqual(readAfter);
    // Not merged: written over (what the merge of the batch that holds the document does).
    expect(await writeRecords(replica, keys, [deletion])).toBe(1);
    expect(await read()).toEqual(deletion);
    await replica.destroy();
  });
});
