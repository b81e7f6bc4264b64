import { describe, expect, it } from 'vitest';
import {
  collectDocumentStats,
  isCapsSentence,
  mixFeature,
  wordInfos,
} from '@/lib/entities/features';
import { hashFeature } from '@/lib/entities/hash';
import { loadModel, type ModelFile } from '@/lib/entities/model';
import { stackFeatures } from '@/lib/entities/stack';
import { tagDocumentTokens } from '@/lib/entities/tag-tokens';

const BITS = 21;
const MASK = 2 ** BITS - 1;

/** A model file whose only rows are `rows` (feature hash → 7 int8 weights), scale 1. */
function toyModel(rows: [number, number[]][], features: string[]): ModelFile {
  const sorted = rows.map(([h, w]) => [h & MASK, w] as const).sort((a, b) => a[0] - b[0]);
  const deltas: number[] = [];
  let last = 0;
  for (const [b] of sorted) {
    let d = b - last;
    last = b;
    do {
      deltas.push((d & 0x7f) | (d > 0x7f ? 0x80 : 0));
      d >>>= 7;
    } while (d > 0);
  }
  const weights = sorted.flatMap(([, w]) => w.map((x) => x & 0xff));
  return {
    version: 1,
    bits: BITS,
    scale: 1,
    trans: new Array(56).fill(0),
    buckets: btoa(String.fromCharCode(...deltas)),
    weights: btoa(String.fromCharCode(...weights)),
    features,
  };
}

const en = hashFeature('en');

describe('stack features (a second reading reads the first)', () => {
  it('gives a capitalised word what the first reading made of it elsewhere, not here', () => {
    const words = [
      [
        { key: 'Smith', upper: true },
        { key: 'left', upper: false },
      ],
      [
        { key: 'Smith', upper: true },
        { key: 'said', upper: false },
      ],
    ];
    // First reading: "Smith" a person (B-PER, 1) in the first sentence, nothing in the second.
    const [one, two] = stackFeatures(words, [Uint8Array.of(1, 0), Uint8Array.of(0, 0)], 'en');
    const majority = (kind: number) => mixFeature(42, kind, en);
    // In the second sentence, the other occurrence was a person; in the first, it was nothing.
    expect([...(two?.ids ?? [])]).toContain(majority(1));
    expect([...(one?.ids ?? [])]).toContain(majority(0));
    expect([...(one?.ids ?? [])]).not.toContain(majority(1));
    // Lower-case words get none.
    expect(two?.offsets[2]).toBe(two?.offsets[1]);
    // A word seen once has no other reading.
    const [alone] = stackFeatures([[{ key: 'Jones', upper: true }]], [Uint8Array.of(1)], 'en');
    expect(alone?.ids.length).toBe(0);
  });

  it('gives nothing to a word the document also writes in lower case ("Marchand", "le marchand")', () => {
    const words = [[{ key: 'marchand', upper: true }], [{ key: 'marchand', upper: true }]];
    const tags = [Uint8Array.of(1), Uint8Array.of(0)];
    expect(stackFeatures(words, tags, 'fr')[1]?.ids.length).toBeGreaterThan(0);
    expect(stackFeatures(words, tags, 'fr', new Set(['marchand']))[1]?.ids.length).toBe(0);
  });

  it('tags a name the first reading missed as it read it elsewhere in the document', () => {
    const sentences = [
      ['Mr', 'Smith', 'spoke', '.'],
      ['Smith', 'left', '.'],
    ];
    // "Mr" before a word makes it open a person; the stacked "elsewhere a person" does too.
    const rows: [number, number[]][] = [
      [mixFeature(4, hashFeature('mr')), [0, 10, 0, 0, 0, 0, 0]],
      [mixFeature(42, 1, en), [0, 10, 0, 0, 0, 0, 0]],
    ];
    const tag = (features: string[]) => {
      const model = loadModel(toyModel(rows, features));
      const infos = sentences.map(wordInfos);
      const caps = sentences.map(isCapsSentence);
      const stats = collectDocumentStats(sentences, false, infos, caps);
      return tagDocumentTokens(model, sentences, stats, 'en', infos, caps);
    };
    expect(tag(['stack'])).toEqual([
      [{ start: 1, end: 2, type: 'PER' }],
      [{ start: 0, end: 1, type: 'PER' }],
    ]);
    // One reading only: the second "Smith" has no "Mr" before it.
    expect(tag([])).toEqual([[{ start: 1, end: 2, type: 'PER' }], []]);
  });
});
