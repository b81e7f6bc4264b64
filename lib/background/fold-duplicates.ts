import { foldArticleRows, keptFirst } from '../db/fold-rows';
import { sameArticleAs } from '../db/same-article';
import type { BackstoryDb, StoredArticle } from '../db/schema';
import { indexArticle, removeFromIndex, searchTables } from '../search/index-articles';
import { storyTables } from '../stories/add-to-stories';
import { removeMember } from '../stories/remove-from-stories';
import { nextTask } from '../timing/reader-first';

/**
 * Rows of one article stored twice before schema v13 (its reads under two addresses of its
 * site: lib/db/same-article.ts) folded into one, once, in the background: the reader saw the
 * article twice in its story's timeline, in the archive and in the counts.
 *
 * Not a v15 upgrade: folding moves search index entries and story members (lib/search,
 * lib/stories), whose code an upgrade cannot run (the schema would import the story code,
 * which imports the schema's types, and an upgrade holds every table of the database while it
 * runs: the popup waits behind it, and a worker stopped in it starts it again from the first
 * row). Here each article's rows are folded in one short transaction of their own, their
 * derived data with them, and the pass goes through the dupKey index a page of keys at a time
 * (keys only: no text is read but the duplicates'), recording how far it got after each page,
 * and that it is done.
 */

/** Bump when the pass must run again (a new kind of duplicate to fold). */
export const FOLD_VERSION = 1;

/** How far the pass got: dupKeys up to `after` (in index order) are folded. */
export interface FoldState {
  version: number;
  after: string;
  complete: boolean;
}

export interface FoldDeps {
  db: BackstoryDb;
  read(): Promise<FoldState | null>;
  write(state: FoldState): Promise<void>;
  /** Lets other work (the reader's messages) in between pages. */
  pause?(): Promise<void>;
}

/** dupKeys read per step (index keys only). */
export const FOLD_PAGE = 500;
/** The most rows of one dupKey folded in one transaction (a few in practice). */
export const GROUP_MAX = 20;

/**
 * Folds every article's duplicate rows, a page of dupKeys at a time in index order, recording
 * progress after each page; once done, does nothing until FOLD_VERSION changes. Each article is
 * folded in one transaction, so a worker stopped at any point leaves each article folded or
 * not, and the next run goes on from the last page recorded (a page redone finds its folded
 * articles single). Returns how many rows it folded away.
 */
export async function foldDuplicates(deps: FoldDeps, page = FOLD_PAGE): Promise<number> {
  const saved = await deps.read();
  let state: FoldState =
    saved?.version === FOLD_VERSION ? saved : { version: FOLD_VERSION, after: '', complete: false };
  if (state.complete) return 0;
  let count = 0;
  for (;;) {
    const keys = (await deps.db.articles
      .where('dupKey')
      .above(state.after)
      .limit(page)
      .keys()) as string[];
    if (!keys.length) break;
    const last = keys.at(-1)!;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (key === keys[i - 1]) continue;
      // The page's last key may have more rows past the page: its group is read whole.
      const twice = key === keys[i + 1] || (key === last && keys.length === page);
      if (twice) count += await foldArticle(deps.db, key);
    }
    state = { ...state, after: last };
    await deps.write(state);
    await (deps.pause?.() ?? nextTask());
  }
  await deps.write({ ...state, complete: true });
  return count;
}

/**
 * Folds the rows of one dupKey that are one article (sameArticleAs, as a read would have
 * found them): each into the one of the smaller key (keptFirst, as sync keeps it) of those it
 * is the same article as, leaving sync a redirect (fold-rows.ts). GROUP_MAX rows per
 * transaction, again while a full group folded some (an address with a changing parameter,
 * read many times before v13, left a row per read). Returns how many rows went.
 */
export async function foldArticle(db: BackstoryDb, dupKey: string): Promise<number> {
  const tables = [
    db.articles,
    db.contents,
    db.pendingDerive,
    db.syncTombstones,
    ...searchTables(db),
    ...storyTables(db),
  ];
  let count = 0;
  for (;;) {
    const [folded, full] = await db.transaction('rw', tables, async () => {
      const rows = await db.articles.where('dupKey').equals(dupKey).limit(GROUP_MAX).toArray();
      rows.sort(keptFirst);
      const kept: { row: StoredArticle; folded: StoredArticle[] }[] = [];
      for (const row of rows) {
        const same = sameArticleAs(row);
        const into = kept.find((k) => same(k.row));
        if (into) into.folded.push(row);
        else kept.push({ row, folded: [] });
      }
      let n = 0;
      for (const { row, folded } of kept) {
        if (!folded.length) continue;
        await foldDerived(db, await foldArticleRows(db, row, folded), folded);
        n += folded.length;
      }
      return [n, rows.length === GROUP_MAX] as const;
    });
    count += folded;
    if (!folded || !full) return count;
  }
}

/**
 * Moves the folded rows' search index entries and story members to the row kept, in the
 * caller's transaction: the folded keys leave the index, and their stories (a story's count
 * and timeline then count the article once); a folded member moves to the kept key when that
 * one has none. The kept row is indexed again (its saved flag, its entities).
 */
async function foldDerived(
  db: BackstoryDb,
  kept: StoredArticle,
  folded: readonly StoredArticle[],
): Promise<void> {
  for (const f of folded) {
    const member = await db.storyMembers.get(f.key);
    if (member && !(await db.storyMembers.get(kept.key))) {
      await db.storyMembers.delete(f.key);
      await db.storyMembers.put({ ...member, key: kept.key });
    } else if (member) {
      await removeMember(db, member, f);
    }
    await removeFromIndex(db, f.key);
  }
  const member = await db.storyMembers.get(kept.key);
  const saved = kept.savedAt !== undefined;
  if (member && member.saved !== saved) await db.storyMembers.update(kept.key, { saved });
  await indexArticle(db, kept);
}
