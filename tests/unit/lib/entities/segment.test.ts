import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@/lib/entities/segment';

describe('segmentSentences', () => {
  it('splits paragraphs into sentences and marks the first paragraph as the lead', () => {
    const text = 'Kim a parlé. Poutine aussi.\n\nLe Kremlin a confirmé.';
    const s = segmentSentences(text, 'fr');
    expect(s.map((r) => text.slice(r.start, r.end))).toEqual([
      'Kim a parlé.',
      'Poutine aussi.',
      'Le Kremlin a confirmé.',
    ]);
    expect(s.map((r) => r.lead)).toEqual([true, true, false]);
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('  \n\n ', 'en')).toEqual([]);
  });
});
