import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BackstoryDb, type StoredArticle } from '@/lib/db';
import { fillCopyLinks, LINK_INLINE } from '@/lib/db/copy-links';
import { lightArticle, type LightArticle } from '@/lib/db/light-articles';
import { nearCopiesOf, nearCopiesOfEach } from '@/lib/db/near-copies';
import { copiesOfEach } from '@/lib/stories/timeline-copies';
import { storedArticle } from '../../../helpers';
import { leftByRelease } from '../../shipped-stores';

import { OTHER_SHORT as OTHER, paragraphs, putinArticle, WIRE } from './wire-texts';
import { stopOnLightPut } from './stop-on-light-write';
import { tableMiddleware } from './table-middleware';

/** Versions of WIRE (a dateline, a credit, a paragraph cut) and OTHER's. */
const TEXTS: Record<string, string> = {
  a: WIRE,
  b: `PYONGYANG (AFP) — ${WIRE}\n\nWith AFP`,
  c: OTHER,
  d: paragraphs.slice(1).join('\n\n'),
  e: `${WIRE}\n\nEditor's note: this story was updated.`,
  f: `${OTHER}\n\nWith Reuters`,
};

// Read on `site`.example, its version of the text by default.
const article = (id: number, site: keyof typeof TEXTS & string, text = TEXTS[site]!) =>
  putinArticle(id, `${site}.example`, text, site);

/** Counts the light table's reads by band (nearBands index) while `on`. */
function bandReads(db: BackstoryDb) {
  const spy = { on: false, n: 0 };
  db.use(
    tableMiddleware('bandReadSpy', 'lightArticles', (t) => {
      const note = (index: string | null) => spy.on && index === 'nearBands' && spy.n++;
      return {
        ...t,
        query: (req) => (note(req.query.index.name), t.query(req)),
        openCursor: (req) => (note(req.query.index.name), t.openCursor(req)),
        count: (req) => (note(req.query.index.name), t.count(req)),
      };
    }),
  );
  return spy;
}

const names: string[] = [];
function open(name = `t-${crypto.randomUUID()}`) {
  names.push(name);
  return new BackstoryDb(name);
}
async function drop(...dbs: BackstoryDb[]) {
  for (const db of dbs) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
}

/** Each row's near copies (keys, sorted), as nearCopiesOf gives them. */
async function copiesByKey(db: BackstoryDb) {
  const rows = await db.lightArticles.orderBy(':id').toArray();
  const out: Record<string, string[]> = {};
  for (const r of rows) out[r.key] = (await nearCopiesOf(db, r)).map((c) => c.key).sort();
  return out;
}

/** The same, found by band lookup alone (the rows' links taken away). */
async function copiesByBands(db: BackstoryDb) {
  const rows = (await db.lightArticles.orderBy(':id').toArray()).map(
    ({ copyGroups: _, ...r }) => r as LightArticle,
  );
  const found = await nearCopiesOfEach(db, rows);
  return Object.fromEntries(
    rows.map((r) => [r.key, (found.get(r.key) ?? []).map((c) => c.key).sort()]),
  );
}

const key = (site: string) => `https://${site}.example/putin`;

