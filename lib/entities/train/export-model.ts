/** Quantises, prunes and writes the trained weights (Node only). */
import { writeFileSync } from 'node:fs';
import type { ModelFile } from '../model';
import { encodeAscending } from '../packed';
import { TAG_COUNT } from '../tags';

const T = TAG_COUNT;

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
    for (const x of q) weights.push(x & 0xff);
  }
  const varint = encodeAscending(buckets);
  const file: ModelFile = {
    version: 1,
    bits,
    scale,
    trans: [...trans].map((x) => Math.round(x * 1000) / 1000),
    buckets: Buffer.from(varint).toString('base64'),
    weights: Buffer.from(weights).toString('base64'),
    ...extra,
  };
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  return { rows: buckets.length, bytes: json.length };
}
