import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  bucketOfV11,
  concatBytes,
  decodePostings,
  encodePostings,
  readRow,
  rowKey,
  segOfKey,
  shardOf,
  splitDoc,
  tailTermRows,
  TAIL_SHARDS,
  writeRow,
} from '@/lib/search/index-rows';

describe('postings encoding', () => {
  it('round-trips ids and frequencies, large gaps included', () => {
    const ids = [0, 1, 127, 128, 4095];
    const tfs = [1, 300, 2, 1, 65535];
    expect(decodePostings(encodePostings(ids, tfs), ids.length)).toEqual({ ids, tfs });
  });

  it('appends a newer id without decoding', () => {
    const head = encodePostings([3, 9], [1, 2]);
    const tail = encodePostings([200], [5], 9);
    expect(decodePostings(concatBytes(head, tail), 3)).toEqual({
      ids: [3, 9, 200],
      tfs: [1, 2, 5],
    });
  });

  it('round-trips a row of several terms', () => {
    const a = encodePostings([1, 5], [2, 1]);
    const b = encodePostings([7], [3]);
    const row = writeRow(
      2,
      new Map([
        ['korea', { bytes: a, n: 2, last: 5 }],
        ['kore', { bytes: b, n: 1, last: 7 }],
      ]),
    );
    expect(row.s).toBe(2);
    const back = readRow(row);
    expect([...back.keys()]).toEqual(['korea', 'kore']);
    expect(decodePostings(back.get('korea')!.bytes, 2)).toEqual({ ids: [1, 5], tfs: [2, 1] });
    expect(back.get('kore')).toMatchObject({ n: 1, last: 7 });
  });
});

describe('row keys', () => {
  it('buckets words by their first three characters, filters after their prefix, CJK by one', () => {
    expect(bucketOf('pyongyang')).toBe('pyo');
    expect(bucketOf('pyo')).toBe('pyo');
    expect(bucketOf('ab')).toBe('ab');
    expect(bucketOf('per:putin')).toBe('per:put');
    expect(bucketOf('平壤')).toBe('平');
  });

  it("buckets an entity's id by the id's own characters after its type (schema v12)", () => {
    expect(bucketOf('per:=per:q7747')).toBe('per:=per:q77');
    expect(bucketOf('loc:=org:q423')).toBe('loc:=org:q42');
    expect(bucketOf('per:=per:sergey-lavrov')).toBe('per:=per:ser');
    expect(bucketOf('misc:=x')).toBe('misc:=x');
    expect(bucketOfV11('per:=per:q7747')).toBe('per:=pe');
  });

  it('names a segment in a key that sorts by bucket first', () => {
    expect(segOfKey(rowKey('pyo', 37))).toBe(37);
    expect(rowKey('pyo', 2) < rowKey('pyo', 10)).toBe(true);
    expect(rowKey('pyo', 999) < rowKey('pyoa', 0)).toBe(true);
  });

  it('splits a document number into segment and local number', () => {
    expect(splitDoc(1)).toEqual([0, 1]);
    expect(splitDoc(4096 * 3 + 5)).toEqual([3, 5]);
  });
});

describe('tail shards', () => {
  it("splits a document's terms by their bucket's shard, each term once with its frequency", () => {
    const terms = ['korea', 'kore', 'seoul', 'lang:ko', 'per:=kim', '平壤', 'pyongyang'];
    const tfs = [3, 1, 2, 1, 1, 4, 70];
    const rows = tailTermRows(9, terms, tfs);
    expect(new Set(rows.map((r) => r.s)).size).toBe(rows.length);
    const back = rows.flatMap((r) => {
      expect(r.doc).toBe(9);
      const ts = r.terms.split('\n');
      // Terms of one bucket share a shard: a query of that bucket reads only this row.
      for (const t of ts) expect(shardOf(bucketOf(t))).toBe(r.s);
      return ts.map((t, i): [string, number] => [t, r.tfs[i]!]);
    });
    expect(new Map(back)).toEqual(new Map(terms.map((t, i) => [t, tfs[i]])));
    expect(rows.every((r) => r.s >= 0 && r.s < TAIL_SHARDS)).toBe(true);
  });
});
