import { describe, expect, it } from 'vitest';
import { isOneSentence, lastWordStart, segmentSentences } from '@/lib/entities/segment';

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

  const sentences = (text: string, lang: string) =>
    segmentSentences(text, lang).map((r) => text.slice(r.start, r.end));

  it('does not end a sentence after a title or another abbreviation of the language', () => {
    expect(
      sentences('Yesterday Dr. Jane Smith met Mr. John Brown at St. Paul. Then rain.', 'en'),
    ).toEqual(['Yesterday Dr. Jane Smith met Mr. John Brown at St. Paul.', 'Then rain.']);
    expect(sentences('Hier, M. Dupont a vu Mme. Durand. Le Dr. Roux est venu.', 'fr')).toEqual([
      'Hier, M. Dupont a vu Mme. Durand.',
      'Le Dr. Roux est venu.',
    ]);
    expect(
      sentences('La Sra. López habló con el Excmo. Sr. Pérez. Fue en la Avda. de Mayo.', 'es'),
    ).toEqual(['La Sra. López habló con el Excmo. Sr. Pérez.', 'Fue en la Avda. de Mayo.']);
    expect(
      sentences('Prof. Dr. Klaus Meyer kam, z. B. am Montag. Die St. Pauli Fans.', 'de'),
    ).toEqual(['Prof. Dr. Klaus Meyer kam, z. B. am Montag.', 'Die St. Pauli Fans.']);
  });

  it('keeps initials with the name they open ("J. K. Rowling", "J.-P. Sartre")', () => {
    expect(sentences('Then J. K. Rowling spoke. It rained.', 'en')).toEqual([
      'Then J. K. Rowling spoke.',
      'It rained.',
    ]);
    expect(sentences('J.-P. Sartre écrivait.', 'fr')).toEqual(['J.-P. Sartre écrivait.']);
  });

  it('keeps initials written together with the name they carry ("George H.W. Bush", en31)', () => {
    // Intl.Segmenter ends a sentence after "H.W." before a capital: "Bush" was read alone.
    expect(sentences('The torch passed to George H.W. Bush. He won.', 'en')).toEqual([
      'The torch passed to George H.W. Bush.',
      'He won.',
    ]);
    expect(sentences('Loretta Ross, Smith College J.K. Rowling Salman Rushdie', 'en')).toEqual([
      'Loretta Ross, Smith College J.K. Rowling Salman Rushdie',
    ]);
    // Opening a line of a list, or a paragraph.
    expect(sentences('Loretta Ross, Smith College\nJ.K. Rowling\nSalman Rushdie', 'en')).toEqual([
      'Loretta Ross, Smith College',
      'J.K. Rowling',
      'Salman Rushdie',
    ]);
    expect(sentences('J.R.R. Tolkien wrote it.', 'en')).toEqual(['J.R.R. Tolkien wrote it.']);
    // A long list is cut in pieces at its last stop: not after initials opening a line.
    const list = 'Ann Lee, writer\n'.repeat(100);
    const long = `${list}Loretta Ross, Smith College\nJ.K. Rowling\n${list}`;
    expect(long.indexOf('J.K.')).toBeLessThan(2000);
    expect(sentences(long, 'en')).toContain('J.K. Rowling');
    // After a lower-case word, a comma or a stop a dotted acronym ends sentences as often.
    expect(sentences('They met in Washington, D.C. The talks failed.', 'en')).toEqual([
      'They met in Washington, D.C.',
      'The talks failed.',
    ]);
    expect(sentences('They met in Gaza. U.S. President Biden spoke.', 'en')).toEqual([
      'They met in Gaza.',
      'U.S.',
      'President Biden spoke.',
    ]);
  });

  it('still ends sentences at a real stop, after a dotted acronym too', () => {
    expect(sentences('He moved to the U.S. He liked it. She did not.', 'en')).toEqual([
      'He moved to the U.S.',
      'He liked it.',
      'She did not.',
    ]);
  });

  it('does not cut a long paragraph after a title', () => {
    // Long paragraphs are segmented in pieces of 2,000 characters, cut at a sentence's end.
    const filler = 'The board met and talked at length about the plans for the year. '.repeat(30);
    const text = `${filler}It thanked Dr. Mara Ellison for her work on the plans of the board.`;
    expect(text.lastIndexOf('Dr. ')).toBeLessThan(2000);
    expect(text.length).toBeGreaterThan(2000);
    expect(sentences(text, 'en').at(-1)).toBe(
      'It thanked Dr. Mara Ellison for her work on the plans of the board.',
    );
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences('  \n\n ', 'en')).toEqual([]);
  });

  it('passes a piece over the segmenter only where the segmenter reads one sentence', () => {
    const seg = new Intl.Segmenter('de', { granularity: 'sentence' });
    const count = (p: string) => [...seg.segment(p)].length;
    const one = [
      'Kein Punkt hier',
      'Er kam .',
      'Wirklich ?! ',
      'Ende.\t',
      '»Zitat«',
      '東京。',
      'Ja …',
    ];
    for (const p of one) {
      expect(isOneSentence(p), p).toBe(true);
      expect(count(p), p).toBe(1);
    }
    // A terminator or a paragraph separator before the end: asked of the segmenter.
    const more = [
      'Er kam. Sie ging.',
      'Zeile\nzwei',
      'A\u2028B',
      'Er sagte: „Ja.“ Dann',
      'Wo? Hier.',
    ];
    for (const p of more) {
      expect(isOneSentence(p), p).toBe(false);
      expect(count(p), p).toBeGreaterThan(1);
    }
    // Not passed over, though one sentence: a dot inside ("3.5"), a quote after the stop.
    expect(isOneSentence('Es waren 3.5 Punkte')).toBe(false);
    expect(isOneSentence('Er sagte „Ja.“')).toBe(false);
    expect(sentences('Die Überschrift\n\nEr kam . Sie ging .', 'de')).toEqual([
      'Die Überschrift',
      'Er kam .',
      'Sie ging .',
    ]);
  });
});

