import { describe, expect, it } from 'vitest';
import { FOLDED_CHARS, newInPreview } from '@/lib/ui/new-in-preview';

const sentence = (text: string, start = 0) => ({
  text,
  start,
  end: start + text.length,
  novelty: 1,
});
const LONG =
  'Poutine est accompagné de plusieurs hauts responsables, dont le ministre de la Défense ' +
  'Andrei Belousov, le ministre des Affaires étrangères Sergueï Lavrov et le vice-Premier ' +
  'ministre Denis Mantrurov.';

describe('newInPreview', () => {
  it('folds a long first sentence to two lines even when it is the only one', () => {
    expect(LONG.length).toBeGreaterThan(FOLDED_CHARS);
    const folded = newInPreview([sentence(LONG)], false);
    expect(folded).toMatchObject({ clipped: true, hidden: 0, folds: true });
    expect(folded.shown.map((s) => s.text)).toEqual([LONG]);
    expect(newInPreview([sentence(LONG)], true)).toMatchObject({ clipped: false, folds: true });
  });

  it('shows a short first sentence whole, the others a tap away', () => {
    const all = [sentence('Le chantier durera cinq ans.'), sentence('Un concours est lancé.', 40)];
    const folded = newInPreview(all, false);
    expect(folded).toMatchObject({ clipped: false, hidden: 1, folds: true });
    expect(folded.shown).toEqual([all[0]]);
    expect(newInPreview(all, true).shown).toEqual(all);
    expect(newInPreview([all[0]!], false)).toMatchObject({ clipped: false, folds: false });
    expect(newInPreview([], false)).toMatchObject({ shown: [], folds: false });
  });
});
