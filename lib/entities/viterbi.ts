import { isAllowedTransition, TAG_COUNT } from './tags';

const T = TAG_COUNT;
const ALLOWED = new Uint8Array((T + 1) * T);
for (let from = -1; from < T; from++) {
  for (let to = 0; to < T; to++) {
    ALLOWED[(from + 1) * T + to] = isAllowedTransition(from, to) ? 1 : 0;
  }
}

// decodeViterbi reads the allowed transitions of BIO as written out: O and B-X after any tag, I-X
// after B-X or I-X only.
for (let from = 0; from < T; from++) {
  for (let to = 0; to < T; to++) {
    const written = to === 0 || to % 2 === 1 || from === to - 1 || from === to;
    if (written !== (ALLOWED[(from + 1) * T + to] === 1)) {
      throw new Error('decodeViterbi assumes the BIO transitions of tags.ts');
    }
  }
}

let scoreBuffer = new Float32Array(T * 128);
let backBuffer = new Uint8Array(T * 128);

/**
 * Best well-formed BIO tag sequence. `emit[i * T + t]` scores tag t at token i;
 * `trans[(from + 1) * T + to]` scores a transition, row 0 being the sentence start.
 */
export function decodeViterbi(emit: Float32Array, trans: ArrayLike<number>, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // Buffers kept between calls: every cell read is written first.
  if (scoreBuffer.length < n * T) {
    scoreBuffer = new Float32Array(2 * n * T);
    backBuffer = new Uint8Array(2 * n * T);
  }
  const score = scoreBuffer;
  const back = backBuffer;
  for (let t = 0; t < T; t++) {
    score[t] = ALLOWED[t] ? (emit[t] as number) + (trans[t] as number) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    for (let to = 0; to < T; to++) {
      let best = -Infinity;
      let arg = 0;
      if (to === 0 || to % 2 === 1) {
        // O and B-X follow any tag.
        for (let from = 0; from < T; from++) {
          const s = (score[prev + from] as number) + (trans[(from + 1) * T + to] as number);
          if (s > best) {
            best = s;
            arg = from;
          }
        }
      } else {
        // I-X follows only B-X (to - 1) and I-X (to), in that order as above: the other tags'
        // transitions are not read.
        const b = (score[prev + to - 1] as number) + (trans[to * T + to] as number);
        if (b > best) {
          best = b;
          arg = to - 1;
        }
        const inside = (score[prev + to] as number) + (trans[(to + 1) * T + to] as number);
        if (inside > best) {
          best = inside;
          arg = to;
        }
      }
      score[i * T + to] = best + (emit[i * T + to] as number);
      back[i * T + to] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) {
    if ((score[(n - 1) * T + t] as number) > (score[(n - 1) * T + last] as number)) last = t;
  }
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
  return tags;
}
