import type { BackstoryDb } from '@/lib/db';
import { tableMiddleware } from './table-middleware';

/**
 * A worker stopped mid-fill: the `n`th light-row put on `db` (the light write of a fill's
 * page) throws, as a worker killed there would leave it; every other write goes through.
 */
export function stopOnLightPut(db: BackstoryDb, n = 2): void {
  let puts = 0;
  db.use(
    tableMiddleware('kill', 'lightArticles', (table) => ({
      ...table,
      mutate: (req) => {
        if (req.type === 'put' && ++puts === n) throw new Error('worker stopped');
        return table.mutate(req);
      },
    })),
  );
}
