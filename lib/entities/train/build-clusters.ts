/**
 * Word clusters for the tagger (#15): learned from the running text of the NER training sets
 * (labels unused), plus the WikiNEuRal splits the tagger does not train on, as plain text.
 * Each word (lower case, digits as 0, as the word feature spells it) seen MIN_COUNT times or
 * more, the MAX_WORDS most frequent, gets a vector; a form written capitalised MIN_CASED times or
 * more is a word of its own (casedClusterKey: "Tiger" the golfer apart from "tiger" the animal),
 * learnt from its capitalised occurrences only, and the lower-case word from the rest. Each gets a vector of its neighbours within WINDOW words
 * (positive PMI over the most frequent context words, each offset apart, reduced to DIM
 * dimensions by a randomised truncated SVD), and spherical k-means groups the vectors in two
 * levels: COARSE clusters, each split in up to FINE sub-clusters. The tagger reads the
 * cluster of a word and of its neighbours, so a word the labelled sets seldom show behaves like
 * the words it is used like. Writes CLUSTERS_FILE (Node only); `npm run train:ner -- --features
 * clusters` builds it when missing and stores the table in weights.json:
 *
 *   npm run train:clusters [-- NER_TRAIN_DIR [OUT]]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { casedClusterKey, clusterHash, clusterKey, encodeClusters, FINE } from '../clusters';
import { readCorpus } from './read-corpus';
import { type CorpusSource, TRAIN_SOURCES } from './sources';
import { nerDevDir } from './train-confidence';
import { seededRandom } from '../../seeded-random';

/** Where the table is written and the trainer looks for it. */
export const CLUSTERS_FILE =
  process.env.NER_CLUSTERS_FILE ?? join(tmpdir(), 'backstory-ner-clusters.json');

const MIN_COUNT = 3;
/** Capitalised occurrences a form needs for its own entry (casedClusterKey). */
const MIN_CASED = 3;
const UPPER_RE = /^\p{Lu}/u;
const MAX_WORDS = 30_000;
const CONTEXTS = 4_000;
const DIM = 100;
const COARSE = 48;
/** Neighbours on each side that make a word's contexts (each offset its own context). */
const WINDOW = 2;

/** Unlabelled text only: sets the tagger does not train on, read for their words. */
const EXTRA_TEXT: Pick<CorpusSource, 'path' | 'format'>[] = [
  { path: 'es-wikineural/val.conllu', format: 'conllu' },
  { path: 'de-wikineural/val.conllu', format: 'conllu' },
  { path: 'fr-wikineural/test.conllu', format: 'conllu' },
];

function gaussian(r: () => number): number {
  return Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
}

function normalise(v: Float32Array, off: number, dim: number): void {
  let s = 0;
  for (let d = 0; d < dim; d++) s += (v[off + d] as number) ** 2;
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
  for (let d = 0; d < dim; d++) v[off + d] = (v[off + d] as number) * inv;
}

interface SparseRow {
  xs: number[];
  vs: number[];
}

/** Modified Gram-Schmidt on the columns of a rows × cols row-major matrix, in place. */
function orthonormalise(m: Float64Array, rows: number, cols: number): void {
  for (let j = 0; j < cols; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += m[i * cols + j]! * m[i * cols + k]!;
      for (let i = 0; i < rows; i++) m[i * cols + j] = m[i * cols + j]! - dot * m[i * cols + k]!;
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += m[i * cols + j]! ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < rows; i++) m[i * cols + j] = m[i * cols + j]! * inv;
  }
}

/** Eigen-decomposition of a symmetric n × n matrix (cyclic Jacobi): values, vectors as columns. */
function jacobiEigen(a: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-14) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]!), vectors: v };
}

/**
 * Randomised truncated SVD (Halko et al. 2011) of a sparse rows × cols matrix: the top `dim`
 * left singular vectors scaled by the square root of their singular values, row-major.
 */
