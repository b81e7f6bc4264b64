/**
 * Reads R's serialization format (XDR, version 2 or 3: what `save()` writes into an .rda file,
 * once decompressed), enough for the data frames of a data package: vectors of logicals, integers,
 * doubles and strings, lists, pairlists, symbols and attributes. ghesrob/prenomsFR ships INSEE's
 * fichier des prénoms only so (data/prenoms_nat.rda), and build-given-names.ts reads it with this,
 * so that the given-name list is rebuilt from the file as published, by its script alone.
 * Environments, closures, bytecode and other language objects are refused.
 */

/** An R value: a vector (its elements), a list, or null; `attributes` by name. */
export interface RValue {
  type: number;
  value: unknown[] | string | null;
  attributes?: Record<string, RValue>;
  tag?: string;
}

const NILVALUE = 254;
const REF = 255;
const SPECIALS = new Set([242, 241, 253, 252, 251, 247]); // empty, base, global env; unbound, missing arg, base namespace
const SYM = 1;
const LIST = 2;
const CHAR = 9;
const LGL = 10;
const INT = 13;
const REAL = 14;
const STR = 16;
const VEC = 19;
const EXPR = 20;
const ALTREP = 238;
const NA_INT = -2147483648;

class Reader {
  private at = 0;
  private readonly refs: RValue[] = [];
  private readonly view: DataView;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  int(): number {
    const v = this.view.getInt32(this.at);
    this.at += 4;
    return v;
  }

  double(): number {
    const v = this.view.getFloat64(this.at);
    this.at += 8;
    return v;
  }

  text(n: number): string {
    const s = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + n));
    this.at += n;
    return s;
  }

  length(): number {
    const n = this.int();
    if (n !== -1) return n;
    return this.int() * 2 ** 32 + (this.int() >>> 0);
  }

  header(): void {
    const magic = this.text(2);
    if (magic !== 'X\n') throw new Error(`not R's XDR serialization: ${JSON.stringify(magic)}`);
    const version = this.int();
    this.int(); // R version that wrote it
    this.int(); // least R version to read it
    if (version === 3) {
      this.text(this.int());
    } // native encoding
    else if (version !== 2) throw new Error(`R serialization version ${version}`);
  }

  item(): RValue {
    const flags = this.int();
    const type = flags & 0xff;
    const hasAttr = (flags & (1 << 9)) !== 0;
    const hasTag = (flags & (1 << 10)) !== 0;
    if (type === NILVALUE || SPECIALS.has(type)) return { type, value: null };
    if (type === REF) {
      const i = flags >> 8 || this.int();
      return this.refs[i - 1] as RValue;
    }
    if (type === SYM) {
      const sym: RValue = { type, value: this.item().value as string };
      this.refs.push(sym);
      return sym;
    }
    if (type === LIST) {
      // A pairlist: attributes, tag, CAR, then the rest as CDR; read as a list of tagged values.
      const out: RValue = { type: VEC, value: [] };
      let flagsHere = flags;
      for (;;) {
        const attr = (flagsHere & (1 << 9)) !== 0 ? this.item() : undefined;
        const tag = (flagsHere & (1 << 10)) !== 0 ? (this.item().value as string) : undefined;
        const car = this.item();
        if (tag !== undefined) car.tag = tag;
        (out.value as RValue[]).push(car);
        if (attr && !out.attributes) out.attributes = attributesOf(attr);
        flagsHere = this.int();
        if ((flagsHere & 0xff) !== LIST) {
          if ((flagsHere & 0xff) !== NILVALUE) throw new Error('pairlist ending in a value');
          return out;
        }
      }
    }
    let value: unknown[] | string | null;
    if (type === CHAR) {
      const n = this.int();
      value = n === -1 ? null : this.text(n);
    } else if (type === LGL || type === INT) {
      const n = this.length();
      value = Array.from({ length: n }, () => {
        const v = this.int();
        return v === NA_INT ? null : v;
      });
    } else if (type === REAL) {
      const n = this.length();
      value = Array.from({ length: n }, () => this.double());
    } else if (type === STR || type === VEC || type === EXPR) {
      const n = this.length();
      value = Array.from({ length: n }, () => {
        const v = this.item();
        return type === STR ? v.value : v;
      });
    } else if (type === ALTREP) {
      // A compact vector (R >= 3.5): its class, its state, its attributes; the state stands in.
      this.item();
      const state = this.item();
      const attr = this.item();
      if (attr.value !== null) state.attributes = attributesOf(attr);
      return state;
    } else {
      throw new Error(`R object of type ${type} not read`);
    }
    const out: RValue = { type, value };
    if (hasTag) throw new Error(`tag on an R object of type ${type}`);
    if (hasAttr) out.attributes = attributesOf(this.item());
    return out;
  }
}

function attributesOf(list: RValue): Record<string, RValue> {
  const out: Record<string, RValue> = {};
  for (const v of (list.value as RValue[] | null) ?? []) if (v.tag) out[v.tag] = v;
  return out;
}

/**
 * The objects of an .rda file's contents, decompressed ("RDX2\n" or "RDX3\n", then the
 * serialization of a pairlist of the saved objects), by name.
 */
export function readRdata(bytes: Uint8Array): Record<string, RValue> {
  const head = new TextDecoder().decode(bytes.subarray(0, 5));
  if (head !== 'RDX2\n' && head !== 'RDX3\n') throw new Error('not an .rda file (decompressed)');
  const r = new Reader(bytes.subarray(5));
  r.header();
  const all = r.item();
  const out: Record<string, RValue> = {};
  for (const v of (all.value as RValue[] | null) ?? []) if (v.tag) out[v.tag] = v;
  return out;
}

/** A data frame's columns by name (its `names` attribute), each its vector's values. */
export function dataFrameColumns(frame: RValue): Record<string, unknown[]> {
  const names = frame.attributes?.names?.value as string[] | undefined;
  if (!names || !Array.isArray(frame.value)) throw new Error('not a data frame');
  const out: Record<string, unknown[]> = {};
  names.forEach((n, i) => {
    out[n] = (frame.value as RValue[])[i]?.value as unknown[];
  });
  return out;
}
