import Dexie from 'dexie';
import type {
  DBCore,
  DBCoreTable,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  Middleware,
  Transaction,
} from 'dexie';
import type { StoredArticle, StoredEntity } from './schema';
import { nearCopySignature, type NearSignature } from './near-copy';
import { copyPrint } from './text-fingerprint';
import { coreReader, LINK_INLINE, linkRows, setCopyGroups } from './copy-links';

/** The table of light rows (schema v9). */
export const LIGHT_TABLE = 'lightArticles';

/** An entity of a light row: what lists and cards show, its mention spans counted, not kept. */
export interface LightEntity {
  id: string;
  type: StoredEntity['type'];
  name: string;
  salience: number;
  mentionCount: number;
  /** False for an entity kept for search only (see StoredEntity.shown). */
  shown?: boolean;
}

/**
 * An article without its text: what every list view reads (recent articles, the tab's view,
 * story timelines, entity cards). Same primary key as its article row; written by the
 * database itself whenever an article row is (lightArticlesMiddleware), never by hand.
 */
export type LightArticle = Pick<
  StoredArticle,
  | 'key'
  | 'url'
  | 'canonicalUrl'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'lang'
  | 'publishedAt'
  | 'firstReadAt'
  | 'lastReadAt'
  | 'readCount'
  | 'savedAt'
  | 'importedAt'
> & {
  id: number;
  entities: LightEntity[];
  entityIds: string[];
  /**
   * The fingerprint of its text when long enough (text-fingerprint.ts copyPrint), indexed
   * (schema v14): an article of another site with the same one is the same text, a wire story
   * republished (a timeline shows the two as one entry). Computed once, when the row is written.
   */
  textPrint?: string;
  /**
   * Its text's near-copy signature when long enough (near-copy.ts, 64 characters; schema v15):
   * an article of another site whose signature is close is the same text republished with small
   * changes (a credit, a dateline, a paragraph). Not indexed: compared within a timeline, and
   * with the rows its bands find.
   */
  nearPrint?: string;
  /**
   * Its signature's bands (near-copy.ts NEAR_BANDS numbers), multi-entry indexed (schema v16):
   * the rows sharing one are the candidates for a near copy of it among all articles read
   * (nearCopiesOf).
   */
  nearBands?: number[];
  /**
   * The groups of its near copies, linked when it was written (copy-links.ts, schema v17),
   * multi-entry indexed: its copies are read from these groups and the one its id founds, not
   * looked up by band. Empty: linked, no copies then. Absent: written before v17 and not filled
   * yet (fillCopyLinks), looked up by band. Kept while its text is unchanged.
   */
  copyGroups?: number[];
  /**
   * Its entityIds while it has copyGroups (copy-links.ts setCopyGroups, schema v19), multi-entry
   * indexed: an entity's rows linked to a copy, found by key (an entity card's count), not among
   * every linked row of the archive. Absent on a row without groups.
   */
  copyEntityIds?: string[];
};

/** The light row of a stored article (which must have its id). */
export function lightArticle(a: StoredArticle): LightArticle {
  return withPrint(lightFields(a), copyPrint(a.text), nearCopySignature(a.text));
}

/** A light row with its text's fingerprint and near-copy signature and bands (near-copy.ts). */
function withPrint(
  row: LightArticle,
  print: string | null,
  near: NearSignature | null,
): LightArticle {
  if (print) row.textPrint = print;
  if (near) {
    row.nearPrint = near.print;
    if (near.bands.length) row.nearBands = near.bands;
  }
  return row;
}

/**
 * The light row's fields but its textPrint and nearPrint: what a summary shows, without a pass
 * over the text.
 */
export function lightFields(a: StoredArticle): LightArticle {
  const row: LightArticle = {
    id: a.id!,
    key: a.key,
    url: a.url ?? null,
    canonicalUrl: a.canonicalUrl ?? null,
    title: a.title ?? null,
    byline: a.byline ?? null,
    siteName: a.siteName ?? null,
    lang: a.lang ?? null,
    publishedAt: a.publishedAt ?? null,
    firstReadAt: a.firstReadAt,
    lastReadAt: a.lastReadAt,
    readCount: a.readCount,
    entities: (a.entities ?? []).map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      salience: e.salience,
      mentionCount: e.mentions?.length ?? 0,
      ...(e.shown === false ? { shown: false } : {}),
    })),
    entityIds: a.entityIds ?? (a.entities ?? []).map((e) => e.id),
  };
  if (a.savedAt !== undefined) row.savedAt = a.savedAt;
  if (a.importedAt !== undefined) row.importedAt = a.importedAt;
  return row;
}

