import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
  type Transaction,
} from 'dexie';
import { packVector, type PackedVector } from './packed-rows';
import type { BackstoryDb } from '../db/schema';
import type { StoryEntity, StoryRow, Weighted } from './rows';
import { NAME_WORD } from './article-features';

export const HEADS_TABLE = 'storyHeads';
export const VIEWS_TABLE = 'storyViews';

/**
 * What a timeline weighs a story by to list it as related (timeline.ts): its dates and its entity
 * profile (ids and weights, packed, in the story's order), without its terms, names and indexed
 * keys. A timeline weighs up to 36 stories sharing an entity with its article and lists 3: read
 * whole, those 36 rows (150 terms each, unpacked to pairs) were a third of its time at 50,000
 * articles. Kept by storySideRowsMiddleware, never by hand.
 */
export interface StoryHead extends PackedVector {
  id: string;
  firstDate: number;
  lastDate: number;
  /**
   * The story's dated span and whether the reader set it apart, as on its row: what an add and
   * the story-pair pass rule a candidate out by (a story gone quiet, or set apart) before reading
   * it whole (readReachable). Absent on heads written before they were kept (then the row is read).
   */
  datedFrom?: number | null;
  datedTo?: number | null;
  apart?: true;
  /**
   * What a timeline lists the story by (timeline.ts, StorySummary), as on its row: its title,
   * its count and its key entities (the first KEY_ENTITIES that are not name words: ids, names
   * and types). A timeline then reads no story row: at 10,000 articles it read 3.25 a timeline
   * (the story's own and those of the related stories listed), 40 entities and 150 terms each,
   * copied whole for a title, a count and five names. Filled on older heads by the v20 upgrade.
   */
  title: string | null;
  count: number;
  keyEntities: [ids: string[], names: string[], types: string[]];
}

/** Key entities a story is listed with (StorySummary.keyEntities). */
export const KEY_ENTITIES = 5;

/**
 * When the reader last opened a timeline of a story (epoch ms): a row of its own, so that showing
 * a timeline writes these two numbers, not the whole story row again (its packed vectors and its
 * multi-entry index keys). Deleted with its story (storySideRowsMiddleware): story ids are reused
 * after the stories are rebuilt, and a stale view would mark a new story's articles as seen.
 */
export interface StoryView {
  id: string;
  at: number;
}

/** A story's head (a story row as callers have it, or as stored, its entities packed). */
export function headOf(s: StoryRow): StoryHead {
  const e = s.entities as StoryEntity[] | (PackedVector & { name: string[]; type: string[] });
  const packed = Array.isArray(e)
    ? packVector(e.map((x): Weighted => [x.id, x.weight]))
    : { k: e.k, w: e.w };
  const keyEntities: StoryHead['keyEntities'] = [[], [], []];
  for (let i = 0; i < packed.k.length && keyEntities[0].length < KEY_ENTITIES; i++) {
    const id = packed.k[i]!;
    if (id.startsWith(NAME_WORD)) continue;
    keyEntities[0].push(id);
    keyEntities[1].push(Array.isArray(e) ? e[i]!.name : e.name[i]!);
    keyEntities[2].push(Array.isArray(e) ? e[i]!.type : e.type[i]!);
  }
  return {
    id: s.id,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    datedFrom: s.datedFrom,
    datedTo: s.datedTo,
    ...(s.apart && { apart: true as const }),
    ...packed,
    title: s.title,
    count: s.count,
    keyEntities,
  };
}

/** The dated span and mark a candidate is ruled out by: a story row's, or its head's. */
export type StoryReach = Pick<StoryRow, 'datedFrom' | 'datedTo' | 'apart'>;

/**
 * What one add has read of the stories, for its later steps (the story-pair pass) to take instead
 * of reading it again: heads and rows by story id, and the ids a capped feature query found when
 * it found fewer than its cap (then the list is whole), by `index + SEP + key`. The pass weighs
 * the story the article joined against stories found by its features, often those the add
 * found as candidates, each read a request of its own (fake-indexeddb: a tree walk and a clone).
 * Small: at 10,000 articles (stories-tail.ts, 200 adds) 84.6 -> 82.7 requests per add (the
 * pass runs only after a join or a merge). Valid only while the stories read are unchanged:
 * `forget` drops the stories written since (merged, rewritten).
 */
export class StoryReads {
  readonly heads = new Map<string, StoryHead | undefined>();
  readonly rows = new Map<string, StoryRow>();
  private readonly found = new Map<string, string[]>();
  private readonly gone = new Set<string>();

  /** Notes what a query of `index` for `key` capped at `limit` found. */
  noteFound(index: string, key: string, limit: number, ids: string[]): void {
    if (ids.length < limit) this.found.set(`${index}\u0000${key}`, ids);
  }

  /**
   * The ids a query of `index` for `key` finds now, in index (id) order, when the add's query
   * found all it had: `written` (a story put since, with that key) among them. Undefined when the
   * add's query was capped or never run.
   */
  foundNow(index: string, key: string, written: string): string[] | undefined {
    const ids = this.found.get(`${index}\u0000${key}`);
    if (!ids) return undefined;
    const out = ids.filter((id) => id !== written && !this.gone.has(id));
    out.push(written);
    return out.sort();
  }

