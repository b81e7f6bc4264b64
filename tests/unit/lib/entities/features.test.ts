import { describe, expect, it } from 'vitest';
import {
  collectDocumentStats,
  extractFeatures,
  isCapsSentence,
  wordShape,
} from '@/lib/entities/features';

describe('features', () => {
  it('collapses word shapes', () => {
    expect(wordShape('Poutine')).toBe('Xx');
    expect(wordShape('KCNA')).toBe('X');
    expect(wordShape('24-ans')).toBe('d-x');
    expect(wordShape('McDonald’s')).toBe("XxXx'x");
  });

  it('recognises headlines set in capitals', () => {
    expect(isCapsSentence(['LEICESTERSHIRE', 'TAKE', 'OVER', 'AT', 'TOP'])).toBe(true);
    expect(isCapsSentence(['Poutine', 'arrive', 'à', 'Pyongyang'])).toBe(false);
    expect(isCapsSentence(['UN'])).toBe(false);
  });

  it('records words seen in lower case and capitalised mid-sentence', () => {
    const stats = collectDocumentStats([
      ['Marché', 'conclu', 'avec', 'Rheinmetall', '.'],
      ['Le', 'marché', 'a', 'baissé', '.'],
    ]);
    expect(stats.lower.has('marché')).toBe(true);
    expect(stats.capitalMid.has('rheinmetall')).toBe(true);
    expect(stats.capitalMid.has('le')).toBe(false);
  });

  it('is deterministic and gives each token its own features', () => {
    const stats = collectDocumentStats([['Kim', 'arrive']]);
    const a = extractFeatures(['Kim', 'arrive'], stats, 'fr');
    const b = extractFeatures(['Kim', 'arrive'], stats, 'fr');
    expect(a.offsets.length).toBe(3);
    expect([...a.ids]).toEqual([...b.ids]);
    const first = [...a.ids.subarray(0, a.offsets[1])];
    const second = [...a.ids.subarray(a.offsets[1], a.offsets[2])];
    expect(first).not.toEqual(second);
  });
});
