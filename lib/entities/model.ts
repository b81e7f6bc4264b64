import { type ClusterFile, decodeClusters } from './clusters';
import type { FeatureOptions } from './features';
import { type HuffmanPacked, unpackHuffman } from './packed';
import { TAG_COUNT } from './tags';

// A module-level copy: an imported binding read in a hot loop may cost a getter call each time.
const T = TAG_COUNT;
/** Bytes of one table slot: its int32 key, then TAG_COUNT int8 weights, then one byte unused. */
const SLOT_BYTES = 12;
const SLOT_INTS = SLOT_BYTES / 4;

/** The version of ModelFile that loadModel reads. */
export const MODEL_FILE_VERSION = 3;

/**
 * The serialised model: see lib/entities/train/export-model.ts (packRows) for how it is written.
 * The kept buckets and their int8 weights are canonical Huffman codes in base64 (packed.ts
 * packHuffman): as encodeSymbols text, one character per value (version 2), gzip's LZ77 stage
 * left them a fifth above their entropy.
 */
export interface ModelFile {
  version: number;
  /** Feature hashes are reduced to this many bits. */
  bits: number;
  /** Int8 weight × scale = perceptron weight. */
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT transition weights, row 0 = sentence start. */
  trans: number[];
  /** The number of kept buckets (rows). */
  rows: number;
  /** The kept buckets, ascending, as their differences (the first from 0), one code per row. */
  buckets: HuffmanPacked;
  /**
   * The rows' int8 weights, one code per row, one column per tag (a column: its values alike,
   * one code table each). The first column holds each row's sum, wrapped to int8, in place of
   * its tag-0 weight (a perceptron update adds to one tag what it takes from another: the sums
   * are mostly 0 and ±1, where tag 0's weights spread widest); tag 0's weight is the sum less
   * the others, wrapped to int8 again.
   */
  weights: HuffmanPacked[];
  /** Feature families beyond the base set it was trained with: "clusters", "context". */
  features?: string[];
  /** The word-cluster table, with "clusters". */
  clusters?: ClusterFile;
}

/** A loaded model: an open-addressing table from feature bucket to its weights. */
export interface Model {
  mask: number;
  scale: number;
  trans: Float32Array;
  /** The table's slots, SLOT_BYTES each: the bucket + 1 (int32, 0 for empty) at keys[slot * SLOT_INTS]. */
  keys: Int32Array;
  slotMask: number;
  /**
   * The same memory as int8: a slot's TAG_COUNT weights at weights[slot * SLOT_BYTES + 4], right
   * after its key, so a lookup reads one cache line, not one in a key array and one in a weight
   * array.
   */
  weights: Int8Array;
  /**
   * One bit per bucket (2^bits of them), set where the model kept the bucket: a lookup of a
   * bucket it dropped (about half of them while tagging) stops at this bit, a read from a
   * quarter of a megabyte, without probing the table (three megabytes, mostly out of the cache).
   */
  kept: Uint32Array;
  /** The feature families the model reads (FeatureOptions). */
  options: FeatureOptions;
}

