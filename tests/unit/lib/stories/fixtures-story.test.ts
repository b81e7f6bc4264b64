import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDb, type BackstoryDb } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { timelineForArticle } from '@/lib/stories/timeline';
import { storeFixture } from '../../../helpers';

// In order of publication, as a reader would meet them.
const PAGES = [
  'courier-masters-woods.en.html',
  'courier-notre-dame-fire.en.html',
  'quotidien-notre-dame-reconstruction.fr.html',
  'courier-notre-dame-spire-contest.en.html',
];

let db: BackstoryDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** Extracts, annotates, stores and groups a fixture page, read at `now`. */
async function read(file: string, now: number) {
  const stored = await storeFixture(db, `stories/${file}`, now);
  return { stored, story: await addToStories(db, stored, { now }) };
}

it('groups three articles on one story across languages and days, not the unrelated one', async () => {
  db = openDb(`t-${crypto.randomUUID()}`);
  const day = Date.UTC(2019, 3, 15, 22);
  const read0 = await read(PAGES[0]!, day);
  const read1 = await read(PAGES[1]!, day + 3_600_000);
  const read2 = await read(PAGES[2]!, day + 86_400_000);
  const read3 = await read(PAGES[3]!, day + 2 * 86_400_000);

  expect(read1.story.outcome).toBe('started');
  expect(read2.story.storyId).toBe(read1.story.storyId);
  expect(read3.story.storyId).toBe(read1.story.storyId);
  expect(read0.story.storyId).not.toBe(read1.story.storyId);

  const t = await timelineForArticle(db, read3.stored.key);
  expect(t?.story.articleCount).toBe(3);
  expect(t?.entries.map((e) => e.key)).toEqual([
    read3.stored.key,
    read2.stored.key,
    read1.stored.key,
  ]);
  expect(t?.entries.map((e) => e.lang)).toEqual(['en', 'fr', 'en']);
  expect(t?.entries[1]?.sharedEntityIds.length).toBeGreaterThan(0);
  const everywhere = [
    ...(t?.entries ?? []),
    ...(t?.relatedStories.flatMap((r) => r.entries) ?? []),
  ].map((e) => e.key);
  expect(everywhere).not.toContain(read0.stored.key);

  // The French article (Apr 16) seen after the spire contest (Apr 17): the later one is listed
  // above it, as counted in the header (issue 14, defect 1).
  const middle = await timelineForArticle(db, read2.stored.key, { lang: 'en' });
  expect(middle?.story.articleCount).toBe(3);
  expect(middle?.entries.map((e) => [e.key, e.current ?? false])).toEqual([
    [read3.stored.key, false],
    [read2.stored.key, true],
    [read1.stored.key, false],
  ]);
  // Named by an English headline for an English reader, by the French one for a French reader.
  expect(middle?.story.name?.lang).toBe('en');
  const inFrench = await timelineForArticle(db, read2.stored.key, { lang: 'fr' });
  expect(inFrench?.story.name).toMatchObject({ lang: 'fr', key: read2.stored.key });
});
