import type { SentenceFeatures } from './features';
import { findRow, type Model } from './model';
import { TAG_COUNT } from './tags';
import { decodeViterbi } from './viterbi';

/** Tags one sentence's features with the model: BIO tag ids, one per token. */
export function tagSentence(model: Model, feats: SentenceFeatures): Uint8Array {
  const n = feats.offsets.length - 1;
  const sums = new Int32Array(n * TAG_COUNT);
  const { weights, scale } = model;
  for (let i = 0; i < n; i++) {
    const base = i * TAG_COUNT;
    const end = feats.offsets[i + 1] as number;
    for (let k = feats.offsets[i] as number; k < end; k++) {
      const row = findRow(model, feats.ids[k] as number);
      if (row < 0) continue;
      for (let t = 0; t < TAG_COUNT; t++) {
        sums[base + t] = (sums[base + t] as number) + (weights[row + t] as number);
      }
    }
  }
  // Integer sums, scaled once: the int8 weights share one scale.
  const emit = new Float32Array(sums.length);
  for (let j = 0; j < sums.length; j++) emit[j] = (sums[j] as number) * scale;
  return decodeViterbi(emit, model.trans, n);
}
