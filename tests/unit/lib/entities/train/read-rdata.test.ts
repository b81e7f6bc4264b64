import { describe, expect, it } from 'vitest';
import { countRdata } from '@/lib/entities/train/build-given-names';
import { dataFrameColumns, readRdata } from '@/lib/entities/train/read-rdata';

/** Writes R's XDR serialization by hand: big-endian ints and doubles, strings as CHARSXP. */
class Xdr {
  private parts: number[] = [];
  raw(s: string): this {
    for (const b of new TextEncoder().encode(s)) this.parts.push(b);
    return this;
  }
  int(v: number): this {
    const b = new DataView(new ArrayBuffer(4));
    b.setInt32(0, v);
    this.parts.push(...new Uint8Array(b.buffer));
    return this;
  }
  double(v: number): this {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, v);
    this.parts.push(...new Uint8Array(b.buffer));
    return this;
  }
  char(s: string | null): this {
    this.int(0x40009); // CHARSXP, marked ASCII
    if (s === null) return this.int(-1);
    return this.int(new TextEncoder().encode(s).length).raw(s);
  }
  /** A symbol, first seen (SYMSXP) or again (REFSXP to its place in the table). */
  sym(s: string, ref?: number): this {
    if (ref) return this.int((ref << 8) | 0xff);
    return this.int(1).char(s);
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.parts);
  }
}

/** A saved data frame `df` with columns name (strings) and n (doubles), as save() writes it. */
function savedFrame(names: (string | null)[], ns: number[]): Uint8Array {
  const x = new Xdr().raw('RDX3\nX\n').int(3).int(0x40300).int(0x30500).int(5).raw('UTF-8');
  x.int(2 | (1 << 10)).sym('df'); // pairlist of the saved objects, tagged
  x.int(19 | (1 << 8) | (1 << 9)).int(2); // the list of columns, an object with attributes
  x.int(16).int(names.length);
  for (const n of names) x.char(n);
  x.int(14).int(ns.length);
  for (const n of ns) x.double(n);
  x.int(2 | (1 << 10))
    .sym('names')
    .int(16)
    .int(2)
    .char('name')
    .char('n'); // its attributes
  x.int(2 | (1 << 10))
    .sym('row.names')
    .int(13)
    .int(2)
    .int(-2147483648)
    .int(-names.length);
  x.int(2 | (1 << 10))
    .sym('class')
    .int(16)
    .int(1)
    .char('data.frame');
  x.int(254); // end of the attributes
  x.int(2 | (1 << 10))
    .sym('', 2)
    .int(254); // a second object, tagged by a reference to 'names'
  x.int(254); // end of the saved objects
  return x.bytes();
}

describe('readRdata: the data frames of an .rda file', () => {
  it('reads a data frame by name, its columns by their names', () => {
    const objects = readRdata(savedFrame(['MARIE', 'Thierry', null], [100, 20.5, 3]));
    expect(Object.keys(objects)).toEqual(['df', 'names']);
    const cols = dataFrameColumns(objects.df!);
    expect(cols).toEqual({ name: ['MARIE', 'Thierry', null], n: [100, 20.5, 3] });
    expect(objects.df!.attributes?.class?.value).toEqual(['data.frame']);
  });

  it('refuses what is no .rda or no XDR serialization', () => {
    expect(() => readRdata(new TextEncoder().encode('PK\u0003\u0004'))).toThrow();
    expect(() => readRdata(new TextEncoder().encode('RDX3\nA\n'))).toThrow();
  });

  it("counts a saved table's names as countTable counts its CSV", () => {
    const counts = countRdata(
      savedFrame(['MARIE', 'Thierry', 'Marie', 'JEAN-PIERRE'], [1, 2, 3, 4]),
    );
    expect([...counts]).toEqual([
      ['Marie', 4],
      ['Thierry', 2],
    ]);
  });
});
