import { describe, expect, it } from 'vitest';
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
});
