/**
 * An upper reference for `npm run bench:stories`: average-link agglomerative clustering, offline
 * (every document at once, rarity from the whole set) at the threshold that scores best on the
 * very set it is scored on. The extension cannot group this way (articles come one at a time and
 * nothing is known in hindsight), but when even this lands near the single-pass figures, what
 * limits grouping is the evidence the vectors carry, not the way articles are placed.
 */
import type { StoredArticle } from '@/lib/db/schema';
import { readFeatures, weighFeatures } from '@/lib/stories/article-features';
import type { StoryMember } from '@/lib/stories/rows';
import { cosine, storySimilarity } from '@/lib/stories/similarity';
import type { Weighted } from '@/lib/stories/rows';

type Pair = (i: number, j: number) => number;

/**
 * Cluster labels at each threshold: one average-link pass (Lance–Williams updates) records the
 * merges and their heights, which only go down, then each threshold keeps the merges above it.
 */
export function averageLinkLabels(n: number, similarity: Pair, thresholds: number[]): string[][] {
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) sim[i * n + j] = sim[j * n + i] = similarity(i, j);
  }
  const size = new Array<number>(n).fill(1);
  const alive = new Uint8Array(n).fill(1);
  // Each row's most similar live row, kept up to date: a merge only rescans the rows whose best
  // was one of the two merged, so the whole pass is about n² rather than n³.
  const bestOf = new Int32Array(n).fill(-1);
  const rescan = (i: number) => {
    let [best, at] = [-Infinity, -1];
    for (let j = 0; j < n; j++) {
      if (j !== i && alive[j] && sim[i * n + j]! > best) [best, at] = [sim[i * n + j]!, j];
    }
    bestOf[i] = at;
  };
  for (let i = 0; i < n; i++) rescan(i);
  const merges: [a: number, b: number, height: number][] = [];
  const lowest = Math.min(...thresholds);
  for (;;) {
    let [best, a, b] = [-Infinity, -1, -1];
    for (let i = 0; i < n; i++) {
      const j = bestOf[i]!;
      if (alive[i] && j >= 0 && sim[i * n + j]! > best) [best, a, b] = [sim[i * n + j]!, i, j];
    }
    if (a < 0 || best < lowest) break;
    if (b < a) [a, b] = [b, a];
    merges.push([a, b, best]);
    alive[b] = 0;
    for (let k = 0; k < n; k++) {
      if (k === a || !alive[k]) continue;
      const s = (size[a]! * sim[a * n + k]! + size[b]! * sim[b * n + k]!) / (size[a]! + size[b]!);
      sim[a * n + k] = sim[k * n + a] = s;
    }
    size[a]! += size[b]!;
    for (let k = 0; k < n; k++) {
      if (!alive[k]) continue;
      if (k === a || bestOf[k] === a || bestOf[k] === b) rescan(k);
      else if (sim[k * n + a]! > sim[k * n + bestOf[k]!]!) bestOf[k] = a;
    }
  }
  return thresholds.map((t) => {
    const parent = Array.from({ length: n }, (_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    for (const [x, y, h] of merges) if (h >= t) parent[root(y)] = root(x);
    return parent.map((_, i) => `c${root(i)}`);
  });
}

/** Our similarity between two documents, rarity from the whole set: one as a story of one. */
export function ourPairSimilarity(articles: StoredArticle[]): Pair {
  const raws = articles.map((a) => readFeatures(a, false));
  const df = new Map<string, number>();
  for (const r of raws) {
    for (const id of r.entities.keys()) df.set(`e:${id}`, (df.get(`e:${id}`) ?? 0) + 1);
    for (const t of r.tf.keys()) df.set(`t:${t}`, (df.get(`t:${t}`) ?? 0) + 1);
  }
  const members = raws.map((raw) => {
    const v = weighFeatures(raw, (k) => df.get(k) ?? 1, raws.length);
    return { ...v, lang: raw.lang, date: raw.date, dated: raw.dated };
  });
  const asStory = members.map((m) => ({
    entities: m.entities.map(([id, weight]) => ({ id, name: id, type: 'MISC', weight })),
    terms: m.terms,
    langs: [m.lang],
    datedFrom: m.dated ? m.date : null,
    datedTo: m.dated ? m.date : null,
    count: 1,
  }));
  return (i, j) =>
    storySimilarity(
      members[i] as Pick<StoryMember, 'entities' | 'terms' | 'lang' | 'date' | 'dated'>,
      asStory[j]!,
    );
}

/** Cosine of unit TF-IDF vectors (the baseline's, whole-set rarity). */
export function vectorPairSimilarity(vectors: Weighted[][]): Pair {
  return (i, j) => cosine(vectors[i]!, vectors[j]!);
}