/** Builds the lookup table from a model file. */
export function loadModel(file: ModelFile): Model {
  // A bucket + 1 must fit an int32 key.
  if (file.bits > 30) throw new Error(`model buckets of ${file.bits} bits do not fit the table`);
  if (file.version !== MODEL_FILE_VERSION) {
    throw new Error(`model file version ${file.version}, the loader reads ${MODEL_FILE_VERSION}`);
  }
  const count = file.rows;
  if (file.weights.length !== T) throw new Error(`model rows of ${file.weights.length} tags`);
  const deltas = unpackHuffman(file.buckets, count);
  const columns = file.weights.map((c) => unpackHuffman(c, count));
  const c0 = columns[0] as Int32Array;
  let cap = 1;
  while (cap < count * 2) cap <<= 1;
  const table = new ArrayBuffer(cap * SLOT_BYTES);
  // Zeroed memory is an empty table: a slot holds its bucket + 1 (0 for empty), so nothing is
  // filled before the rows go in.
  const keys = new Int32Array(table);
  const weights = new Int8Array(table);
  const slotMask = cap - 1;
  const kept = new Uint32Array(Math.ceil(2 ** file.bits / 32));
  let bucket = 0;
  for (let row = 0; row < count; row++) {
    bucket += deltas[row] as number;
    kept[bucket >>> 5] = (kept[bucket >>> 5] as number) | (1 << (bucket & 31));
    let slot = Math.imul(bucket, 0x9e3779b1) & slotMask;
    while (keys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & slotMask;
    keys[slot * SLOT_INTS] = bucket + 1;
    const to = slot * SLOT_BYTES + 4;
    // Column 0 holds the row's sum: tag 0's weight is what the other tags leave of it, which the
    // int8 store wraps back.
    let rest = c0[row] as number;
    for (let t = 1; t < T; t++) {
      const w = (columns[t] as Int32Array)[row] as number;
      weights[to + t] = w;
      rest -= w;
    }
    weights[to] = rest;
  }
  return {
    mask: 2 ** file.bits - 1,
    scale: file.scale,
    trans: Float32Array.from(file.trans),
    keys,
    slotMask,
    weights,
    kept,
    options: featureOptions(file),
  };
}

/** The feature options a model file declares. */
export function featureOptions(file: Pick<ModelFile, 'features' | 'clusters'>): FeatureOptions {
  const families = new Set(file.features ?? []);
  const options: FeatureOptions = {};
  if (families.has('clusters')) {
    if (!file.clusters) throw new Error('model reads word clusters but carries no table');
    options.clusters = decodeClusters(file.clusters);
  }
  if (families.has('context')) options.context = true;
  return options;
}

/**
 * Adds the weight rows of the feature hashes `ids[from..to)` (those the model kept) into
 * `out[at..at + TAG_COUNT)`, as integers (the model's int8 weights, before `scale`).
 */
export function addRows(
  model: Model,
  ids: ArrayLike<number>,
  from: number,
  to: number,
  out: Int32Array,
  at: number,
): void {
  const { weights, keys, mask, slotMask, kept } = model;
  // The table is open-addressed (loadModel): probe from the bucket's slot to its key or an empty
  // slot (0), the seven sums kept in locals: this loop is most of the tagger's time.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let k = from; k < to; k++) {
    const bucket = (ids[k] as number) & mask;
    // A dropped bucket: its probe would end at an empty slot.
    if (((kept[bucket >>> 5] as number) & (1 << (bucket & 31))) === 0) continue;
    const stored = bucket + 1;
    let slot = Math.imul(bucket, 0x9e3779b1) & slotMask;
    let key = keys[slot * 3] as number;
    while (key !== stored && key !== 0) {
      slot = (slot + 1) & slotMask;
      key = keys[slot * 3] as number;
    }
    if (key === 0) continue;
    // SLOT_BYTES and SLOT_INTS written out: this loop is the hot one.
    const row = slot * 12 + 4;
    s0 += weights[row] as number;
    s1 += weights[row + 1] as number;
    s2 += weights[row + 2] as number;
    s3 += weights[row + 3] as number;
    s4 += weights[row + 4] as number;
    s5 += weights[row + 5] as number;
    s6 += weights[row + 6] as number;
  }
  out[at] = (out[at] as number) + s0;
  out[at + 1] = (out[at + 1] as number) + s1;
  out[at + 2] = (out[at + 2] as number) + s2;
  out[at + 3] = (out[at + 3] as number) + s3;
  out[at + 4] = (out[at + 4] as number) + s4;
  out[at + 5] = (out[at + 5] as number) + s5;
  out[at + 6] = (out[at + 6] as number) + s6;
}
if (T !== 7 || SLOT_BYTES !== 12) throw new Error('addRows assumes 7 BIO tags in 12-byte slots');
