import { beforeEach, describe, expect, it } from 'vitest';
import type { BackstoryDb, StoredArticle } from '@/lib/db';
import { addToStories } from '@/lib/stories/add-to-stories';
import { setStoryApart } from '@/lib/stories/set-apart';
import { entityStories, timelineForArticle, type TimelineEntry } from '@/lib/stories/timeline';
import { GROUP_MIN, foldCopies } from '@/lib/stories/timeline-copies';
import { isNearCopy, nearCopyPrint, nearCopySimilarity } from '@/lib/db/near-copy';
import { QUAKE_EN, QUAKE_EN_2, QUAKE_FR, T0, key, quake, story } from './helpers';
import { useTestDb } from '../../use-test-db';

const entry = (url: string, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  key: url,
  url,
  date: '2025-03-02T09:00:00.000Z',
  siteName: new URL(url).hostname,
  lang: 'en',
  title: 'Quake',
  sharedEntityIds: [],
  saved: false,
  isNew: false,
  ...over,
});

describe('foldCopies', () => {
  const prints: Record<string, string> = {
    'https://a.example/1': 'wire',
    'https://b.example/2': 'wire',
    'https://c.example/3': 'wire',
    'https://a.example/4': 'wire',
    'https://d.example/5': 'other',
  };
  const printOf = (k: string) => prints[k];

  it('keeps the earliest published of one text on several sites, the others its copies', () => {
    const entries = [
      entry('https://d.example/5', { date: '2025-03-04T09:00:00.000Z' }),
      entry('https://c.example/3', { date: '2025-03-03T09:00:00.000Z', isNew: true }),
      entry('https://b.example/2', {
        date: '2025-03-02T10:00:00.000Z',
        saved: true,
        firstReadAt: 1_000,
      }),
      entry('https://a.example/1', { date: '2025-03-02T09:00:00.000Z', firstReadAt: 5_000 }),
      entry('https://e.example/6'),
    ];
    const { entries: out, folded } = foldCopies(entries, printOf);
    expect(folded).toBe(2);
    expect(out.map((e) => e.key)).toEqual([
      'https://d.example/5',
      'https://a.example/1',
      'https://e.example/6',
    ]);
    expect(out[1]!.copies).toEqual([
      {
        key: 'https://c.example/3',
        url: 'https://c.example/3',
        siteName: 'c.example',
        title: 'Quake',
        date: '2025-03-03T09:00:00.000Z',
        saved: false,
      },
      expect.objectContaining({ key: 'https://b.example/2', saved: true }),
    ]);
    // The text was first read on b.example, before the entry kept was.
    expect(out[1]!.firstReadAt).toBe(1_000);
    expect(out[0]!.copies).toBeUndefined();
    // Nothing to fold: the very list back.
    const one = entries.slice(0, 1);
    expect(foldCopies(one, printOf)).toEqual({ entries: one, folded: 0 });
  });

  it('keeps the article being read, new only when every copy is, two of one site apart', () => {
    const entries = [
      entry('https://c.example/3', { date: '2025-03-03T09:00:00.000Z', isNew: true }),
      entry('https://a.example/4', { date: '2025-03-02T12:00:00.000Z', isNew: true }),
      entry('https://b.example/2', { date: '2025-03-02T10:00:00.000Z', current: true }),
      entry('https://a.example/1', { date: '2025-03-02T09:00:00.000Z' }),
    ];
    const { entries: out, folded } = foldCopies(entries, printOf);
    expect(out.map((e) => e.key)).toEqual(['https://b.example/2']);
    expect(out[0]!.copies?.map((c) => c.key)).toEqual([
      'https://c.example/3',
      'https://a.example/4',
      'https://a.example/1',
    ]);
    expect(folded).toBe(3);
    // Without the one being read: the earliest (a.example/1) kept; a.example/4, of its site,
    // stays an entry of its own, and the new c.example/3 alone does not make the entry new.
    const rest = foldCopies(entries.slice(0, 2).concat(entries.slice(3)), printOf);
    expect(rest.entries.map((e) => [e.key, e.isNew, e.copies?.map((c) => c.key)])).toEqual([
      ['https://a.example/4', true, undefined],
      ['https://a.example/1', false, ['https://c.example/3']],
    ]);
    // Copies that are all new make a new entry.
    const allNew = foldCopies([entries[0]!, { ...entries[3]!, isNew: true }], printOf);
    expect(allNew.entries[0]!.isNew).toBe(true);
  });
});

