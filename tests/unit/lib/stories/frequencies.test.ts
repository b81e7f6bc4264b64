import { describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import {
  allFrequencies,
  bumpFrequencies,
  DOCS,
  foldFrequencies,
  inFrequencyBatch,
  nextStoryId,
  RECENT,
  RECENT_MAX,
  SEQ,
  TAIL,
  TAIL_MAX,
} from '@/lib/stories/frequencies';
import { useTestDbs } from '../../use-test-db';

const fresh = useTestDbs();

/**
 * The storyDf keys each bulk read asks for, each single read, and the rows each write puts or
 * deletes.
 */
function trafficOf(db: BackstoryDb) {
  const reads: string[][] = [];
  const gets: string[] = [];
  const writes: string[][] = [];
  db.use({
    stack: 'dbcore',
    name: 'dfTraffic',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'storyDf') return t;
        return {
          ...t,
          getMany: (req) => (reads.push(req.keys as string[]), t.getMany(req)),
          get: (req) => (gets.push(req.key as string), t.get(req)),
          mutate: (req) => {
            if (req.type === 'put') writes.push(req.values.map((v) => (v as { k: string }).k));
            if (req.type === 'delete') writes.push(req.keys.map((k) => `-${k as string}`));
            return t.mutate(req);
          },
        };
      },
    }),
  });
  return { reads, gets, writes };
}

const bump = (db: BackstoryDb, keys: string[], delta = 1) =>
  db.transaction('rw', db.storyDf, () => bumpFrequencies(db, keys, delta));
const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `t:w${from + i}`);

