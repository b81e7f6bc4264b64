import { COPY_MIN_WORDS, isSeparator } from './text-fingerprint';

/**
 * Near copies: one wire text republished with small changes (a credit line "with AFP", a
 * dateline "PARIS (AFP) —", a caption, a last paragraph added or cut, an editor's note) is
 * known by a small signature of its text, a b-bit MinHash over word shingles. Two signatures
 * estimate the Jaccard similarity of the two texts' sets of shingles (nearCopySimilarity); a
 * text and its republication score near 1, two articles about one event written apart near 0
 * (they share names and quotes, few runs of SHINGLE words).
 *
 * Hand-written (some forty lines) rather than a library's: the npm MinHash packages keep a
 * 32-bit number or more per hash (512 bytes and up for 128 hashes, where a light row has room
 * for 64), draw their permutations at random per process unless seeded (signatures stored for
 * years must stay comparable) and, for bloom-filters, bring eight dependencies into the
 * bundle; simhash-js hashes single words, which articles on one event share.
 */

/** Words per shingle: runs this long are rarely shared by two texts written apart. */
export const SHINGLE = 5;
/** Hash functions, one character of the signature each. */
export const NEAR_HASHES = 64;
/** Bits kept of each minimum (b-bit MinHash): one base-64 character. */
const BITS = 6;
/** Chance that two unrelated minima agree on their BITS low bits. */
const CHANCE = 1 / (1 << BITS);
/**
 * Shingles hashed at most: the first ones of a long text (a news text is far shorter; a
 * megabyte page costs no more than a long article). Near copies differ at the edges, not in
 * the first few thousand words.
 */
const MAX_SHINGLES = 4000;
/**
 * The estimated Jaccard similarity from which two texts are one text republished. Measured on
 * ECB+ (772 articles on 66 events, two events of one kind per topic; 246,753 pairs): 36 pairs
 * reach 0.4, each of one event and a version of one wire text (two thirds or more of the
 * shorter one's sentences in the other, copy-edited: units, a word, a paragraph); none of two
 * events. Articles on one event written apart share under 0.2 of their shingles. On
 * extraction-dev (722 pages, 250,278 pairs) one pair of two sites reaches it: an EFE dispatch
 * copy-edited by two Chilean sites (0.41; 0.40 exactly).
 */
export const NEAR_COPY_MIN = 0.4;

/**
 * Minima kept whole (32 bits) as the signature's bands (LightArticle.nearBands, a multi-entry
 * index): two texts share the band of a hash function when their least shingle under it is one
 * shingle, which happens with the chance of their Jaccard similarity J (MinHash), so a near copy
 * (J >= NEAR_COPY_MIN) shares one of NEAR_BANDS bands with a chance of 1 - (1 - J)^NEAR_BANDS:
 * 0.983 at J = 0.4, 0.9993 at 0.6. Texts written apart share one only through a shingle both
 * carry (a boilerplate line, a long quote), a candidate that isNearCopy then turns down. Eight
 * index entries a light row: a near copy among all articles read is a few indexed reads, not a
 * scan.
 */
export const NEAR_BANDS = 8;

/** A text's near-copy signature (nearCopyPrint) and its bands (NEAR_BANDS). */
export interface NearSignature {
  print: string;
  bands: number[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const SEEDS32 = Int32Array.from({ length: NEAR_HASHES }, (_, i) =>
  mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)),
);

/** A 32-bit finaliser (murmur3's fmix32). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The words of a text, lower-cased (ASCII letters), as 32-bit hashes: separators as for textFingerprint. */
function wordHashes(text: string, max: number): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length && out.length < max; i++) {
    let c = text.charCodeAt(i);
    if (isSeparator(c)) {
      if (inWord) out.push(h >>> 0);
      inWord = false;
      h = 0x811c9dc5;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
    inWord = true;
  }
  if (inWord && out.length < max) out.push(h >>> 0);
  return out;
}

/**
 * The near-copy signature of a text: NEAR_HASHES characters, each the low BITS bits of the least
 * hash of its SHINGLE-word shingles under one hash function. Null for a text of fewer than
 * COPY_MIN_WORDS words (never taken for a copy). Kept on each light row (LightArticle.nearPrint).
 */
export function nearCopyPrint(text: string | null | undefined): string | null {
  return nearCopySignature(text)?.print ?? null;
}

