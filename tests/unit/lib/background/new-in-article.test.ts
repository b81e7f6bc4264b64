import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb } from '@/lib/db';
import { newInArticle } from '@/lib/background/new-in-article';
import { addToStories } from '@/lib/stories/add-to-stories';
import { setStoryApart } from '@/lib/stories/set-apart';
import { storeFixture } from '../../../helpers';
import { useTestDb } from '../../use-test-db';

let db: BackstoryDb;
const testDb = useTestDb();
beforeEach(() => {
  db = testDb();
});

const HOUR = 3_600_000;
const T = Date.UTC(2024, 5, 19, 9);

/** Stores and groups a Putin fixture as read `hours` after the first. */
async function read(file: string, hours: number) {
  const stored = await storeFixture(db, file, T + hours * HOUR);
  await addToStories(db, stored, { now: T + hours * HOUR });
  return stored;
}

describe('newInArticle', () => {
  it('gives what the French Putin article names that the English one read before did not', async () => {
    const en = await read('world-desk-putin-pyongyang.en.html', 0);
    const fr = await read('news24-putin-pyongyang.fr.html', 1);
    const storyOf = async (k: string) => (await db.storyMembers.get(k))?.storyId;
    expect(await storyOf(fr.key)).toBe(await storyOf(en.key));

    // Read only in English before: its French words say nothing of what was read; the people
    // and places it names that the English article did not do.
    const found = await newInArticle(db, fr.key);
    expect(found.readBefore).toBe(1);
    expect(found.sentences.length).toBeGreaterThan(0);
    expect(found.sentences.length).toBeLessThanOrEqual(3);
    const englishIds = new Set(en.entities!.map((e) => e.id));
    for (const s of found.sentences) {
      expect(fr.text).toContain(s.text);
      const named = fr.entities!.filter((e) =>
        e.mentions.some((m) => m.start >= s.start && m.end <= s.end),
      );
      expect(named.some((e) => !englishIds.has(e.id))).toBe(true);
    }
    // The first article read of the story has nothing to compare with; an unknown key neither.
    expect(await newInArticle(db, en.key)).toEqual({ sentences: [], readBefore: 0 });
    expect(await newInArticle(db, 'https://none.example/x')).toEqual({
      sentences: [],
      readBefore: 0,
    });
  });

  it('claims nothing new in the Spanish article after the French and English ones: it names no one they did not', async () => {
    await read('news24-putin-pyongyang.fr.html', 0);
    await read('world-desk-putin-pyongyang.en.html', 1);
    const es = await read('diario-global-putin-pyongyang.es.html', 2);
    // "Putin le dio las gracias y anunció que ambos países firmarán un nuevo acuerdo…": read in
    // both, in other words (it was offered as new).
    expect(await newInArticle(db, es.key)).toEqual({ sentences: [], readBefore: 2 });
  });

  it('gives nothing for a wire text the reader read before on another site, in this story or not', async () => {
    await read('world-desk-putin-pyongyang.en.html', 0);
    const fr = await read('news24-putin-pyongyang.fr.html', 3);
    // Without its copy, the French article adds sentences to the story.
    expect((await newInArticle(db, fr.key)).sentences.length).toBeGreaterThan(0);
    // The same text, read an hour before on another site (a wire story republished)...
    const { id: _, ...rest } = fr;
    const copy = {
      ...rest,
      key: 'https://copies.example/putin',
      url: 'https://copies.example/putin',
      canonicalUrl: null,
      siteName: 'Copies',
      firstReadAt: T + 2 * HOUR,
      lastReadAt: T + 2 * HOUR,
    };
    await db.articles.add(copy);
    await addToStories(db, copy, { now: T + 2 * HOUR });
    expect((await newInArticle(db, fr.key)).sentences).toEqual([]);
    // The copy, read first, has its sentences, as before.
    expect((await newInArticle(db, copy.key)).sentences.length).toBeGreaterThan(0);
    // ...taken out of the story by the reader, or grouped elsewhere: still read, nothing new.
    await setStoryApart(db, copy.key, true, T + 4 * HOUR);
    expect((await db.storyMembers.get(copy.key))?.storyId).not.toBe(
      (await db.storyMembers.get(fr.key))?.storyId,
    );
    expect(await newInArticle(db, fr.key)).toEqual({ sentences: [], readBefore: 0 });
  });

  it('gives, after a near copy of its text read on another site, only what the copy lacks', async () => {
    await read('news24-putin-pyongyang.fr.html', 0);
    const en = await read('world-desk-putin-pyongyang.en.html', 1);
    const { id: _, ...rest } = en;
    const ADDED =
      'The Kremlin said Putin would fly on to Vietnam on Thursday for a two-day state visit, his first there since 2017.';
    const republish = async (n: number, text: string) => {
      const url = `https://copies.example/putin-${n}`;
      const at = T + (1 + n) * HOUR;
      const copy = { ...rest, text, key: url, url, canonicalUrl: null, siteName: 'Copies' };
      await db.articles.add({ ...copy, firstReadAt: at, lastReadAt: at });
      await addToStories(db, { ...copy, firstReadAt: at, lastReadAt: at }, { now: at });
      return newInArticle(db, url);
    };
    // With a dateline and a credit: its first sentence has two words more, not news.
    const credited = await republish(1, `PYONGYANG, June 19 (AFP) — ${en.text}\n\nWith AFP`);
    expect(credited.readBefore).toBe(2);
    expect(credited.sentences).toEqual([]);
    // With a paragraph added: that paragraph only.
    const longer = await republish(2, `PYONGYANG (AFP) — ${en.text}\n\n${ADDED}`);
    expect(longer.sentences.map((s) => s.text)).toEqual([ADDED]);
  });

  it('gives nothing new after a near copy read before in another story or in none', async () => {
    await read('world-desk-putin-pyongyang.en.html', 0);
    const fr = await read('news24-putin-pyongyang.fr.html', 3);
    expect((await newInArticle(db, fr.key)).sentences.length).toBeGreaterThan(0);
    // Its text with a dateline and a credit, read an hour before on another site, and grouped
    // nowhere (not yet, or never: a story of one)...
    const { id: _, ...rest } = fr;
    const at = T + 2 * HOUR;
    const copy = {
      ...rest,
      text: `PYONGYANG, 19 juin (AFP) — ${fr.text}\n\nAvec AFP`,
      key: 'https://copies.example/putin',
      url: 'https://copies.example/putin',
      canonicalUrl: null,
      siteName: 'Copies',
      firstReadAt: at,
      lastReadAt: at,
    };
    const copyId = await db.articles.add(copy);
    expect(await db.storyMembers.get(copy.key)).toBeUndefined();
    const found = await newInArticle(db, fr.key);
    expect(found.sentences).toEqual([]);
    expect(found.readBefore).toBe(2);
    // ...or in another story, taken out of this one by the reader: read all the same.
    await addToStories(db, copy, { now: at });
    await setStoryApart(db, copy.key, true, T + 4 * HOUR);
    expect((await db.storyMembers.get(copy.key))?.storyId).not.toBe(
      (await db.storyMembers.get(fr.key))?.storyId,
    );
    expect((await newInArticle(db, fr.key)).sentences).toEqual([]);
    // Read after it, the copy is no reason to hide anything.
    await db.articles.update(copyId, { firstReadAt: T + 5 * HOUR });
    expect((await newInArticle(db, fr.key)).sentences.length).toBeGreaterThan(0);
  });
});
