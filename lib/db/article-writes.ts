import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { BackstoryDb, StoredArticle } from './schema';

/**
 * Who looks for rows in one transaction and writes in the next (lib/sync/merge.ts: a batch's
 * lookups run before its write transaction, which list views wait behind) learns here what was
 * written to the articles table in between: the dupKeys and aliases of the rows put while it
 * watches (watchArticleWrites), to look again, in its write transaction, only when one of them
 * is one it looked for. A write after the watch starts is seen; one before it was committed
 * before the lookups ran (IndexedDB runs a table's transactions in the order they were created).
 *
 * Writes through this JavaScript context's Dexie instances of the database only: the
 * background is the one context that writes it (schema.ts).
 */

/** What was put in the articles table while watched. */
export interface ArticleWrites {
  dupKeys: Set<string>;
  aliases: Set<string>;
}

/** The watches open, by database name. */
const watching = new Map<string, Set<ArticleWrites>>();

/**
 * Starts noting what is put in `db`'s articles table; `stop` ends it. No cost to writes while
 * nobody watches.
 */
export function watchArticleWrites(db: BackstoryDb): ArticleWrites & { stop(): void } {
  const writes: ArticleWrites = { dupKeys: new Set(), aliases: new Set() };
  let set = watching.get(db.name);
  if (!set) watching.set(db.name, (set = new Set()));
  set.add(writes);
  return {
    ...writes,
    stop() {
      set.delete(writes);
      if (!set.size && watching.get(db.name) === set) watching.delete(db.name);
    },
  };
}

/**
 * Notes the rows put in the articles table for the watches open (watchArticleWrites), with the
 * dupKey dupKeyMiddleware gave them: registered before it (schema.ts), it sees each write after.
 */
export const articleWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'articleWrites',
  create(down) {
    const name = down.schema.name;
    return {
      ...down,
      table(tableName) {
        const table = down.table(tableName);
        if (tableName !== 'articles') return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const open = watching.get(name);
            if (open && (req.type === 'add' || req.type === 'put')) {
              for (const row of req.values as StoredArticle[]) {
                for (const w of open) {
                  if (row.dupKey) w.dupKeys.add(row.dupKey);
                  for (const a of row.aliases ?? []) w.aliases.add(a);
                }
              }
            }
            return table.mutate(req);
          },
        };
      },
    };
  },
};
