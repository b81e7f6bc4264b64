import { describe, expect, it } from 'vitest';
import { createMentionMatcher } from '@/lib/highlight/match-mentions';

const texts = (text: string, found: { start: number; end: number; entity: number }[]) =>
  found.map((m) => [text.slice(m.start, m.end), m.entity]);

describe('createMentionMatcher', () => {
  it('matches whole words only, case-sensitive', () => {
    const match = createMentionMatcher([['Kim'], ['Russie']]);
    const text = 'Kim, Kimchi, akim, kim et la Russie; Russies, (Kim).';
    expect(texts(text, match(text))).toEqual([
      ['Kim', 0],
      ['Russie', 1],
      ['Kim', 0],
    ]);
  });

  it('takes the longest name at a position: "Vladimir Poutine" before "Poutine"', () => {
    const match = createMentionMatcher([['Poutine'], ['Vladimir Poutine', 'Poutine']]);
    const text = 'le président Vladimir Poutine a dit. Poutine est arrivé.';
    // "Poutine" was claimed by entity 0 first: one string, one card.
    expect(texts(text, match(text))).toEqual([
      ['Vladimir Poutine', 1],
      ['Poutine', 0],
    ]);
  });

  it('skips a name that goes on with another capitalised word', () => {
    const match = createMentionMatcher([['Kim Jong Un', 'Kim']]);
    const text = 'Kim Jong Un et Kim sur la place Kim Il Sung. Kim\u00a0Il Sung, Kim.';
    expect(texts(text, match(text))).toEqual([
      ['Kim Jong Un', 0],
      ['Kim', 0],
      ['Kim', 0],
    ]);
  });

  it('treats accented letters as word characters and spaces as any white space', () => {
    const match = createMentionMatcher([['Corée du Nord'], ['Séoul']]);
    const text = 'la Corée\u00a0du\nNord et Séoul, pas Séouls ni éSéoul';
    expect(texts(text, match(text))).toEqual([
      ['Corée\u00a0du\nNord', 0],
      ['Séoul', 1],
    ]);
  });

  it('escapes regular-expression characters in names', () => {
    const match = createMentionMatcher([['A.B. (Inc.)'], ['.*']]);
    const text = 'AxB. (Inc.) then A.B. (Inc.) here';
    expect(texts(text, match(text))).toEqual([['A.B. (Inc.)', 0]]);
  });

  it('finds nothing without names', () => {
    expect(createMentionMatcher([[], ['  ']])('anything')).toEqual([]);
  });
});
