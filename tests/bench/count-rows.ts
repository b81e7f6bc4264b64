import type { DBCore, Middleware } from 'dexie';

/** Rows, calls and JSON bytes read and written per table (and per kind of read) while `on`. */
export class RowCounter {
  on = false;
  readonly counts = new Map<string, { calls: number; rows: number; bytes: number }>();

  private add(name: string, rows: unknown[]): void {
    if (!this.on) return;
    const c = this.counts.get(name) ?? { calls: 0, rows: 0, bytes: 0 };
    c.calls++;
    c.rows += rows.length;
    for (const v of rows) c.bytes += v === undefined ? 0 : JSON.stringify(v).length;
    this.counts.set(name, c);
  }

  /** Outermost: sees rows as callers write and read them (unpacked). */
  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'countRows',
    level: 100,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) => {
            const values = 'values' in req ? (req.values as unknown[]) : [];
            const keys = 'keys' in req ? (req.keys?.length ?? 0) : 0;
            this.add(`${name} ${req.type}`, values.length ? values : Array(keys));
            return t.mutate(req);
          },
          get: (req) => t.get(req).then((v) => (this.add(`${name} get`, [v]), v)),
          getMany: (req) => t.getMany(req).then((v) => (this.add(`${name} getMany`, v), v)),
          query: (req) =>
            t.query(req).then((v) => {
              this.add(`${name} query${req.values ? '' : ' keys'}`, req.values ? v.result : []);
              return v;
            }),
        };
      },
    }),
  };

  /** One line per table and kind, per `per` operations. */
  lines(per: number): string[] {
    return [...this.counts].map(
      ([k, c]) =>
        `  per op: ${k.padEnd(26)} ${(c.calls / per).toFixed(2)} calls, ${(c.rows / per).toFixed(2)} rows, ${Math.round(c.bytes / per)} bytes`,
    );
  }
}