describe('foldCopies with near copies', () => {
  // Two dispatches of some seventy words each, about one quake.
  const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
  const OTHER =
    'Chile counted its dead on Tuesday after the earthquake that hit Valparaiso. Rescue teams ' +
    'and soldiers cleared the rubble of the old port, where power had been cut since Sunday, and ' +
    'the government kept the state of emergency in the region for another week. Aftershocks ' +
    'were felt as far as Santiago; schools stayed closed and families slept outdoors in parks.';
  const texts: Record<string, string> = {
    'https://a.example/1': WIRE,
    // Republished with a dateline and a credit line.
    'https://b.example/2': `VALPARAISO (AFP) — ${WIRE} With AFP`,
    // Republished with the last sentence cut, on a third site, and on the first site again.
    'https://c.example/3': WIRE.slice(0, WIRE.lastIndexOf('The death toll')),
    'https://a.example/4': `${WIRE} (Reuters)`,
    // The same event written apart: kept.
    'https://d.example/5': OTHER,
  };
  const nearOf = (k: string) => nearCopyPrint(texts[k]) ?? undefined;

  it('folds the texts of other sites that are the same give or take a dateline, a credit, a sentence', () => {
    // Newest first; the first published, on a.example, is kept.
    const order = ['a.example/4', 'd.example/5', 'c.example/3', 'b.example/2', 'a.example/1'];
    const entries = order.map((u, i) =>
      entry(`https://${u}`, { date: `2025-03-0${5 - i}T09:00:00.000Z` }),
    );
    const { entries: out, folded } = foldCopies(entries, () => undefined, nearOf);
    expect(out.map((e) => [e.key, e.copies?.map((c) => c.key)])).toEqual([
      ['https://a.example/4', undefined],
      ['https://d.example/5', undefined],
      ['https://a.example/1', ['https://c.example/3', 'https://b.example/2']],
    ]);
    expect(folded).toBe(2);
    // Exact copies still fold without signatures; texts too short for one never do.
    expect(
      foldCopies(
        entries,
        () => undefined,
        () => undefined,
      ).folded,
    ).toBe(0);
  });
});

describe('foldCopies with a chain of near copies', () => {
  // Words of their own (no shingle shared by chance): the texts are runs of them.
  const run = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => `w${(from + i).toString(36)}q`).join(' ');

  it('joins versions of one text, not two texts met only in a third', () => {
    // A text, a version with its end rewritten, and a version of that version.
    const texts: Record<string, string> = {
      'https://a.example/1': run(0, 100),
      'https://b.example/2': run(30, 150),
      'https://c.example/3': run(80, 180),
    };
    const sig = (k: string) => nearCopyPrint(texts[k])!;
    const [a, b, c] = Object.keys(texts);
    expect(isNearCopy(sig(a!), sig(b!))).toBe(true);
    expect(isNearCopy(sig(b!), sig(c!))).toBe(true);
    // Its first and last are two texts: under what one event written apart shares.
    expect(nearCopySimilarity(sig(a!), sig(c!))).toBeLessThan(GROUP_MIN);
    const entries = [c!, b!, a!].map((u, i) =>
      entry(u, { date: `2025-03-0${5 - i}T09:00:00.000Z` }),
    );
    const { entries: out, folded } = foldCopies(entries, () => undefined, sig);
    expect(folded).toBe(1);
    expect(out).toHaveLength(2);
    // A chain whose ends are still alike is one entry.
    texts['https://c.example/3'] = run(50, 160);
    expect(nearCopySimilarity(sig(a!), sig(c!))).toBeGreaterThanOrEqual(GROUP_MIN);
    expect(isNearCopy(sig(a!), sig(c!))).toBe(false);
    const one = foldCopies(entries, () => undefined, sig);
    expect(one.entries.map((e) => [e.key, e.copies?.map((x) => x.key)])).toEqual([[a, [c, b]]]);
  });
});

