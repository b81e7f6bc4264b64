import { describe, expect, it } from 'vitest';
import { tokenize } from '@/lib/entities/tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits French elisions after the apostrophe, straight or typographic', () => {
    expect(texts("l'Ukraine et qu’il d’État")).toEqual([
      "l'",
      'Ukraine',
      'et',
      'qu’',
      'il',
      'd’',
      'État',
    ]);
  });

  it('keeps hyphenated names whole and splits English possessives', () => {
    expect(texts('États-Unis, Putin’s visit')).toEqual(['États-Unis', ',', 'Putin', '’s', 'visit']);
  });

  it('keeps dotted acronyms and words with inner apostrophes', () => {
    expect(texts('the U.S. said aujourd’hui')).toEqual(['the', 'U.S.', 'said', 'aujourd’hui']);
  });

  it('gives UTF-16 offsets that slice back to the token, astral characters included', () => {
    const text = '🇺🇸 Kim Jong Un à Pyongyang.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(texts(text).slice(-3)).toEqual(['à', 'Pyongyang', '.']);
  });

  it('tokenises only the given range', () => {
    expect(texts('aa bb cc').length).toBe(3);
    expect(tokenize('aa bb cc', 3, 5).map((t) => t.text)).toEqual(['bb']);
  });
});
