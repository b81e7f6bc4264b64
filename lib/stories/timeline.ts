import Dexie from 'dexie';
import type { LightArticle } from '../db/light-articles';
import type { BackstoryDb } from '../db/schema';
import { QUERY_ENTITIES, RELATED_THRESHOLD, STORIES_PER_FEATURE } from './params';
import type { StoryEntity, StoryMember, Weighted } from './rows';
import { cosinePacked } from './similarity';
import type { StoryHead } from './story-heads';
import { isShownWith } from './display';
import { NAME_WORD } from './article-features';
import { isoOrEmpty } from '../limits';
import { storyName, type StoryName } from './story-name';
import { copiesOfEach, foldAcross, foldCopies, LOOKUP_REACH } from './timeline-copies';

/** A story as the UI lists it. */
export interface StorySummary {
  id: string;
  title: string | null;
  /** Its strongest entities, strongest first. */
  keyEntities: Pick<StoryEntity, 'id' | 'name' | 'type'>[];
  /** ISO 8601: its earliest and latest article. */
  firstDate: string;
  lastDate: string;
  /**
   * Its articles, one text read on several sites counted once where its copies are known (those
   * among the entries listed with it, timeline-copies.ts): the count is of coverage, the
   * reporting the reader has, which a wire story republished elsewhere does not add to; and it
   * agrees with the list below it, where the copies are one entry ("also on …").
   */
  articleCount: number;
  /**
   * Its name (storyName): the most representative headline, in the reader's language when the
   * story has an article in it; absent where the caller did not ask (then `title`).
   */
  name?: StoryName | null;
}

/** An article in a timeline. */
export interface TimelineEntry {
  key: string;
  url: string;
  /** ISO 8601: publication date, else when it was first read. */
  date: string;
  siteName: string | null;
  lang: string;
  title: string | null;
  /** Entity ids it shares with the article the timeline is for. */
  sharedEntityIds: string[];
  /** The reader saved it to the archive. */
  saved: boolean;
  /** When the reader first read it (epoch ms). */
  firstReadAt?: number;
  /** It entered this story after the reader last opened this story's timeline. */
  isNew: boolean;
  /** It is the article the timeline is for ("you are reading this"). */
  current?: true;
  /**
   * The same text read on other sites (a wire story republished), shown as this one entry
   * ("also on …"): timeline-copies.ts. Absent when none.
   */
  copies?: TimelineCopy[];
}

/** Another site's copy of an entry's text: where it was read, under which headline, for a link. */
export type TimelineCopy = Pick<
  TimelineEntry,
  'key' | 'url' | 'siteName' | 'title' | 'date' | 'saved'
>;

export interface ArticleTimeline {
  story: StorySummary;
  /**
   * The story's articles, earlier and later than this one, newest first, this one among them
   * (marked `current`): this one always kept, and of the newest `limit × WINDOW_READ`, those
   * confidently in the same story as this one (display.ts, shownMembers), `limit` in all at most.
   * Hidden members are not listed: a wrong article in "earlier coverage" is worse than a missing
   * one.
   */
  entries: TimelineEntry[];
  /** Other stories that began before this article and share its entities, most alike first. */
  relatedStories: { story: StorySummary; entries: TimelineEntry[] }[];
  /** The reader took this article out of its story (setStoryApart): it stands alone. */
  apart?: true;
}

export interface TimelineOptions {
  /** Most entries in `entries` (default 30), this article's included. */
  limit?: number;
  /** The reader's language, for the story's name (default: none preferred). */
  lang?: string;
  /** Most related stories (default 3) and entries shown for each (default 3). */
  relatedLimit?: number;
  relatedEntries?: number;
  /** The time of this view (default now); see markViewed. */
  now?: number;
  /** Record this view as the story's last (its storyViews row; default true). */
  markViewed?: boolean;
}

