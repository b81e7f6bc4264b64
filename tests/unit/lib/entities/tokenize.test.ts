import { describe, expect, it } from 'vitest';
import { tokenEnd, tokenize } from '@/lib/entities/tokenize';

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

  it('starts each token after any white space a regular expression reads as \\s', () => {
    // No-break, ideographic, thin and em spaces, the byte-order mark, line and paragraph
    // separators; a zero-width space and the Mongolian vowel separator are no white space.
    const text = 'a\u00a0b\u3000c\u202fd\u2003e\ufefff\u2028g\u2029h\u200bi\u180ej';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
      'h',
      '\u200b',
      'i',
      '\u180e',
      'j',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a range from inside a surrogate pair from the pair, and cuts a token at its end', () => {
    const text = 'x 𝐀b cd';
    expect(tokenize(text, 3)).toEqual([
      { text: '𝐀b', start: 2, end: 5 },
      { text: 'cd', start: 6, end: 8 },
    ]);
    expect(tokenize(text, 0, 7).map((t) => t.text)).toEqual(['x', '𝐀b', 'c']);
  });
});

describe("tokenize: a line-up number joined to a player's first name", () => {
  it('splits "12-José" after a comma, a colon, a bracket or a line start', () => {
    expect(texts('Saprissa: 13-Aarón Cruz (8), 12-José Luis Quirós (7)')).toEqual([
      'Saprissa',
      ':',
      '13',
      '-',
      'Aarón',
      'Cruz',
      '(',
      '8',
      ')',
      ',',
      '12',
      '-',
      'José',
      'Luis',
      'Quirós',
      '(',
      '7',
      ')',
    ]);
    const [n, dash, name] = tokenize('3-Alajuelense');
    expect([n?.end, dash?.start, dash?.end, name?.start, name?.end]).toEqual([1, 1, 2, 2, 13]);
  });

  it('splits it after a substitution\'s "por" too ("sale por 7-Jordy Hernández")', () => {
    expect(texts('10-Anthony López sale por 7-Jordy Hernández (-)')).toEqual([
      '10',
      '-',
      'Anthony',
      'López',
      'sale',
      'por',
      '7',
      '-',
      'Jordy',
      'Hernández',
      '(',
      '-',
      ')',
    ]);
    // Only the word "por": not a word that ends so ("Oporto 2-Feb" stays whole).
    expect(texts('Oporto 2-Feb')).toEqual(['Oporto', '2-Feb']);
  });

  it('keeps a German compound of a number after an article, and "3-D"', () => {
    expect(texts('Die 46-Jährige kam')).toEqual(['Die', '46-Jährige', 'kam']);
    expect(texts('ein 3-D Film')).toEqual(['ein', '3-D', 'Film']);
  });
});

describe('tokenEnd', () => {
  // The tokeniser's rule: where its regex's match at a position ends (read without the regex for
  // ASCII words, which must give the same ends).
  const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-‐'’.&][\p{L}\p{M}\p{N}]+)*|\S/uy;
  const byRegex = (s: string, at: number) => {
    TOKEN_RE.lastIndex = at;
    return TOKEN_RE.test(s) ? TOKEN_RE.lastIndex : -1;
  };
  const units = [
    'a',
    'Z',
    'U',
    '1',
    '.',
    "'",
    '’',
    '-',
    '‐',
    '&',
    'é',
    'É',
    '\u0301',
    ',',
    '$',
    ' ',
  ];

  it('ends every token where the regex does, from every position, ASCII or not', () => {
    const cases = ['U.S. and U.K.', "l'Ukraine", 'A.B', 'a.b.c.', 'x-y-', 'AT&T', "rock'n'roll"];
    for (const a of units) {
      for (const b of units) {
        for (const c of units) for (const d of units) cases.push(a + b + c + d);
      }
    }
    for (const s of cases) {
      for (let at = 0; at < s.length; at++) {
        if (/\s/u.test(s[at] as string) || /[\udc00-\udfff]/.test(s[at] as string)) continue;
        expect(tokenEnd(s, at), `${JSON.stringify(s)} at ${at}`).toBe(byRegex(s, at));
      }
    }
  });
});
