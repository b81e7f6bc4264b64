import type { LightArticle } from '../db/light-articles';
import type { BackstoryDb, StoredArticle, StoredEntity } from '../db/schema';
import { isoOrEmpty } from '../limits';
import type { ArchiveMention, EntityBackground, StorySummary } from '../messaging/protocol';
import { shownStory, timelineForEntity } from '../stories/timeline';
import { foldLightRows, siteOfRow, type RowText } from '../stories/fold-light-rows';
import { isNearCopy } from '../db/near-copy';
import { foreignNameLang, ownName, readerName } from './entity-names';

/** What the bundled knowledge base says about an entity (lib/kb), in the reader's language. */
export interface OfflineFacts {
  name?: string;
  description?: string;
  qid?: string;
}

/** Looks an entity up offline; the default knows nothing. */
export type OfflineLookup = (
  entity: Pick<StoredEntity, 'id' | 'type' | 'name'>,
  lang: string,
) => OfflineFacts | undefined;

// The entities mentioned with one are counted over its most recent articles only: the card
// stays cheap for an entity the reader met in thousands of articles.
export const RECENT_FOR_COMPANY = 100;
// A card is one short block in a 600 px popup: a few names, a few stories.
const COMPANY = 3;
const STORIES = 3;
// How many frequent companions get their document frequency looked up (one indexed count each).
const COMPANY_CANDIDATES = 12;

/**
 * Background on one entity of a stored article: the knowledge base's name and one line, and
 * what the reader's archive knows beyond the article's story (the panel shows that story
 * already) — how many other articles mention it and how many of them are in this story, the
 * first and the last outside it by publication date (else reading date), the entities most
 * distinctively mentioned with it there, the other stories about it. Indexed queries only: the
 * ids from the entityIds index, then a bounded bulk read of light rows (never the texts).
 */
export async function entityBackground(
  db: BackstoryDb,
  article: LightArticle | StoredArticle,
  entityId: string,
  lang: string,
  online: boolean,
  lookup: OfflineLookup = () => undefined,
): Promise<EntityBackground | null> {
  const entity = article.entities?.find((e) => e.id === entityId);
  if (!entity) return null;
  const ids = (await db.lightArticles
    .where('entityIds')
    .equals(entityId)
    .primaryKeys()) as number[];
  const others = ids.filter((id) => id !== article.id && id !== undefined).sort((a, b) => a - b);
  // The story the panel shows already, and the articles it lists (read once, for both).
  const own = others.length ? await shownStory(db, article.key).catch(() => null) : null;
  const inStory = own ? await articleIdsOf(db, own.keys) : new Set<number>();
  const storyIds = others.filter((id) => inStory.has(id));
  const outside = others.filter((id) => !inStory.has(id));
  const recent = outside.slice(-RECENT_FOR_COMPANY);
  const unread = outside.slice(0, -RECENT_FOR_COMPANY);
  const [storyRows, recentRows, linked] = await Promise.all([
    db.lightArticles.bulkGet(storyIds).then(present),
    db.lightArticles.bulkGet(recent).then(present),
    unread.length ? linkedIdsOf(db, entityId) : new Set<number>(),
  ]);
  const texts = distinctTexts(article, storyRows, recentRows);
  const read = [...storyRows, ...recentRows];
  const older = await olderCopies(db, article, read, unread, linked);
  const olderFolded = older
    ? foldedBeyondCaps(older, copiesOfLinks([older.self, ...read], older.rows))
    : 0;
  const rows = texts.outside;
  const complete = recent.length === outside.length;
  const ends = await firstAndLast(db, outside, rows, complete);
  const facts = lookup(entity, lang) ?? {};
  const onPage = new Set((article.entities ?? []).map((e) => e.id));
  const company = await distinctiveCompany(db, rows, entityId, onPage);
  return {
    id: entity.id,
    type: entity.type,
    name: readerName(
      entity.name,
      article.lang,
      lang,
      facts.name,
      ownName(entity.id, lang, entity.name),
    ),
    ...withNameLang(foreignNameLang(entity.type, article.lang, lang, facts.name)),
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.qid ? { qid: facts.qid } : {}),
    archive: {
      count: others.length - texts.copiesInStory - texts.copiesOutside - Math.round(olderFolded),
      ...(older && older.linked > older.copies ? { approximate: true as const } : {}),
      inStory: storyIds.length - texts.copiesInStory,
      ...(ends ? { first: mention(ends[0]), last: mention(ends[1]) } : {}),
      // Named as the entity itself is: in the reader's language when known.
      with: company.map((w) => ({ ...w, name: lookup(w, lang)?.name ?? w.name })),
      stories: others.length ? await otherStoriesAbout(db, entityId, own?.story ?? null, lang) : [],
      storyCount: await db.stories
        .where('entityIds')
        .equals(entityId)
        .count()
        .catch(() => 0),
    },
    online,
  };
}

