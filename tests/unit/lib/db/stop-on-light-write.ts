import type { BackstoryDb } from '@/lib/db';

/**
 * A worker stopped mid-fill: the `n`th light-row put on `db` (the light write of a fill's
 * page) throws, as a worker killed there would leave it; every other write goes through.
 */
export function stopOnLightPut(db: BackstoryDb, n = 2): void {
  let puts = 0;
  db.use({
    stack: 'dbcore',
    name: 'kill',
    create: (down) => ({
      ...down,
      table(t) {
        const table = down.table(t);
        if (t !== 'lightArticles') return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type === 'put' && ++puts === n) throw new Error('worker stopped');
            return table.mutate(req);
          },
        };
      },
    }),
  });
}
