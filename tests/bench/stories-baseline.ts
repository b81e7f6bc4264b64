/**
 * The baseline for `npm run bench:stories`: single-pass TF-IDF cosine clustering. Each document
 * (all its words, stemmed as ours, IDF over the whole set) joins the cluster whose centroid is
 * most similar, if above a threshold, else starts one. No entities, no truncation. IDF from
 * the documents seen so far ("seen": what any single-pass grouping knows, ours included) or,
 * peeking ahead, from the whole set ("all").
 */
import type { StoredArticle } from '@/lib/db/schema';
import { readFeatures } from '@/lib/stories/article-features';
import type { Weighted } from '@/lib/stories/rows';

/** Cluster labels for each threshold, from one pass per threshold. */
export function clusterByTfidf(
  articles: StoredArticle[],
  thresholds: number[],
  idfFrom: 'seen' | 'all',
): string[][] {
  const vectors = tfidfVectors(articles, idfFrom);
  return thresholds.map((threshold) => {
    const centroids: { w: Map<string, number>; norm: number }[] = [];
    return vectors.map((v) => {
      let best = -1;
      let bestScore = -1;
      centroids.forEach((c, i) => {
        let dot = 0;
        for (const [t, w] of v) dot += w * (c.w.get(t) ?? 0);
        const s = dot / c.norm;
        if (s > bestScore) [best, bestScore] = [i, s];
      });
      if (best < 0 || bestScore < threshold) {
        centroids.push({ w: new Map(v), norm: 1 });
        return `b${centroids.length - 1}`;
      }
      const c = centroids[best]!;
      for (const [t, w] of v) c.w.set(t, (c.w.get(t) ?? 0) + w);
      c.norm = Math.hypot(...c.w.values());
      return `b${best}`;
    });
  });
}

/** Each document's unit TF-IDF vector: all its words (log-scaled counts) × IDF. */
export function tfidfVectors(articles: StoredArticle[], idfFrom: 'seen' | 'all'): Weighted[][] {
  const tfs = articles.map((a) => readFeatures(a).tf);
  const df = new Map<string, number>();
  if (idfFrom === 'all') {
    for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return tfs.map((tf, i) => {
    if (idfFrom === 'seen') for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = idfFrom === 'seen' ? i + 1 : articles.length;
    const v: Weighted[] = [...tf].map(([t, c]) => [
      t,
      (1 + Math.log(c)) * Math.log(n / df.get(t)!),
    ]);
    const norm = Math.hypot(...v.map(([, w]) => w)) || 1;
    return v.map(([t, w]): Weighted => [t, w / norm]);
  });
}