/**
 * Keeps the light rows in step with the article rows, below every write path (store, update,
 * delete, import, retention, sync, upgrades): each write to `articles` writes its light row in
 * the same transaction, which this middleware widens to the light table. A light write that
 * fails fails the article write, so the two never disagree. Inactive while the database is at a
 * version without the light table (an upgrade from before v9, whose v9 step fills it). The
 * light row's textPrint, nearPrint and nearBands are the article row's, which dupKeyMiddleware
 * (registered above this one) has just set for this very write: the text is fingerprinted once
 * per write, and signed again only when it changed.
 */
export const lightArticlesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'lightArticles',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === LIGHT_TABLE)) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('articles') && !stores.includes(LIGHT_TABLE)
            ? [...stores, LIGHT_TABLE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'articles') return table;
        const light = down.table(LIGHT_TABLE);
        return {
          ...table,
          mutate: (req) =>
            table.mutate(req).then((res) => {
              const follow = lightRequest(req, res);
              if (!follow) return res;
              // Rows new to the table (added, or put without an id): no old light row.
              const fresh = new Set<number>();
              if (req.type === 'add' || req.type === 'put') {
                req.values.forEach((v: StoredArticle, i) => {
                  if (res.failures[i] || (req.type === 'put' && v.id !== undefined)) return;
                  fresh.add((res.results?.[i] as number | undefined) ?? v.id!);
                });
              }
              // The light write goes down through Dexie's own middlewares (hooks, cache), which
              // read the write's transaction from Dexie's zone. The native promises of linking do
              // not carry that zone; a Dexie.Promise's callback runs in the zone its then() was
              // called in (dexie.org/docs/Promise/Promise.PSD), this one: the write's.
              return Dexie.Promise.resolve(linked(light, follow, fresh))
                .then((r) => light.mutate(r))
                .then((done) => {
                  if (done.numFailures) throw Object.values(done.failures)[0]!;
                  return res;
                });
            }),
        };
      },
    };
  },
};

/** The light table's write that mirrors an article write, if any. */
function lightRequest(
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values: LightArticle[] = [];
      req.values.forEach((v: StoredArticle, i) => {
        if (res.failures[i]) return;
        const id = (res.results?.[i] as number | undefined) ?? v.id;
        const near = v.nearPrint ? { print: v.nearPrint, bands: v.nearBands ?? [] } : null;
        values.push(withPrint(lightFields({ ...v, id }), v.textPrint ?? null, near));
      });
      return values.length ? { type: 'put', trans: req.trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/**
 * The light put `req` with its rows' copyGroups (copy-links.ts): a row's old ones when its text
 * is unchanged (same nearPrint), else linked now, from its bands. Rows new to the table
 * (`fresh` ids) have no old light row to read; more than LINK_INLINE of them in one write (a sync
 * batch) are left unlinked, for fillCopyLinks (their ids are above its progress). Other requests
 * as they are.
 */
async function linked(
  light: DBCoreTable,
  req: DBCoreMutateRequest,
  fresh: ReadonlySet<number>,
): Promise<DBCoreMutateRequest> {
  if (req.type !== 'put' || !light.schema.getIndexByKeyPath('copyGroups')) return req;
  const all = req.values as LightArticle[];
  const rows = fresh.size > LINK_INLINE ? all.filter((r) => !fresh.has(r.id)) : all;
  const stored = rows.filter((r) => !fresh.has(r.id));
  const old = stored.length
    ? ((await light.getMany({ trans: req.trans, keys: stored.map((r) => r.id) })) as (
        LightArticle | undefined
      )[])
    : [];
  const was = new Map(stored.map((r, i) => [r.id, old[i]]));
  const todo: LightArticle[] = [];
  for (const r of rows) {
    const w = was.get(r.id);
    if (w?.copyGroups && w.nearPrint === r.nearPrint) setCopyGroups(r, w.copyGroups);
    else todo.push(r);
  }
  if (todo.length) await linkRows(coreReader(light, req.trans), todo);
  return req;
}

/**
 * Articles read per step when filling the light table: their texts are never all in memory (50
 * articles of 1.5 M characters are some 150 MB at worst).
 */
export const FILL_PAGE = 50;

/**
 * Fills the light table from the article rows (the v9 upgrade), a page of rows at a time by
 * primary key.
 */
export async function fillLightArticles(tx: Transaction, page = FILL_PAGE): Promise<void> {
  const articles = tx.table<StoredArticle, number>('articles');
  const light = tx.table<LightArticle, number>(LIGHT_TABLE);
  let after = -Infinity;
  for (;;) {
    const rows = await articles.where(':id').above(after).limit(page).toArray();
    if (!rows.length) return;
    await light.bulkPut(rows.map(lightArticle));
    after = rows.at(-1)!.id!;
  }
}
