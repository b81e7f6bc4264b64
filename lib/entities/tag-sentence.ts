import type { SentenceFeatures } from './features';
import { addRows, type Model } from './model';
import { TAG_COUNT, TYPES } from './tags';
import { decodeViterbi } from './viterbi';

// Module-level copies: under a CommonJS transform (tsx running a script from outside the package)
// an imported binding read in a loop is a getter call each time.
const T = TAG_COUNT;
const K = TYPES.length;
if (T !== 7 || K !== 3) throw new Error('tagSentence assumes three types in seven BIO tags');

let emitBuffer = new Float32Array(T * 128);

/**
 * Tags one sentence's features with the model: BIO tag ids, one per token. With `margins`, also
 * writes each token's margin: its type's score minus the best other reading's (the tagger's doubt).
 * With `typeScores`, writes each token's score for each type (TYPES order, its B or I, the
 * better): what the tagger thought of the other types. Where `opens[i]` is 1 (a word right after
 * a title, title-spans.ts namesAfterTitles), a person's name may begin as strongly as it would go
 * on: the title is outside the name, so "inside a name" there means "opening one".
 */
export function tagSentence(
  model: Model,
  feats: SentenceFeatures,
  margins?: Float32Array,
  typeScores?: Float32Array,
  opens?: Uint8Array,
): Uint8Array {
  const n = feats.offsets.length - 1;
  // Sums of the features the extraction folded in already (features.ts, with a model), then
  // the rest's, added into the same array (the features are read once).
  const sums = feats.folded ?? new Int32Array(n * T);
  const { ids, offsets } = feats;
  for (let i = 0; i < n; i++) {
    addRows(model, ids, offsets[i] as number, offsets[i + 1] as number, sums, i * T);
  }
  // Integer sums, scaled once: the int8 weights share one scale. The scores live in a buffer kept
  // between calls (only this call reads them).
  if (emitBuffer.length < sums.length) emitBuffer = new Float32Array(2 * sums.length);
  const emit = emitBuffer.subarray(0, sums.length);
  const { scale } = model;
  for (let j = 0; j < sums.length; j++) emit[j] = (sums[j] as number) * scale;
  if (opens) {
    for (let i = 0; i < n; i++) {
      if (!opens[i]) continue;
      // B-PER: after a title comes a person.
      const j = i * T + 1;
      emit[j] = Math.max(emit[j] as number, emit[j + 1] as number);
    }
  }
  const tags = decodeViterbi(emit, model.trans, n);
  if (margins) {
    // B and I of one type are one reading: the margin is the type's best score against O's
    // and the other types'. TYPES are three: the readings written out (max is exact in any
    // order).
    for (let i = 0; i < n; i++) {
      const chosen = tags[i] as number;
      const at = i * T;
      const o = emit[at] as number;
      const k1 = Math.max(emit[at + 1] as number, emit[at + 2] as number);
      const k2 = Math.max(emit[at + 3] as number, emit[at + 4] as number);
      const k3 = Math.max(emit[at + 5] as number, emit[at + 6] as number);
      const kind = chosen === 0 ? 0 : (chosen + 1) >> 1;
      // Negative where the tagger read no name: a name found there by rule had its doubt.
      if (kind === 0) margins[i] = Math.max(k1, k2, k3) - o;
      else if (kind === 1) margins[i] = k1 - Math.max(o, k2, k3);
      else if (kind === 2) margins[i] = k2 - Math.max(o, k1, k3);
      else margins[i] = k3 - Math.max(o, k1, k2);
    }
  }
  if (typeScores) {
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const to = i * K;
      typeScores[to] = Math.max(emit[at + 1] as number, emit[at + 2] as number);
      typeScores[to + 1] = Math.max(emit[at + 3] as number, emit[at + 4] as number);
      typeScores[to + 2] = Math.max(emit[at + 5] as number, emit[at + 6] as number);
    }
  }
  return tags;
}
