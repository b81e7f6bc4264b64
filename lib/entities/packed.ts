/**
 * The packed forms of the entity model files: bytes as base64, ascending integers as LEB128
 * varints of their differences (a cluster table's word hashes), small values as one printable
 * character each (word-list hashes), sorted words front-coded, and integers as canonical Huffman
 * codes (weights.json's buckets and weights).
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
 * The 93 printable ASCII characters a JSON string (and the JS string a build makes of it) holds
 * unescaped: ' ' to '~' without '"' and '\'. encodeSymbols writes each small value as one of them,
 * one byte of text that gzip entropy-codes, where base64 spreads a byte over 6-bit characters and
 * hides its frequency from gzip.
 */
const SYMBOLS = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

/** Values below ESCAPE are their own character; the character ESCAPE stands for a listed value. */
export const ESCAPE = SYMBOLS.length - 1;

/** Each byte's digit (its character's SYMBOLS index), -1 for a character outside SYMBOLS. */
export const SYMBOL_DIGITS = new Int8Array(256).fill(-1);
for (let i = 0; i < SYMBOLS.length; i++) SYMBOL_DIGITS[SYMBOLS.charCodeAt(i)] = i;

/**
 * Values as text of one character each: a value v in [0, ESCAPE) as SYMBOLS[v]; any other value
 * as the character of ESCAPE, listed in `escaped` in its order.
 */
export function encodeSymbols(values: Iterable<number>): { text: string; escaped: number[] } {
  const out: string[] = [];
  const escaped: number[] = [];
  for (const v of values) {
    if (Number.isInteger(v) && v >= 0 && v < ESCAPE) {
      out.push(SYMBOLS[v] as string);
    } else {
      out.push(SYMBOLS[ESCAPE] as string);
      escaped.push(v);
    }
  }
  return { text: out.join(''), escaped };
}

/**
 * The bytes of a text encodeSymbols wrote, which must hold `count` characters (a native encoder
 * makes them: a model of a million values loads faster reading a typed array than charCodeAt).
 * Their digits are SYMBOL_DIGITS[byte].
 */
export function symbolBytes(text: string, count: number): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length !== count) throw new Error(`packed text of ${bytes.length} bytes, not ${count}`);
  return bytes;
}

/** The values encodeSymbols wrote as `text` and `escaped` (non-negative values: `coded` unset). */
export function decodeSymbols(text: string, escaped: readonly number[], count: number): number[] {
  const bytes = symbolBytes(text, count);
  let k = 0;
  const out = Array.from(bytes, (b) => {
    const d = SYMBOL_DIGITS[b] as number;
    if (d < 0) throw new Error(`packed text holds ${String.fromCharCode(b)}`);
    if (d < ESCAPE) return d;
    if (k >= escaped.length) throw new Error('packed text: an escape without its value');
    return escaped[k++] as number;
  });
  if (k !== escaped.length) throw new Error('packed text: more values listed than escapes');
  return out;
}

/** The most leading characters frontCode shares with the word before: one digit. */
const MAX_SHARED = 9;

/**
 * Words (sorted, for the most sharing) as one text: each word as the number of leading
 * characters it shares with the word before (one digit, at most MAX_SHARED) and then the rest of
 * it: "radio", "radios", "radius" → "0radio5s4us". Sorted word lists gzip a quarter smaller so
 * than as words between spaces. A word must hold a character and no digit.
 */
export function frontCode(words: readonly string[]): string {
  let prev = '';
  return words
    .map((w) => {
      if (!w || /\d/u.test(w)) throw new Error(`frontCode: "${w}" is empty or holds a digit`);
      let k = 0;
      while (k < MAX_SHARED && k < w.length - 1 && w[k] === prev[k]) k++;
      prev = w;
      return `${k}${w.slice(k)}`;
    })
    .join('');
}

/** The words frontCode wrote, in order. */
export function frontDecode(text: string): string[] {
  if (!text) return [];
  // Split natively before each digit: "0radio", "5s", "4us".
  const pieces = text.split(/(?=\d)/u);
  let prev = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const shared = piece.charCodeAt(0) - 48;
    if (!(shared >= 0 && shared <= MAX_SHARED) || piece.length < 2 || shared > prev.length) {
      throw new Error(`frontDecode: stray text "${piece}"`);
    }
    prev = shared ? prev.slice(0, shared) + piece.slice(1) : piece.slice(1);
    pieces[i] = prev;
  }
  return pieces;
}

/** The packed hashes of a word list (nouns-de.json, words-en.json): packHashes. */
export interface PackedHashes {
  bits: number;
  count: number;
  /** Each difference d's high digit, floor(d / LOW) (encodeSymbols; ≥ ESCAPE ones listed). */
  high: string;
  highEscaped: number[];
  /** Each difference's low digit, d % LOW: always one character. */
  low: string;
}

