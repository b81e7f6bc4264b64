import { describe, expect, it } from 'vitest';
import { keepTogether } from '@/lib/format/keep-together';

const TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

describe('keepTogether', () => {
  it('keeps guillemets with their words, and changes no character', () => {
    const runs = keepTogether(TITLE);
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual(['« plein', 'soutien »']);
    expect(runs.map((r) => r.text).join('')).toBe(TITLE);
  });

  it('keeps a French colon, question or exclamation mark with the word before it', () => {
    const runs = keepTogether(
      "Notre-Dame : Emmanuel Macron veut rebâtir la cathédrale d'ici cinq ans",
    );
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual(['Notre-Dame :']);
    expect(keepTogether('Et maintenant ? La suite !').filter((r) => r.whole)).toEqual([
      { text: 'maintenant ?', whole: true },
      { text: 'suite !', whole: true },
    ]);
  });

  it('leaves a headline without such marks as one plain run', () => {
    expect(keepTogether('Putin lands in Pyongyang: Kim pledges backing')).toEqual([
      { text: 'Putin lands in Pyongyang: Kim pledges backing', whole: false },
    ]);
    expect(keepTogether('')).toEqual([{ text: '', whole: false }]);
  });
});
