import type { DBCore, DBCoreCursor, Middleware } from 'dexie';
import type { StoryEntity, StoryMember, StoryRow, Weighted } from './rows';

/**
 * Stories and members as stored: their vectors packed into flat arrays (features, names and
 * types as string arrays, weights as one Float64Array), the rest of the row as it is. Every
 * row read and written is copied whole (structured clone, in IndexedDB as in fake-indexeddb),
 * and a story's 150 terms and 40 entities as pairs and objects are some 400 values to copy;
 * packed, a handful. At 50,000 articles a timeline reads some 20 stories and 20 members and
 * an add 24 stories: reading them packed and unpacking costs about 40% of reading them as
 * pairs (tests/bench, 147 → 54 µs per story, 60 → 29 µs per member), and the heap holds far
 * fewer objects for the garbage collector to trace. Callers never see the packed form:
 * packedStoryRowsMiddleware packs on write and unpacks on read. Rows written before are read
 * as they are (unpack leaves an unpacked vector alone) and packed when next written.
 */
export interface PackedVector {
  k: string[];
  w: Float64Array;
}

interface PackedEntities extends PackedVector {
  name: string[];
  type: string[];
}

/** Entity ids, names and types (an array: unpacked names are an object). */
type PackedNames = [ids: string[], names: string[], types: string[]];

type Packed<T> = T | PackedVector;

export function packVector(v: Weighted[] | PackedVector): PackedVector {
  if (!Array.isArray(v)) return v;
  const k = new Array<string>(v.length);
  const w = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) [k[i], w[i]] = v[i]!;
  return { k, w };
}

export function unpackVector(v: Packed<Weighted[]>): Weighted[] {
  if (Array.isArray(v)) return v;
  const out = new Array<Weighted>(v.k.length);
  for (let i = 0; i < out.length; i++) out[i] = [v.k[i]!, v.w[i]!];
  return out;
}

function packEntities(v: StoryEntity[] | PackedEntities): PackedEntities {
  if (!Array.isArray(v)) return v;
  const n = v.length;
  const out: PackedEntities = { k: [], w: new Float64Array(n), name: [], type: [] };
  v.forEach((e, i) => {
    out.k.push(e.id);
    out.w[i] = e.weight;
    out.name.push(e.name);
    out.type.push(e.type);
  });
  return out;
}

function unpackEntities(v: StoryEntity[] | PackedEntities): StoryEntity[] {
  if (Array.isArray(v)) return v;
  const out = new Array<StoryEntity>(v.k.length);
  for (let i = 0; i < out.length; i++) {
    out[i] = { id: v.k[i]!, name: v.name[i]!, type: v.type[i]!, weight: v.w[i]! };
  }
  return out;
}

function packNames(names: StoryMember['names'] | PackedNames): PackedNames {
  if (Array.isArray(names)) return names;
  const out: PackedNames = [[], [], []];
  for (const [id, [name, type]] of Object.entries(names)) {
    out[0].push(id);
    out[1].push(name);
    out[2].push(type);
  }
  return out;
}

function unpackNames(names: StoryMember['names'] | PackedNames): StoryMember['names'] {
  if (!Array.isArray(names)) return names;
  const [ids, name, type] = names;
  const out: StoryMember['names'] = {};
  for (let i = 0; i < ids.length; i++) out[ids[i]!] = [name[i]!, type[i]!];
  return out;
}

/** A row of `stories` or `storyMembers` as stored (a new object; the caller's is untouched). */
export function packRow(table: string, row: StoryRow | StoryMember): object {
  if (table === 'stories') {
    const s = row as StoryRow;
    return { ...s, entities: packEntities(s.entities), terms: packVector(s.terms) };
  }
  const m = row as StoryMember;
  return {
    ...m,
    entities: packVector(m.entities),
    terms: packVector(m.terms),
    names: packNames(m.names),
  };
}

/** A stored row as callers use it (the stored object itself, read fresh, is reused). */
export function unpackRow<T>(table: string, row: T): T {
  if (!row) return row;
  const r = row as Record<string, unknown>;
  if (table === 'stories') {
    r.entities = unpackEntities(r.entities as StoryEntity[]);
    unpackWhenRead(r, 'terms', unpackVector);
  } else {
    r.entities = unpackVector(r.entities as Weighted[]);
    r.terms = unpackVector(r.terms as Weighted[]);
    unpackWhenRead(r, 'names', unpackNames);
  }
  return row;
}

/**
 * `row[field]` unpacked the first time it is read, not before (an ordinary property for every
 * reader: spread, cloned, compared or set, it is the unpacked value). A timeline reads 4 story
 * rows and 13 to 36 members and never their terms or names: unpacked eagerly, 150 pairs a story
 * and an object of [name, type] pairs a member were garbage for the collector.
 */
function unpackWhenRead<P, T>(row: Record<string, unknown>, field: string, unpack: (v: P) => T) {
  const packed = row[field] as P;
  let value: T | undefined;
  let done = false;
  Object.defineProperty(row, field, {
    configurable: true,
    enumerable: true,
    get() {
      if (!done) [value, done] = [unpack(packed), true];
      return value;
    },
    set(v: T) {
      [value, done] = [v, true];
    },
  });
}

const PACKED_TABLES = ['stories', 'storyMembers'];

/** Packs story and member rows on every write, unpacks them on every read (see PackedVector). */
export const packedStoryRowsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'packedStoryRows',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!PACKED_TABLES.includes(name)) return table;
        const unpack = <T>(row: T) => unpackRow(name, row);
        const wrapCursor = (cursor: DBCoreCursor | null, values: boolean) => {
          if (!cursor || !values) return cursor;
          // One unpacked value per position: a modify() changes the object it was given.
          let raw: unknown;
          let value: unknown;
          return Object.create(cursor, {
            value: {
              get() {
                if (cursor.value !== raw) [raw, value] = [cursor.value, unpack(cursor.value)];
                return value;
              },
            },
          }) as DBCoreCursor;
        };
        return {
          ...table,
          get: (req) => table.get(req).then(unpack),
          getMany: (req) => table.getMany(req).then((rows) => rows.map(unpack)),
          query: (req) =>
            table
              .query(req)
              .then((res) => (req.values ? { ...res, result: res.result.map(unpack) } : res)),
          openCursor: (req) =>
            table.openCursor(req).then((c) => wrapCursor(c, req.values !== false)),
          mutate: (req) =>
            req.type === 'add' || req.type === 'put'
              ? table.mutate({
                  ...req,
                  values: req.values.map((v: StoryRow | StoryMember) => packRow(name, v)),
                })
              : table.mutate(req),
        };
      },
    };
  },
};
