import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  decodeHashes,
  decodeSymbols,
  encodeSymbols,
  ESCAPE,
  frontCode,
  frontDecode,
  MAX_CODE_BITS,
  packHuffman,
  packHashes,
  unpackHuffman,
} from '@/lib/entities/packed';

describe('packed', () => {
  it('decodes base64', () => {
    expect([...decodeBase64('AQL/')]).toEqual([1, 2, 255]);
  });

  it('writes a value below ESCAPE as one printable character, never a quote or a backslash', () => {
    expect(ESCAPE).toBe(92);
    const small = Array.from({ length: ESCAPE }, (_, i) => i);
    const { text, escaped } = encodeSymbols(small);
    expect(escaped).toEqual([]);
    expect(text).toHaveLength(ESCAPE);
    expect(text).toMatch(/^[ -~]+$/);
    expect(text).not.toMatch(/["\\]/);
    expect(text.slice(0, 3)).toBe(' !#');
    expect(new Set(text).size).toBe(ESCAPE);
    // JSON keeps it as it is: no escapes.
    expect(JSON.stringify(text)).toBe(`"${text}"`);
  });

  it('lists the values it has no character for, and reads them all back', () => {
    const values = [0, 1, 91, 92, 93, 5, 2 ** 21 - 1, 7];
    const packed = encodeSymbols(values);
    expect(packed.text).toHaveLength(values.length);
    expect(packed.escaped).toEqual([92, 93, 2 ** 21 - 1]);
    expect(decodeSymbols(packed.text, packed.escaped, values.length)).toEqual(values);
  });

  it('refuses text that is not packed symbols, or of another length', () => {
    expect(() => decodeSymbols('"', [], 1)).toThrow();
    expect(() => decodeSymbols('é', [], 1)).toThrow();
    expect(() => decodeSymbols(' ', [], 2)).toThrow();
    expect(() => decodeSymbols('  ', [], 1)).toThrow();
    expect(() => decodeSymbols('~', [], 1)).toThrow(/escape/);
    expect(() => decodeSymbols(' ', [5], 1)).toThrow(/listed/);
  });

  it('front-codes sorted words: each as what it shares with the word before, then the rest', () => {
    const words = ['radio', 'radios', 'radius', 'rapporteur', 'rapporteurs', 'zone', 'zones'];
    const text = frontCode(words);
    expect(text).toBe('0radio5s4us2pporteur9rs0zone4s');
    expect(frontDecode(text)).toEqual(words);
    // Unsorted, shorter and accented words too: a word is never written as nothing.
    const odd = ['radios', 'radio', 'radio', 'ä', 'äb', "o'neil", 'saint-jean'];
    expect(frontCode(odd)).toBe("0radios4o4o0ä1b0o'neil0saint-jean");
    expect(frontDecode(frontCode(odd))).toEqual(odd);
    expect(frontDecode('')).toEqual([]);
    expect(() => frontCode(['b2b'])).toThrow(/digit/);
    expect(() => frontDecode('radio')).toThrow(/stray/);
    expect(() => frontDecode('0radio7')).toThrow(/stray/);
  });

  it('packs sorted hashes as a high and a low digit of each difference, large ones listed', () => {
    // Hashes 5, 97, 9000 (differences 5, 92, 8903 = 96 × 92 + 71): high digits 0, 1, 96 (listed).
    const values = new Map([
      ['a', 97],
      ['b', 5],
      ['c', 9000],
      ['d', 5],
    ]);
    const packed = packHashes([...values.keys()], (w) => values.get(w) as number, 24);
    const high = encodeSymbols([0, 1, 96]);
    expect(packed).toEqual({
      bits: 24,
      count: 3,
      high: high.text,
      highEscaped: [96],
      low: encodeSymbols([5, 0, 71]).text,
    });
    expect([...decodeHashes(packed)]).toEqual([5, 97, 9000]);
    expect(() => decodeHashes({ ...packed, highEscaped: [] })).toThrow(/escape/);
    expect(() => decodeHashes({ ...packed, highEscaped: [96, 1] })).toThrow(/listed/);
    expect(() => decodeHashes({ ...packed, count: 4 })).toThrow();
    expect(() => decodeHashes({ ...packed, low: packed.low.replace(/.$/, '~') })).toThrow();
  });

  it('reads back every hash it packed, dense and sparse lists, large gaps included', () => {
    let seed = 11;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (const [n, bits] of [
      [0, 8],
      [1, 24],
      [500, 12],
      [3000, 24],
      [50, 31],
    ] as const) {
      const words = Array.from({ length: n }, (_, i) => `w${i}`);
      const keys = new Map(words.map((w) => [w, rand(2 ** bits)]));
      const packed = packHashes(words, (w) => keys.get(w) as number, bits);
      const want = [...new Set(keys.values())].sort((a, b) => a - b);
      expect([...decodeHashes(packed)]).toEqual(want);
    }
  });

  it('codes frequent values short, and reads back every value it coded', () => {
    // Weights as a model column holds them: mostly 0 and ±1, a few extremes.
    let seed = 11;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const values = Array.from({ length: 5000 }, () =>
      rand(2) ? 0 : rand(8) ? rand(3) - 1 : rand(256) - 128,
    );
    values.push(-128, 127, 2 ** 26 - 1, -(2 ** 26) + 1);
    const packed = packHuffman(values);
    expect(packed.count).toBe(values.length);
    expect(packed.values[0]).toBe(0); // the most frequent value, its code the shortest
    expect(packed.lengths.length).toBeLessThanOrEqual(MAX_CODE_BITS);
    expect(packed.bits).toMatch(/^[A-Za-z0-9+/]+$/);
    expect([...unpackHuffman(packed, values.length)]).toEqual(values);
    // A value of its own, none at all.
    expect([...unpackHuffman(packHuffman([5, 5, 5]), 3)]).toEqual([5, 5, 5]);
    expect([...unpackHuffman(packHuffman([]), 0)]).toEqual([]);
  });

  it('keeps codes within MAX_CODE_BITS however skewed the counts', () => {
    // Counts 1, 2, 4, … 2^19: a Huffman code of 20 lengths, limited to 12.
    const values = Array.from({ length: 20 }, (_, v) => new Array<number>(2 ** v).fill(v)).flat();
    const packed = packHuffman(values);
    expect(packed.lengths.length).toBe(MAX_CODE_BITS);
    expect([...unpackHuffman(packed, values.length)]).toEqual(values);
  });

  it('refuses codes that are not packHuffman text, or of another count', () => {
    const packed = packHuffman([1, 2, 3, 1, 1, 1]);
    expect(() => unpackHuffman(packed, 5)).toThrow(/not 5/);
    expect(() => unpackHuffman({ ...packed, bits: `=${packed.bits.slice(1)}` }, 6)).toThrow(
      /no code/,
    );
    expect(() => unpackHuffman({ ...packed, bits: `${packed.bits}AA` }, 6)).toThrow(/do not hold/);
    expect(() => unpackHuffman({ ...packed, lengths: [3] }, 6)).toThrow(/lengths/);
    expect(() => packHuffman([0.5])).toThrow(/integer/);
  });
});
