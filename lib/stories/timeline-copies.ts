import { nearCopyPairs, nearCopySimilarity } from '../db/near-copy';
import type { LightArticle } from '../db/light-articles';
import { nearCopiesOfEach } from '../db/near-copies';
import type { BackstoryDb } from '../db/schema';
import { isoOrEmpty } from '../limits';
import { siteOf } from '../url/article-key';
import type { TimelineCopy, TimelineEntry } from './timeline';

/**
 * One text read on several sites (a wire story from AFP, Reuters or AP republished as it is) is
 * one entry of a timeline: the one being read when it is among them, else the earliest
 * published (the first to carry it, read first on a tie), with the others as its `copies`
 * ("also on …", each linked). Copies are entries whose light rows have the same text
 * fingerprint (LightArticle.textPrint: long texts only), or near copies of it (near-copy.ts:
 * LightArticle.nearPrint, the same text give or take a credit line, a dateline, a caption, a
 * paragraph), on another site than the entry kept; near copies of near copies count while the
 * chain's ends are still alike (GROUP_MIN); two of one
 * site stay two entries (same-article.ts keeps them apart for a reason: different
 * titles, or the site names two articles). Such an entry is new only when each of its copies
 * is: a copy of a text read before brings no news; and it was first read when any of them was
 * (the panel asks what this article adds when an entry was read before it). Order kept (newest
 * first); `folded` counts the entries that became copies.
 */
export function foldCopies(
  entries: TimelineEntry[],
  printOf: (key: string) => string | undefined,
  nearOf: (key: string) => string | undefined = () => undefined,
): { entries: TimelineEntry[]; folded: number } {
  const groups = copyGroups(entries, printOf, nearOf);
  const kept = new Map<TimelineEntry, TimelineEntry>();
  const gone = new Set<TimelineEntry>();
  for (const group of groups) {
    if (group.length < 2) continue;
    const head = group.find((e) => e.current) ?? group.reduce((a, b) => (earlier(b, a) ? b : a));
    const site = siteOfEntry(head);
    const copies = group.filter((e) => e !== head && siteOfEntry(e) !== site);
    if (!copies.length) continue;
    for (const c of copies) gone.add(c);
    const folded: TimelineEntry = {
      ...head,
      isNew: head.isNew && copies.every((c) => c.isNew),
      copies: copies.map(toCopy),
    };
    const reads = [head, ...copies].flatMap((e) => e.firstReadAt ?? []);
    if (!head.current && reads.length) folded.firstReadAt = Math.min(...reads);
    kept.set(head, folded);
  }
  if (!gone.size) return { entries, folded: 0 };
  return {
    entries: entries.filter((e) => !gone.has(e)).map((e) => kept.get(e) ?? e),
    folded: gone.size,
  };
}

/**
 * The least estimated similarity (nearCopySimilarity) of every two signed entries of one group:
 * near copies of near copies join, as long as the ends of the chain are still versions of one
 * text. Measured (tests/bench/near-chains.ts): ECB+ dev, 36 near-copy pairs in 26 groups, 4 of
 * them chains (A~B, B~C, not A~C) with 5 pairs of ends, all versions of one wire text (an AP
 * fight report, a CP shooting report a day later, an AP obituary in a long and a short cut),
 * their ends estimated 0.25 to 0.40 (Jaccard 0.24 to 0.44); extraction-dev, no chain. Of the
 * 246,753 ECB+ pairs, none of two events reaches 0.15, and articles on one event written apart
 * stay under 0.2: a chain whose ends fall below is two texts met in a third (a text quoting
 * both, a live page rewritten through the day), two entries.
 */
export const GROUP_MIN = 0.2;

/**
 * The entries that are one text, as groups (in list order): same fingerprint, or near-copy
 * signatures close enough (isNearCopy), joined transitively, closest pairs first, two groups
 * only when every two signed entries across them reach GROUP_MIN. Pairwise over the signed
 * entries: a timeline lists a few dozen (nearCopyPairs: 150 entries well under a millisecond).
 * Anything with a key: timeline entries, light rows (fold-light-rows.ts).
 */