function truncatedSvd(rows: SparseRow[], cols: number, dim: number): Float32Array {
  const n = rows.length;
  const L = dim + 16;
  const r = seededRandom(11);
  // Y = A Ω, then two power iterations Y = A (Aᵀ Y), orthonormalised in between.
  const omega = new Float64Array(cols * L);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(r);
  const times = (right: Float64Array): Float64Array => {
    const y = new Float64Array(n * L);
    rows.forEach((row, i) => {
      for (let k = 0; k < row.xs.length; k++) {
        const x = row.xs[k]!;
        const val = row.vs[k]!;
        for (let j = 0; j < L; j++) y[i * L + j] = y[i * L + j]! + val * right[x * L + j]!;
      }
    });
    return y;
  };
  const timesT = (left: Float64Array): Float64Array => {
    const z = new Float64Array(cols * L);
    rows.forEach((row, i) => {
      for (let k = 0; k < row.xs.length; k++) {
        const x = row.xs[k]!;
        const val = row.vs[k]!;
        for (let j = 0; j < L; j++) z[x * L + j] = z[x * L + j]! + val * left[i * L + j]!;
      }
    });
    return z;
  };
  let q = times(omega);
  orthonormalise(q, n, L);
  for (let it = 0; it < 2; it++) {
    const z = timesT(q);
    orthonormalise(z, cols, L);
    q = times(z);
    orthonormalise(q, n, L);
  }
  // B = Qᵀ A (L × cols, stored as its transpose), then B Bᵀ = W diag(s²) Wᵀ and U = Q W.
  const bt = timesT(q);
  const bbt = new Float64Array(L * L);
  for (let x = 0; x < cols; x++) {
    for (let a = 0; a < L; a++) {
      const va = bt[x * L + a]!;
      if (va === 0) continue;
      for (let b = 0; b < L; b++) bbt[a * L + b] = bbt[a * L + b]! + va * bt[x * L + b]!;
    }
  }
  const { values, vectors } = jacobiEigen(bbt, L);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, dim);
  const out = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < dim; d++) {
      const e = order[d]!;
      let u = 0;
      for (let k = 0; k < L; k++) u += q[i * L + k]! * vectors[k * L + e]!;
      // Singular value s = sqrt(eigenvalue); scale by sqrt(s).
      out[i * dim + d] = u * Math.max(values[e]!, 0) ** 0.25;
    }
  }
  return out;
}

/** Spherical k-means over the rows `members` of `vecs`: the cluster of each member. */
function kmeans(vecs: Float32Array, members: number[], k: number, seed: number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const r = seededRandom(seed);
  const cent = new Float32Array(k * DIM);
  // k-means++ seeding on cosine distance.
  const best = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(r() * n);
  for (let c = 0; c < k; c++) {
    cent.set(vecs.subarray(members[pick]! * DIM, members[pick]! * DIM + DIM), c * DIM);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const o = members[i]! * DIM;
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += vecs[o + d]! * cent[c * DIM + d]!;
      const dist = Math.max(0, 1 - dot);
      if (dist < best[i]!) best[i] = dist;
      total += best[i]! ** 2;
    }
    let x = r() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      x -= best[i]! ** 2;
      if (x <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let iter = 0; iter < 20; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const o = members[i]! * DIM;
      let arg = 0;
      let top = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vecs[o + d]! * cent[c * DIM + d]!;
        if (dot > top) {
          top = dot;
          arg = c;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const o = members[i]! * DIM;
      const c = assign[i]! * DIM;
      for (let d = 0; d < DIM; d++) cent[c + d] = cent[c + d]! + vecs[o + d]!;
    }
    for (let c = 0; c < k; c++) normalise(cent, c * DIM, DIM);
    if (moved < n / 1000) break;
  }
  return assign;
}