/**
 * The story of a stored article: its articles before and after it, newest first, this one in
 * place, the story's name in the reader's language, and earlier related stories. "New since you last read about this": an entry is
 * new when it entered the story (was read, or came in by a merge) after the previous time a
 * timeline of this story was shown; this call then records `now` as that time. A story never
 * shown before has nothing new: there is no earlier visit to compare with. Null when the
 * article is in no story.
 */
export async function timelineForArticle(
  db: BackstoryDb,
  key: string,
  opts: TimelineOptions = {},
): Promise<ArticleTimeline | null> {
  const { limit = 30, relatedLimit = 3, relatedEntries = 3, now = Date.now() } = opts;
  const tables = [db.stories, db.storyMembers, db.lightArticles, db.storyHeads, db.storyViews];
  return db.transaction('rw', tables, async () => {
    const current = await db.storyMembers.get(key);
    if (!current) return null;
    // Independent reads, issued together. The story's head (story-heads.ts) holds all a
    // timeline shows of it (no story row is read), read with the heads of the stories sharing
    // its entities; the window needs only its count, once its newest members are read.
    const found = headsSharing(db, current.entities.slice(0, QUERY_ENTITIES), current.storyId);
    const [{ shown, read, passed }, { own: story, sharing }] = await Promise.all([
      shownWindow(
        db,
        current,
        found.then((h) => h.own?.count ?? 0),
        limit,
      ),
      found,
    ]);
    if (!story) return null;

    const weighed: { head: StoryHead; score: number }[] = [];
    for (const other of sharing) {
      if (other.firstDate > current.date) continue;
      const score = cosinePacked(current.entities, other);
      if (score >= RELATED_THRESHOLD) weighed.push({ head: other, score });
    }
    weighed.sort((a, b) => b.score - a.score || b.head.lastDate - a.head.lastDate);
    const top = weighed.slice(0, relatedLimit).map((r) => r.head);
    // Only the stories listed are read further: their members, and their views with this
    // story's, in one read.
    const [[lastView, ...views], relatedMembers] = await Promise.all([
      db.storyViews.bulkGet([story.id, ...top.map((h) => h.id)]),
      Promise.all(top.map((h) => membersUpTo(db, h.id, current.date, relatedEntries))),
    ]);
    const seenAt = lastView?.at;
    const related = top.map((story, i) => ({ story, seenAt: views[i]?.at }));

    const articles = await articlesOf(db, [...shown, ...relatedMembers.flat()]);
    const mine = new Set(articles.get(key)?.entityIds ?? current.entities.map(([id]) => id));
    const entry = (m: StoryMember, seen: number | undefined): TimelineEntry =>
      toEntry(m, articles.get(m.key), mine, seen);

    const printOf = (k: string) => articles.get(k)?.textPrint;
    const nearOf = (k: string) => articles.get(k)?.nearPrint;
    const own = foldCopies(
      shown.map((m) =>
        m.key === key ? { ...entry(m, undefined), current: true as const } : entry(m, seenAt),
      ),
      printOf,
      nearOf,
    );
    const others = related.map((r, i) =>
      foldCopies(
        relatedMembers[i]!.map((m) => entry(m, r.seenAt)),
        printOf,
        nearOf,
      ),
    );
    // Copies of the entries' texts read anywhere (the grouping put them in another story or in
    // none), looked up for the entries the reader sees first, those around the one being read
    // (LOOKUP_REACH); each listed once in the view, with the entry it copies (foldAcross), which
    // also folds every entry of the view with its copies the view lists.
    const at = Math.max(
      0,
      own.entries.findIndex((e) => e.current),
    );
    const heads = own.entries
      .filter((_, i) => Math.abs(i - at) <= LOOKUP_REACH)
      .flatMap((e) => articles.get(e.key) ?? []);
    const view = foldAcross(
      [own.entries, ...others.map((o) => o.entries)],
      printOf,
      nearOf,
      await copiesOfEach(db, heads, key),
    );

    if (opts.markViewed ?? true) await db.storyViews.put({ id: story.id, at: now });
    const summary = summarizeShown(story, passed, read);
    return {
      ...(current.apart ? { apart: true as const } : {}),
      story: {
        ...summary,
        articleCount: summary.articleCount - own.folded,
        name: storyName(shown, opts.lang ?? null),
      },
      entries: view[0]!,
      relatedStories: related
        .map((r, i) => ({
          story: {
            ...summarize(r.story, others[i]!.folded),
            name: storyName(relatedMembers[i]!, opts.lang ?? null),
          },
          entries: view[i + 1]!,
        }))
        // A story all of whose entries are listed with this one's: nothing of its own to show.
        .filter((r) => r.entries.length > 0),
    };
  });
}

