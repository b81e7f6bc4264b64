/**
 * The packed forms of the entity model files (weights.json's buckets, a cluster table's word
 * hashes): bytes as base64, and ascending integers as LEB128 varints of their differences.
 */

/** Encodes bytes as base64 without Node's Buffer. */
export function encodeBase64(bytes: readonly number[]): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** Decodes base64 without Node's Buffer (the service worker has atob). */
export function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Ascending integers in [0, 2^31) as the LEB128 varints of their differences (the first from 0).
 */
export function encodeAscending(values: Iterable<number>): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const v of values) {
    let d = v - prev;
    prev = v;
    while (d >= 0x80) {
      out.push((d & 0x7f) | 0x80);
      d >>>= 7;
    }
    out.push(d);
  }
  return out;
}

/** The first `count` integers that encodeAscending packed, in order. */
export function decodeAscending(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let value = 0;
  let pos = 0;
  for (let i = 0; i < count; i++) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[pos++] as number;
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    value += delta;
    out[i] = value;
  }
  return out;
}

/**
 * Words as the sorted low `bits` of their hashes (`key`), packed: `count` and base64 `hashes`,
 * as nouns-de.json and words-en.json hold them (decodeAscending reads them back).
 */
export function packHashes(
  words: readonly string[],
  key: (word: string) => number,
  bits: number,
): { bits: number; count: number; hashes: string } {
  const hashes = [...new Set(words.map(key))].sort((a, b) => a - b);
  return { bits, count: hashes.length, hashes: encodeBase64(encodeAscending(hashes)) };
}