const present = (rows: (LightArticle | undefined)[]) => rows.filter((r): r is LightArticle => !!r);

/** Most rows read for the copies among an entity's older articles (olderCopies), and their founders. */
export const OLDER_COPIES = 200;

/**
 * The ids of the entity's light rows linked to near copies written before them (copy-links.ts:
 * a non-empty copyGroups), from the copyEntityIds index by key only (no row read): as many as
 * the entity has copies, however many the rest of the archive has.
 */
async function linkedIdsOf(db: BackstoryDb, entityId: string): Promise<Set<number>> {
  return new Set(
    (await db.lightArticles.where('copyEntityIds').equals(entityId).primaryKeys()) as number[],
  );
}

/**
 * What the card's count needs of the entity's articles it does not read otherwise (`unread`, the
 * older ones outside the story) to count their copies too (`rows`): those linked to a group
 * (`linked`), the most recent OLDER_COPIES, and the founders among `unread` of their groups and of
 * the groups of the article and of the rows read (`read`); `self`: the article as its links know
 * it. The rest are texts read once, as far as the links know. Rows not linked yet
 * (fillCopyLinks) are counted as read, as before. Null when there is nothing to read.
 */
async function olderCopies(
  db: BackstoryDb,
  article: LightArticle | StoredArticle,
  read: LightArticle[],
  unread: number[],
  linked: ReadonlySet<number>,
): Promise<OlderCopies | null> {
  if (!unread.length || !linked.size) return null;
  const linkedUnread = unread.filter((id) => linked.has(id));
  const copyIds = linkedUnread.slice(-OLDER_COPIES);
  // The article's own groups: on its light row (a stored article has none).
  const own =
    article.id !== undefined && linked.has(article.id) && !('copyGroups' in article)
      ? db.lightArticles.get(article.id)
      : Promise.resolve('copyGroups' in article ? article : undefined);
  const [self, copies] = await Promise.all([own, db.lightArticles.bulkGet(copyIds).then(present)]);
  const waiting = new Set(unread);
  for (const id of copyIds) waiting.delete(id);
  const founders = [
    ...new Set([self, ...read, ...copies].flatMap((r) => r?.copyGroups ?? [])),
  ].filter((g) => waiting.has(g));
  const more = founders.length
    ? present(await db.lightArticles.bulkGet(founders.slice(0, OLDER_COPIES)))
    : [];
  return {
    self: self ?? article,
    rows: [...copies, ...more],
    linked: linkedUnread.length,
    copies: copyIds.length,
  };
}

/**
 * The rows olderCopies read: the article as its links know it (`self`), the linked rows and
 * founders read (`rows`); of the older linked rows, how many there are (`linked`) and how many
 * were read (`copies`, at most OLDER_COPIES).
 */
interface OlderCopies {
  self: LinkedRow;
  rows: LightArticle[];
  linked: number;
  copies: number;
}

/**
 * How many of the older rows are copies, from the `folded` among those read (copiesOfLinks):
 * exactly that when every linked row was read; beyond the cap, the linked rows not read are
 * taken to be copies as often as those read are (the card then says "about"). Counting them
 * all as texts read once, as before, said 7,774 articles for 5,999 texts on the card bench's
 * largest archive.
 */
export function foldedBeyondCaps(
  older: Pick<OlderCopies, 'linked' | 'copies'>,
  folded: number,
): number {
  if (older.linked <= older.copies || older.copies === 0) return folded;
  return (folded * older.linked) / older.copies;
}

/** What telling a copy by its links needs of a row (the article being read has no id at worst). */
type LinkedRow = RowText & { id?: number; copyGroups?: number[] };

/**
 * How many of `older` (rows read for their links only: olderCopies) are copies of a text of `read`
 * (the article, the rows of its story and the recent ones, folded already by distinctTexts) or
 * of another of `older`, one of each text kept: two rows are one text when they share a link
 * (a group, or the group one of them founds: copy-links.ts), are near copies (isNearCopy, on
 * their signatures as read now) and are of two sites (fold-light-rows.ts keeps two of one site
 * apart). Only rows that share a link are compared: linear in the rows, where distinctTexts
 * compares every two (500 rows, some 20 ms).
 */