/**
 * The stories about an entity over time, newest first: stories that have it among their key
 * entities (capped at `limit`, default 50, the most recently created), each named as the story
 * of the article being read is (storyName, in the reader's `lang`), from its latest NAMED_FROM
 * articles: the row's title is its latest headline, whatever its language or its weight in the
 * story, and a story must go by one name wherever it is listed.
 * Bounded: one capped read of the stories, one capped indexed read per story.
 */
export async function timelineForEntity(
  db: BackstoryDb,
  entityId: string,
  opts: { limit?: number; lang?: string } = {},
): Promise<StorySummary[]> {
  const limit = opts.limit ?? 50;
  return db.transaction('r', [db.stories, db.storyHeads, db.storyMembers], async () => {
    const ids = await db.stories.where('entityIds').equals(entityId).limit(limit).primaryKeys();
    const rows = await headsOf(db, ids);
    rows.sort((a, b) => b.lastDate - a.lastDate);
    const members = await Promise.all(
      rows.map((s) => membersUpTo(db, s.id, Number.MAX_SAFE_INTEGER, NAMED_FROM)),
    );
    return rows.map((s, i) => ({
      ...summarize(s),
      name: storyName(members[i]!, opts.lang ?? null),
    }));
  });
}

/** The latest articles a story listed by name only is named from (as entityStories lists). */
const NAMED_FROM = 5;

/** Every story about an entity, each with its latest articles: the entity's own timeline. */
export interface EntityStories {
  /** Stories that have it among their key entities (more than `stories` may hold). */
  total: number;
  /** Newest first (by their latest article). */
  stories: { story: StorySummary; entries: TimelineEntry[] }[];
}

/**
 * The stories about an entity over time, newest first, each with its latest `entries` articles
 * (default 5), for the reader to follow it back; at most `limit` stories (default 30, the most
 * recently created), each named from those articles in the reader's `lang` (storyName). An
 * entry's sharedEntityIds holds the entity when the article names it.
 * Bounded: one count, one capped read, one capped indexed read per story.
 */
export async function entityStories(
  db: BackstoryDb,
  entityId: string,
  opts: { limit?: number; entries?: number; lang?: string } = {},
): Promise<EntityStories> {
  const { limit = 30, entries = 5 } = opts;
  const tables = [db.stories, db.storyHeads, db.storyMembers, db.lightArticles];
  return db.transaction('r', tables, async () => {
    // Two collections: Dexie's limit() changes the collection it is called on.
    const byEntity = () => db.stories.where('entityIds').equals(entityId);
    const [total, ids] = await Promise.all([
      byEntity().count(),
      byEntity().limit(limit).primaryKeys(),
    ]);
    const rows = await headsOf(db, ids);
    rows.sort((a, b) => b.lastDate - a.lastDate);
    const members = await Promise.all(
      rows.map((s) => membersUpTo(db, s.id, Number.MAX_SAFE_INTEGER, entries)),
    );
    const articles = await articlesOf(db, members.flat());
    const mine = new Set([entityId]);
    const printOf = (k: string) => articles.get(k)?.textPrint;
    const nearOf = (k: string) => articles.get(k)?.nearPrint;
    const own = rows.map((_, i) =>
      foldCopies(
        members[i]!.map((m) => toEntry(m, articles.get(m.key), mine, undefined)),
        printOf,
        nearOf,
      ),
    );
    // A text the grouping put in two of these stories is listed once, with the newer story's
    // entry (foldAcross).
    const view = foldAcross(
      own.map((o) => o.entries),
      printOf,
      nearOf,
    );
    return {
      total,
      stories: rows.map((s, i) => ({
        story: { ...summarize(s, own[i]!.folded), name: storyName(members[i]!, opts.lang ?? null) },
        entries: view[i]!,
      })),
    };
  });
}

