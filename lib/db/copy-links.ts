import type { DBCoreTable, DBCoreTransaction, Transaction } from 'dexie';
import type { LightArticle } from './light-articles';
import { isNearCopy } from './near-copy';
import type { BackstoryDb } from './schema';

/**
 * Near copies linked when a text is written (schema v17), so that a timeline reads them instead
 * of looking them up by band every time it is shown. A light row's `copyGroups` (multi-entry
 * indexed) names the groups of the near copies its bands found when it was written: each such
 * copy's own groups, or, when it had none, the copy's id (it founds that group without being
 * written again: a group's founder is the row whose id the group is). The near copies of a row
 * are then among the rows of its groups and of the group its own id founds, read by index, and
 * told from them by isNearCopy, as the band lookup tells them: links only narrow where to look.
 *
 * Nothing is rewritten when a row goes (remove from stories, archive deletion, retention): a
 * group whose founder is deleted is still read by its key (the rows that carry it), and a row
 * written later near a member joins the member's groups. A row that no longer exists, or whose
 * text changed, is not a copy (isNearCopy on the rows read). Links are local: ids of this
 * database, on light rows only, never synced (each device links its own rows when it writes them).
 */

/** Rows read per band when a text is linked (as near-copies.ts PER_BAND). */
export const LINK_PER_BAND = 16;
/** Most groups a row joins: the first found (a text is rarely near copies of two groups). */
export const MAX_GROUPS = 4;
/** Rows read per group when a row's copies are read: a text republished on many sites. */
export const GROUP_READ = 32;

/** How the linking reads the light rows: by band (ids), and by id. */
export interface LinkReader {
  idsWithBand(band: number, limit: number): Promise<number[]>;
  rows(ids: number[]): Promise<(LightArticle | undefined)[]>;
}

/**
 * Sets `copyGroups` on each of `rows` (being written, in this order): the groups of its near
 * copies among the rows stored (found by its bands) and among the rows before it in `rows`. An
 * empty list for a row without copies or bands: linked, nothing to read. Rows stored under the
 * ids of `rows` are not candidates (their text is the one being replaced). `linkedOnly`: stored
 * rows not linked yet are not candidates either (the fill, in id order: they link to these rows
 * when their turn comes, and their groups stay those of the first rows of a text, as when each
 * was linked as written, not one group per later copy).
 */
export async function linkRows(
  read: LinkReader,
  rows: LightArticle[],
  linkedOnly = false,
): Promise<void> {
  const signed = rows.filter((r) => r.nearPrint && r.nearBands?.length);
  for (const r of rows) if (!signed.includes(r)) setCopyGroups(r, []);
  if (!signed.length) return;
  const bands = [...new Set(signed.flatMap((r) => r.nearBands!))];
  const byBand = await Promise.all(bands.map((b) => read.idsWithBand(b, LINK_PER_BAND)));
  const own = new Set(rows.map((r) => r.id));
  const idsOf = new Map(bands.map((b, i) => [b, byBand[i]!.filter((id) => !own.has(id))]));
  const wanted = [...new Set([...idsOf.values()].flat())];
  const found = await read.rows(wanted);
  const stored = new Map<number, LightArticle>();
  wanted.forEach((id, i) => found[i] && stored.set(id, found[i]!));
  // The rows of `rows` already linked, by band, for the ones after them.
  const earlier = new Map<number, LightArticle[]>();
  for (const r of signed) {
    const candidates = new Set<LightArticle>();
    for (const b of r.nearBands!) {
      for (const id of idsOf.get(b) ?? []) {
        const c = stored.get(id);
        if (c && (!linkedOnly || isLinked(c))) candidates.add(c);
      }
      for (const c of earlier.get(b) ?? []) candidates.add(c);
    }
    const groups = new Set<number>();
    for (const c of candidates) {
      if (c.id === r.id || !c.nearPrint || !isNearCopy(r.nearPrint!, c.nearPrint)) continue;
      for (const g of c.copyGroups?.length ? c.copyGroups : [c.id]) if (g !== r.id) groups.add(g);
    }
    setCopyGroups(r, [...groups].sort((a, b) => a - b).slice(0, MAX_GROUPS));
    for (const b of r.nearBands!) {
      const list = earlier.get(b);
      if (list) list.push(r);
      else earlier.set(b, [r]);
    }
  }
}

/**
 * Sets a row's copyGroups, and with them its copyEntityIds (schema v19): its entityIds when it
 * has groups, so that an entity's linked rows are found by key (entity-background.ts), never
 * among every linked row of the archive.
 */
export function setCopyGroups(r: LightArticle, groups: number[]): void {
  r.copyGroups = groups;
  if (groups.length && r.entityIds?.length) r.copyEntityIds = [...r.entityIds];
  else delete r.copyEntityIds;
}

/** Whether a row's near copies are linked (it was written, or filled, since schema v17). */
export function isLinked(row: LightArticle): boolean {
  return row.copyGroups !== undefined;
}

/**
 * The near copies of linked rows (isLinked, with a signature), by key: the rows of their groups
 * and the founders of those groups, each group read once for all the rows, that are near copies
 * of the row (isNearCopy), itself left out. Rows given are not read again.
 */