export function copyGroups<T extends { key: string }>(
  entries: readonly T[],
  printOf: (key: string) => string | undefined,
  nearOf: (key: string) => string | undefined,
): T[][] {
  const parent = entries.map((_, i) => i);
  const members = entries.map((_, i) => [i]);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (i: number, j: number) => {
    const a = root(i);
    const b = root(j);
    if (a === b) return;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    parent[gone] = keep;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
  };
  const byPrint = new Map<string, number>();
  const near: [number, string][] = [];
  const sigs: (string | undefined)[] = [];
  entries.forEach((e, i) => {
    const print = printOf(e.key);
    if (print) {
      const first = byPrint.get(print);
      if (first === undefined) byPrint.set(print, i);
      else join(first, i);
    }
    const sig = nearOf(e.key);
    sigs.push(sig);
    if (sig) near.push([i, sig]);
  });
  const pairs = nearCopyPairs(near.map(([, sig]) => sig)).map(([a, b]) => {
    const [[i, x], [j, y]] = [near[a]!, near[b]!];
    return { i, j, sim: nearCopySimilarity(x, y) };
  });
  pairs.sort((p, q) => q.sim - p.sim);
  const close = (a: number, b: number) =>
    members[a]!.every((x) =>
      members[b]!.every((y) => {
        const [sx, sy] = [sigs[x], sigs[y]];
        return !sx || !sy || nearCopySimilarity(sx, sy) >= GROUP_MIN;
      }),
    );
  for (const { i, j } of pairs) {
    const [a, b] = [root(i), root(j)];
    if (a !== b && close(a, b)) join(a, b);
  }
  const groups = new Map<number, T[]>();
  entries.forEach((e, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(e);
    else groups.set(r, [e]);
  });
  return [...groups.values()];
}

/** Whether `a` was published before `b` (an unknown date last), else read first. */
function earlier(a: TimelineEntry, b: TimelineEntry): boolean {
  if (a.date !== b.date) return b.date === '' || (a.date !== '' && a.date < b.date);
  return (a.firstReadAt ?? Infinity) < (b.firstReadAt ?? Infinity);
}

function siteOfEntry(e: TimelineEntry): string | null {
  return siteOf(e.url) ?? siteOf(e.key);
}

function toCopy(e: TimelineEntry): TimelineCopy {
  return {
    key: e.key,
    url: e.url,
    siteName: e.siteName,
    title: e.title,
    date: e.date,
    saved: e.saved,
  };
}

/**
 * Entries of a timeline, before and after the one being read, whose copies read anywhere are
 * looked up (copiesOfEach): those the reader sees first. A timeline lists up to 30 entries and
 * related stories theirs; looking up every one made the timeline half as slow again at 50,000
 * articles with texts (bench:stories with STORIES_BENCH_TEXT=1: CPU p95 24.5 -> 37.1 ms). The
 * others are folded with the copies the view itself lists (foldAcross).
 */
export const LOOKUP_REACH = 3;

/** Most copies of an entry's text looked for by its fingerprint (LightArticle.textPrint). */
const MAX_EXACT = 8;

/**
 * Bands of its signature read for an entry other than the one being read (which has all
 * NEAR_BANDS): each is one indexed read, and a timeline lists up to 30 entries and 9 of related
 * stories. With 3, a near copy is found with a chance of 1 - (1 - J)^3: 0.78 at the threshold
 * (J = 0.4), 0.94 at J = 0.6, 0.99 at J = 0.8 (a wire text with a credit line or a dateline); of
 * the 36 near-copy pairs of the ECB+ dev texts, 34 (36 with 8 bands; 23 with 1). bench:near at
 * 50,000 rows, load ~3 on 2 cores: a 30-entry timeline's lookups (3 bands of OTHER_PER_BAND
 * rows, the first entry all 8 of 16) 4.2 ms mean, 13.4 p95; 30 lookups of 8 bands 11.7, 28.6.
 */
export const OTHER_BANDS = 3;

/**
 * Rows read per band for an entry other than the one being read (16 for it, near-copies.ts
 * PER_BAND): a text republished on many sites brings its first few copies in each band; a
 * story of versions of one text otherwise reads hundreds of rows for its entries.
 */
export const OTHER_PER_BAND = 4;

/**
 * The light rows of the copies of each row's text read anywhere (in another story, or in none),
 * by the row's key: near copies found by their bands (nearCopiesOfEach: all of them for the row
 * of `current`, OTHER_BANDS for the others), and the same fingerprint (LightArticle.textPrint,
 * indexed) for `current` and rows without bands (an exact copy shares every band); itself left
 * out. All reads issued together, each fingerprint and band read once for all the rows.
 */