describe('a story with a wire text read on two sites', () => {
  let db: BackstoryDb;
  const testDb = useTestDb();
  beforeEach(() => {
    db = testDb();
  });

  // Some seventy words: a wire dispatch, long enough to be taken for one (COPY_MIN_WORDS).
  const WIRE = `${QUAKE_EN} ${QUAKE_EN_2}`;
  const copy = (n: number, site: string, over: Partial<StoredArticle> = {}): StoredArticle => {
    const a = story(n, { day: 1, text: WIRE, entities: quake, title: 'Quake hits Valparaiso' });
    const url = `https://${site}/${n}`;
    return { ...a, key: url, url, canonicalUrl: url, siteName: site, ...over };
  };

  async function read(a: StoredArticle) {
    await db.articles.add(a);
    await addToStories(db, a, { now: a.firstReadAt });
  }

  it('is one entry, the earliest, "also on" the other site, and one article in the count', async () => {
    await read(story(1, { day: 0, text: QUAKE_FR, entities: quake, lang: 'fr' }));
    await read(copy(2, 'wire-one.example'));
    // Published two hours later on another site, under its own headline.
    await read(
      copy(3, 'wire-two.example', {
        title: 'Earthquake in Valparaiso',
        publishedAt: new Date(T0 + 86_400_000 + 7_200_000).toISOString(),
        firstReadAt: T0 + 2 * 86_400_000,
        lastReadAt: T0 + 2 * 86_400_000,
      }),
    );
    const t = await timelineForArticle(db, key(1));
    expect(t?.entries.map((e) => [e.key, e.copies?.map((c) => c.siteName)])).toEqual([
      ['https://wire-one.example/2', ['wire-two.example']],
      [key(1), undefined],
    ]);
    // Two texts: the count is of those, and says as many as the list shows.
    expect(t?.story.articleCount).toBe(2);

    // Read on the second site, the entry is the one being read, also on the first.
    const here = await timelineForArticle(db, 'https://wire-two.example/3');
    expect(here?.entries.map((e) => [e.key, e.current, e.copies?.map((c) => c.key)])).toEqual([
      ['https://wire-two.example/3', true, ['https://wire-one.example/2']],
      [key(1), undefined, undefined],
    ]);
    expect(here?.story.articleCount).toBe(2);

    // An entity's stories list the text once too.
    const byEntity = await entityStories(db, 'loc:valparaiso');
    expect(byEntity.stories[0]?.entries.map((e) => e.key)).toEqual([
      'https://wire-one.example/2',
      key(1),
    ]);
    expect(byEntity.stories[0]?.story.articleCount).toBe(2);
  });

  it('lists a copy the grouping put in another story as "also on" in both, not again under a related story', async () => {
    await read(story(1, { day: 0, text: QUAKE_FR, entities: quake, lang: 'fr' }));
    await read(copy(2, 'wire-one.example'));
    const other = 'https://wire-two.example/3';
    await read(copy(3, 'wire-two.example', { text: `VALPARAISO (AFP) — ${WIRE} With AFP` }));
    // Taken out of the story by the reader (or grouped apart): a story of its own.
    await setStoryApart(db, other, true, T0 + 3 * 86_400_000);
    const storyOf = async (k: string) => (await db.storyMembers.get(k))?.storyId;
    expect(await storyOf(other)).not.toBe(await storyOf(key(2)));

    const t = await timelineForArticle(db, 'https://wire-one.example/2');
    expect(t?.entries.map((e) => [e.key, e.copies?.map((c) => c.key)])).toEqual([
      ['https://wire-one.example/2', [other]],
      [key(1), undefined],
    ]);
    // Not its member: not counted in it.
    expect(t?.story.articleCount).toBe(2);

    // Read there, the copy knows this one too, and no related story lists it again.
    const there = await timelineForArticle(db, other);
    expect(there?.entries.map((e) => [e.key, e.copies?.map((c) => c.key)])).toEqual([
      [other, ['https://wire-one.example/2']],
    ]);
    const related = there?.relatedStories.flatMap((r) => r.entries.map((e) => e.key)) ?? [];
    expect(related).not.toContain('https://wire-one.example/2');
  });
  it('lists with every entry, not only the one being read, its copy in another story; the related story does not list it again', async () => {
    await read(story(1, { day: 0, text: QUAKE_FR, entities: quake, lang: 'fr' }));
    await read(copy(2, 'wire-one.example'));
    const other = 'https://wire-two.example/3';
    await read(copy(3, 'wire-two.example', { text: `VALPARAISO (AFP) — ${WIRE} With AFP` }));
    await setStoryApart(db, other, true, T0 + 3 * 86_400_000);
    // A later article of the story, read after both copies.
    await read(
      story(4, {
        day: 2,
        text: `${QUAKE_EN_2} Schools reopened in the port on Thursday.`,
        entities: quake,
        title: 'Valparaiso rebuilds',
      }),
    );
    const storyOf = async (k: string) => (await db.storyMembers.get(k))?.storyId;
    expect(await storyOf(key(4))).toBe(await storyOf(key(1)));
    expect(await storyOf(other)).not.toBe(await storyOf(key(1)));

    // Read from the first article, the wire text's entry (not the one being read) is also on
    // the other site.
    const first = await timelineForArticle(db, key(1));
    expect(first?.entries.map((e) => [e.key, e.copies?.map((c) => c.key)])).toEqual([
      [key(4), undefined],
      ['https://wire-one.example/2', [other]],
      [key(1), undefined],
    ]);
    // Not its member: not counted in it.
    expect(first?.story.articleCount).toBe(3);

    // From the latest: the same, and the copy's own story, related (it began before), does not
    // list it again as its entry: it has nothing else to show, and is left out.
    const latest = await timelineForArticle(db, key(4));
    expect(latest?.entries.map((e) => [e.key, e.copies?.map((c) => c.key)])).toEqual([
      [key(4), undefined],
      ['https://wire-one.example/2', [other]],
      [key(1), undefined],
    ]);
    const listed = latest?.relatedStories.flatMap((r) => r.entries.map((e) => e.key)) ?? [];
    expect(listed).not.toContain(other);
    expect(latest?.relatedStories.every((r) => r.entries.length > 0)).toBe(true);
  });
  it("lists a text the grouping put in two of an entity's stories once, with the other as its copy", async () => {
    await read(story(1, { day: 0, text: QUAKE_FR, entities: quake, lang: 'fr' }));
    await read(copy(2, 'wire-one.example'));
    const other = 'https://wire-two.example/3';
    await read(copy(3, 'wire-two.example', { text: `VALPARAISO (AFP) — ${WIRE} With AFP` }));
    await setStoryApart(db, other, true, T0 + 3 * 86_400_000);

    const byEntity = await entityStories(db, 'loc:valparaiso');
    expect(byEntity.total).toBe(2);
    const listed = byEntity.stories.map((s) =>
      s.entries.map((e) => [e.key, e.copies?.map((c) => c.key)]),
    );
    const wire = listed.flat().filter(([k]) => k === other || k === 'https://wire-one.example/2');
    expect(wire).toHaveLength(1);
    const [kept] = wire[0]!;
    expect(wire[0]![1]).toEqual([kept === other ? 'https://wire-one.example/2' : other]);
    // Both stories stay listed (each is about the entity), each counting its own articles.
    expect(byEntity.stories).toHaveLength(2);
  });
});