describe('copy links (schema v17)', () => {
  it('link a text to its near copies when written, read without a band lookup', async () => {
    const db = open();
    const spy = bandReads(db);
    try {
      for (const [i, site] of ['a', 'b', 'c', 'd'].entries()) {
        await db.articles.add(article(i + 1, site));
      }
      const light = await db.lightArticles.orderBy(':id').toArray();
      // b and d join the group a founds (a is not written again); c has no copy.
      expect(light.map((l) => l.copyGroups)).toEqual([[], [1], [], [1]]);
      spy.on = true;
      const copies = await copiesByKey(db);
      expect(spy.n).toBe(0);
      expect(copies).toEqual({
        [key('a')]: [key('b'), key('d')],
        [key('b')]: [key('a'), key('d')],
        [key('c')]: [],
        [key('d')]: [key('a'), key('b')],
      });
      spy.on = false;
      expect(await copiesByBands(db)).toEqual(copies);
      // The timeline's lookup (copiesOfEach) too: no band read for a linked row.
      spy.on = true;
      const found = await copiesOfEach(db, light.slice(1), light[1]!.key);
      expect(spy.n).toBe(0);
      expect(
        found
          .get(key('b'))!
          .map((c) => c.key)
          .sort(),
      ).toEqual([key('a'), key('d')]);
    } finally {
      await drop(db);
    }
  });

  it('link the rows of one write to one another (an import, a sync batch)', async () => {
    const db = open();
    try {
      await db.articles.bulkAdd(['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) => article(i + 1, s)));
      const light = await db.lightArticles.orderBy(':id').toArray();
      expect(light.map((l) => l.copyGroups)).toEqual([[], [1], [], [1], [1], [3]]);
      expect(await copiesByKey(db)).toEqual(await copiesByBands(db));
      expect((await copiesByKey(db))[key('f')]).toEqual([key('c')]);
    } finally {
      await drop(db);
    }
  });

  it('leave the new rows of a large write (an import) to the fill, looked up by band until then', async () => {
    const db = open();
    try {
      const short = Array.from({ length: LINK_INLINE }, (_, i) =>
        storedArticle({ key: `https://short.example/${i}`, text: 'Too short to sign.' }),
      );
      const sites = ['a', 'b', 'c', 'd', 'e', 'f'];
      await db.articles.bulkAdd([...sites.map((s, i) => article(i + 1, s)), ...short]);
      const light = await db.lightArticles.orderBy(':id').toArray();
      expect(light.every((l) => l.copyGroups === undefined)).toBe(true);
      const before = await copiesByKey(db);
      expect(before[key('a')]).toEqual([key('b'), key('d'), key('e')]);
      expect(await fillCopyLinks(db)).toBe(false);
      const filled = await db.lightArticles.orderBy(':id').toArray();
      expect(filled.map((l) => l.copyGroups).slice(0, 6)).toEqual([[], [1], [], [1], [1], [3]]);
      expect(await copiesByKey(db)).toEqual(before);
      // Written after: the fill goes on from where it was.
      await db.articles.bulkAdd(short.map((r, i) => ({ ...r, key: `${r.key}/more`, id: 100 + i })));
      await db.articles.bulkAdd([
        { ...article(200, 'f', `${TEXTS.c}\n\nWith AP`), key: 'https://g.example/putin' },
        ...short.map((r, i) => ({ ...r, key: `${r.key}/last`, id: 300 + i })),
      ]);
      expect((await db.lightArticles.get(200))!.copyGroups).toBeUndefined();
      expect(await fillCopyLinks(db)).toBe(false);
      expect((await db.lightArticles.get(200))!.copyGroups).toEqual([3]);
      // A sync batch puts new rows without ids beside rows stored: the stored ones linked at once.
      const many = [...short, short[0]!].map(({ id: _, ...r }, i) => ({
        ...r,
        key: `https://short.example/synced/${i}`,
      }));
      await db.articles.bulkPut([
        { ...(await db.articles.get(6))!, text: `${TEXTS.a} With AP` },
        ...many,
      ]);
      expect((await db.lightArticles.get(6))!.copyGroups).toEqual([1]);
      expect((await db.lightArticles.get({ key: many[0]!.key }))!.copyGroups).toBeUndefined();
    } finally {
      await drop(db);
    }
  });

  it('keep a group right when its first member goes, and follow a changed text', async () => {
    const db = open();
    try {
      for (const [i, site] of ['a', 'b', 'c', 'd'].entries()) {
        await db.articles.add(article(i + 1, site));
      }
      // A read again, same text: its links kept.
      await db.articles.put({ ...(await db.articles.get(2))!, readCount: 2 });
      expect((await db.lightArticles.get(2))!.copyGroups).toEqual([1]);
      // The group's founder deleted (remove, archive deletion and retention delete the row).
      await db.articles.delete(1);
      expect(await copiesByKey(db)).toEqual({
        [key('b')]: [key('d')],
        [key('c')]: [],
        [key('d')]: [key('b')],
      });
      // A new version joins the group of the members it copies, founder gone.
      await db.articles.add(article(5, 'e'));
      expect((await db.lightArticles.get(5))!.copyGroups).toEqual([1]);
      const after = await copiesByKey(db);
      expect(after[key('b')]).toEqual([key('d'), key('e')]);
      expect(after[key('e')]).toEqual([key('b'), key('d')]);
      expect(after).toEqual(await copiesByBands(db));
      // b's text changes to OTHER's version: linked again, to c; no longer a copy of d and e.
      await db.articles.update(2, { text: TEXTS.f });
      expect((await db.lightArticles.get(2))!.copyGroups).toEqual([3]);
      const changed = await copiesByKey(db);
      expect(changed[key('b')]).toEqual([key('c')]);
      expect(changed[key('d')]).toEqual([key('e')]);
      expect(changed).toEqual(await copiesByBands(db));
    } finally {
      await drop(db);
    }
  });

  it('upgrade a v17 database: its linked rows found by their entities (copyEntityIds)', async () => {
    const rows = ['a', 'b', 'c', 'd', 'f'].map((s, i) => ({
      ...article(i + 1, s),
      entityIds: ['per:q7747'],
    }));
    // Linked as v17 linked them (the same copyGroups), without copyEntityIds.
    const now = open();
    await now.articles.bulkAdd(rows);
    const linked = await now.lightArticles.orderBy(':id').toArray();
    expect(linked.map((l) => l.copyGroups)).toEqual([[], [1], [], [1], [3]]);
    const asV17 = new Map(linked.map(({ copyEntityIds: _, ...l }) => [l.id, l]));
    const name = await leftByRelease(17, rows, (r) => asV17.get(r.id!)!);
    names.push(name);
    const db = new BackstoryDb(name);
    try {
      expect(db.verno).toBe(20);
      const light = await db.lightArticles.orderBy(':id').toArray();
      // The rows with groups carry their entities; the others none.
      const ids = ['per:q7747'];
      expect(light.map((l) => l.copyEntityIds)).toEqual([undefined, ids, undefined, ids, ids]);
      expect(light.map((l) => l.copyGroups)).toEqual(linked.map((l) => l.copyGroups));
      expect(await db.lightArticles.where('copyEntityIds').equals(ids[0]!).primaryKeys()).toEqual([
        2, 4, 5,
      ]);
      // As rows written now are.
      expect(light).toEqual(linked);
    } finally {
      await drop(db, now);
    }
  });

  it('upgrade a v16 database: its rows looked up by band until the idle fill links them', async () => {
    const rows = ['a', 'b', 'c', 'd', 'f'].map((s, i) => article(i + 1, s));
    // As v16 left them: signed, with bands, not linked.
    const name = await leftByRelease(16, rows, (r) => lightArticle(r));
    names.push(name);
    const db = new BackstoryDb(name);
    const spy = bandReads(db);
    try {
      expect((await db.lightArticles.toArray()).map((l) => l.copyGroups)).toEqual(
        rows.map(() => undefined),
      );
      expect(db.verno).toBe(20);
      const before = await copiesByKey(db);
      expect(before[key('a')]).toEqual([key('b'), key('d')]);
      expect(await fillCopyLinks(db)).toBe(false);
      const light = await db.lightArticles.orderBy(':id').toArray();
      expect(light.every((l) => Array.isArray(l.copyGroups))).toBe(true);
      spy.on = true;
      expect(await copiesByKey(db)).toEqual(before);
      expect(spy.n).toBe(0);
      spy.on = false;
      // Through: the next call finds nothing above its progress.
      expect(await db.fills.get('copyLinks')).toEqual({ id: 'copyLinks', after: 5 });
      expect(await fillCopyLinks(db)).toBe(false);
      // And a text read after it is linked when written.
      await db.articles.add(article(6, 'e'));
      spy.on = true;
      expect((await copiesByKey(db))[key('e')]).toEqual([key('a'), key('b'), key('d')]);
      expect(spy.n).toBe(0);
    } finally {
      await drop(db);
    }
  });

  it('resume a fill stopped mid-way (worker killed): the page it was on done again, same links', async () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'].map((s, i) => article(i + 1, s));
    const light = (r: StoredArticle) => lightArticle(r);
    const [name, twin] = [
      await leftByRelease(16, rows, light),
      await leftByRelease(16, rows, light),
    ];
    names.push(name, twin);
    // The worker stops during its second page: the light write of that page fails.
    const killed = new BackstoryDb(name);
    stopOnLightPut(killed);
    const db = new BackstoryDb(name);
    const whole = new BackstoryDb(twin);
    try {
      expect(await fillCopyLinks(killed, 1, 2)).toBe(true);
      await expect(fillCopyLinks(killed, 1, 2)).rejects.toThrow('worker stopped');
      const halfway = await killed.lightArticles.orderBy(':id').toArray();
      expect(halfway.map((l) => l.copyGroups !== undefined)).toEqual([
        true,
        true,
        false,
        false,
        false,
        false,
      ]);
      expect(await killed.fills.get('copyLinks')).toEqual({ id: 'copyLinks', after: 2 });
      killed.close();
      // The next worker resumes from the page after the last one done.
      expect(await fillCopyLinks(db, Infinity, 2)).toBe(false);
      expect(await fillCopyLinks(whole, Infinity, 2)).toBe(false);
      const links = async (d: BackstoryDb) =>
        (await d.lightArticles.orderBy(':id').toArray()).map((l) => l.copyGroups);
      expect(await links(db)).toEqual(await links(whole));
      // The groups of rows linked as written, one at a time: a later copy not yet linked is
      // not a group of its own for the rows before it.
      expect(await links(db)).toEqual([[], [1], [], [1], [1], [3]]);
      expect(await copiesByKey(db)).toEqual(await copiesByBands(db));
      expect((await copiesByKey(db))[key('a')]).toEqual([key('b'), key('d'), key('e')]);
    } finally {
      await drop(db, whole, killed);
    }
  });
});