export async function linkedCopiesOfEach(
  table: BackstoryDb['lightArticles'],
  rows: readonly LightArticle[],
): Promise<Map<string, LightArticle[]>> {
  const signed = rows.filter((r) => r.nearPrint && isLinked(r));
  if (!signed.length) return new Map();
  const groupsOf = (r: LightArticle) => [r.id, ...r.copyGroups!];
  const groups = [...new Set(signed.flatMap(groupsOf))];
  const members = await Promise.all(
    groups.map((g) => table.where('copyGroups').equals(g).limit(GROUP_READ).primaryKeys()),
  );
  const byGroup = new Map(groups.map((g, i) => [g, [g, ...members[i]!]]));
  const byId = new Map<number, LightArticle | undefined>(rows.map((r) => [r.id, r]));
  const missing = [...new Set([...byGroup.values()].flat())].filter((id) => !byId.has(id));
  if (missing.length) {
    const read = await table.bulkGet(missing);
    missing.forEach((id, i) => byId.set(id, read[i]));
  }
  const out = new Map<string, LightArticle[]>();
  for (const r of signed) {
    const near: LightArticle[] = [];
    const seen = new Set<number>([r.id]);
    for (const g of groupsOf(r)) {
      for (const id of byGroup.get(g)!) {
        if (seen.has(id)) continue;
        seen.add(id);
        const c = byId.get(id);
        if (c && c.key !== r.key && c.nearPrint && isNearCopy(r.nearPrint!, c.nearPrint)) {
          near.push(c);
        }
      }
    }
    out.set(r.key, near);
  }
  return out;
}

/** The linking's reads through the database's core, in the transaction of a write (middleware). */
export function coreReader(light: DBCoreTable, trans: DBCoreTransaction): LinkReader {
  const index = light.schema.getIndexByKeyPath('nearBands');
  return {
    async idsWithBand(band, limit) {
      if (!index) return [];
      // DBCoreRangeType.Equal (a const enum, not importable under isolatedModules).
      const range = { type: 1, lower: band, upper: band } as const;
      const res = await light.query({ trans, values: false, limit, query: { index, range } });
      return res.result as number[];
    },
    rows: (ids) =>
      ids.length ? light.getMany({ trans, keys: ids }) : Promise.resolve([] as LightArticle[]),
  };
}

/** The linking's reads through a Dexie table (the fill of rows written before v17). */
export function tableReader(light: BackstoryDb['lightArticles']): LinkReader {
  return {
    idsWithBand: (band, limit) => light.where('nearBands').equals(band).limit(limit).primaryKeys(),
    rows: (ids) => light.bulkGet(ids),
  };
}

/** Light rows linked per step of the fill (fillCopyLinks). */
export const LINK_PAGE = 200;

/**
 * Most new rows of one write linked as they are written: an import or a sync batch of more is
 * left to fillCopyLinks (eight indexed reads a row would hold its write transaction, which list
 * views wait behind, for seconds), and looked up by band until then.
 */
export const LINK_INLINE = 32;

/** The fill's progress row (LinkFill): the last id looked at. */
export interface LinkFill {
  id: 'copyLinks';
  after: number;
}

/**
 * Links the light rows written before schema v17, and the new rows of large writes (LINK_INLINE),
 * those without copyGroups, one page of LINK_PAGE rows by id per transaction, from the last id
 * it looked at (new rows get higher ids), its progress kept in the same transaction (fills
 * table): a worker stopped in between loses at most the page it was on, which the next step does
 * again (a row already linked is skipped). Until a row is linked, its copies are looked up by
 * band. Once through, a call is one read of the rows above its progress. Returns whether rows are
 * left; `maxPages` bounds one call (the idle worker's slice).
 */
export async function fillCopyLinks(
  db: BackstoryDb,
  maxPages = Infinity,
  page = LINK_PAGE,
): Promise<boolean> {
  for (let n = 0; n < maxPages; n++) {
    const more = await db.transaction('rw', [db.lightArticles, db.fills], async () => {
      const state = await db.fills.get('copyLinks');
      const after = state?.after ?? -Infinity;
      const rows = await db.lightArticles.where(':id').above(after).limit(page).toArray();
      if (!rows.length) return false;
      const todo = rows.filter((r) => !isLinked(r));
      await linkRows(tableReader(db.lightArticles), todo, true);
      if (todo.length) await db.lightArticles.bulkPut(todo);
      await db.fills.put({ id: 'copyLinks', after: rows.at(-1)!.id });
      return true;
    });
    if (!more) return false;
  }
  return true;
}

/**
 * The v19 upgrade: the rows linked to copies before (a non-empty copyGroups, found by that index)
 * get their copyEntityIds (setCopyGroups), LINK_PAGE rows at a time.
 */
export async function fillCopyEntityIds(tx: Transaction, page = LINK_PAGE): Promise<void> {
  const light = tx.table<LightArticle, number>('lightArticles');
  const ids = [...new Set((await light.orderBy('copyGroups').primaryKeys()) as number[])];
  for (let i = 0; i < ids.length; i += page) {
    const rows = (await light.bulkGet(ids.slice(i, i + page))).filter(
      (r): r is LightArticle => !!r?.copyGroups,
    );
    for (const r of rows) setCopyGroups(r, r.copyGroups!);
    await light.bulkPut(rows);
  }
}
