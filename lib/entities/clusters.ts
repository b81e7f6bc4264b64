import { normalizeWord } from './gazetteer-key';
import { hashFeature } from './hash';
import { decodeAscending, decodeBase64, encodeAscending, encodeBase64 } from './packed';

/** Bits of a word's hash the cluster table keys on. */
export const CLUSTER_BITS = 24;
/** Fine clusters per coarse cluster: a fine id's coarse cluster is id / FINE. */
export const FINE = 16;
const KEY_MASK = 2 ** CLUSTER_BITS - 1;

/** A word-cluster table as a model file carries it (lib/entities/train/build-clusters.ts). */
export interface ClusterFile {
  bits: number;
  fine: number;
  /** Base64 of the word hashes, ascending, as LEB128 deltas. */
  keys: string;
  /** Base64 of one uint16 (little-endian) fine cluster id per key. */
  ids: string;
}

/** Word hash (CLUSTER_BITS) → fine cluster id. */
export type ClusterTable = Map<number, number>;

/** A word as the cluster table spells it: the word feature's form (lower case, digits as 0). */
export function clusterKey(word: string): string {
  return normalizeWord(word).replace(/\d/g, '0');
}

/**
 * The key of a capitalised word's own entry ("Tiger" apart from "tiger"): its clusterKey behind a
 * mark. The table holds it only for forms written capitalised often enough in the training text;
 * a capitalised word without one reads its lower-case entry (clusterOfWord).
 */
export function casedClusterKey(key: string): string {
  return '^' + key;
}

/** The table key of a word's clusterKey; `hash` is hashFeature(key) when already known. */
export function clusterHash(key: string, hash = hashFeature(key)): number {
  return hash & KEY_MASK;
}

/** Encodes word hash → fine id pairs (hashes distinct). */
export function encodeClusters(entries: readonly (readonly [number, number])[]): ClusterFile {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const keys = encodeAscending(sorted.map(([h]) => h));
  const ids = sorted.flatMap(([, c]) => [c & 0xff, c >> 8]);
  return { bits: CLUSTER_BITS, fine: FINE, keys: encodeBase64(keys), ids: encodeBase64(ids) };
}

/** Decodes a cluster table. */
export function decodeClusters(file: ClusterFile): ClusterTable {
  const ids = decodeBase64(file.ids);
  const map: ClusterTable = new Map();
  decodeAscending(decodeBase64(file.keys), ids.length / 2).forEach((h, i) =>
    map.set(h, (ids[2 * i] as number) | ((ids[2 * i + 1] as number) << 8)),
  );
  return map;
}

/** The fine cluster of a word (by hashFeature of its clusterKey) plus one, or 0 when unknown. */
export function clusterOfHash(table: ClusterTable, hash: number): number {
  const c = table.get(hash & KEY_MASK);
  return c === undefined ? 0 : c + 1;
}

/**
 * The fine cluster (plus one, 0 when unknown) of a word given its clusterKey's hash and, when it
 * begins with a capital, the hash of its casedClusterKey: the capitalised form's own entry when
 * the table has one, else the lower-case form's.
 */
export function clusterOfWord(table: ClusterTable, hash: number, casedHash?: number): number {
  if (casedHash !== undefined) {
    const c = table.get(casedHash & KEY_MASK);
    if (c !== undefined) return c + 1;
  }
  return clusterOfHash(table, hash);
}
