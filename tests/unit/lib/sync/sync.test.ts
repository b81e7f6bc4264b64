import { describe, expect, it, vi } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle } from '@/lib/db';
import { removeFromArchive, saveToArchive } from '@/lib/db/archive';
import { deleteArticle } from '@/lib/db/transfer';
import { addToStories } from '@/lib/stories/add-to-stories';
import { setStoryApart } from '@/lib/stories/set-apart';
import { WrongPassphraseError } from '@/lib/sync/crypto';
import { syncOnce, unlockRemote } from '@/lib/sync/replicate';
import { QUAKE_EN, QUAKE_EN_2, ELECTION_EN, quake } from '../stories/helpers';
import { PASS, useDevices, type Device } from './devices';

// Each new server archive derives its keys with PBKDF2 (600,000 iterations, about 0.25 s of CPU
// per derivation; this file makes dozens). The iterations go to the server with the salt, and
// every device reads them from there, so a lower count runs the same code: what these tests
// check does not depend on it. sync-cost.test.ts checks that the extension sets 600,000.
vi.mock('@/lib/sync/crypto', async (real) => ({
  ...(await real<Record<string, unknown>>()),
  PBKDF2_ITERATIONS: 1_000,
}));

const { server, device, sync, newRemote } = useDevices();
const T = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;

const read = (d: Device, n: number, text: string, at: number) =>
  upsertArticle(
    d.db,
    textArticle(text, {
      canonicalUrl: `https://news.example/story-${n}`,
      url: `https://news.example/story-${n}`,
      title: `Quake report ${n}`,
      lang: 'en',
    }),
    at,
  );
const keyOf = (n: number) => `https://news.example/story-${n}`;

/** What a reader relies on, in key order, without local ids and bookkeeping. */
async function archiveOf(d: Device) {
  const rows = await d.db.articles.orderBy('key').toArray();
  return Promise.all(
    rows.map(async (r) => ({
      key: r.key,
      title: r.title,
      text: r.text,
      readCount: r.readCount,
      firstReadAt: r.firstReadAt,
      lastReadAt: r.lastReadAt,
      savedAt: r.savedAt ?? null,
      html: (await d.db.contents.get(r.key))?.html ?? null,
      decision: r.decision ?? null,
    })),
  );
}

