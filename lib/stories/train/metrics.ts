/** Clustering scores against gold labels: B-cubed and pairwise precision, recall, F1. */
export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * B-cubed (Bagga & Baldwin): per item, the share of its cluster that is its gold class, and
 * back, averaged over the items `only` keeps (default all; the clusters are always the whole
 * set's, so a cluster spilling across a subset's edge still costs precision).
 */
export function bcubed(
  predicted: string[],
  gold: string[],
  only: (i: number) => boolean = () => true,
): Prf {
  const [p, r] = bcubedSums(predicted, gold, only);
  const n = gold.filter((_, i) => only(i)).length;
  return { p: p / n, r: r / n, f1: f1(p / n, r / n) };
}

/** B-cubed over items scored in different runs: each run counts for the items it keeps. */
export function bcubedParts(
  parts: [predicted: string[], only: (i: number) => boolean][],
  gold: string[],
): Prf {
  let [p, r, n] = [0, 0, 0];
  for (const [predicted, only] of parts) {
    const [pp, rr] = bcubedSums(predicted, gold, only);
    p += pp;
    r += rr;
    n += gold.filter((_, i) => only(i)).length;
  }
  return { p: p / n, r: r / n, f1: f1(p / n, r / n) };
}

function bcubedSums(
  predicted: string[],
  gold: string[],
  only: (i: number) => boolean,
): [number, number] {
  const pred = groups(predicted);
  const truth = groups(gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < gold.length; i++) {
    if (!only(i)) continue;
    const both = intersect(pred.get(predicted[i]!)!, truth.get(gold[i]!)!);
    p += both / pred.get(predicted[i]!)!.size;
    r += both / truth.get(gold[i]!)!.size;
  }
  return [p, r];
}

/** Pairwise: over all pairs of items, those put together that belong together. */
export function pairwise(predicted: string[], gold: string[]): Prf {
  let tp = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const sp = predicted[i] === predicted[j];
      const sg = gold[i] === gold[j];
      if (sp) predPairs++;
      if (sg) goldPairs++;
      if (sp && sg) tp++;
    }
  }
  const p = predPairs ? tp / predPairs : 1;
  const r = goldPairs ? tp / goldPairs : 1;
  return { p, r, f1: f1(p, r) };
}

function groups(labels: string[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  labels.forEach((l, i) => {
    if (!out.has(l)) out.set(l, new Set());
    out.get(l)!.add(i);
  });
  return out;
}

function intersect(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