/**
 * The story of a stored article and the keys of the articles shown with it as that story (itself
 * included): what timelineForArticle lists (shownWindow). Null when the article is in no story.
 * Other views leave out only these keys: a member grouped with it but not shown (display.ts) is
 * treated as any other article.
 */
export async function shownStory(
  db: BackstoryDb,
  key: string,
  limit = 30,
): Promise<{ story: StorySummary; keys: Set<string> } | null> {
  return db.transaction('r', [db.storyHeads, db.storyMembers], async () => {
    const current = await db.storyMembers.get(key);
    const story = current && (await db.storyHeads.get(current.storyId));
    if (!current || !story) return null;
    const { shown } = await shownWindow(db, current, Promise.resolve(story.count), limit);
    return { story: summarize(story), keys: new Set(shown.map((m) => m.key)) };
  });
}

/**
 * Members a timeline weighs for display, per entry it lists: of a story longer than the limit,
 * its newest `limit × WINDOW_READ` members are scored (display.ts) and the newest `limit` of those
 * that pass are listed. A headline story runs to hundreds of members, of which the newest 30 hold
 * few that pass the display threshold. Cross-fitted on the dev sets (the fold models of
 * train:stories, display thresholds refitted per half): reading 60 for 30 listed raised UCI
 * shown-pair recall from 0.060 to 0.095 (0.261 to 0.414 of the pairs a 30-entry timeline could
 * list) at the same precision, 0.988; on ECB+ (stories shorter than 30) only the shared display
 * threshold moves, 0.94 to 0.96 in one half: P 0.973 to 0.984, R 0.278 to 0.254 (uci16, before
 * the refit with ecb16; bench:stories after it: UCI P 0.987 R 0.081, ECB+ P 0.998 R 0.206). The
 * members beyond the newest `limit` are read only when those leave room (shownWindow): weighing
 * 60 every time cost a 150-article story's timeline ~4 ms CPU on average (paired --cost runs).
 */
export const WINDOW_READ = 2;

/**
 * The members of `story` shown with `current` as its story, newest first: of its newest
 * `limit × WINDOW_READ` (in a longer story, this one in place of the last), this one and those
 * confidently in the same story as it (display.ts), at most `limit` in all (the newest); the
 * others weighed stay grouped but are not listed, named from or counted. `read` counts the
 * members weighed, `passed` those that passed the display threshold (listed or not).
 */
async function shownWindow(
  db: BackstoryDb,
  current: StoryMember,
  count: PromiseLike<number>,
  limit: number,
): Promise<{ shown: StoryMember[]; read: number; passed: StoryMember[] }> {
  const storyId = current.storyId;
  const newest = await membersUpTo(db, storyId, Number.MAX_SAFE_INTEGER, limit);
  // Each member weighed once: a score is the member's with `current` alone (display.ts), the
  // same in the wider window.
  const show = isShownWith(current);
  let members = withCurrent(newest, current, limit);
  let passed = members.filter(show);
  // Weighed further only when the newest `limit` leave room in the list: it lists what weighing
  // `limit × WINDOW_READ` at once would (the newest that pass), and most timelines read `limit`.
  // Only the members after the newest `limit` are read again.
  if (passed.length < limit && WINDOW_READ > 1 && (await count) > limit) {
    members = withCurrent(
      [...newest, ...(await membersAfter(db, storyId, newest, limit * (WINDOW_READ - 1)))],
      current,
      limit * WINDOW_READ,
    );
    passed = members.filter(show);
  }
  const shown: StoryMember[] = [];
  let others = 0;
  for (const m of passed) {
    if (m.key === current.key) shown.push(m);
    else if (others < limit - 1) {
      shown.push(m);
      others++;
    }
  }
  return { shown, read: members.length, passed };
}