/** Reads the text, clusters the words, writes the table; returns its word count. */
export function buildClusters(
  trainDir: string,
  out: string,
): { words: number; cased: number; bytes: number } {
  const files = [...TRAIN_SOURCES, ...EXTRA_TEXT]
    .map((s) => ({ path: join(trainDir, s.path), format: s.format }))
    .filter((s) => existsSync(s.path));
  // Each token as its lower-case key and, capitalised, its cased key ('' otherwise).
  const lowerKeys: string[][] = [];
  const casedKeys: string[][] = [];
  for (const f of files) {
    for (const doc of readCorpus(f.path, f.format)) {
      for (const s of doc) {
        const keys = s.words.map(clusterKey);
        lowerKeys.push(keys);
        casedKeys.push(s.words.map((w, i) => (UPPER_RE.test(w) ? casedClusterKey(keys[i]!) : '')));
      }
    }
  }
  const casedCounts = new Map<string, number>();
  for (const s of casedKeys) {
    for (const w of s) if (w) casedCounts.set(w, (casedCounts.get(w) ?? 0) + 1);
  }
  // Twice: a cased form left out of the vocabulary reads its lower-case word, as the tagger does.
  let own = new Set([...casedCounts].filter(([, c]) => c >= MIN_CASED).map(([w]) => w));
  let sentences: string[][] = [];
  let byFreq: [string, number][] = [];
  let vocab: [string, number][] = [];
  for (let pass = 0; pass < 2; pass++) {
    sentences = lowerKeys.map((s, k) =>
      s.map((w, i) => (own.has(casedKeys[k]![i]!) ? casedKeys[k]![i]! : w)),
    );
    const counts = new Map<string, number>();
    for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
    byFreq = [...counts].sort((a, b) => b[1] - a[1]);
    vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).slice(0, MAX_WORDS);
    const kept = new Set(vocab.map(([w]) => w));
    own = new Set([...own].filter((w) => kept.has(w)));
  }
  const wordId = new Map(vocab.map(([w], i) => [w, i]));
  const ctxId = new Map(byFreq.slice(0, CONTEXTS).map(([w], i) => [w, i]));
  // Contexts: the word at each offset -WINDOW..-1, 1..WINDOW, one of the CONTEXTS most frequent
  // or CONTEXTS (any other word, or the sentence boundary); each offset has its own range.
  const C = 2 * WINDOW * (CONTEXTS + 1);
  const co = vocab.map(() => new Map<number, number>());
  const ctxTotal = new Float64Array(C);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const id = wordId.get(s[i]!);
      if (id === undefined) continue;
      const ctx: number[] = [];
      for (let k = 1; k <= WINDOW; k++) {
        const left = i - k >= 0 ? (ctxId.get(s[i - k]!) ?? CONTEXTS) : CONTEXTS;
        const right = i + k < s.length ? (ctxId.get(s[i + k]!) ?? CONTEXTS) : CONTEXTS;
        ctx.push((2 * k - 2) * (CONTEXTS + 1) + left, (2 * k - 1) * (CONTEXTS + 1) + right);
      }
      for (const x of ctx) {
        const m = co[id]!;
        m.set(x, (m.get(x) ?? 0) + 1);
        ctxTotal[x] = ctxTotal[x]! + 1;
      }
    }
  }
  // Context-distribution smoothing (alpha 0.75) as in Levy et al. 2015.
  const smoothed = Float64Array.from(ctxTotal, (c) => c ** 0.75);
  const smoothedSum = smoothed.reduce((a, b) => a + b, 0);
  // PPMI rows, sparse.
  const rows = vocab.map(([, freq], id) => {
    const xs: number[] = [];
    const vs: number[] = [];
    for (const [x, c] of co[id]!) {
      const pmi = Math.log((c * smoothedSum) / (WINDOW * 2 * freq * smoothed[x]!));
      if (pmi > 0) {
        xs.push(x);
        vs.push(pmi);
      }
    }
    return { xs, vs };
  });
  const vecs = truncatedSvd(rows, C, DIM);
  for (let id = 0; id < vocab.length; id++) normalise(vecs, id * DIM, DIM);
  const all = vocab.map((_, i) => i);
  const coarse = kmeans(vecs, all, COARSE, 1);
  const fine = new Int32Array(vocab.length);
  for (let c = 0; c < COARSE; c++) {
    const members = all.filter((i) => coarse[i] === c);
    const sub = kmeans(vecs, members, FINE, 100 + c);
    members.forEach((i, j) => (fine[i] = c * FINE + sub[j]!));
  }
  // One id per 24-bit word hash; on a collision the more frequent word (first) keeps it.
  const entries = new Map<number, number>();
  vocab.forEach(([w], i) => {
    const h = clusterHash(w);
    if (!entries.has(h)) entries.set(h, fine[i]!);
  });
  const json = JSON.stringify(encodeClusters([...entries]));
  writeFileSync(out, json + '\n');
  return { words: entries.size, cased: own.size, bytes: json.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const trainDir =
    process.argv[2] ?? process.env.NER_TRAIN_DIR ?? join(dirname(nerDevDir()), 'ner-train');
  const out = process.argv[3] ?? CLUSTERS_FILE;
  console.log(buildClusters(trainDir, out));
}
