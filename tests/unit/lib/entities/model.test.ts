import { describe, expect, it } from 'vitest';
import { collectDocumentStats } from '@/lib/entities/features';
import { getModel } from '@/lib/entities/load-tagger';
import { addRows, loadModel } from '@/lib/entities/model';
import { decodeBase64 } from '@/lib/entities/packed';
import { tagTokens } from '@/lib/entities/tag-tokens';

describe('model', () => {
  it('decodes base64 and delta-coded buckets into a lookup table', () => {
    const file = {
      version: 1,
      bits: 8,
      scale: 0.5,
      trans: new Array(56).fill(0),
      buckets: btoa(String.fromCharCode(3, 4)), // buckets 3 and 7
      weights: btoa(String.fromCharCode(1, 2, 3, 4, 5, 6, 7, 255, 0, 0, 0, 0, 0, 0)),
    };
    const m = loadModel(file);
    // The integer weight sums of some feature hashes, added after the 7 zeros in front.
    const sums = (...hashes: number[]) => {
      const out = new Int32Array(14);
      addRows(m, hashes, 0, hashes.length, out, 7);
      return [...out.subarray(7)];
    };
    expect(sums(3)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sums(7)).toEqual([-1, 0, 0, 0, 0, 0, 0]);
    expect(sums(256 + 7)).toEqual(sums(7)); // hashes are reduced to `bits`
    expect(sums(3, 7)).toEqual([0, 2, 3, 4, 5, 6, 7]);
    // A hash the model dropped adds nothing.
    expect(sums(5)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(sums(3, 5)).toEqual(sums(3));
    expect([...decodeBase64('AQL/')]).toEqual([1, 2, 255]);
  });

  // Its load time is a figure of bench:entities ("model load"), not a timed assertion here.
  it('ships a model that loads and tags a sentence', () => {
    const model = getModel();
    const words = ['Emmanuel', 'Macron', 'a', 'reçu', 'Olaf', 'Scholz', 'à', 'Paris', '.'];
    const spans = tagTokens(model, words, collectDocumentStats([words]), 'fr');
    expect(spans).toEqual([
      { start: 0, end: 2, type: 'PER' },
      { start: 4, end: 6, type: 'PER' },
      { start: 7, end: 8, type: 'LOC' },
    ]);
  });

  it('lets a person name take in a short title-case word after it (Kim Jong Un)', () => {
    const words = ['Le', 'dirigeant', 'Kim', 'Jong', 'Un', 'a', 'promis', 'son', 'soutien', '.'];
    const spans = tagTokens(getModel(), words, collectDocumentStats([words]), 'fr');
    expect(spans).toContainEqual({ start: 2, end: 5, type: 'PER' });
  });
});