/**
 * The members of `story` a timeline of `current` weighs for display, newest first: its newest
 * `toRead`, `current` among them (in a longer story, in place of the last).
 */
async function weighedWindow(
  db: BackstoryDb,
  current: StoryMember,
  story: Pick<StoryHead, 'id'>,
  toRead: number,
): Promise<StoryMember[]> {
  return withCurrent(
    await membersUpTo(db, story.id, Number.MAX_SAFE_INTEGER, toRead),
    current,
    toRead,
  );
}

/**
 * `members` (a story's newest `toRead`, newest first) with `current` among them: a story longer
 * than the window still shows the article being read, in place of the last. A new array.
 */
function withCurrent(members: StoryMember[], current: StoryMember, toRead: number): StoryMember[] {
  if (members.some((m) => m.key === current.key)) return [...members];
  const out = members.slice(0, Math.max(0, toRead - 1));
  out.push(current);
  return out.sort((a, b) => b.date - a.date);
}

/**
 * Training and benchmarks: the member stored under `key` and the members of its story its
 * timeline (of `limit` entries) weighs for display, newest first, itself among them; the
 * timeline lists, of those whose displayScore with it reaches the threshold, the newest
 * `limit` (itself always). Null when the article is in no story.
 */
export async function weighedForTimeline(
  db: BackstoryDb,
  key: string,
  limit = 30,
): Promise<{ current: StoryMember; members: StoryMember[] } | null> {
  return db.transaction('r', [db.storyHeads, db.storyMembers], async () => {
    const current = await db.storyMembers.get(key);
    const story = current && (await db.storyHeads.get(current.storyId));
    if (!current || !story) return null;
    return { current, members: await weighedWindow(db, current, story, limit * WINDOW_READ) };
  });
}

/** A story's members dated up to `date`, newest first: one bounded indexed query. */
function membersUpTo(
  db: BackstoryDb,
  storyId: string,
  date: number,
  limit: number,
): Promise<StoryMember[]> {
  return db.storyMembers
    .where('[storyId+date]')
    .between([storyId, Dexie.minKey], [storyId, date], true, true)
    .reverse()
    .limit(limit)
    .toArray();
}

/**
 * The `count` members of a story next after `newest` (its newest members, as membersUpTo read
 * them: newest first, in index order), in the same order: reading the newest
 * `newest.length + count` at once gives `newest` and then these. One bounded indexed query from
 * the date of the last of `newest`, the members of that date already read skipped.
 */
async function membersAfter(
  db: BackstoryDb,
  storyId: string,
  newest: StoryMember[],
  count: number,
): Promise<StoryMember[]> {
  const last = newest.at(-1);
  if (!last) return [];
  let tied = 0;
  for (let i = newest.length - 1; i >= 0 && newest[i]!.date === last.date; i--) tied++;
  const rows = await membersUpTo(db, storyId, last.date, tied + count);
  return rows.slice(tied);
}

/**
 * The head (story-heads.ts) of story `own`, and those of the other stories having any of these
 * entities (at most STORIES_PER_FEATURE each): queries at once, and each head read once, in one
 * read.
 */
async function headsSharing(
  db: BackstoryDb,
  entities: Weighted[],
  own: string,
): Promise<{ own: StoryHead | undefined; sharing: StoryHead[] }> {
  const keys = await Promise.all(
    entities.map(([id]) =>
      db.stories.where('entityIds').equals(id).limit(STORIES_PER_FEATURE).primaryKeys(),
    ),
  );
  const ids = new Set(keys.flat());
  ids.delete(own);
  const [head, ...others] = await db.storyHeads.bulkGet([own, ...ids]);
  return { own: head, sharing: others.filter((s): s is StoryHead => s !== undefined) };
}