/** The base of a hash difference's low digit. */
const LOW = ESCAPE;

/**
 * Words as the sorted low `bits` of their hashes (`key`), packed as the differences of the
 * sorted hashes (the first from 0), each as two encodeSymbols digits in two texts: a high one
 * and a low one (base LOW). Byte-aligned text in place of LEB128 bytes in base64: gzip sees the
 * digits' frequencies (a quarter smaller), and decodeHashes reads it faster.
 */
export function packHashes(
  words: readonly string[],
  key: (word: string) => number,
  bits: number,
): PackedHashes {
  const hashes = [...new Set(words.map(key))].sort((a, b) => a - b);
  const deltas = hashes.map((h, i) => h - (i ? (hashes[i - 1] as number) : 0));
  const high = encodeSymbols(deltas.map((d) => Math.floor(d / LOW)));
  const low = encodeSymbols(deltas.map((d) => d % LOW));
  return {
    bits,
    count: hashes.length,
    high: high.text,
    highEscaped: high.escaped,
    low: low.text,
  };
}

/** The sorted hashes packHashes packed. */
export function decodeHashes(packed: Omit<PackedHashes, 'bits'>): Uint32Array {
  const { count, highEscaped } = packed;
  const high = symbolBytes(packed.high, count);
  const low = symbolBytes(packed.low, count);
  const out = new Uint32Array(count);
  let value = 0;
  let listed = 0;
  for (let i = 0; i < count; i++) {
    let h = SYMBOL_DIGITS[high[i] as number] as number;
    const l = SYMBOL_DIGITS[low[i] as number] as number;
    if (h < 0 || l < 0 || l >= LOW) throw new Error('decodeHashes: a character outside the digits');
    if (h === ESCAPE) {
      if (listed >= highEscaped.length) throw new Error('decodeHashes: an escape without value');
      h = highEscaped[listed++] as number;
    }
    value += h * LOW + l;
    out[i] = value;
  }
  if (listed !== highEscaped.length) throw new Error('decodeHashes: values left listed');
  return out;
}

/** The longest code packHuffman writes: its decoder's table holds 2^MAX_CODE_BITS entries. */
export const MAX_CODE_BITS = 12;

/** The 64 characters of HuffmanPacked.bits, six bits each: base64's, without its padding. */
const BITS_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each byte's six bits (BITS_ALPHABET), -1 for a byte outside it. */
const SIX_BITS = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) SIX_BITS[BITS_ALPHABET.charCodeAt(i)] = i;

/**
 * Integers as canonical Huffman codes, the bits as text of six bits a character (packHuffman).
 * gzip codes the symbols of a text by their frequencies too, but its LZ77 stage takes the short
 * repeats that a text of few symbols is full of, and a match of three costs more than three such
 * symbols: the model's weight columns came out a fifth above their entropy as encodeSymbols text,
 * within 2% as codes. The codes' text is near random: gzip leaves it at six bits a character.
 */
export interface HuffmanPacked {
  /** How many values the codes hold (the last character's padding might read as more). */
  count: number;
  /** The coded values, in canonical order: by code length, shortest first, then ascending. */
  values: number[];
  /** How many values have a code of 1, 2, … bits (lengths[k] for k + 1 bits). */
  lengths: number[];
  /**
   * The codes, value after value, first bit highest, six bits a character of BITS_ALPHABET (the
   * last one padded with 0s).
   */
  bits: string;
}

