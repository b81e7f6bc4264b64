import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, type StoredArticle } from '@/lib/db';
import { lightArticle } from '@/lib/db/light-articles';
import { COPY_MIN_WORDS, copyPrint, textFingerprint } from '@/lib/db/text-fingerprint';
import { storedArticle } from '../../../helpers';
import { leftByRelease } from '../../shipped-stores';
import { useTestDb } from '../../use-test-db';

/** A text of `n` words. */
const words = (n: number, w = 'mot') =>
  Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ') + '.';

const WIRE = words(80, 'dépêche');

const article = (url: string, text: string, id = 1): StoredArticle =>
  storedArticle({
    id,
    key: url,
    text,
    title: 'Kim promet son plein soutien',
    siteName: new URL(url).hostname,
    lang: 'fr',
    firstReadAt: id,
    lastReadAt: id,
    entityIds: [],
  });

describe('copyPrint', () => {
  it('is the text fingerprint from COPY_MIN_WORDS words on, null below', () => {
    expect(copyPrint(words(COPY_MIN_WORDS))).toBe(textFingerprint(words(COPY_MIN_WORDS)));
    expect(copyPrint(words(COPY_MIN_WORDS - 1))).toBeNull();
    // Spacing and punctuation are not words.
    expect(copyPrint(` — ${words(COPY_MIN_WORDS - 1)} « » … `)).toBeNull();
    expect(copyPrint('')).toBeNull();
    expect(copyPrint(null)).toBeNull();
    // The same words set out otherwise are the same text (ASCII case folded); one word changed
    // is another.
    const ascii = words(60, 'wire');
    expect(copyPrint(ascii.toUpperCase().replace(/ /g, '\n\n'))).toBe(copyPrint(ascii));
    expect(copyPrint(WIRE.replace(/ /g, ' — '))).toBe(copyPrint(WIRE));
    expect(copyPrint(WIRE.replace('dépêche3 ', 'dépêche3bis '))).not.toBe(copyPrint(WIRE));
  });
});

describe('light rows', () => {
  const testDb = useTestDb();

  it('carry the fingerprint of a long text, written with the article row, and are found by it', async () => {
    const db = testDb();
    await db.articles.bulkAdd([
      { ...article('https://a.example/x', WIRE, 1), id: undefined },
      { ...article('https://b.example/y', WIRE, 2), id: undefined },
      { ...article('https://c.example/z', words(20), 3), id: undefined },
    ]);
    const light = await db.lightArticles.orderBy('id').toArray();
    expect(light.map((l) => l.textPrint)).toEqual([copyPrint(WIRE), copyPrint(WIRE), undefined]);
    const same = await db.lightArticles.where('textPrint').equals(copyPrint(WIRE)!).primaryKeys();
    expect(same).toHaveLength(2);
    // An update that changes the text changes it.
    await db.articles.update(light[1]!.id, { text: `${WIRE} Mise à jour.` });
    expect((await db.lightArticles.get(light[1]!.id))?.textPrint).toBe(
      copyPrint(`${WIRE} Mise à jour.`),
    );
    expect(lightArticle(article('https://d.example/', WIRE)).textPrint).toBe(copyPrint(WIRE));
  });
});

describe("the article row's textPrint", () => {
  const testDb = useTestDb();

  it("is computed at each write with the dupKey, whatever the row came with, and is the light row's", async () => {
    const db = testDb();
    // Rows that carry a print of another text (a row spread over a stored one, new text).
    const id = (await db.articles.add({
      ...article('https://a.example/x', WIRE),
      id: undefined,
      textPrint: 'stale',
    }))!;
    const short = (await db.articles.add({
      ...article('https://a.example/y', words(20)),
      id: undefined,
      textPrint: 'stale',
    }))!;
    expect((await db.articles.get(id))?.textPrint).toBe(copyPrint(WIRE));
    expect((await db.lightArticles.get(id))?.textPrint).toBe(copyPrint(WIRE));
    expect((await db.articles.get(short))?.textPrint).toBeUndefined();
    expect((await db.lightArticles.get(short))?.textPrint).toBeUndefined();
    const other = words(90, 'autre');
    await db.articles.update(id, { text: other });
    expect((await db.articles.get(id))?.textPrint).toBe(copyPrint(other));
    expect((await db.lightArticles.get(id))?.textPrint).toBe(copyPrint(other));
  });
});

describe('schema v14', () => {
  it('gives the light rows of a v13 database their text fingerprint, indexed', async () => {
    const rows = [
      article('https://a.example/x', WIRE, 1),
      article('https://b.example/y', WIRE, 2),
      article('https://c.example/z', words(10), 3),
    ];
    const name = await leftByRelease(13, rows);
    const upgraded = openDb(name);
    try {
      expect(upgraded.verno).toBe(20);
      const light = await upgraded.lightArticles.orderBy('id').toArray();
      expect(light.map((l) => l.key)).toEqual(rows.map((r) => r.key));
      expect(light.map((l) => l.textPrint)).toEqual([copyPrint(WIRE), copyPrint(WIRE), undefined]);
      expect(await upgraded.lightArticles.where('textPrint').equals(copyPrint(WIRE)!).count()).toBe(
        2,
      );
      // The article rows are as they were.
      expect(await upgraded.articles.get(1)).toEqual(rows[0]);
    } finally {
      upgraded.close();
      await Dexie.delete(name);
    }
  });
});
