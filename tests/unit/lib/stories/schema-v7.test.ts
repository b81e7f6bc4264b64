import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDb, type BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { QUAKE_EN, ent, story } from './helpers';
import { SHIPPED_STORES } from '../../shipped-stores';

let db: BackstoryDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

it('upgrades a version 6 database: articles kept, story tables added and empty', async () => {
  const name = `t-${crypto.randomUUID()}`;
  const v6 = new Dexie(name);
  v6.version(6).stores(SHIPPED_STORES[6]);
  const article = story(1, { day: 0, text: QUAKE_EN, entities: [ent('loc:valparaiso')] });
  await v6.table('articles').add(article);
  v6.close();

  db = openDb(name);
  expect(await db.articles.count()).toBe(1);
  expect(await db.stories.count()).toBe(0);
  const stored = (await db.articles.toArray())[0]!;
  const added = await addToStories(db, stored);
  expect(added.outcome).toBe('started');
  expect(await db.stories.where('entityIds').equals('loc:valparaiso').count()).toBe(1);
});