export function copiesOfLinks(read: readonly LinkedRow[], older: readonly LinkedRow[]): number {
  const all = [...read, ...older];
  const parent = all.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Rows by the links they carry: their own id (the group it founds) and their groups.
  const byLink = new Map<number, number[]>();
  all.forEach((r, i) => {
    for (const g of [...(r.id !== undefined ? [r.id] : []), ...(r.copyGroups ?? [])]) {
      const list = byLink.get(g);
      if (list) list.push(i);
      else byLink.set(g, [i]);
    }
  });
  const sites = all.map(siteOfRow);
  for (const members of byLink.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        // Rows read are folded by distinctTexts already.
        if (i < read.length && j < read.length) continue;
        const [a, b] = [all[i]!, all[j]!];
        if (sites[i] === sites[j] || !a.nearPrint || !b.nearPrint) continue;
        if (root(i) !== root(j) && isNearCopy(a.nearPrint, b.nearPrint)) {
          // A row read stays the root: its text is counted already.
          const [ri, rj] = [root(i), root(j)];
          parent[Math.max(ri, rj)] = Math.min(ri, rj);
        }
      }
    }
  }
  let folded = 0;
  for (let i = read.length; i < all.length; i++) if (root(i) !== i) folded++;
  return folded;
}

/**
 * The texts among the rows read for a card, one text read on several sites counted once (a wire
 * story republished: fold-light-rows.ts, as the timeline folds it): a copy of the article being
 * read is that article, not another; a copy of a text of its story is in its story; of the
 * others, the earliest published is kept. The rows are those read for the card (the story's
 * listed members, the RECENT_FOR_COMPANY most recent outside it); the older ones are told by
 * their links (copiesOfLinks). `outside`: the rows kept outside the story, oldest read first;
 * `copiesInStory`, `copiesOutside`: the rows folded into another, by where they are.
 */
export function distinctTexts(
  article: LightArticle | StoredArticle,
  storyRows: LightArticle[],
  outsideRows: LightArticle[],
): { outside: LightArticle[]; copiesInStory: number; copiesOutside: number } {
  type Listed = RowText & { tier: number; date: number; readAt: number; row?: LightArticle };
  const listed = (row: LightArticle, tier: number): Listed => ({
    key: row.key,
    url: row.url,
    canonicalUrl: row.canonicalUrl,
    textPrint: row.textPrint,
    nearPrint: row.nearPrint,
    tier,
    date: dateOf(row),
    readAt: row.firstReadAt,
    row,
  });
  const all: Listed[] = [
    {
      key: article.key,
      url: article.url ?? null,
      canonicalUrl: article.canonicalUrl ?? null,
      textPrint: article.textPrint,
      nearPrint: article.nearPrint,
      tier: 0,
      date: 0,
      readAt: 0,
    },
    ...storyRows.map((r) => listed(r, 1)),
    ...outsideRows.map((r) => listed(r, 2)),
  ];
  const kept = foldLightRows(
    all,
    (a, b) =>
      a.tier < b.tier ||
      (a.tier === b.tier && (a.date < b.date || (a.date === b.date && a.readAt < b.readAt))),
  );
  const gone = (tier: number) =>
    all.filter((r) => r.tier === tier).length - kept.filter(({ row }) => row.tier === tier).length;
  return {
    outside: kept.flatMap(({ row }) => (row.tier === 2 && row.row ? [row.row] : [])),
    copiesInStory: gone(1),
    copiesOutside: gone(2),
  };
}

function withNameLang(nameLang: string | undefined): { nameLang?: string } {
  return nameLang ? { nameLang } : {};
}

/** When an article appeared: its publication date, else when it was first read (ms). */
function dateOf(a: LightArticle): number {
  const published = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
  return Number.isFinite(published) ? published : a.firstReadAt;
}

/**
 * The earliest and the latest of the articles `ids` by publication date (else reading date).
 * `rows` are the most recently read of them, one per text (distinctTexts); when they are all of
 * them (`complete`) the answer is exact. Otherwise the publishedAt index is walked by key only
 * (no article is loaded) from each end for the dated ends (datedEnd), and the reading order
 * stands in when none of them is dated.
 */
