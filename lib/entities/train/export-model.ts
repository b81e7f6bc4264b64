/** Quantises, prunes and writes the trained weights (Node only). */
import { writeFileSync } from 'node:fs';
import { MODEL_FILE_VERSION, type ModelFile } from '../model';
import { packHuffman } from '../packed';
import { TAG_COUNT } from '../tags';

const T = TAG_COUNT;

/**
 * The kept rows as a model file holds them (ModelFile: rows, buckets, weights): `buckets`
 * ascending, `weights` TAG_COUNT int8 values per bucket, row after row.
 */
export function packRows(
  buckets: readonly number[],
  weights: ArrayLike<number>,
): Pick<ModelFile, 'rows' | 'buckets' | 'weights'> {
  const count = buckets.length;
  if (weights.length !== count * T) throw new Error('packRows: one row of weights per bucket');
  // The first bucket's difference is from 0, each later one's from the bucket before: > 0.
  const deltas = buckets.map((b, i) => b - (i ? (buckets[i - 1] as number) : 0));
  if (deltas.some((d, i) => d < (i ? 1 : 0))) throw new Error('packRows: buckets must ascend');
  const columns = Array.from({ length: T }, () => new Array<number>(count));
  for (let row = 0; row < count; row++) {
    let sum = 0;
    for (let t = 0; t < T; t++) {
      const w = weights[row * T + t] as number;
      if (!Number.isInteger(w) || w < -128 || w > 127) throw new Error(`packRows: ${w} is no int8`);
      sum += w;
      (columns[t] as number[])[row] = w;
    }
    // Column 0: the row's sum, wrapped to int8, in place of its tag-0 weight (ModelFile.weights).
    (columns[0] as number[])[row] = ((sum + 128) & 0xff) - 128;
  }
  return {
    rows: count,
    buckets: packHuffman(deltas),
    weights: columns.map((c) => packHuffman(c)),
  };
}

/**
 * Writes weights.json: int8 rows for the `keepRows` buckets with the largest weights (and any
 * |weight| ≥ `prune` quantisation steps).
 */
export function exportModel(
  w: Float32Array,
  trans: Float32Array,
  bits: number,
  out: string,
  prune: number,
  keepRows = Infinity,
  extra: Pick<ModelFile, 'features' | 'clusters'> = {},
): { rows: number; bytes: number } {
  // One scale for all: clipping the largest weights to refine the small ones cost F1 when tried.
  let maxAbs = 0;
  for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 127;
  const rowMax = new Float32Array(w.length / T);
  for (let b = 0; b < rowMax.length; b++) {
    for (let t = 0; t < T; t++) {
      rowMax[b] = Math.max(rowMax[b] as number, Math.abs(w[b * T + t] as number));
    }
  }
  if (keepRows < rowMax.length) {
    const sorted = Float32Array.from(rowMax).sort().reverse();
    prune = Math.max(prune, (sorted[keepRows] ?? 0) / scale + 1e-6);
  }
  const buckets: number[] = [];
  const weights: number[] = [];
  for (let b = 0; b < w.length / T; b++) {
    const q = new Array<number>(T);
    if ((rowMax[b] as number) / scale < prune) continue;
    for (let t = 0; t < T; t++) {
      q[t] = Math.max(-127, Math.min(127, Math.round((w[b * T + t] as number) / scale)));
    }
    buckets.push(b);
    weights.push(...q);
  }
  const file: ModelFile = {
    version: MODEL_FILE_VERSION,
    bits,
    scale,
    trans: [...trans].map((x) => Math.round(x * 1000) / 1000),
    ...packRows(buckets, weights),
    ...extra,
  };
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  return { rows: buckets.length, bytes: json.length };
}
