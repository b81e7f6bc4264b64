import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { collectDocumentStats } from '@/lib/entities/features';
import { getModel } from '@/lib/entities/load-tagger';
import { addRows, loadModel, MODEL_FILE_VERSION } from '@/lib/entities/model';
import { unpackHuffman } from '@/lib/entities/packed';
import { tagTokens } from '@/lib/entities/tag-tokens';
import { TAG_COUNT } from '@/lib/entities/tags';
import { packRows } from '@/lib/entities/train/export-model';

describe('model', () => {
  it('decodes packed buckets and rows into a lookup table', () => {
    const file = {
      version: MODEL_FILE_VERSION,
      bits: 8,
      scale: 0.5,
      trans: new Array(56).fill(0),
      // Buckets 3 and 7; their rows of weights.
      ...packRows([3, 7], [1, 2, 3, 4, 5, 6, 7, -1, 0, 0, 0, 0, 0, 0]),
    };
    const m = loadModel(file);
    // The integer weight sums of some feature hashes, added after the 7 zeros in front.
    const sums = (...hashes: number[]) => {
      const out = new Int32Array(14);
      addRows(m, hashes, 0, hashes.length, out, 7);
      return [...out.subarray(7)];
    };
    expect(sums(3)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sums(7)).toEqual([-1, 0, 0, 0, 0, 0, 0]);
    expect(sums(256 + 7)).toEqual(sums(7)); // hashes are reduced to `bits`
    expect(sums(3, 7)).toEqual([0, 2, 3, 4, 5, 6, 7]);
    // A hash the model dropped adds nothing.
    expect(sums(5)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sums(3, 5)).toEqual(sums(3));
  });

  it('packs rows as coded bucket differences, the row sum in place of tag 0, column by column', () => {
    // Bucket differences 3, 4; row sums 28 and 99 (tag 0's weight is what the others leave).
    const packed = packRows([3, 7], [1, 2, 3, 4, 5, 6, 7, -1, 0, 0, 0, 0, 0, 100]);
    const columns = [
      [28, 99],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
      [6, 0],
      [7, 100],
    ];
    expect(packed.rows).toBe(2);
    expect([...unpackHuffman(packed.buckets, 2)]).toEqual([3, 4]);
    expect(packed.weights.map((c) => [...unpackHuffman(c, 2)])).toEqual(columns);
    // A row sum beyond int8 is written wrapped to int8: 7 × 100 = 700 → -68.
    expect([...unpackHuffman(packRows([0], new Array(7).fill(100)).weights[0]!, 1)]).toEqual([-68]);
    expect(() => packRows([7, 3], new Array(14).fill(0))).toThrow(/ascend/);
    expect(() => packRows([3, 3], new Array(14).fill(0))).toThrow(/ascend/);
    expect(() => packRows([3], [128, 0, 0, 0, 0, 0, 0])).toThrow(/int8/);
  });

  it('reads back every bucket and int8 weight it packed (extremes, sums beyond int8)', () => {
    const next = seededRandom(7);
    const rand = (n: number) => Math.floor(next() * n);
    const bits = 21;
    const buckets = [
      ...new Set([0, 1, 2 ** bits - 1, ...Array.from({ length: 3000 }, () => rand(2 ** bits))]),
    ].sort((a, b) => a - b);
    const rows = buckets.map((_, i) =>
      i === 0
        ? [-128, -128, -128, -128, -128, -128, -128]
        : i === 1
          ? [127, 127, 127, 127, 127, 127, 127]
          : Array.from({ length: TAG_COUNT }, () => (rand(4) ? rand(9) - 4 : rand(256) - 128)),
    );
    const m = loadModel({
      version: MODEL_FILE_VERSION,
      bits,
      scale: 1,
      trans: new Array(56).fill(0),
      ...packRows(buckets, rows.flat()),
    });
    buckets.forEach((b, i) => {
      const out = new Int32Array(TAG_COUNT);
      addRows(m, [b], 0, 1, out, 0);
      expect([...out]).toEqual(rows[i]);
    });
  });

  it('sums as probing the whole table does: every kept bucket, and dropped ones skipped', () => {
    const model = getModel();
    const { keys, weights, mask, slotMask } = model;
    // addRows before its kept bits: probe from the bucket's slot to its key or an empty slot.
    const probed = (id: number): number[] => {
      const bucket = id & mask;
      let slot = Math.imul(bucket, 0x9e3779b1) & slotMask;
      while (keys[slot * 3] !== 0 && keys[slot * 3] !== bucket + 1) slot = (slot + 1) & slotMask;
      if (keys[slot * 3] === 0) return new Array<number>(TAG_COUNT).fill(0);
      return [...weights.subarray(slot * 12 + 4, slot * 12 + 4 + TAG_COUNT)];
    };
    const ids: number[] = [];
    for (let slot = 0; slot * 3 < keys.length; slot++) {
      const key = keys[slot * 3] as number;
      if (key) ids.push(key - 1 + (slot % 4) * (mask + 1)); // beyond `bits` too
    }
    const next = seededRandom(11);
    for (let k = 0; k < 100_000; k++) ids.push(Math.floor(next() * 2 ** 32));
    let kept = 0;
    for (const id of ids) {
      const out = new Int32Array(TAG_COUNT);
      addRows(model, [id], 0, 1, out, 0);
      const want = probed(id);
      if (want.some((w) => w !== 0)) kept++;
      if (want.some((w, t) => w !== out[t])) expect([id, ...out]).toEqual([id, ...want]);
    }
    expect(kept).toBeGreaterThan(100_000);
    // The sums of many at once are the sums of each.
    const out = new Int32Array(TAG_COUNT);
    addRows(model, ids, 0, 5000, out, 0);
    const want = new Array<number>(TAG_COUNT).fill(0);
    for (const id of ids.slice(0, 5000)) {
      probed(id).forEach((w, t) => (want[t] = (want[t] as number) + w));
    }
    expect([...out]).toEqual(want);
  });

  it('refuses a model file of another version, or whose codes do not match its rows', () => {
    const file = { version: MODEL_FILE_VERSION, bits: 8, scale: 1, trans: new Array(56).fill(0) };
    const rows = packRows([3, 100], [1, 2, 3, 4, 5, 6, 7, -1, 0, 0, 0, 0, 0, 0]);
    expect(() => loadModel({ ...file, version: 2, ...rows })).toThrow(/version 2/);
    expect(() => loadModel({ ...file, ...rows, rows: 3 })).toThrow(/not 3/);
    expect(() => loadModel({ ...file, ...rows, rows: 1 })).toThrow(/not 1/);
    expect(() => loadModel({ ...file, ...rows, weights: rows.weights.slice(1) })).toThrow(/tags/);
    const bad = { ...rows, buckets: { ...rows.buckets, bits: '"' } };
    expect(() => loadModel({ ...file, ...bad })).toThrow(/no code/);
  });

  // Its load time is a figure of bench:entities ("model load"), not a timed assertion here.
  it('ships a model that loads and tags a sentence', () => {
    const model = getModel();
    const words = ['Emmanuel', 'Macron', 'a', 'reçu', 'Olaf', 'Scholz', 'à', 'Paris', '.'];
    const spans = tagTokens(model, words, collectDocumentStats([words]), 'fr');
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 6, type: 'PER' },
      { start: 7, end: 8, type: 'LOC' },
    ]);
  });

  it('lets a person name take in a short title-case word after it (Kim Jong Un)', () => {
    const words = ['Le', 'dirigeant', 'Kim', 'Jong', 'Un', 'a', 'promis', 'son', 'soutien', '.'];
    const spans = tagTokens(getModel(), words, collectDocumentStats([words]), 'fr');
    expect(spans).toContainEqual({ start: 2, end: 5, type: 'PER' });
  });
});