  /** Stories deleted or rewritten since they were read: read again (or found no more). */
  forget(ids: Iterable<string>): void {
    for (const id of ids) {
      this.heads.delete(id);
      this.rows.delete(id);
      this.gone.add(id);
    }
  }
}

/**
 * The stories under `ids`, in their order, but those `ruledOut` (by their heads) left undefined
 * and not read: of the 20 to 24 candidates an add reads at 50,000 articles, all but one or two
 * had gone quiet (5.8 KB read and copied each, for nothing). A story whose head does not carry its
 * dated span (written before it did) is read whole and ruled on by its row; `ruledOut` must give
 * for the head what it gives for the row. With `reads`, what it holds is not read again, and what
 * is read is noted in it.
 */
export async function readReachable(
  db: BackstoryDb,
  ids: string[],
  ruledOut: (s: StoryReach) => boolean,
  reads?: StoryReads,
): Promise<(StoryRow | undefined)[]> {
  const known = (id: string) => reads?.rows.get(id);
  const toHead = ids.filter((id) => !known(id) && !reads?.heads.has(id));
  const fresh = toHead.length ? await db.storyHeads.bulkGet(toHead) : [];
  const heads = new Map(toHead.map((id, i) => [id, fresh[i]]));
  toHead.forEach((id, i) => reads?.heads.set(id, fresh[i]));
  const read = ids.filter((id) => {
    if (known(id)) return false;
    const h = heads.has(id) ? heads.get(id) : reads?.heads.get(id);
    return !h || h.datedFrom === undefined || !ruledOut(h as StoryReach);
  });
  const got = read.length ? await db.stories.bulkGet(read) : [];
  const rows = new Map(got.map((s, i) => [read[i]!, s]));
  got.forEach((s, i) => s && reads?.rows.set(read[i]!, s));
  return ids.map((id) => known(id) ?? rows.get(id));
}

/**
 * Keeps story heads and views in step with the story rows, below every write path (adds, merges,
 * splits, removals, "rebuild stories"): a story put puts its head, a story deleted (or the table
 * cleared) deletes its head and its view, in the same transaction, which this middleware widens
 * to both tables. A failed side write fails the story write. Inactive while the database is at a
 * version without the heads table (the v18 upgrade fills it: fillStorySideRows).
 */
export const storySideRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storySideRows',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === HEADS_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('stories')
            ? [...new Set([...stores, HEADS_TABLE, VIEWS_TABLE])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'stories') return table;
        const heads = down.table(HEADS_TABLE);
        const views = down.table(VIEWS_TABLE);
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).then((res) => {
              const follow = sideRequests(req, res.failures, heads, views);
              if (!follow.length) return res;
              // In the write's zone (a Dexie.Promise callback), as lightArticlesMiddleware's.
              return Dexie.Promise.resolve()
                .then(() => Dexie.Promise.all(follow.map(([side, r]) => side.mutate(r))))
                .then((done) => {
                  const failed = done.find((d) => d.numFailures);
                  if (failed) throw Object.values(failed.failures)[0]!;
                  return res;
                });
            }),
        };
      },
    };
  },
};

/** The writes to heads and views that mirror a story write. */
function sideRequests(
  req: DBCoreMutateRequest,
  failures: Record<number, unknown>,
  heads: DBCoreTable,
  views: DBCoreTable,
): [DBCoreTable, DBCoreMutateRequest][] {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = (req.values as StoryRow[]).filter((_, i) => !failures[i]).map(headOf);
      return values.length ? [[heads, { type: 'put', trans: req.trans, values }]] : [];
    }
    case 'delete':
      return [heads, views].map((t) => [t, { type: 'delete', trans: req.trans, keys: req.keys }]);
    case 'deleteRange':
      return [heads, views].map((t) => [
        t,
        { type: 'deleteRange', trans: req.trans, range: req.range },
      ]);
  }
}

/** Story rows read per step by the v18 upgrade. */
const FILL_PAGE = 200;

/**
 * The v18 upgrade: a head for every story, and each story's lastViewedAt (on the row until v17)
 * moved to its view row, a page of stories at a time by id. Also v20's: every head written again
 * (with the story's summary), no row carrying a lastViewedAt any more.
 */
export async function fillStorySideRows(tx: Transaction, page = FILL_PAGE): Promise<void> {
  type OldRow = StoryRow & { lastViewedAt?: number };
  const stories = tx.table<OldRow, string>('stories');
  const heads = tx.table<StoryHead, string>(HEADS_TABLE);
  const views = tx.table<StoryView, string>(VIEWS_TABLE);
  let last: string | undefined;
  for (;;) {
    const rows = await (
      last === undefined ? stories.orderBy(':id') : stories.where(':id').above(last)
    )
      .limit(page)
      .toArray();
    if (!rows.length) return;
    await heads.bulkPut(rows.map(headOf));
    const seen = rows.filter((s) => s.lastViewedAt !== undefined);
    if (seen.length) {
      await views.bulkPut(seen.map((s) => ({ id: s.id, at: s.lastViewedAt! })));
      await stories.bulkPut(seen.map(({ lastViewedAt: _, ...s }) => s));
    }
    last = rows.at(-1)!.id;
  }
}
