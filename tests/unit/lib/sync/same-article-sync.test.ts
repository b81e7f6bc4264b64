import { describe, expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle } from '@/lib/db';
import { saveToArchive } from '@/lib/db/archive';
import { deleteArticle } from '@/lib/db/transfer';
import { addToStories } from '@/lib/stories/add-to-stories';
import { opaqueId, unseal, type Sealed, type SyncKeys } from '@/lib/sync/crypto';
import { collectChanges } from '@/lib/sync/outbox';
import type { ArticleRecord, SyncRecord } from '@/lib/sync/records';
import type { ReplicaDb } from '@/lib/sync/replica';
import { toSyncDocs, unlockRemote } from '@/lib/sync/replicate';
import { ELECTION_EN, QUAKE_EN, quake } from '../stories/helpers';
import { PASS, useDevices, type Device } from './devices';

const { device, sync, newRemote } = useDevices();
const T = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;

// One article of one site under two addresses (no canonical URL): K1 sorts before K2.
const K1 = 'https://news.example/quake';
const K2 = 'https://news.example/quake?page=1';
const TITLE = 'Earthquake hits Valparaiso';

const read = (d: Device, key: string, at: number, text = QUAKE_EN, title = TITLE) =>
  upsertArticle(d.db, textArticle(text, { url: key, title, lang: 'en' }), at);

/** Reads and puts the article in a story, as the backfill would. */
async function readAndGroup(d: Device, key: string, at: number) {
  const row = await read(d, key, at);
  await addToStories(d.db, { ...row, entities: quake, entityIds: quake.map((e) => e.id) });
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

/** The record the server holds under an article's key. */
async function onServer(d: Device, key: string): Promise<SyncRecord | null> {
  const keys = d.keys!;
  const id = await opaqueId(keys, `article:${key}`);
  const doc = await d.remote.get<Sealed>(id).catch(() => null);
  return doc ? unseal<SyncRecord>(keys, doc) : null;
}

/** A record written to the server as a client before aliases and redirects wrote it. */
async function pushAsOldClient(remote: ReplicaDb, record: ArticleRecord) {
  const keys: SyncKeys = await unlockRemote(remote, PASS);
  await remote.bulkDocs(await toSyncDocs(keys, [record]));
}

const oldRecord = (key: string, at: number, device: string): ArticleRecord => ({
  kind: 'article',
  key,
  article: textArticle(QUAKE_EN, { url: key, title: TITLE, lang: 'en' }),
  firstReadAt: at,
  lastReadAt: at,
  reads: { [device]: 1 },
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
    await pushAsOldClient(a.remote, oldRecord(K2, T + HOUR, 'device-old'));
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

    expect(await viewOf(a)).toEqual([]);
    expect(await viewOf(b)).toEqual([]);
    const fresh = device('device-c', remote);
    await sync(fresh);
    expect(await viewOf(fresh)).toEqual([]);
  });

  it('deleted where the other address was not known: a device that knew it deletes that too', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, K1, T);
    await sync(a);
    await sync(b);
    // An old client read the second address; B folds it, A has not seen it.
    await pushAsOldClient(b.remote, oldRecord(K2, T + HOUR, 'device-old'));
    await sync(b);
    expect(await viewOf(b)).toMatchObject([{ key: K1, aliases: [K2] }]);

    await deleteArticle(a.db, K1, T + 3 * HOUR);
    await sync(a, await a.db.syncTombstones.toArray()); // A gets K2 back, for now.
    await sync(b); // B deletes the article, K2 with it.
    await sync(a);

    expect(await viewOf(a)).toEqual([]);
    expect(await viewOf(b)).toEqual([]);
    const fresh = device('device-c', remote);
    await sync(fresh);
    expect(await viewOf(fresh)).toEqual([]);
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
});
