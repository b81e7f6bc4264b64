import { describe, expect, it } from 'vitest';
import { keepTogether } from '@/lib/format/keep-together';

const TITLE =
  'Kim promet son « plein soutien » à la Russie en Ukraine alors que Poutine se rend à Pyongyang';

describe('keepTogether', () => {
  it('keeps guillemets with their words, and changes no character', () => {
    const runs = keepTogether(TITLE);
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual([
      '« plein',
      'soutien »',
      'à Pyongyang',
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(TITLE);
  });

  it('keeps a French colon, question or exclamation mark with the word before it', () => {
    const runs = keepTogether(
      "Notre-Dame : Emmanuel Macron veut rebâtir la cathédrale d'ici cinq ans",
    );
    expect(runs.filter((r) => r.whole).map((r) => r.text)).toEqual(['Notre-Dame :', 'cinq ans']);
    expect(keepTogether('Et maintenant ? La suite !').filter((r) => r.whole)).toEqual([
      { text: 'maintenant ?', whole: true },
      { text: 'suite !', whole: true },
    ]);
  });

  it('leaves a short headline without such marks as one plain run', () => {
    expect(keepTogether('Kim meets Putin')).toEqual([{ text: 'Kim meets Putin', whole: false }]);
    expect(keepTogether('')).toEqual([{ text: '', whole: false }]);
  });

  it('never leaves a headline’s last word alone on its last line', () => {
    // "title" took the popup's last line alone; "major title" now wraps whole.
    const runs = keepTogether('Tiger Woods wins the Masters for his 15th major title');
    expect(runs).toEqual([
      { text: 'Tiger Woods wins the Masters for his 15th ', whole: false },
      { text: 'major title', whole: true },
    ]);
    // Two long last words stay free: glued, they could overflow a narrow line.
    const long = 'Scientists discover unprecedented superconductivity-adjacent phenomena';
    expect(keepTogether(long).filter((r) => r.whole)).toEqual([]);
  });
});
