import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/lib/seeded-random';
import { isAllowedTransition, spansFromTags } from '@/lib/entities/tags';
import { decodeViterbi } from '@/lib/entities/viterbi';

describe('BIO tags', () => {
  it('reads spans back from tag ids', () => {
    // O B-PER I-PER B-LOC B-LOC O B-ORG
    expect(spansFromTags([0, 1, 2, 3, 3, 0, 5])).toEqual([
      { start: 1, end: 3, type: 'PER' },
      { start: 3, end: 4, type: 'LOC' },
      { start: 4, end: 5, type: 'LOC' },
      { start: 6, end: 7, type: 'ORG' },
    ]);
  });

  it('allows I-X only after B-X or I-X', () => {
    expect(isAllowedTransition(-1, 2)).toBe(false);
    expect(isAllowedTransition(0, 2)).toBe(false);
    expect(isAllowedTransition(1, 2)).toBe(true);
    expect(isAllowedTransition(3, 2)).toBe(false);
    expect(isAllowedTransition(2, 2)).toBe(true);
  });

  it('decodes only well-formed sequences even when emissions prefer I after O', () => {
    const trans = new Float32Array(8 * 7);
    const emit = new Float32Array(2 * 7);
    emit[2] = 10; // I-PER at token 0: not allowed at the start
    emit[7 + 2] = 10; // I-PER at token 1
    expect([...decodeViterbi(emit, trans, 2)]).toEqual([1, 2]);
    const other = new Float32Array(2 * 7);
    other[0] = 5; // O at token 0
    other[7 + 4] = 3; // I-LOC at token 1: not allowed after O
    expect([...decodeViterbi(other, trans, 2)]).toEqual([0, 0]);
  });

  it('decodes as the plain Viterbi over allowed transitions does, ties included', () => {
    // The textbook loop: every allowed previous tag in order, the first best kept; scores held
    // as float32, as decodeViterbi holds them.
    const T = 7;
    const plain = (emit: Float32Array, trans: Float32Array, n: number): number[] => {
      const score = new Float32Array(n * T);
      const back = new Uint8Array(n * T);
      for (let t = 0; t < T; t++) {
        score[t] = isAllowedTransition(-1, t)
          ? (emit[t] as number) + (trans[t] as number)
          : -Infinity;
      }
      for (let i = 1; i < n; i++) {
        for (let to = 0; to < T; to++) {
          let best = -Infinity;
          let arg = 0;
          for (let from = 0; from < T; from++) {
            if (!isAllowedTransition(from, to)) continue;
            const v =
              (score[(i - 1) * T + from] as number) + (trans[(from + 1) * T + to] as number);
            if (v > best) {
              best = v;
              arg = from;
            }
          }
          score[i * T + to] = best + (emit[i * T + to] as number);
          back[i * T + to] = arg;
        }
      }
      const tags = new Array<number>(n).fill(0);
      let last = 0;
      for (let t = 1; t < T; t++) {
        if ((score[(n - 1) * T + t] as number) > (score[(n - 1) * T + last] as number)) last = t;
      }
      tags[n - 1] = last;
      for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
      return tags;
    };
    // A fixed pseudo-random sequence; small integers make ties.
    const next = seededRandom(47);
    for (let round = 0; round < 2000; round++) {
      const n = 1 + Math.floor(next() * 6);
      const small = round % 2 === 0;
      const value = () => (small ? Math.floor(next() * 4) - 2 : next() * 10 - 5);
      const emit = Float32Array.from({ length: n * T }, value);
      const trans = Float32Array.from({ length: (T + 1) * T }, value);
      expect([...decodeViterbi(emit, trans, n)], String(round)).toEqual(plain(emit, trans, n));
    }
  });
});
