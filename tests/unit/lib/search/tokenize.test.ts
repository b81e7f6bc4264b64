import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '@/lib/db/schema';
import { documentTerms } from '@/lib/search/document-terms';
import { foldText } from '@/lib/search/fold';
import { stemWord, termVariants } from '@/lib/search/stem';
import { tokenize, tokens, words } from '@/lib/search/tokenize';

describe('foldText', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Corée du Nord')).toBe('coree du nord');
    expect(foldText('ÉLYSÉE')).toBe('elysee');
    expect(foldText('Straße Œuvre Ærø')).toBe('strasse oeuvre aero');
    expect(foldText('Müller São Paulo Łódź')).toBe('muller sao paulo lodz');
  });
});

describe('tokenize', () => {
  it('splits French text on spaces, apostrophes and punctuation, with offsets', () => {
    const text = 'L’armée nord-coréenne, à Pyongyang.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['l', 'armee', 'nord', 'coreenne', 'a', 'pyongyang']);
    for (const t of tokens) expect(foldText(text.slice(t.start, t.end))).toBe(t.word);
  });

  it('splits English text and keeps numbers', () => {
    expect(tokenize("Putin's 2024 visit: talks.").map((t) => t.word)).toEqual([
      'putin',
      's',
      '2024',
      'visit',
      'talks',
    ]);
  });

  it('turns CJK runs into character bigrams, and a lone character into itself', () => {
    expect(tokenize('東京都 in 日').map((t) => t.word)).toEqual(['東京', '京都', 'in', '日']);
    const mixed = tokenize('平壌でPutin');
    expect(mixed.map((t) => t.word)).toEqual(['平壌', '壌で', 'putin']);
    expect(mixed[2]).toMatchObject({ start: 3, end: 8 });
  });

  it('keeps UTF-16 offsets right after astral characters', () => {
    const text = '𝒜 Corée';
    const [, coree] = tokenize(text);
    expect(text.slice(coree!.start, coree!.end)).toBe('Corée');
  });

  it('gives indexing the same words without offsets (words)', () => {
    const text = 'L’armée nord-coréenne à Pyongyang, 東京タワーは2024年 Straße ǅemal';
    expect(words(text)).toEqual(tokenize(text).map((t) => t.word));
    expect(words(text)).toContain('東京');
  });
});

describe('tokens with heads', () => {
  it('yields only words that begin with one of the heads, folded, with offsets', () => {
    const text = 'Pyongyang et la Corée; CORÉENS à 平壤市Coréen';
    const got = [...tokens(text, new Set(['cor', '平壤']))];
    expect(got.map((t) => t.word)).toEqual(['coree', 'coreens', '平壤', 'coreen']);
    expect(text.slice(got[1]!.start, got[1]!.end)).toBe('CORÉENS');
  });
});

describe('stemming', () => {
  it('stems each language with its Snowball stemmer', () => {
    expect(stemWord('running', 'en')).toBe(stemWord('runs', 'en'));
    expect(stemWord('presidents', 'en')).toBe(stemWord('president', 'en'));
    expect(stemWord(foldText('présidentielles'), 'fr')).toBe(
      stemWord(foldText('présidentiel'), 'fr'),
    );
    expect(stemWord('soldados', 'es')).toBe(stemWord('soldado', 'es'));
    expect(stemWord('kindern', 'de')).toBe(stemWord('kinder', 'de'));
  });

  it('leaves other languages, numbers and short words alone', () => {
    expect(stemWord('running', null)).toBe('running');
    expect(stemWord('running', 'it')).toBe('running');
    expect(stemWord('running', 'constructor')).toBe('running');
    expect(stemWord('2024', 'en')).toBe('2024');
  });

  it('gives a query word every stem a document may hold', () => {
    const v = termVariants('soldats');
    expect(v).toContain('soldats');
    expect(v).toContain(stemWord('soldats', 'fr'));
    expect(v).toContain(stemWord('soldats', 'en'));
  });

  it('indexes a text as stems of folded words, counted', () => {
    const article = {
      key: 'https://a.example/x',
      title: 'Les soldats',
      text: 'coréens. Soldats !',
      lang: 'fr',
    } as StoredArticle;
    const { tf, len } = documentTerms(article);
    const stem = (w: string) => stemWord(w, 'fr');
    expect([...tf].filter(([t]) => !t.includes(':'))).toEqual([
      [stem('les'), 1],
      [stem('soldats'), 2],
      [stem('coreens'), 1],
    ]);
    expect(len).toBe(4);
  });
});
