import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { listArticlesMentioning } from '@/lib/db/mentions';

/** Exactly what versions 1 to 5 shipped. */
function openV5(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ articles: '++id, &key, lastReadAt, publishedAt, siteName, lang' });
  db.version(2).stores({ queue: '++id, receivedAt' });
  db.version(3).stores({
    articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt',
    contents: '&key',
  });
  db.version(4).stores({
    articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt, *entityIds',
  });
  db.version(5).stores({
    searchPostings: '',
    searchColumns: 'chunk',
    searchDocs: 'key',
    searchTail: 'doc',
    searchMeta: 'id',
  });
  return db;
}

function row(key: string, lang: string, entities: [string, string, string, number, number][]) {
  return {
    key,
    lang,
    title: key,
    text: 'x',
    firstReadAt: 1,
    lastReadAt: 2,
    readCount: 1,
    entities: entities.map(([id, type, name, salience, start]) => ({
      id,
      type,
      name,
      salience,
      mentions: [{ start, end: start + name.length }],
    })),
    entityIds: entities.map(([id]) => id),
  };
}

describe('schema v6 (canonical entity ids)', () => {
  it('gives stored entities canonical ids, one per referent across languages', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const old = openV5(name);
    await old.table('articles').bulkAdd([
      row('https://fr.example/1', 'fr', [
        ['per:vladimir-poutine', 'PER', 'Vladimir Poutine', 1, 0],
        ['loc:coree-du-nord', 'LOC', 'Corée du Nord', 0.8, 40],
        // Two old entities that are one person now: merged, the higher salience kept.
        ['per:poutine', 'PER', 'Poutine', 0.3, 90],
        ['per:serguei-lavrov', 'PER', 'Sergueï Lavrov', 0.2, 120],
      ]),
      row('https://en.example/1', 'en', [
        ['per:vladimir-putin', 'PER', 'Vladimir Putin', 1, 0],
        ['loc:north-korea', 'LOC', 'North Korea', 0.5, 30],
        ['per:sergey-lavrov', 'PER', 'Sergei Lavrov', 0.4, 60],
        ['per:kim-jong-il', 'PER', 'Kim Jong Il', 0.1, 90],
      ]),
      // A row without entities keeps what it had.
      {
        key: 'https://a.example/2',
        title: 'bare',
        text: 'y',
        firstReadAt: 1,
        lastReadAt: 1,
        readCount: 1,
        entityIds: ['Q7747'],
      },
    ]);
    old.close();

    const db = openDb(name);
    const fr = await db.articles.where('key').equals('https://fr.example/1').first();
    expect(fr?.entityIds).toEqual(['per:Q7747', 'loc:Q423', 'per:sergey-lavrov']);
    expect(fr?.entities?.[0]).toEqual({
      id: 'per:Q7747',
      type: 'PER',
      name: 'Vladimir Poutine',
      salience: 1,
      mentions: [
        { start: 0, end: 16 },
        { start: 90, end: 97 },
      ],
    });
    const en = await db.articles.where('key').equals('https://en.example/1').first();
    expect(en?.entityIds).toEqual([
      'per:Q7747',
      'loc:Q423',
      'per:sergey-lavrov',
      'per:kim-yong-il',
    ]);
    const titles = async (id: string) =>
      (await listArticlesMentioning(db, id)).map((a) => a.key).sort();
    expect(await titles('per:Q7747')).toEqual(['https://en.example/1', 'https://fr.example/1']);
    expect(await titles('per:sergey-lavrov')).toEqual([
      'https://en.example/1',
      'https://fr.example/1',
    ]);
    expect(await titles('per:vladimir-poutine')).toEqual([]);
    const bare = await db.articles.where('key').equals('https://a.example/2').first();
    expect(bare?.entityIds).toEqual(['Q7747']);
    db.close();
    await Dexie.delete(name);
  });
});
