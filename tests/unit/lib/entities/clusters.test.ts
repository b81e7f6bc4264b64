import { describe, expect, it } from 'vitest';
import {
  casedClusterKey,
  clusterHash,
  clusterKey,
  clusterOfHash,
  decodeClusters,
  encodeClusters,
} from '@/lib/entities/clusters';
import { collectDocumentStats, extractFeatures, wordInfos } from '@/lib/entities/features';
import { hashFeature } from '@/lib/entities/hash';
import { addRows, featureOptions, loadModel, MODEL_FILE_VERSION } from '@/lib/entities/model';
import { packRows } from '@/lib/entities/train/export-model';
import { TAG_COUNT } from '@/lib/entities/tags';

const words = ['lundi', 'mardi', 'ministre', '0000'];
const table = encodeClusters(words.map((w, i) => [clusterHash(w), i < 2 ? 3 : 40 + i]));

describe('word clusters', () => {
  it('round-trips a table and knows nothing of words outside it', () => {
    const map = decodeClusters(table);
    const of = (w: string) => clusterOfHash(map, hashFeature(clusterKey(w)));
    expect(of('Mardi')).toBe(4);
    expect(of('lundi')).toBe(of('mardi'));
    expect(of('ministre')).toBe(43);
    expect(of('1996')).toBe(44);
    expect(of('xqzzyvw')).toBe(0);
  });

  it('gives words of one cluster the same cluster features, only to a model that reads them', () => {
    const options = featureOptions({ features: ['clusters'], clusters: table });
    const stats = collectDocumentStats([]);
    const first = (w: string, o = options) => {
      const f = extractFeatures([w], stats, 'fr', o);
      return new Set(f.ids.subarray(0, f.offsets[1]));
    };
    const shared = (a: Set<number>, b: Set<number>) => [...a].filter((x) => b.has(x)).length;
    const base = first('lundi', {});
    expect(first('lundi').size).toBe(base.size + 6);
    // Same cluster: the six cluster features (boundaries alike) are shared; another cluster's not.
    expect(shared(first('lundi'), first('mardi'))).toBe(shared(base, first('mardi', {})) + 6);
    expect(shared(first('lundi'), first('ministre'))).toBeLessThan(
      shared(base, first('ministre', {})) + 6,
    );
  });

  it('reads a capitalised word by its own entry when the table has one, else by its lower-case one', () => {
    // "tiger" the animal (fine cluster 3, as "lundi"); "Tiger" the name's own entry (40: another coarse cluster).
    const cased = encodeClusters([
      [clusterHash('lundi'), 3],
      [clusterHash('tiger'), 3],
      [clusterHash(casedClusterKey('tiger')), 40],
    ]);
    const options = featureOptions({ features: ['clusters'], clusters: cased });
    const stats = collectDocumentStats([]);
    const first = (w: string, o = options) => {
      const f = extractFeatures([w], stats, 'en', o);
      return new Set(f.ids.subarray(0, f.offsets[1]));
    };
    const shared = (a: string, b: string, o = options) =>
      [...first(a, o)].filter((x) => first(b, o).has(x)).length;
    // "Tiger" and "Lundi" (no entry of its own: lundi's) share only the sentence-boundary cluster
    // features (3 of 6) ...
    expect(shared('Tiger', 'Lundi')).toBe(shared('Tiger', 'Lundi', {}) + 3);
    // ... while "tiger" and "Lundi" share their fine and coarse cluster too (not coarse × shape).
    expect(shared('tiger', 'Lundi')).toBe(shared('tiger', 'Lundi', {}) + 5);
  });

  it('scores a sentence the same with the word features folded (tagging) as listed (training)', () => {
    const cased = encodeClusters([
      [clusterHash('lundi'), 3],
      [clusterHash('tiger'), 3],
      [clusterHash(casedClusterKey('tiger')), 40],
      [clusterHash('woods'), 41],
    ]);
    const sentences = [
      ['Tiger', 'Woods', 'won', 'on', 'lundi', '.'],
      ['The', 'tiger', 'Woods', 'and', 'Tiger', 'left'],
    ];
    const stats = collectDocumentStats(sentences, true);
    const bits = 16;
    const base = { features: ['clusters', 'context'], clusters: cased };
    const options = featureOptions(base);
    const listed = sentences.map((s) => extractFeatures(s, stats, 'en', options));
    const buckets = [...new Set(listed.flatMap((f) => [...f.ids].map((x) => x & (2 ** bits - 1))))];
    buckets.sort((a, b) => a - b);
    const weights = buckets.flatMap((b) =>
      Array.from({ length: TAG_COUNT }, (_, t) => ((b * 31 + t * 17) % 200) - 100),
    );
    const model = loadModel({
      version: MODEL_FILE_VERSION,
      bits,
      scale: 1,
      trans: new Array((TAG_COUNT + 1) * TAG_COUNT).fill(0),
      ...packRows(buckets, weights),
      ...base,
    });
    sentences.forEach((s, k) => {
      const f = listed[k]!;
      const want = new Int32Array(s.length * TAG_COUNT);
      for (let i = 0; i < s.length; i++) {
        addRows(model, f.ids, f.offsets[i]!, f.offsets[i + 1]!, want, i * TAG_COUNT);
      }
      const g = extractFeatures(s, stats, 'en', model.options, model, wordInfos(s));
      const got = Int32Array.from(g.folded!);
      for (let i = 0; i < s.length; i++) {
        addRows(model, g.ids, g.offsets[i]!, g.offsets[i + 1]!, got, i * TAG_COUNT);
      }
      expect([...got]).toEqual([...want]);
    });
  });

  it('refuses a model that reads clusters without a table', () => {
    expect(() => featureOptions({ features: ['clusters'] })).toThrow();
  });
});
