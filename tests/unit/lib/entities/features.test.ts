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

  it('gives a capitalised word the neighbours it has elsewhere in the document', () => {
    const alone = collectDocumentStats([['Dupont', 'a', 'dit', 'non']], true);
    const withTitle = collectDocumentStats(
      [
        ['M.', 'Dupont', 'a', 'dit', 'oui'],
        ['Dupont', 'a', 'dit', 'non'],
      ],
      true,
    );
    expect(withTitle.contexts?.get('dupont')?.left.length).toBe(1);
    const a = extractFeatures(['Dupont', 'a', 'dit', 'non'], alone, 'fr', { context: true });
    const b = extractFeatures(['Dupont', 'a', 'dit', 'non'], withTitle, 'fr', { context: true });
    const first = (f: typeof a) => [...f.ids.subarray(0, f.offsets[1])];
    // The same sentence reads "Dupont" with one feature more: "M." before it elsewhere.
    expect(first(b).length).toBe(first(a).length + 1);
    // Words in lower case are not aggregated, and models without the family see nothing of it.
    expect(withTitle.contexts?.has('dit')).toBe(false);
    expect(collectDocumentStats([['M.', 'Dupont']]).contexts).toBeUndefined();
  });
});