/** Code lengths of a Huffman code for these counts (each > 0), none above `max` bits. */
function codeLengths(counts: readonly number[], max: number): number[] {
  if (counts.length === 1) return [1];
  if (counts.length > 2 ** max) {
    throw new Error(`packHuffman: ${counts.length} values in ${max} bits`);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  // Too long a code for a rare value: raise the rare counts to a floor until none is (a little
  // above the entropy; the decoder's table stays small).
  for (let floor = 0; ; floor = floor ? floor * 2 : Math.ceil(total / 2 ** (max + 2))) {
    const weights = counts.map((c) => Math.max(c, floor));
    // Huffman's merges, on an array sorted by weight (a few hundred values at most).
    type Node = { w: number; leaves: number[] };
    let nodes: Node[] = weights.map((w, i) => ({ w, leaves: [i] }));
    const lengths = new Array<number>(counts.length).fill(0);
    while (nodes.length > 1) {
      nodes.sort((a, b) => a.w - b.w || (a.leaves[0] as number) - (b.leaves[0] as number));
      const [a, b] = nodes as [Node, Node];
      for (const i of [...a.leaves, ...b.leaves]) lengths[i] = (lengths[i] as number) + 1;
      nodes = [{ w: a.w + b.w, leaves: [...a.leaves, ...b.leaves] }, ...nodes.slice(2)];
    }
    if (Math.max(...lengths) <= max) return lengths;
  }
}

/** Integers in ±2^26 as canonical Huffman codes (HuffmanPacked), none above `maxBits` bits. */
export function packHuffman(values: ArrayLike<number>, maxBits = MAX_CODE_BITS): HuffmanPacked {
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v) || Math.abs(v) >= 2 ** 26) {
      throw new Error(`packHuffman: ${v} is no integer in ±2^26`);
    }
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const distinct = [...counts.keys()].sort((a, b) => a - b);
  const lengthOf = codeLengths(
    distinct.map((v) => counts.get(v) as number),
    maxBits,
  );
  const order = distinct
    .map((v, i) => ({ v, len: lengthOf[i] as number }))
    .sort((a, b) => a.len - b.len || a.v - b.v);
  const lengths = new Array<number>(Math.max(0, ...order.map((o) => o.len))).fill(0);
  const codes = new Map<number, { code: number; len: number }>();
  let code = 0;
  let len = order[0]?.len ?? 0;
  for (const o of order) {
    code <<= o.len - len;
    len = o.len;
    codes.set(o.v, { code, len });
    lengths[len - 1] = (lengths[len - 1] as number) + 1;
    code++;
  }
  const out: string[] = [];
  let acc = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const c = codes.get(values[i] as number) as { code: number; len: number };
    acc = (acc << c.len) | c.code;
    n += c.len;
    while (n >= 6) {
      n -= 6;
      out.push(BITS_ALPHABET[(acc >>> n) & 63] as string);
    }
    acc &= (1 << n) - 1;
  }
  if (n) out.push(BITS_ALPHABET[(acc << (6 - n)) & 63] as string);
  return { count: values.length, values: order.map((o) => o.v), lengths, bits: out.join('') };
}

/**
 * The `count` integers packHuffman packed, into `out` (the model loader's columns). One table
 * lookup per value, on the next MAX_CODE_BITS bits at most, read from the text as it goes.
 */
export function unpackHuffman(
  packed: HuffmanPacked,
  count: number,
  out: Int32Array = new Int32Array(count),
): Int32Array {
  const { values, lengths, bits } = packed;
  if (packed.count !== count) {
    throw new Error(`packed codes of ${packed.count} values, not ${count}`);
  }
  const maxLen = lengths.length;
  if (maxLen > MAX_CODE_BITS || lengths.reduce((a, b) => a + b, 0) !== values.length) {
    throw new Error('packed codes: code lengths that do not match their values');
  }
  // The table: for each maxLen-bit window, the value its leading code stands for, times 16, plus
  // the code's length (0: no code starts so). One read per value.
  const size = 2 ** maxLen;
  const table = new Int32Array(size);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= maxLen; len++) {
    for (let j = 0; j < (lengths[len - 1] as number); j++) {
      const from = code << (maxLen - len);
      const to = (code + 1) << (maxLen - len);
      if (to > size) throw new Error('packed codes: more codes than their lengths allow');
      table.fill((values[k++] as number) * 16 + len, from, to);
      code++;
    }
    code <<= 1;
  }
  // The text's bytes, natively (a model of a million values loads faster reading a typed array
  // than charCodeAt), and characters of zeros ("A") to read ahead into.
  const text = new TextEncoder().encode(bits);
  const chars = text.length;
  const bytes = new Uint8Array(chars + 4).fill(65);
  bytes.set(text);
  const six = SIX_BITS;
  const mask = size - 1;
  let acc = 0;
  let n = 0;
  let pos = 0;
  let bad = 0;
  for (let i = 0; i < count; i++) {
    // Two characters at a time: at most 11 + 12 bits in acc, no sign or overflow.
    if (n < maxLen) {
      const d =
        ((six[bytes[pos] as number] as number) << 6) | (six[bytes[pos + 1] as number] as number);
      bad |= d;
      pos += 2;
      acc = (acc << 12) | (d & 4095);
      n += 12;
    }
    const entry = table[(acc >>> (n - maxLen)) & mask] as number;
    const len = entry & 15;
    bad |= len - 1;
    out[i] = entry >> 4;
    n -= len;
    acc &= (1 << n) - 1;
  }
  // A negative `bad`: a byte outside the alphabet (-1) or bits that are no code (length 0).
  if (bad < 0) throw new Error('packed codes: characters or bits that are no code');
  // Reading ahead may pass the end; the codes themselves fill the text, no more.
  if (Math.ceil((pos * 6 - n) / 6) !== chars) {
    throw new Error(`packed codes: ${chars} characters do not hold ${count} values`);
  }
  return out;
}