describe('bumpFrequencies', () => {
  it("writes the counts of an add to one row, the tail's recent part, and reads again none the tail holds", async () => {
    const db = fresh();
    const { reads, writes } = trafficOf(db);
    await bump(db, [DOCS, 't:en:quak', 't:en:chile']);
    expect(writes).toEqual([[RECENT]]);
    reads.length = 0;
    writes.length = 0;
    const out = await bump(db, [DOCS, 't:en:quak', 't:en:tsunami']);
    // The tail (its two rows, a get each), then only the word it does not hold.
    expect(reads).toEqual([['t:en:tsunami']]);
    expect(writes).toEqual([[RECENT]]);
    expect([...out]).toEqual([
      [DOCS, 2],
      ['t:en:quak', 2],
      ['t:en:tsunami', 1],
    ]);
    expect([...(await allFrequencies(db))].sort()).toEqual([
      [DOCS, 2],
      ['t:en:chile', 1],
      ['t:en:quak', 2],
      ['t:en:tsunami', 1],
    ]);
  });

  it('finds each key the tail holds, keys that are prefixes of others and non-Latin ones too', async () => {
    const db = fresh();
    const { reads } = trafficOf(db);
    // Keys in code-unit order around each other: prefixes, accents, CJK, an astral character.
    const keys = [
      't:en:a',
      't:en:ab',
      't:en:b',
      't:fr:été',
      't:fr:éte',
      't:zh:北京',
      't:en:😀',
      'e:Q1',
    ];
    const expected = new Map<string, number>();
    for (let round = 0; round < 4; round++) {
      const some = keys.filter((_, i) => (i + round) % 3 !== 0);
      await bump(db, some, 1);
      for (const k of some) expected.set(k, (expected.get(k) ?? 0) + 1);
    }
    reads.length = 0;
    const out = await bump(db, keys, 0);
    // Every key is in the tail by now: none is read from its row.
    expect(reads.flat()).toEqual([]);
    expect([...out].sort()).toEqual([...expected].sort());
    expect([...(await allFrequencies(db))].sort()).toEqual([...expected].sort());
  });

  it('trims the tail past TAIL_MAX keys at a merge: its TAIL_MAX commonest stay, the others go to their rows', async () => {
    const db = fresh();
    await bump(db, words(TAIL_MAX));
    expect((await db.storyDf.get(TAIL))?.n).toBe(TAIL_MAX);
    // A merge of RECENT_MAX more keys: the two counted twice stay in the tail with the first of
    // the others in key order, the RECENT_MAX others each go to their own row.
    await bump(db, ['t:w0', 't:w1', ...words(RECENT_MAX, TAIL_MAX)], 1);
    expect((await db.storyDf.get(TAIL))?.n).toBe(TAIL_MAX);
    const rows = new Map((await db.storyDf.toArray()).map((r) => [r.k, r.n]));
    rows.delete(TAIL);
    rows.delete(RECENT);
    expect(rows.size).toBe(RECENT_MAX);
    expect(rows.has('t:w0') || rows.has('t:w1')).toBe(false);
    expect([...rows.values()].filter((n) => n !== 1)).toHaveLength(0);
    const counts = await allFrequencies(db);
    expect(counts.get('t:w0')).toBe(2);
    expect(counts.size).toBe(TAIL_MAX + RECENT_MAX);
    // Counted out to 0 (never below): gone from the counts, its row deleted at the next trim.
    const last = [...rows.keys()].at(-1)!;
    await bump(db, [last], -1);
    await bump(db, [last], -1);
    expect((await allFrequencies(db)).has(last)).toBe(false);
    counts.delete(last);
    await bump(db, words(TAIL_MAX, 10_000));
    expect(await db.storyDf.get(last)).toBeUndefined();
    expect(await allFrequencies(db)).toEqual(
      new Map([...counts, ...words(TAIL_MAX, 10_000).map((k) => [k, 1] as const)]),
    );
  });

  it('keeps the commonest words in the tail through a trim: the next add reads no row for them', async () => {
    const db = fresh();
    const { reads } = trafficOf(db);
    const common = [DOCS, 't:en:the', 't:en:said'];
    for (let i = 0; i < 3; i++) await bump(db, common);
    // Rare words past TAIL_MAX: a trim.
    await bump(db, words(TAIL_MAX));
    reads.length = 0;
    const out = await bump(db, [...common, 't:en:quak']);
    expect(reads.flat()).toEqual(['t:en:quak']);
    expect([...out]).toEqual([
      [DOCS, 4],
      ['t:en:the', 4],
      ['t:en:said', 4],
      ['t:en:quak', 1],
    ]);
  });

  it('leaves the tail as it is while its recent part is small, and merges that part into it past RECENT_MAX keys', async () => {
    const db = fresh();
    const { writes } = trafficOf(db);
    // A tail of the first words (one add of more than RECENT_MAX keys is merged at once).
    await bump(db, words(RECENT_MAX + 1));
    expect(writes).toEqual([[TAIL, RECENT]]);
    const tail = await db.storyDf.get(TAIL);
    writes.length = 0;
    // Adds of a few words, some of them the tail's: the recent part alone is written.
    await bump(db, [DOCS, 't:w0', 't:new']);
    await bump(db, [DOCS, 't:w1']);
    expect(writes).toEqual([[RECENT], [RECENT]]);
    expect(await db.storyDf.get(TAIL)).toEqual(tail);
    const counts = await allFrequencies(db);
    expect([DOCS, 't:w0', 't:w1', 't:w2', 't:new'].map((k) => counts.get(k))).toEqual([
      2, 2, 2, 1, 1,
    ]);
    // Past RECENT_MAX keys: merged into the tail, the recent row emptied, the same counts.
    writes.length = 0;
    await bump(db, words(RECENT_MAX, 100_000));
    expect(writes.at(-1)).toEqual([TAIL, RECENT]);
    expect((await db.storyDf.get(RECENT))?.n).toBe(0);
    const merged = await allFrequencies(db);
    expect(merged.size).toBe(counts.size + RECENT_MAX);
    for (const [k, n] of counts) expect(merged.get(k)).toBe(n);
  });

  it('takes the tail from memory while the recent row carries its stamp, and reads one another connection wrote', async () => {
    const db = fresh();
    const other = fresh(db.name);
    const { gets } = trafficOf(db);
    // A merge: the tail written (stamped), then an add that reads the recent row alone.
    await bump(db, words(RECENT_MAX + 1));
    gets.length = 0;
    await bump(db, [DOCS, 't:w0']);
    expect(gets).toEqual([RECENT]);
    // Another connection (a popup, a restarted worker) merges: its tail is read, not the copy.
    await bump(other, ['t:w0', ...words(RECENT_MAX, 50_000)]);
    gets.length = 0;
    const out = await bump(db, ['t:w0', 't:w50000']);
    expect(gets).toEqual([RECENT, TAIL]);
    expect(out.get('t:w0')).toBe(4);
    expect(out.get('t:w50000')).toBe(2);
    expect((await allFrequencies(db)).get('t:w0')).toBe(4);
  });

  it('reads a tail and recent row written before stamps, and stamps them at the next merge', async () => {
    const db = fresh();
    const row = (k: string, keys: string[], counts: number[]) =>
      ({ k, n: keys.length, keys: keys.join('\u0000'), counts: Int32Array.from(counts) }) as never;
    await db.storyDf.bulkPut([row(TAIL, ['t:a', 't:b'], [3, 1]), row(RECENT, ['t:b'], [2])]);
    const out = await bump(db, ['t:a', 't:b', 't:c']);
    expect([...out]).toEqual([
      ['t:a', 4],
      ['t:b', 3],
      ['t:c', 1],
    ]);
    await bump(db, words(RECENT_MAX + 1));
    const stamped = await db.storyDf.bulkGet([TAIL, RECENT]);
    const stamps = stamped.map((r) => (r as { g?: string } | undefined)?.g);
    expect(stamps[0]).toBeTruthy();
    expect(stamps[1]).toBe(stamps[0]);
    expect((await allFrequencies(db)).get('t:b')).toBe(3);
  });

  it('keeps the story counter in its own row, out of the tail', async () => {
    const db = fresh();
    const { writes } = trafficOf(db);
    await bump(db, [DOCS]);
    writes.length = 0;
    await db.transaction('rw', db.storyDf, () => nextStoryId(db));
    expect(writes).toEqual([[SEQ]]);
    expect((await db.storyDf.get(SEQ))?.n).toBe(1);
  });

  it('leaves nothing of a transaction that fails after counting (no tail half written)', async () => {
    const db = fresh();
    // A tail written (stamped) and kept in memory, then a merge that fails.
    await bump(db, [DOCS, 't:en:quak', ...words(RECENT_MAX + 1)]);
    const before = await db.storyDf.toArray();
    await expect(
      db.transaction('rw', db.storyDf, async () => {
        await bumpFrequencies(db, [DOCS, 't:en:quak', ...words(TAIL_MAX)], 1);
        throw new Error('killed');
      }),
    ).rejects.toThrow('killed');
    expect(await db.storyDf.toArray()).toEqual(before);
    // The next transaction reads the tail as stored, not what the failed one had changed.
    const out = await bump(db, [DOCS, 't:en:quak']);
    expect(out.get(DOCS)).toBe(2);
    expect(out.get('t:en:quak')).toBe(2);
  });

  it('counts a batch as one article at a time would, written once at its end', async () => {
    const one = fresh();
    const batched = fresh();
    const { writes } = trafficOf(batched);
    const steps = [
      [DOCS, 't:a', 't:b'],
      [DOCS, 't:b', 't:c'],
      [DOCS, 't:a', 't:d'],
    ];
    const seen: number[][] = [];
    for (const keys of steps) seen.push([...(await bump(one, keys)).values()]);
    const inBatch: number[][] = [];
    await batched.transaction('rw', batched.storyDf, async () => {
      await inFrequencyBatch(batched, async () => {
        for (const keys of steps) {
          inBatch.push([...(await bumpFrequencies(batched, keys, 1)).values()]);
        }
      });
    });
    expect(inBatch).toEqual(seen);
    expect(writes).toEqual([[RECENT]]);
    expect(await allFrequencies(batched)).toEqual(await allFrequencies(one));
  });

  it('folds the tail on demand: each count in its own row, the same counts', async () => {
    const db = fresh();
    await bump(db, [DOCS, 't:en:quak', 't:en:chile']);
    await bump(db, [DOCS, 't:en:chile'], -1);
    const counts = await allFrequencies(db);
    await foldFrequencies(db);
    expect(await db.storyDf.get(TAIL)).toBeUndefined();
    expect((await db.storyDf.toArray()).map((r) => [r.k, r.n])).toEqual([...counts].sort());
  });
});