describe('lastWordStart', () => {
  // The regex it replaces: the word before the final dot and the character before that word.
  const LAST_WORD = /(^|[^\p{L}\p{M}])([\p{L}\p{M}]+)\.$/u;
  const byRegex = (s: string): number => {
    const m = LAST_WORD.exec(s);
    return m ? m.index + (m[1] as string).length : -1;
  };

  it('finds where the regex finds the last word, on letters, marks, surrogates and others', () => {
    const cases = [
      'met Dr.',
      'J. K.',
      'Dr.',
      '.',
      'a .',
      'end',
      'U.S.',
      'Hr.',
      'Qué pasó, Sr.',
      'Straße.',
      'Cafe\u0301.',
      '\u0301x.',
      'x\u{1d400}\u{1d401}.',
      '\u{1f600}Ab.',
      'ab\ud835.',
      'ab\udc00.',
      '\udc00ab.',
      '12ab.',
      '\nK.',
      'Москва.',
      'ab1.',
    ];
    // And every string of up to three units from a set of kinds, then a dot.
    const units = ['a', 'Z', '1', ' ', '.', 'é', '\u0301', '\ud835', '\udc00', '-'];
    for (const a of units) {
      for (const b of units) for (const c of units) cases.push(`${a}${b}${c}.`);
    }
    for (const s of cases) {
      expect(lastWordStart(s, 0, s.length), JSON.stringify(s)).toBe(byRegex(s));
    }
  });

  it('reads only the range it is given, no surrogate pair across its start', () => {
    const text = 'xx \u{1d400}Ab. yy';
    for (let from = 0; from <= 6; from++) {
      const s = text.slice(from, 7);
      expect(lastWordStart(text, from, 7), String(from)).toBe(
        byRegex(s) < 0 ? -1 : from + byRegex(s),
      );
    }
  });
});