/** The heads of these stories, in their order, those not found left out. */
async function headsOf(db: BackstoryDb, ids: string[]): Promise<StoryHead[]> {
  return (await db.storyHeads.bulkGet(ids)).filter((s): s is StoryHead => s !== undefined);
}

/**
 * The light rows (never the text) of the members' articles, by key: one bulkGet of the ids the
 * members carry (StoryMember.articleId), a row kept only when its key is the member's, and one
 * equality read per other key (anyOf walks a cursor, which fake-indexeddb makes slow), issued
 * with it; a member whose id led to another row is read by its key after. A timeline lists 30
 * entries and 9 of related stories: ~35 requests at 50,000 articles, a third of them these reads.
 */
async function articlesOf(
  db: BackstoryDb,
  members: readonly StoryMember[],
): Promise<Map<string, LightArticle>> {
  const byId = members.filter((m) => m.articleId !== undefined);
  const byKey = (keys: string[]) =>
    Promise.all(keys.map((k) => db.lightArticles.where('key').equals(k).toArray()));
  const [found, others] = await Promise.all([
    db.lightArticles.bulkGet(byId.map((m) => m.articleId!)),
    byKey(members.filter((m) => m.articleId === undefined).map((m) => m.key)),
  ]);
  const out = new Map(others.flat().map((a) => [a.key, a]));
  const stale: string[] = [];
  byId.forEach((m, i) => {
    const a = found[i];
    if (a?.key === m.key) out.set(a.key, a);
    else stale.push(m.key);
  });
  if (stale.length) for (const a of (await byKey(stale)).flat()) out.set(a.key, a);
  return out;
}

function toEntry(
  m: StoryMember,
  a: LightArticle | undefined,
  mine: Set<string>,
  seenAt: number | undefined,
): TimelineEntry {
  const ids =
    a?.entityIds ?? m.entities.map(([id]) => id).filter((id) => !id.startsWith(NAME_WORD));
  return {
    key: m.key,
    url: a?.canonicalUrl ?? a?.url ?? m.url ?? m.key,
    date: isoOrEmpty(m.date),
    siteName: a?.siteName ?? m.siteName,
    lang: m.lang,
    title: a?.title ?? m.title,
    sharedEntityIds: ids.filter((id) => mine.has(id)),
    saved: a ? a.savedAt !== undefined : m.saved,
    firstReadAt: a?.firstReadAt ?? m.firstReadAt,
    isNew: seenAt !== undefined && m.joinedAt > seenAt,
  };
}

/**
 * The story as shown with an article: when members of the window read were hidden, its count
 * leaves them out and its span is that of the members shown (from the story's first date when
 * older members lay beyond the window).
 */
function summarizeShown(s: StoryHead, shown: StoryMember[], read: number): StorySummary {
  const summary = summarize(s);
  const hidden = read - shown.length;
  if (hidden <= 0 || !shown.length) return summary;
  const dates = shown.map((m) => m.date);
  return {
    ...summary,
    articleCount: s.count - hidden,
    firstDate: isoOrEmpty(s.count > read ? s.firstDate : Math.min(...dates)),
    lastDate: isoOrEmpty(Math.max(...dates)),
  };
}

/**
 * A story as listed, from its head (story-heads.ts); `copies`: its articles known to be copies of
 * another (not counted).
 */
function summarize(s: StoryHead, copies = 0): StorySummary {
  const [ids, names, types] = s.keyEntities;
  return {
    id: s.id,
    title: s.title,
    keyEntities: ids.map((id, i) => ({ id, name: names[i]!, type: types[i]! })),
    firstDate: isoOrEmpty(s.firstDate),
    lastDate: isoOrEmpty(s.lastDate),
    articleCount: s.count - copies,
  };
}
