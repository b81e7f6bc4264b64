import type { DBCore, Middleware } from 'dexie';

/** Calls, rows and JSON bytes of one table's kind of read or write. */
export interface RowCount {
  calls: number;
  rows: number;
  bytes: number;
}

/**
 * Rows, calls and JSON bytes read and written per table (and per kind of read) while `on`. With
 * `bytes: false` no row is serialised to be measured: a profile of garbage collections
 * (stories-tail.ts) must not allocate inside the calls it times.
 */
export class RowCounter {
  on = false;
  counts = new Map<string, RowCount>();
  private readonly bytes: boolean;

  constructor(options: { bytes?: boolean } = {}) {
    this.bytes = options.bytes ?? true;
  }

  /** The counts so far; counting goes on from none. */
  take(): Map<string, RowCount> {
    const counts = this.counts;
    this.counts = new Map();
    return counts;
  }

  /** One call of `name` that moved `rows` rows, of which `values` are the rows' contents. */
  private add(name: string, rows: number, values: readonly unknown[] = []): void {
    if (!this.on) return;
    const c = this.counts.get(name) ?? { calls: 0, rows: 0, bytes: 0 };
    c.calls++;
    c.rows += rows;
    if (this.bytes) {
      for (const v of values) c.bytes += v === undefined ? 0 : JSON.stringify(v).length;
    }
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
            this.add(`${name} ${req.type}`, values.length || keys, values);
            return t.mutate(req);
          },
          get: (req) => t.get(req).then((v) => (this.add(`${name} get`, 1, [v]), v)),
          getMany: (req) =>
            t.getMany(req).then((v) => (this.add(`${name} getMany`, v.length, v), v)),
          // Keys only: as many rows as keys found, no row's bytes.
          query: (req) =>
            t.query(req).then((v) => {
              const kind = `${name} query${req.values ? '' : ' keys'}`;
              this.add(kind, v.result.length, req.values ? v.result : []);
              return v;
            }),
          openCursor: (req) => (this.add(`${name} cursor`, 0), t.openCursor(req)),
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