/**
 * The near-copy signature of a text (nearCopyPrint) with its bands: the first NEAR_BANDS minima
 * whole, each as `k × 2^32 + minimum` (a number, so that band k of one text meets only band k
 * of another in the index). Null as nearCopyPrint.
 */
export function nearCopySignature(text: string | null | undefined): NearSignature | null {
  if (!text) return null;
  const words = wordHashes(text, MAX_SHINGLES + SHINGLE - 1);
  if (words.length < COPY_MIN_WORDS) return null;
  // Each shingle hashed once (int32: what `^` reads of it), then each hash function's least
  // value over them, in one tight loop per function: the same minima as shingle by shingle.
  const n = words.length - SHINGLE + 1;
  const shingles = new Int32Array(Math.max(0, n));
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < SHINGLE; j++) s = (mix(s ^ words[i + j]!) + j) | 0;
    shingles[i] = s;
  }
  let print = '';
  const bands: number[] = [];
  for (let k = 0; k < NEAR_HASHES; k++) {
    const seed = SEEDS32[k]!;
    // Compared as signed with the top bit flipped: the order of the unsigned values.
    let min = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      let h = shingles[i]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16) ^ 0x80000000) | 0;
      if (h < min) min = h;
    }
    print += ALPHABET[min & ((1 << BITS) - 1)];
    // The unsigned minimum again.
    if (k < NEAR_BANDS) bands.push(k * 2 ** 32 + ((min ^ 0x80000000) >>> 0));
  }
  return { print, bands };
}

/**
 * The Jaccard similarity of two texts' shingles estimated from their signatures (nearCopyPrint):
 * the share of hashes that agree, less the agreements of chance; in [0, 1].
 */
export function nearCopySimilarity(a: string, b: string): number {
  if (a.length !== NEAR_HASHES || b.length !== NEAR_HASHES) return 0;
  let same = 0;
  for (let k = 0; k < NEAR_HASHES; k++) if (a.charCodeAt(k) === b.charCodeAt(k)) same++;
  return Math.max(0, (same / NEAR_HASHES - CHANCE) / (1 - CHANCE));
}

/**
 * The pairs of signatures (indices i < j) that are of one text republished (isNearCopy), among
 * `prints` compared two by two: each packed once into 32-bit words of five characters, a pair is
 * thirteen exclusive-ors (a timeline of 150 entries: 11,175 pairs, well under a millisecond).
 */
export function nearCopyPairs(prints: readonly string[]): [number, number][] {
  const WORDS = Math.ceil(NEAR_HASHES / 5);
  const packed = new Int32Array(prints.length * WORDS);
  const valid = prints.map((p, i) => {
    if (p.length !== NEAR_HASHES) return false;
    for (let k = 0; k < NEAR_HASHES; k++) {
      const v = ALPHABET.indexOf(p[k]!);
      if (v < 0) return false;
      packed[i * WORDS + Math.floor(k / 5)]! |= v << (6 * (k % 5));
    }
    return true;
  });
  // Most differing characters a near copy has.
  const maxDiff = NEAR_HASHES - Math.ceil(NEAR_HASHES * (CHANCE + (1 - CHANCE) * NEAR_COPY_MIN));
  const out: [number, number][] = [];
  for (let i = 0; i < prints.length; i++) {
    if (!valid[i]) continue;
    for (let j = i + 1; j < prints.length; j++) {
      if (!valid[j]) continue;
      let diff = 0;
      for (let w = 0; w < WORDS && diff <= maxDiff; w++) {
        const x = packed[i * WORDS + w]! ^ packed[j * WORDS + w]!;
        // One bit per differing character (at 0, 6, 12, 18, 24), summed into bits 24-29.
        const nz = (x | (x >>> 1) | (x >>> 2) | (x >>> 3) | (x >>> 4) | (x >>> 5)) & 0x01041041;
        diff += (Math.imul(nz, 0x01041041) >>> 24) & 0x3f;
      }
      if (diff <= maxDiff) out.push([i, j]);
    }
  }
  return out;
}

/** Whether two signatures are of one text republished (NEAR_COPY_MIN). */
export function isNearCopy(a: string, b: string): boolean {
  return nearCopySimilarity(a, b) >= NEAR_COPY_MIN;
}
