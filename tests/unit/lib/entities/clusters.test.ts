import { describe, expect, it } from 'vitest';
import {
  clusterHash,
  clusterKey,
  clusterOfHash,
  decodeClusters,
  encodeClusters,
} from '@/lib/entities/clusters';
import { collectDocumentStats, extractFeatures } from '@/lib/entities/features';
import { hashFeature } from '@/lib/entities/hash';
import { featureOptions } from '@/lib/entities/model';

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

  it('refuses a model that reads clusters without a table', () => {
    expect(() => featureOptions({ features: ['clusters'] })).toThrow();
  });
});