export async function copiesOfEach(
  db: BackstoryDb,
  rows: readonly LightArticle[],
  current?: string,
): Promise<Map<string, LightArticle[]>> {
  const exactFor = rows.filter((r) => r.key === current || !r.nearBands?.length);
  const prints = [...new Set(exactFor.flatMap((r) => r.textPrint ?? []))];
  const [exact, near] = await Promise.all([
    Promise.all(
      prints.map((p) => db.lightArticles.where('textPrint').equals(p).limit(MAX_EXACT).toArray()),
    ),
    nearCopiesOfEach(
      db,
      rows,
      (r) => (r.key === current ? Infinity : OTHER_BANDS),
      (r) => (r.key === current ? Infinity : OTHER_PER_BAND),
    ),
  ]);
  const byPrint = new Map(prints.map((p, i) => [p, exact[i]!]));
  return new Map(
    rows.map((row) => {
      const seen = new Set([row.key]);
      const all = [
        ...((row.textPrint && byPrint.get(row.textPrint)) || []),
        ...(near.get(row.key) ?? []),
      ];
      return [row.key, all.filter((r) => !seen.has(r.key) && seen.add(r.key))];
    }),
  );
}

/**
 * One view's lists of entries (a timeline's own entries, then each related story's; an entity's
 * stories) made to agree with one another, each list already folded (foldCopies): an entry of a
 * later list that is a copy of an entry of an earlier one, on another site (the grouping put two
 * versions of one wire text in two stories), leaves its list and is listed with that entry ("also
 * on"), its own copies with it; then, with `found` (copiesOfEach, by entry key), the copies read
 * anywhere else that the view does not list are added to the first entry they copy (the one
 * being read first, then in list order), on another site than it. A text is listed once: never
 * as an entry in one list and again in another, never as a copy of two entries. Copies are
 * grouped as foldCopies groups them (same fingerprint, near-copy signatures, GROUP_MIN for
 * chains); two entries of one list stay as foldCopies left them. An entry that leaves its list is
 * still its story's article (not taken off its count).
 */
export function foldAcross(
  lists: TimelineEntry[][],
  printOf: (key: string) => string | undefined,
  nearOf: (key: string) => string | undefined,
  found?: ReadonlyMap<string, readonly LightArticle[]>,
): TimelineEntry[][] {
  const flat = lists.flatMap((list, i) => list.map((e) => ({ e, list: i })));
  const listOf = new Map(flat.map(({ e, list }) => [e, list]));
  // The order entries claim copies in: the one being read first, then as listed.
  const order = flat.map(({ e }) => e).sort((a, b) => Number(!!b.current) - Number(!!a.current));
  const rank = new Map(order.map((e, i) => [e, i]));
  const copiesOf = new Map<TimelineEntry, TimelineCopy[]>();
  const gone = new Set<TimelineEntry>();
  for (const group of copyGroups(
    flat.map(({ e }) => e),
    printOf,
    nearOf,
  )) {
    if (new Set(group.map((e) => listOf.get(e))).size < 2) continue;
    const head = group.reduce((a, b) => (rank.get(b)! < rank.get(a)! ? b : a));
    const site = siteOfEntry(head);
    const moving = group.filter(
      (e) => listOf.get(e) !== listOf.get(head) && siteOfEntry(e) !== site,
    );
    for (const e of moving) gone.add(e);
    if (moving.length) {
      copiesOf.set(head, [...moving.flatMap((e) => [toCopy(e), ...(e.copies ?? [])])]);
    }
  }
  // Every key the view lists, as an entry or as a copy.
  const listed = new Set(flat.flatMap(({ e }) => [e.key, ...(e.copies ?? []).map((c) => c.key)]));
  if (found) {
    for (const e of order) {
      if (gone.has(e)) continue;
      const site = siteOfEntry(e);
      const more = (found.get(e.key) ?? []).filter(
        (r) => !listed.has(r.key) && siteOf(r.url ?? r.key) !== site,
      );
      for (const r of more) listed.add(r.key);
      if (more.length) copiesOf.set(e, [...(copiesOf.get(e) ?? []), ...more.map(lightCopy)]);
    }
  }
  if (!copiesOf.size) return lists;
  return lists.map((list) =>
    list
      .filter((e) => !gone.has(e))
      .map((e) => {
        const more = copiesOf.get(e);
        return more ? { ...e, copies: [...(e.copies ?? []), ...more] } : e;
      }),
  );
}

/** A light row as a copy in a timeline entry's (or a recent article's) "also on". */
export function lightCopy(r: LightArticle): TimelineCopy {
  const published = r.publishedAt ? Date.parse(r.publishedAt) : NaN;
  return {
    key: r.key,
    url: r.canonicalUrl ?? r.url ?? r.key,
    siteName: r.siteName,
    title: r.title,
    date: isoOrEmpty(Number.isNaN(published) ? r.firstReadAt : published),
    saved: r.savedAt !== undefined,
  };
}
