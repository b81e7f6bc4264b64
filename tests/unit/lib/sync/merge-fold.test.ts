import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { textArticle } from '@/lib/article';
import { upsertArticle } from '@/lib/db';
import type { StoredArticle } from '@/lib/db/schema';
import { mergeIncoming } from '@/lib/sync/merge';
import type { ArticleRecord } from '@/lib/sync/records';
import { ELECTION_EN, QUAKE_EN } from '../stories/helpers';
import { useTestDb } from '../../use-test-db';

const db = useTestDb();
const T = Date.UTC(2026, 0, 5, 9);
const X1 = 'https://news.example/a';
const X2 = 'https://news.example/b';
const X3 = 'https://news.example/c';

const row = (key: string, text: string, title: string, aliases?: string[]): StoredArticle => ({
  ...textArticle(text, { url: key, title, lang: 'en' }),
  key,
  firstReadAt: T,
  lastReadAt: T,
  readCount: 1,
  ...(aliases ? { aliases } : {}),
});

it('sends one record a key when a deletion and a fold both name it', async () => {
  // X3 was once an alias of X1's article; it now shows another article, stored under X3.
  await db().articles.bulkAdd([row(X1, QUAKE_EN, 'Quake', [X3]), row(X3, ELECTION_EN, 'Election')]);
  const result = await mergeIncoming(
    db(),
    [
      { kind: 'deleted', key: X1, at: T + 1 },
      { kind: 'deleted', key: X3, at: T + 1, into: X2 },
    ],
    'device-a',
    null,
    T + 2,
  );

  const keys = result.out.map((r) => r.key);
  expect(keys).toEqual([...new Set(keys)]);
  // The redirect (later) wins over the deletion of X1's alias.
  expect(result.out.find((r) => r.key === X3)).toEqual({
    kind: 'deleted',
    key: X3,
    at: T + 2,
    into: X2,
  });
  expect((await db().articles.toArray()).map((r) => [r.key, r.aliases])).toEqual([[X2, [X3]]]);
});

it('folds a record with the article read here while the merge looked for it (between its two transactions)', async () => {
  // A reader's read of X2 lands after the merge's read-only lookups and before its write
  // transaction: it is started the moment the lookups' transaction is created, so it runs
  // right after it (IndexedDB runs transactions of one table in the order they were created).
  let armed = true;
  let reading: Promise<unknown> | undefined;
  db().use({
    stack: 'dbcore',
    name: 'readInBetween',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        if (armed && mode === 'readonly' && stores.join() === 'articles') {
          armed = false;
          reading = Dexie.ignoreTransaction(() =>
            upsertArticle(
              db(),
              textArticle(QUAKE_EN, { url: X2, title: 'Quake', lang: 'en' }),
              T + 1,
            ),
          );
        }
        return tx;
      },
    }),
  });
  const record: ArticleRecord = {
    kind: 'article',
    key: X1,
    article: textArticle(QUAKE_EN, { url: X1, title: 'Quake', lang: 'en' }),
    firstReadAt: T,
    lastReadAt: T,
    reads: { 'device-b': 1 },
    savedAt: null,
    savedChangedAt: 0,
    html: null,
    decision: null,
  };
  const result = await mergeIncoming(db(), [record], 'device-a', null, T + 2);
  await reading;

  expect(reading).toBeDefined();
  expect((await db().articles.toArray()).map((r) => [r.key, r.aliases, r.readCount])).toEqual([
    [X1, [X2], 2],
  ]);
  expect(result.out).toContainEqual({ kind: 'deleted', key: X2, at: T + 2, into: X1 });
});
