import { describe, expect, it } from 'vitest';
import {
  FOLDED_LINES,
  lineChars,
  measuredLines,
  newInExcerptStart,
  newInPreview,
} from '@/lib/ui/new-in-preview';

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
    expect(LONG.length).toBeGreaterThan(lineChars(315) * (FOLDED_LINES + 1));
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

  it('never folds away less than a line: a sentence of two and a half lines is shown whole', () => {
    // About 125 characters: two and a half lines of the popup's 50.
    const middling =
      'Le ministre a confirmé que les travaux de la flèche reprendront au printemps, ' +
      'après un long hiver de consolidation.';
    expect(middling.length / lineChars(315)).toBeGreaterThan(2);
    expect(newInPreview([sentence(middling)], false)).toMatchObject({
      clipped: false,
      folds: false,
    });
  });

  it('sizes the fold by the width it has: a wide side panel shows whole what the popup folds', () => {
    const popup = newInPreview([sentence(LONG)], false, 315);
    const wide = newInPreview([sentence(LONG)], false, 700);
    expect(popup.clipped).toBe(true);
    expect(wide).toMatchObject({ clipped: false, folds: false });
    // Unknown width (not laid out yet): the popup's.
    expect(newInPreview([sentence(LONG)], false, 0).clipped).toBe(true);
    expect(lineChars(700)).toBeGreaterThan(2 * lineChars(315));
  });

  it('folds by the lines laid out where they are known: a clamp that overflows, whatever the length', () => {
    const short = sentence('短い文ですが、狭い欄では三行になります。');
    // Laid out on three lines: folded to two, however few its characters.
    expect(newInPreview([short], false, 315, 3)).toMatchObject({ clipped: true, folds: true });
    // On two: whole, nothing to unfold, however many its characters.
    expect(newInPreview([sentence(LONG)], false, 315, 2)).toMatchObject({
      clipped: false,
      folds: false,
    });
    // Not laid out: the guess from its length.
    expect(newInPreview([sentence(LONG)], false, 315, undefined).clipped).toBe(true);
  });

  it('folds a sentence whose new thing two lines would hide from the clause that holds it', () => {
    // Notre-Dame: the names read before come first, Total (new) last.
    const pledge =
      "Bernard Arnault et le groupe LVMH ont annoncé 200 millions d'euros, tout comme la " +
      "famille Bettencourt et L'Oréal, tandis que Total a promis 100 millions.";
    const first = { ...sentence(pledge), lead: pledge.indexOf('Total') };
    for (const width of [255, 315]) {
      const folded = newInPreview([first], false, width, 4);
      expect(pledge.slice(folded.from)).toBe('tandis que Total a promis 100 millions.');
      // Its start a click away ("Phrase entière"), the whole sentence shown unfolded.
      expect(folded).toMatchObject({ folds: true, hidden: 0, shown: [first] });
      expect(newInPreview([first], true, width, 4)).toMatchObject({ from: 0, folds: true });
    }
    // Wide enough for two lines to reach it: from its start, as before.
    expect(newInPreview([first], false, 700, 2)).toMatchObject({ from: 0, folds: false });
    // A new thing early in a long sentence: from its start, clamped.
    const early = { ...sentence(LONG), lead: 0 };
    expect(newInPreview([early], false, 315, 3)).toMatchObject({ from: 0, clipped: true });
    // No clause before it: two words before it.
    const plain =
      'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze Total';
    expect(plain.slice(newInExcerptStart(plain, plain.indexOf('Total'), 20))).toBe(
      'treize quatorze Total',
    );
    expect(newInExcerptStart(plain, undefined, 20)).toBe(0);
  });

  it('counts the lines of a laid-out block from its height, none before it is laid out', () => {
    expect(measuredLines(3 * 17.55, 17.55)).toBe(3);
    expect(measuredLines(52, 17.55)).toBe(3);
    expect(measuredLines(0, 17.55)).toBeUndefined();
    expect(measuredLines(40, Number.NaN)).toBeUndefined();
  });
});
