import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A DBCore middleware named `name` that gives `table`'s DBCore table through `wrap` (a spy, a
 * failing write) and every other table as it is. Use it with `db.use(...)`.
 */
export function tableMiddleware(
  name: string,
  table: string,
  wrap: (down: DBCoreTable) => DBCoreTable,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create: (down) => ({
      ...down,
      table(t) {
        const inner = down.table(t);
        return t === table ? wrap(inner) : inner;
      },
    }),
  };
}
