import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';
import { listArticlesMentioning } from '@/lib/db/mentions';

describe('schema v4 (articles indexed by entity)', () => {
  it('indexes articles stored before it by the entities they already had', async () => {
    const name = `t-${crypto.randomUUID()}`;
    // Articles as v3 and v4 stored them: entities on the row, no entityIds, no index.
    const old = new Dexie(name);
    old.version(3).stores({
      articles: '++id, &key, lastReadAt, publishedAt, siteName, lang, savedAt',
      queue: '++id, receivedAt',
      contents: '&key',
    });
    await old.table('articles').add({
      key: 'https://a.example/1',
      title: 'Kim et Poutine',
      text: 'x',
      firstReadAt: 1,
      lastReadAt: 2,
      readCount: 1,
      entities: [
        { id: 'per:kim-jong-un', type: 'PER', name: 'Kim Jong Un', salience: 1, mentions: [] },
      ],
    });
    old.close();

    const db = openDb(name);
    // v6 then gives the entity its canonical id (lib/kb): Kim Jong Un's QID.
    const found = await listArticlesMentioning(db, 'per:Q56226');
    expect(found.map((a) => [a.title, a.entityIds])).toEqual([['Kim et Poutine', ['per:Q56226']]]);
    db.close();
    await Dexie.delete(name);
  });
});