describe('sync through a CouchDB-compatible server', { timeout: 60_000 }, () => {
  it('an article saved on A appears on B with its text and saved copy, pending derivation', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, 1, QUAKE_EN, T);
    await saveToArchive(a.db, keyOf(1), '<p>A powerful earthquake</p>', T + 1);
    await sync(a);
    const result = await sync(b);

    expect(result.merged.added).toBe(1);
    const [row] = await b.db.articles.toArray();
    expect(row).toMatchObject({ key: keyOf(1), text: QUAKE_EN, title: 'Quake report 1' });
    expect(row!.savedAt).toBe(T + 1);
    expect((await b.db.contents.get(keyOf(1)))?.html).toBe('<p>A powerful earthquake</p>');
    // Entities, index entry and story are the backfill's to derive on B.
    expect(await b.db.pendingDerive.get(keyOf(1))).toEqual({ key: keyOf(1), indexed: 0 });
    expect(await archiveOf(b)).toEqual(await archiveOf(a));
  });

  it('a decision on B ("Not this story") reaches A, and so does putting it back', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    for (const [n, text] of [
      [1, QUAKE_EN],
      [2, QUAKE_EN_2],
    ] as const) {
      const row = await read(a, n, text, T + n * HOUR);
      await addToStories(a.db, { ...row, entities: quake, entityIds: quake.map((e) => e.id) });
    }
    expect((await a.db.storyMembers.get(keyOf(2)))?.storyId).toBe(
      (await a.db.storyMembers.get(keyOf(1)))?.storyId,
    );
    await sync(a);
    await sync(b);
    for (const row of await b.db.articles.toArray()) {
      await addToStories(b.db, { ...row, entities: quake, entityIds: quake.map((e) => e.id) });
    }
    await setStoryApart(b.db, keyOf(2), true, T + 5 * HOUR);
    await sync(b);
    await sync(a);

    expect((await a.db.storyMembers.get(keyOf(2)))?.apart).toBe(true);
    expect((await a.db.storyMembers.get(keyOf(2)))?.storyId).not.toBe(
      (await a.db.storyMembers.get(keyOf(1)))?.storyId,
    );

    await setStoryApart(b.db, keyOf(2), false, T + 6 * HOUR);
    await sync(b);
    await sync(a);
    expect((await a.db.storyMembers.get(keyOf(2)))?.apart).toBeUndefined();
    expect((await a.db.storyMembers.get(keyOf(2)))?.storyId).toBe(
      (await a.db.storyMembers.get(keyOf(1)))?.storyId,
    );
  });

  it('both changed offline, then synced: nothing lost, nothing duplicated, the same on both', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, 1, QUAKE_EN, T);
    await read(a, 2, ELECTION_EN, T);
    await read(a, 3, QUAKE_EN_2, T);
    await saveToArchive(a.db, keyOf(3), '<p>saved on A</p>', T + 1);
    await sync(a);
    await sync(b);

    // Offline: A reads 1 twice more, deletes 2, takes 3 out of the archive; B reads 1 once more,
    // saves 1, sets 3 apart, and reads a new article 4.
    await read(a, 1, QUAKE_EN, T + 2 * HOUR);
    await read(a, 1, QUAKE_EN, T + 3 * HOUR);
    await deleteArticle(a.db, keyOf(2));
    await removeFromArchive(a.db, keyOf(3), T + 4 * HOUR);
    await read(b, 1, `${QUAKE_EN} Updated.`, T + 1 * HOUR);
    await saveToArchive(b.db, keyOf(1), '<p>saved on B</p>', T + 5 * HOUR);
    await read(b, 4, ELECTION_EN, T + 2 * HOUR);

    await sync(a, [{ key: keyOf(2), at: T + 4 * HOUR }]);
    await sync(b);
    await sync(a);
    await sync(b); // Nothing new: changes nothing.

    const onA = await archiveOf(a);
    expect(onA).toEqual(await archiveOf(b));
    expect(onA.map((r) => r.key)).toEqual([keyOf(1), keyOf(3), keyOf(4)]);
    const [one, three, four] = onA;
    // Reads are counted per device: 3 on A (1 + 2 offline) and 1 more on B.
    expect(one).toMatchObject({ readCount: 4, lastReadAt: T + 3 * HOUR, text: QUAKE_EN });
    expect(one).toMatchObject({ savedAt: T + 5 * HOUR, html: '<p>saved on B</p>' });
    expect(three).toMatchObject({ savedAt: null, html: null, readCount: 1 });
    expect(four).toMatchObject({ text: ELECTION_EN, readCount: 1 });
    expect(await a.db.articles.where('key').equals(keyOf(1)).count()).toBe(1);

    // One document per article (and the tombstone, and the meta document) on the server.
    const all = (await (await fetch(`${server()}/${remote}/_all_docs`)).json()) as {
      rows: unknown[];
    };
    expect(all.rows).toHaveLength(5);
  });

  it("settings changed on A reach B when newer than B's, for the caller to apply", async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    const values = { excludedSites: ['bank.example'], historyRetentionDays: 30 };
    a.keys = await unlockRemote(a.remote, PASS);
    await syncOnce(a.db, a, a.keys, a.id, {
      keys: [],
      settings: { kind: 'settings', at: T, values },
    });
    b.keys = await unlockRemote(b.remote, PASS);
    const older = { kind: 'settings' as const, at: T - 1, values: { excludedSites: [] } };
    const got = await syncOnce(b.db, b, b.keys, b.id, { keys: [], settings: older });
    expect(got.merged.settings).toEqual({ kind: 'settings', at: T, values });
    const newer = { kind: 'settings' as const, at: T + 1, values: { excludedSites: [] } };
    const kept = await syncOnce(b.db, b, b.keys, b.id, { keys: [], settings: newer });
    expect(kept.merged.settings).toBeNull();
  });

  it("the server's documents contain no article text, title or URL in clear", async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    await read(a, 1, QUAKE_EN, T);
    await saveToArchive(a.db, keyOf(1), '<p>Valparaiso rubble</p>', T + 1);
    await sync(a);

    const body = await (
      await fetch(`${server()}/${remote}/_all_docs?include_docs=true&conflicts=true`)
    ).text();
    const docs = (JSON.parse(body) as { rows: { id: string }[] }).rows;
    expect(docs).toHaveLength(2);
    for (const needle of ['Valparaiso', 'earthquake', 'news.example', 'Quake report', 'story-1']) {
      expect(body).not.toContain(needle);
    }
    const ids = docs.map((d) => d.id).filter((id) => id !== 'backstory-meta');
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a wrong passphrase on B is a clear error and leaves B untouched', async () => {
    const remote = newRemote();
    const a = device('device-a', remote);
    const b = device('device-b', remote);
    await read(a, 1, QUAKE_EN, T);
    await sync(a);
    await read(b, 7, ELECTION_EN, T);
    await saveToArchive(b.db, keyOf(7), '<p>kept</p>', T + 1);
    const before = await archiveOf(b);

    const error = await unlockRemote(b.remote, 'wrong horse').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongPassphraseError);
    expect((error as Error).message).toMatch(/passphrase does not open the archive/);
    expect(await archiveOf(b)).toEqual(before);
    const server_ = (await (await fetch(`${server()}/${remote}/_all_docs`)).json()) as {
      rows: unknown[];
    };
    expect(server_.rows).toHaveLength(2);
  });
});