async function firstAndLast(
  db: BackstoryDb,
  ids: number[],
  rows: LightArticle[],
  complete: boolean,
): Promise<[LightArticle, LightArticle] | null> {
  if (!rows.length) return null;
  if (complete) {
    const sorted = [...rows].sort((a, b) => dateOf(a) - dateOf(b) || a.id! - b.id!);
    return [sorted[0]!, sorted.at(-1)!];
  }
  const wanted = new Set(ids);
  const [first, last] = await Promise.all([
    datedEnd(db, wanted, false),
    datedEnd(db, wanted, true),
  ]);
  const firstId = first ?? ids[0]!;
  const lastId = last ?? ids.at(-1)!;
  const [a, b] = await db.lightArticles.bulkGet([firstId, lastId]);
  return a && b ? [a, b] : [rows[0]!, rows.at(-1)!];
}

// Keys of the publishedAt index read first from each end (datedEnd), then four times more.
const DATED_STEP = 64;

/**
 * The first of `wanted` in publication order (the last when `reverse`), by key only: the index
 * read from that end in growing steps until one is found, not whole. An entity met in one dated
 * article in ten stops within the first step, whatever the size of the archive; at worst (none
 * dated) the index is read once and a third.
 */
async function datedEnd(
  db: BackstoryDb,
  wanted: ReadonlySet<number>,
  reverse: boolean,
): Promise<number | undefined> {
  for (let n = DATED_STEP; ; n *= 4) {
    const order = db.lightArticles.orderBy('publishedAt');
    const keys = (await (reverse ? order.reverse() : order).limit(n).primaryKeys()) as number[];
    const found = keys.find((id) => wanted.has(id));
    if (found !== undefined || keys.length < n) return found;
  }
}

/**
 * The other stories about an entity, newest first: never the story of the article being read
 * (the panel shows that one already).
 */
async function otherStoriesAbout(
  db: BackstoryDb,
  entityId: string,
  own: StorySummary | null,
  lang: string,
) {
  try {
    const stories = await timelineForEntity(db, entityId, { limit: STORIES + 1, lang });
    return stories.filter((s) => s.id !== own?.id).slice(0, STORIES);
  } catch {
    return [];
  }
}

/**
 * The article ids of the keys shown as the story of the article being read (shownStory): the
 * panel lists those already. A member grouped with it but not shown counts as any other article.
 */
async function articleIdsOf(db: BackstoryDb, keys: ReadonlySet<string>): Promise<Set<number>> {
  return new Set(
    (await db.lightArticles
      .where('key')
      .anyOf([...keys])
      .primaryKeys()) as number[],
  );
}

function mention(a: LightArticle): ArchiveMention {
  return {
    key: a.key,
    title: a.title,
    siteName: a.siteName,
    date: isoOrEmpty(dateOf(a)),
  };
}

/**
 * The entities mentioned with it in at least two other articles, leaving out those of the page
 * being read (they are on the page already) and those the recogniser was unsure of, ranked by how distinctive the pairing is: the
 * count together weighted by log(N / df), the inverse document frequency over the whole
 * archive. Raw counts would put the same big country on every card.
 */
async function distinctiveCompany(
  db: BackstoryDb,
  rows: LightArticle[],
  entityId: string,
  onPage: Set<string>,
): Promise<EntityBackground['archive']['with']> {
  const found = new Map<string, EntityBackground['archive']['with'][number]>();
  for (const row of rows) {
    for (const e of row.entities ?? []) {
      // Only names shown where they were read: an unsure one may be of the wrong type.
      if (e.id === entityId || onPage.has(e.id) || e.shown === false) continue;
      const count = (found.get(e.id)?.count ?? 0) + 1;
      // The name as the most recent article gives it (rows are oldest first).
      found.set(e.id, { id: e.id, name: e.name, type: e.type, count });
    }
  }
  const candidates = [...found.values()]
    .filter((c) => c.count >= 2)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, COMPANY_CANDIDATES);
  if (!candidates.length) return [];
  const total = await db.lightArticles.count();
  const scored = await Promise.all(
    candidates.map(async (c) => {
      const df = await db.lightArticles.where('entityIds').equals(c.id).count();
      return { c, score: c.count * Math.log((total + 1) / Math.max(df, 1)) };
    }),
  );
  return scored
    .sort((a, b) => b.score - a.score || b.c.count - a.c.count || a.c.name.localeCompare(b.c.name))
    .slice(0, COMPANY)
    .map((s) => s.c);
}
