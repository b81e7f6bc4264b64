/**
 * Rewrites a version-1 model file (base64 LEB128 bucket deltas and base64 int8 rows) in the
 * current format (export-model.ts packRows), the same buckets and weights, nothing retrained:
 * `npx tsx lib/entities/train/repack-model.ts lib/entities/model/weights.json …` (Node only).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_FILE_VERSION, type ModelFile } from '../model';
import { decodeAscending, decodeBase64 } from '../packed';
import { TAG_COUNT } from '../tags';
import { packRows } from './export-model';

/** Version 1: base64 of the buckets' LEB128 differences and of TAG_COUNT int8 per row. */
interface ModelFileV1 extends Pick<
  ModelFile,
  'bits' | 'scale' | 'trans' | 'features' | 'clusters'
> {
  version: 1;
  buckets: string;
  weights: string;
}

/** A version-1 model file's fields in the current format. */
export function repackModel(old: ModelFileV1): ModelFile {
  if (old.version !== 1) throw new Error(`repack reads version 1, not ${old.version as number}`);
  const bytes = decodeBase64(old.weights);
  const count = bytes.length / TAG_COUNT;
  const buckets = [...decodeAscending(decodeBase64(old.buckets), count)];
  // Bytes hold two's-complement int8.
  const weights = Array.from(bytes, (b) => (b << 24) >> 24);
  return {
    version: MODEL_FILE_VERSION,
    bits: old.bits,
    scale: old.scale,
    trans: old.trans,
    ...packRows(buckets, weights),
    ...(old.features ? { features: old.features } : {}),
    ...(old.clusters ? { clusters: old.clusters } : {}),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const path of process.argv.slice(2)) {
    const file = repackModel(JSON.parse(readFileSync(path, 'utf8')) as ModelFileV1);
    writeFileSync(path, JSON.stringify(file) + '\n');
  }
}
