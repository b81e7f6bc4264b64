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

// bestFrom's argmax.
let bestArg = 0;

/**
 * The best previous tag's score plus its transition to `to`, over the seven tags' scores p0..p6
 * in order (the first of equal ones wins); the tag in bestArg.
 */
function bestFrom(
  trans: ArrayLike<number>,
  to: number,
  p0: number,
  p1: number,
  p2: number,
  p3: number,
  p4: number,
  p5: number,
  p6: number,
): number {
  let best = -Infinity;
  let arg = 0;
  let s = p0 + (trans[T + to] as number);
  if (s > best) best = s;
  s = p1 + (trans[2 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 1;
  }
  s = p2 + (trans[3 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 2;
  }
  s = p3 + (trans[4 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 3;
  }
  s = p4 + (trans[5 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 4;
  }
  s = p5 + (trans[6 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 5;
  }
  s = p6 + (trans[7 * T + to] as number);
  if (s > best) {
    best = s;
    arg = 6;
  }
  bestArg = arg;
  return best;
}
if (T !== 7) throw new Error('decodeViterbi assumes 7 BIO tags');

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
    const at = i * T;
    // The previous token's scores read once, for the seven tags they lead to.
    const p0 = score[prev] as number;
    const p1 = score[prev + 1] as number;
    const p2 = score[prev + 2] as number;
    const p3 = score[prev + 3] as number;
    const p4 = score[prev + 4] as number;
    const p5 = score[prev + 5] as number;
    const p6 = score[prev + 6] as number;
    // O and B-X follow any tag (bestFrom); I-X follows only B-X (to - 1) and I-X (to), in that
    // order as the full loop would: the other tags' transitions are not read.
    for (let to = 0; to < T; to++) {
      let best: number;
      let arg: number;
      if (to === 0 || to % 2 === 1) {
        best = bestFrom(trans, to, p0, p1, p2, p3, p4, p5, p6);
        arg = bestArg;
      } else {
        best = -Infinity;
        arg = 0;
        const b = (to === 2 ? p1 : to === 4 ? p3 : p5) + (trans[to * T + to] as number);
        if (b > best) {
          best = b;
          arg = to - 1;
        }
        const inside = (to === 2 ? p2 : to === 4 ? p4 : p6) + (trans[(to + 1) * T + to] as number);
        if (inside > best) {
          best = inside;
          arg = to;
        }
      }
      score[at + to] = best + (emit[at + to] as number);
      back[at + to] = arg;
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
